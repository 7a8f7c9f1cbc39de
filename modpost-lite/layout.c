// SPDX-License-Identifier: GPL-2.0-only
/*
 * Merged output sections as ld -r lays them out: input order, then section
 * order within an object, each input section aligned to its sh_addralign
 * (as ld.bfd takes it: sum_secalign()).
 *
 * A unit's output sections are named in one pass over its objects'
 * section tables, the first time the check asks for any of them; an
 * output section's contributions are placed the first time it is asked
 * for (a check asks for a handful of the unit's thousands; placing all
 * of them wrote 2.4 MB on the clean corpus, a page fault per 4 KiB).
 * Computing each asked-for name from scratch walked every section name
 * of the unit each time (eight million instructions for seven names):
 * sections are named by the ids the scan gave their names (ssec::nameid,
 * an index in the scanning worker's name memo), so a name is looked up
 * once per worker, not once per section.  Once computed, everything is
 * read without locking.
 */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include <modpost-lite/inputs.h>
#include <modpost-lite/layout.h>
#include <modpost-lite/nametab.h>
#include <modpost-lite/secclass.h>
#include <modpost-lite/summary.h>
#include <modpost-lite/util.h>

#define NO_SECTION UINT32_MAX	/* the end of a chain */

/*
 * A unit's sections are numbered in link order, object after object: the
 * unit's k-th section is section k - first[i] of its i-th input.
 */
struct outsec {
	const char *name;
	uint32_t len;
	atomic_bool ready;	/* placed: @c is there */
	uint32_t head, tail;	/* its first and last section: a chain */
	struct contrib *c;	/* in link order */
	size_t n;
};

struct unit_layout {
	atomic_bool ready;	/* named: @tab, @sec, @next, @first there */
	struct nametab tab;	/* name -> index into sec */
	struct outsec *sec;
	size_t nsec;
	/* the next section of the same output section, or NO_SECTION */
	uint32_t *next;
	uint32_t *first;	/* [input of the unit]: its section 0 */
};

struct layout {
	const struct inputs *ins;
	const struct objsum *sums;
	const struct scanner *sc;	/* the workers' name memos */
	unsigned int nsc;
	pthread_mutex_t lock;	/* for computing a unit's layout, once */
	struct unit_layout *unit;
};

struct layout *layout_new(const struct inputs *ins, const struct objsum *sums,
			  const struct scanner *sc, unsigned int nsc)
{
	struct layout *l = xcalloc(1, sizeof(*l));
	size_t u;

	l->ins = ins;
	l->sums = sums;
	l->sc = sc;
	l->nsc = nsc;
	pthread_mutex_init(&l->lock, NULL);
	l->unit = xcalloc(ins->nunits, sizeof(*l->unit));
	for (u = 0; u < ins->nunits; u++)
		atomic_init(&l->unit[u].ready, false);
	return l;
}

void layout_free(struct layout *l)
{
	size_t u, s;

	if (!l)
		return;
	for (u = 0; u < l->ins->nunits; u++) {
		struct unit_layout *ul = &l->unit[u];

		nametab_free(&ul->tab);
		for (s = 0; s < ul->nsec; s++)
			free(ul->sec[s].c);
		free(ul->sec);
		free(ul->next);
		free(ul->first);
	}
	free(l->unit);
	pthread_mutex_destroy(&l->lock);
	free(l);
}

static uint64_t align_up(uint64_t pos, uint64_t align)
{
	return (pos + align - 1) & ~(align - 1);	/* a power of two */
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
		ul->sec[ul->nsec++] = (struct outsec){
			.name = name, .len = (uint32_t)len,
			.head = NO_SECTION, .tail = NO_SECTION };
	}
	return idx;
}

/*
 * Output section ids of the names in each worker's memo, one more than
 * the id (0: not seen yet in this unit), looked up once per worker.
 */
struct memo_map {
	uint32_t **of;		/* [worker][name id] */
	size_t cap;		/* of unit_layout::sec */
};

static void memo_map_init(struct memo_map *m, const struct layout *l)
{
	unsigned int w;

	m->of = xcalloc(l->nsc, sizeof(*m->of));
	for (w = 0; w < l->nsc; w++)
		m->of[w] = xcalloc(secclass_cache_count(l->sc[w].cc) + 1,
				   sizeof(**m->of));
	m->cap = 0;
}

static void memo_map_free(struct memo_map *m, const struct layout *l)
{
	unsigned int w;

	for (w = 0; w < l->nsc; w++)
		free(m->of[w]);
	free(m->of);
}

/* The output section of section @ss of @sum. */
static uint32_t outsec_for(struct unit_layout *ul, struct memo_map *m,
			   const struct objsum *sum, const struct ssec *ss)
{
	uint32_t *slot = &m->of[sum->scanner][ss->nameid];

	if (!*slot) {
		const char *name = secclass_cache_name(sum->names,
						       ss->nameid);

		*slot = outsec_of(ul, name, &m->cap) + 1;
	}
	return *slot - 1;
}

/* Add the unit's section @k to the chain of output section @o. */
static void chain(struct unit_layout *ul, struct outsec *o, uint32_t k)
{
	if (o->tail == NO_SECTION)
		o->head = k;
	else
		ul->next[o->tail] = k;
	o->tail = k;
	ul->next[k] = NO_SECTION;
	o->n++;
}

