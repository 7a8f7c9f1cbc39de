// SPDX-License-Identifier: GPL-2.0-only
/*
 * Merged output sections as ld -r lays them out: input order, then section
 * order within an object, each input section aligned to its sh_addralign.
 *
 * A unit's layout is computed whole, in one pass over its objects' section
 * tables, the first time the check asks for any of it: computing one
 * output section on demand walked every section of the unit for each name
 * asked for (eight million instructions on the clean corpus for seven
 * names).  After that the layout is read without locking.
 */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include <modpost-lite/inputs.h>
#include <modpost-lite/layout.h>
#include <modpost-lite/nametab.h>
#include <modpost-lite/summary.h>
#include <modpost-lite/util.h>

struct outsec {
	const char *name;
	uint32_t len;
	struct contrib *c;	/* in link order */
	size_t n;
};

struct unit_layout {
	atomic_bool ready;
	struct nametab tab;	/* name -> index into sec */
	struct outsec *sec;
	size_t nsec;
	struct contrib *all;	/* every contribution, by output section */
};

struct layout {
	const struct inputs *ins;
	const struct objsum *sums;
	pthread_mutex_t lock;	/* for computing a unit's layout, once */
	struct unit_layout *unit;
};

struct layout *layout_new(const struct inputs *ins, const struct objsum *sums)
{
	struct layout *l = xcalloc(1, sizeof(*l));
	size_t u;

	l->ins = ins;
	l->sums = sums;
	pthread_mutex_init(&l->lock, NULL);
	l->unit = xcalloc(ins->nunits, sizeof(*l->unit));
	for (u = 0; u < ins->nunits; u++)
		atomic_init(&l->unit[u].ready, false);
	return l;
}

void layout_free(struct layout *l)
{
	size_t u;

	if (!l)
		return;
	for (u = 0; u < l->ins->nunits; u++) {
		struct unit_layout *ul = &l->unit[u];

		nametab_free(&ul->tab);
		free(ul->sec);
		free(ul->all);
	}
	free(l->unit);
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

struct name_key {
	const struct unit_layout *ul;
	const char *name;
	uint32_t len;
};

static bool same_name(const void *key, uint32_t idx)
{
	const struct name_key *k = key;
	const struct outsec *o = &k->ul->sec[idx];

	return o->len == k->len && !memcmp(o->name, k->name, k->len);
}

/* The output section @name of @ul, added if it is new. */
static uint32_t outsec_of(struct unit_layout *ul, const char *name,
			  size_t *cap)
{
	size_t len = strlen(name);
	struct name_key key = { ul, name, (uint32_t)len };
	uint32_t idx;

	idx = nametab_insert(&ul->tab, nametab_hash(name, len),
			     (uint32_t)ul->nsec, same_name, &key);
	if (idx == ul->nsec) {
		GROW(ul->sec, *cap, ul->nsec);
		ul->sec[ul->nsec++] = (struct outsec){ name, (uint32_t)len,
						       NULL, 0 };
	}
	return idx;
}

/*
 * Two passes over the unit's sections: the first names the output
 * sections and counts their contributions, the second places each input
 * section in its output section.
 */
static void compute_unit(struct layout *l, unsigned int unit)
{
	const struct unit *u = &l->ins->units[unit];
	struct unit_layout *ul = &l->unit[unit];
	size_t cap = 0, total = 0, i, s, k;
	uint32_t *which, unnamed;
	uint64_t *pos;

	for (i = 0; i < u->ninputs; i++)
		total += l->sums[u->input[i]].nsec;
	nametab_init(&ul->tab, 256);
	which = xmalloc((total + 1) * sizeof(*which));
	/* relocation sections share section 0's empty name (scan.c) */
	unnamed = outsec_of(ul, "", &cap);
	for (i = 0, k = 0; i < u->ninputs; i++) {
		const struct objsum *sum = &l->sums[u->input[i]];

		for (s = 0; s < sum->nsec; s++, k++) {
			uint32_t name = sum->sec[s].name;

			if (s == 0)
				continue;
			which[k] = name == sum->sec[0].name ? unnamed :
				   outsec_of(ul, sum_str(sum, name), &cap);
			ul->sec[which[k]].n++;
		}
	}
	ul->all = xmalloc((total + 1) * sizeof(*ul->all));
	pos = xcalloc(ul->nsec + 1, sizeof(*pos));
	for (s = 0, k = 0; s < ul->nsec; s++) {
		ul->sec[s].c = ul->all + k;
		k += ul->sec[s].n;
		ul->sec[s].n = 0;
	}
	for (i = 0, k = 0; i < u->ninputs; i++) {
		unsigned int in = u->input[i];
		const struct objsum *sum = &l->sums[in];

		for (s = 0; s < sum->nsec; s++, k++) {
			const struct ssec *ss = &sum->sec[s];
			struct outsec *o;
			struct contrib *c;

			if (s == 0)
				continue;
			o = &ul->sec[which[k]];
			c = &o->c[o->n++];
			c->input = in;
			c->sec = (uint32_t)s;
			c->off = align_up(pos[which[k]], ss->align);
			c->size = ss->size;
			c->nsyms = ss->nsyms;
			pos[which[k]] = c->off + ss->size;
		}
	}
	free(pos);
	free(which);
}

static struct unit_layout *unit_layout(struct layout *l, unsigned int unit)
{
	struct unit_layout *ul = &l->unit[unit];

	if (!atomic_load_explicit(&ul->ready, memory_order_acquire)) {
		pthread_mutex_lock(&l->lock);
		if (!atomic_load_explicit(&ul->ready, memory_order_relaxed)) {
			compute_unit(l, unit);
			atomic_store_explicit(&ul->ready, true,
					      memory_order_release);
		}
		pthread_mutex_unlock(&l->lock);
	}
	return ul;
}

const struct contrib *layout_section(struct layout *l, unsigned int unit,
				     const char *name, size_t *n)
{
	struct unit_layout *ul = unit_layout(l, unit);
	size_t len = strlen(name);
	struct name_key key = { ul, name, (uint32_t)len };
	uint32_t idx;

	idx = nametab_find(&ul->tab, nametab_hash(name, len), same_name, &key);
	if (idx == NAMETAB_NONE) {
		*n = 0;
		return NULL;
	}
	*n = ul->sec[idx].n;
	return ul->sec[idx].c;
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
