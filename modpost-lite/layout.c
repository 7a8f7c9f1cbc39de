// SPDX-License-Identifier: GPL-2.0-only
/*
 * Merged output sections as ld -r lays them out: input order, then section
 * order within an object, each input section aligned to its sh_addralign.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <uthash.h>

#include <modpost-lite/inputs.h>
#include <modpost-lite/layout.h>
#include <modpost-lite/summary.h>
#include <modpost-lite/util.h>

struct outsec {
	UT_hash_handle hh;
	struct contrib *c;
	size_t n;
	char key[];		/* "<unit>\0<name>" */
};

struct layout {
	const struct inputs *ins;
	const struct objsum *sums;
	pthread_mutex_t lock;
	struct outsec *table;
};

struct layout *layout_new(const struct inputs *ins, const struct objsum *sums)
{
	struct layout *l = xcalloc(1, sizeof(*l));

	l->ins = ins;
	l->sums = sums;
	pthread_mutex_init(&l->lock, NULL);
	return l;
}

void layout_free(struct layout *l)
{
	struct outsec *o, *tmp;

	if (!l)
		return;
	HASH_ITER(hh, l->table, o, tmp) {
		HASH_DEL(l->table, o);
		free(o->c);
		free(o);
	}
	pthread_mutex_destroy(&l->lock);
	free(l);
}

static uint64_t align_up(uint64_t pos, uint64_t align)
{
	if (align <= 1)
		return pos;
	if (!(align & (align - 1)))
		return (pos + align - 1) & ~(align - 1);
	return (pos + align - 1) / align * align;
}

static struct outsec *compute(struct layout *l, unsigned int unit,
			      const char *name, const char *key, size_t klen)
{
	const struct unit *u = &l->ins->units[unit];
	struct outsec *o = xcalloc(1, sizeof(*o) + klen);
	size_t cap = 0, i, s;
	uint64_t pos = 0;

	memcpy(o->key, key, klen);
	for (i = 0; i < u->ninputs; i++) {
		unsigned int in = u->input[i];
		const struct objsum *sum = &l->sums[in];

		for (s = 1; s < sum->nsec; s++) {
			const struct ssec *ss = &sum->sec[s];
			struct contrib *c;

			if (strcmp(sum_str(sum, ss->name), name))
				continue;
			GROW(o->c, cap, o->n);
			c = &o->c[o->n++];
			c->input = in;
			c->sec = (uint32_t)s;
			c->off = align_up(pos, ss->align);
			c->size = ss->size;
			c->nsyms = ss->nsyms;
			pos = c->off + ss->size;
		}
	}
	HASH_ADD(hh, l->table, key, klen, o);
	return o;
}

const struct contrib *layout_section(struct layout *l, unsigned int unit,
				     const char *name, size_t *n)
{
	char *key = xasprintf("%u%c%s", unit, '\0', name);
	size_t klen = strlen(key) + 1 + strlen(name);
	struct outsec *o;

	pthread_mutex_lock(&l->lock);
	HASH_FIND(hh, l->table, key, klen, o);
	if (!o)
		o = compute(l, unit, name, key, klen);
	pthread_mutex_unlock(&l->lock);
	free(key);
	*n = o->n;
	return o->c;
}

size_t layout_index(const struct contrib *c, size_t n, unsigned int input,
		    uint32_t sec)
{
	size_t lo = 0, hi = n;

	/* inputs of a unit are numbered in link order */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (c[mid].input < input ||
		    (c[mid].input == input && c[mid].sec < sec))
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && c[lo].input == input && c[lo].sec == sec ? lo : n;
}

uint64_t layout_offset(struct layout *l, unsigned int input, uint32_t sec)
{
	const struct objsum *sum = &l->sums[input];
	const struct contrib *c;
	size_t n, k;

	if (sec == 0 || sec >= sum->nsec)
		return 0;
	c = layout_section(l, l->ins->in[input].unit,
			   sum_str(sum, sum->sec[sec].name), &n);
	k = layout_index(c, n, input, sec);
	return k < n ? c[k].off : 0;
}