/*
 * The unit's output sections: one pass over its sections names the
 * output section of each and chains it to the ones before it there.
 * Must be before place_outsec(), which follows the chains.
 */
static void compute_unit(struct layout *l, unsigned int unit)
{
	const struct unit *u = &l->ins->units[unit];
	struct unit_layout *ul = &l->unit[unit];
	size_t total = 0, i, s, k;
	struct memo_map map;
	uint32_t unnamed;

	ul->first = xmalloc((u->ninputs + 1) * sizeof(*ul->first));
	for (i = 0; i < u->ninputs; i++) {
		ul->first[i] = (uint32_t)total;
		total += l->sums[u->input[i]].nsec;
	}
	ul->first[u->ninputs] = (uint32_t)total;
	/* 2^32 sections would be 64 GiB of summaries (struct ssec) */
	if (total >= NO_SECTION)
		oom();
	nametab_init(&ul->tab, 256);
	memo_map_init(&map, l);
	ul->next = xmalloc((total + 1) * sizeof(*ul->next));
	/* relocation sections have no name (ssec::reloc): one empty one */
	unnamed = outsec_of(ul, "", &map.cap);
	for (i = 0, k = 0; i < u->ninputs; i++) {
		const struct objsum *sum = &l->sums[u->input[i]];

		if (i + 1 < u->ninputs)	/* the section table read next */
			prefetch_range(l->sums[u->input[i + 1]].sec,
				       l->sums[u->input[i + 1]].nsec *
					       sizeof(struct ssec));
		for (s = 0; s < sum->nsec; s++, k++) {
			const struct ssec *ss = &sum->sec[s];
			uint32_t w;

			if (s == 0)
				continue;
			w = ss->reloc ? unnamed :
			    outsec_for(ul, &map, sum, ss);
			chain(ul, &ul->sec[w], (uint32_t)k);
		}
	}
	memo_map_free(&map, l);
	for (s = 0; s < ul->nsec; s++)
		atomic_init(&ul->sec[s].ready, false);
}

/*
 * Output section @idx of @unit: its contributions placed in link order,
 * each input section aligned to its sh_addralign.  Only the output
 * sections the check asks for are placed (a handful of the thousands),
 * each by its chain: its own sections, not every section of the unit.
 */
static void place_outsec(struct layout *l, unsigned int unit, uint32_t idx)
{
	const struct unit *u = &l->ins->units[unit];
	struct unit_layout *ul = &l->unit[unit];
	struct outsec *o = &ul->sec[idx];
	uint64_t pos = 0;
	size_t i = 0, n = 0;
	uint32_t k;

	o->c = xmalloc((o->n + 1) * sizeof(*o->c));
	for (k = o->head; k != NO_SECTION; k = ul->next[k]) {
		const struct objsum *sum;
		struct contrib *c;
		uint32_t s;

		while (ul->first[i + 1] <= k)	/* the chain ascends */
			i++;
		sum = &l->sums[u->input[i]];
		s = k - ul->first[i];
		c = &o->c[n++];
		c->input = u->input[i];
		c->sec = s;
		c->off = align_up(pos, sum_secalign(sum, s));
		c->size = sum_secsize(sum, s);
		c->nsyms = sum->sec[s].nsyms;
		pos = c->off + c->size;
	}
}

/* Run @fn once for @flag, under the layout's lock; then read freely. */
static void once(struct layout *l, atomic_bool *flag,
		 void (*fn)(struct layout *, unsigned int, uint32_t),
		 unsigned int unit, uint32_t idx)
{
	if (atomic_load_explicit(flag, memory_order_acquire))
		return;
	pthread_mutex_lock(&l->lock);
	if (!atomic_load_explicit(flag, memory_order_relaxed)) {
		fn(l, unit, idx);
		atomic_store_explicit(flag, true, memory_order_release);
	}
	pthread_mutex_unlock(&l->lock);
}

static void compute_unit_once(struct layout *l, unsigned int unit,
			      uint32_t unused)
{
	(void)unused;
	compute_unit(l, unit);
}

const struct contrib *layout_section(struct layout *l, unsigned int unit,
				     const char *name, size_t *n)
{
	struct unit_layout *ul = &l->unit[unit];
	size_t len = strlen(name);
	struct name_key key = { ul, name, (uint32_t)len };
	uint32_t idx;

	once(l, &ul->ready, compute_unit_once, unit, 0);
	idx = nametab_find(&ul->tab, nametab_hash(name, len), same_name, &key);
	if (idx == NAMETAB_NONE) {
		*n = 0;
		return NULL;
	}
	once(l, &ul->sec[idx].ready, place_outsec, unit, idx);
	*n = ul->sec[idx].n;
	return ul->sec[idx].c;
}

size_t layout_upper(const struct contrib *c, size_t n, uint64_t addr)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (c[mid].off <= addr)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

size_t layout_first_ending(const struct contrib *c, size_t n, uint64_t addr)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (c[mid].off + c[mid].size < addr)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
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
			   sum_secname(sum, sec), &n);
	k = layout_index(c, n, input, sec);
	return k < n ? c[k].off : 0;
}
