// SPDX-License-Identifier: GPL-2.0-only
/*
 * The link step: one name table per unit, filled in link order, then the
 * global references of every object judged against it.
 */
#include <elf.h>
#include <stdlib.h>
#include <string.h>
#include <uthash.h>

#include <modpost-lite/arena.h>
#include <modpost-lite/elfobj.h>
#include <modpost-lite/finding.h>
#include <modpost-lite/inputs.h>
#include <modpost-lite/link.h>
#include <modpost-lite/rules.h>
#include <modpost-lite/secclass.h>
#include <modpost-lite/summary.h>
#include <modpost-lite/util.h>

struct gent {
	UT_hash_handle hh;
	struct gdef d;
};

struct link {
	size_t nunits;
	struct gent **table;	/* per unit */
	struct arena mem;	/* the entries */
};

/* 2: strong, 1: common, 0: weak */
static int strength(const struct gdef *d)
{
	if (d->common)
		return 1;
	return d->bind == STB_WEAK ? 0 : 2;
}

uint32_t link_hash(const char *name, size_t len)
{
	unsigned int h;

	HASH_VALUE(name, len, h);
	return h;
}

static void define(struct gent **table, struct gent *e, uint32_t len,
		   uint32_t hash)
{
	struct gent *old;

	HASH_FIND_BYHASHVALUE(hh, *table, e->d.name, len, hash, old);
	if (!old) {
		HASH_ADD_KEYPTR_BYHASHVALUE(hh, *table, e->d.name, len, hash,
					    e);
		return;
	}
	if (strength(&e->d) > strength(&old->d))
		old->d = e->d;	/* the key string stays valid: same text */
}

const struct gdef *link_find(const struct link *l, unsigned int unit,
			     const char *name)
{
	struct gent *e;

	HASH_FIND_STR(l->table[unit], name, e);
	return e ? &e->d : NULL;
}

uint32_t link_def_class(const struct objsum *sums, const struct gdef *d)
{
	if (d->shndx == SEC_NONE)
		return SC_NONE;
	return sums[d->input].sec[d->shndx].cls;
}

void link_judge_refs(const struct link *l, const struct inputs *ins,
		     struct objsum *sums, unsigned int input)
{
	struct objsum *s = &sums[input];
	size_t r;

	if (s->err || s->suspect)
		return;
	for (r = 0; r < s->nref; r++) {
		const struct sref *ref = &s->ref[r];
		struct gent *e;

		HASH_FIND_BYHASHVALUE(hh, l->table[ins->in[input].unit],
				      sum_str(s, ref->name), ref->len,
				      ref->hash, e);
		if (e && rule_may_warn(ref->fromcls,
				       link_def_class(sums, &e->d))) {
			s->suspect = true;
			return;
		}
	}
}

static void common_symbols(struct link *l, const struct inputs *ins,
			   struct findings *out)
{
	size_t u;
	struct gent *e, *tmp;

	for (u = 0; u < l->nunits; u++) {
		HASH_ITER(hh, l->table[u], e, tmp) {
			struct finding *f;
			char *shown;

			if (!e->d.common || str_starts(e->d.name, "__gnu_lto_"))
				continue;
			f = findings_new(out);
			f->unit = (unsigned int)u;
			f->input = e->d.input;
			f->sec = 0;
			f->idx = e->d.symidx;
			f->kind = F_COMMON;
			f->tosym = xstrdup(e->d.name);
			shown = modpost_name(e->d.name);
			f->text = xasprintf("\"%s\" [%s] is COMMON symbol\n",
					    shown, ins->units[u].name);
			free(shown);
		}
	}
}

struct link *link_build(const struct inputs *ins, struct objsum *sums,
			struct findings *out)
{
	struct link *l = xcalloc(1, sizeof(*l));
	size_t u, k, d, n = 0;
	struct gent *pool;

	l->nunits = ins->nunits;
	l->table = xcalloc(ins->nunits, sizeof(*l->table));
	for (k = 0; k < ins->nin; k++)
		n += sums[k].ndef;
	pool = arena_alloc(&l->mem, n * sizeof(*pool));
	n = 0;
	for (u = 0; u < ins->nunits; u++) {
		const struct unit *un = &ins->units[u];

		for (k = 0; k < un->ninputs; k++) {
			unsigned int in = un->input[k];
			const struct objsum *s = &sums[in];

			if (s->err)
				continue;
			for (d = 0; d < s->ndef; d++) {
				struct gent *e = &pool[n++];

				memset(e, 0, sizeof(*e));
				e->d.name = sum_str(s, s->def[d].name);
				e->d.input = in;
				e->d.symidx = s->def[d].symidx;
				e->d.shndx = s->def[d].shndx;
				e->d.value = s->def[d].value;
				e->d.bind = s->def[d].bind;
				e->d.type = s->def[d].type;
				e->d.common = s->def[d].common;
				define(&l->table[u], e, s->def[d].len,
				       s->def[d].hash);
			}
		}
	}
	common_symbols(l, ins, out);
	return l;
}

void link_free(struct link *l)
{
	size_t u;

	if (!l)
		return;
	/* the entries live in the arena: only the bucket arrays go here */
	for (u = 0; u < l->nunits; u++)
		HASH_CLEAR(hh, l->table[u]);
	free(l->table);
	arena_free(&l->mem);
	free(l);
}
