// SPDX-License-Identifier: GPL-2.0-only
/* Sorted symbol tables for nearest-symbol lookups within one object. */
#include <stdlib.h>

#include <modpost-lite/elfobj.h>
#include <modpost-lite/symsearch.h>
#include <modpost-lite/util.h>

static int cmp_entry(const void *a, const void *b)
{
	const struct ssentry *x = a, *y = b;

	if (x->sec != y->sec)
		return x->sec < y->sec ? -1 : 1;
	if (x->addr != y->addr)
		return x->addr < y->addr ? -1 : 1;
	if (x->rank != y->rank)
		return x->rank < y->rank ? -1 : 1;
	return 0;
}

/* Make every entry of one (section, address) stand for entry @k. */
static void same_address(struct ssentry *e, size_t from, size_t to, size_t k)
{
	size_t i;

	for (i = from; i < to; i++) {
		e[i].symidx = e[k].symidx;
		e[i].rank = e[k].rank;
	}
}

void symsearch_build(struct symsearch *ss, const struct elfobj *o,
		     const struct symsearch_opts *opt)
{
	size_t i, j, n = 0;

	ss->e = xmalloc(o->nsym * sizeof(*ss->e));
	for (i = 1; i < o->nsym; i++) {
		const struct esym *s = &o->sym[i];
		struct ssentry *e;
		uint64_t rank = i;

		if (!esym_searchable_by(s, opt->names) ||
		    (opt->keep && !opt->keep(opt->ctx, (uint32_t)i, &rank)))
			continue;
		e = &ss->e[n++];
		e->sec = s->shndx;
		e->symidx = (uint32_t)i;
		e->rank = rank;
		e->addr = s->value;
		if (opt->thumb_bit && o->arch->thumb_bit && s->type == STT_FUNC)
			e->addr &= ~(uint64_t)1;
	}
	ss->n = n;
	qsort(ss->e, n, sizeof(*ss->e), cmp_entry);
	/* one symbol per address: the first in rank order */
	for (i = 0; opt->collapse && i < n; i = j) {
		for (j = i + 1; j < n && ss->e[j].sec == ss->e[i].sec &&
		     ss->e[j].addr == ss->e[i].addr; j++)
			;
		if (j - i > 1)
			same_address(ss->e, i, j, i);
	}
}

void symsearch_free(struct symsearch *ss)
{
	free(ss->e);
	ss->e = NULL;
	ss->n = 0;
}

/* Index of the first entry greater than (sec, addr). */
static size_t upper(const struct symsearch *ss, uint32_t sec, uint64_t addr)
{
	size_t lo = 0, hi = ss->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const struct ssentry *e = &ss->e[mid];

		if (e->sec > sec || (e->sec == sec && e->addr > addr))
			hi = mid;
		else
			lo = mid + 1;
	}
	return lo;
}

const struct ssentry *symsearch_below(const struct symsearch *ss,
				      uint32_t sec, uint64_t addr)
{
	size_t hi = upper(ss, sec, addr);

	if (hi && ss->e[hi - 1].sec == sec)
		return &ss->e[hi - 1];
	return NULL;
}

const struct ssentry *symsearch_above(const struct symsearch *ss,
				      uint32_t sec, uint64_t addr)
{
	size_t hi = upper(ss, sec, addr);

	if (hi < ss->n && ss->e[hi].sec == sec)
		return &ss->e[hi];
	return NULL;
}

const struct ssentry *symsearch_first(const struct symsearch *ss, uint32_t sec)
{
	size_t lo = 0, hi = ss->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (ss->e[mid].sec < sec)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < ss->n && ss->e[lo].sec == sec ? &ss->e[lo] : NULL;
}

const struct ssentry *symsearch_group_first(const struct symsearch *ss,
					    const struct ssentry *e)
{
	while (e > ss->e && e[-1].sec == e->sec && e[-1].addr == e->addr)
		e--;
	return e;
}
