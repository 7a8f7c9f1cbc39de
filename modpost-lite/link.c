// SPDX-License-Identifier: GPL-2.0-only
/*
 * The link step: one name table per unit, filled in link order, then the
 * global references of every object judged against it.
 */
#include <elf.h>
#include <stdlib.h>
#include <string.h>

#include <modpost-lite/arena.h>
#include <modpost-lite/elfobj.h>
#include <modpost-lite/finding.h>
#include <modpost-lite/inputs.h>
#include <modpost-lite/ldorder.h>
#include <modpost-lite/link.h>
#include <modpost-lite/nametab.h>
#include <modpost-lite/profile.h>
#include <modpost-lite/rules.h>
#include <modpost-lite/secclass.h>
#include <modpost-lite/summary.h>
#include <modpost-lite/util.h>

/*
 * A name's winning definition: its summary entry, not a copy (a
 * kernel's forty thousand entries were 2.5 MB of fresh memory).
 */
struct gent {
	const char *name;	/* in the defining object's summary */
	struct sdef *sd;	/* sdef::won is set while it wins */
	unsigned int input;
	uint32_t ldrank;	/* gdef::ldrank */
};

/*
 * One unit's names: the table, and the entries in order of definition;
 * @cls[i] is def[i]'s sdef::cls, beside the table so that judging
 * a reference reads no definition or summary.  @risky holds only the
 * names whose winner a reference from outside rule_open_from() may warn
 * about (init and exit code and data: a few thousand of a kernel's forty
 * thousand): most references are judged in it, which stays in the cache.
 */
struct unit_names {
	struct nametab tab;
	struct nametab risky;
	/*
	 * A bit per hash & riskymask, set for the risky names' hashes: most
	 * references are to names with none of them, and are judged by
	 * testing one bit instead of probing @risky.
	 */
	uint64_t *riskybits;
	uint32_t riskymask;
	struct gent *def;
	uint32_t *cls;
	size_t ndef;
	/* COMMON definitions seen: with none (GCC's -fno-common, the kernel's
	 * default) no winner is one, and common_symbols() reads none */
	size_t ncommon;
};

struct link {
	uint32_t open_from;	/* rule_open_from(): judged in unit_names::tab */
	size_t nunits;
	struct unit_names *unit;
	struct arena mem;	/* the entries */
};

/* Every name defined in unit @u, in the order of its first definition. */
#define for_each_unit_def(l, u, e)					\
	for ((e) = (l)->unit[u].def;					\
	     (e) < (l)->unit[u].def + (l)->unit[u].ndef; (e)++)

/* 2: strong, 1: common, 0: weak */
static int strength(const struct sdef *d)
{
	if (d->common)
		return 1;
	return d->bind == STB_WEAK ? 0 : 2;
}

uint32_t link_hash(const char *name, size_t len)
{
	return nametab_hash(name, len);
}

/* A name looked for in a unit's table. */
struct name_key {
	const struct unit_names *u;
	const char *name;
	uint32_t len;
};

static bool same_name(const void *key, uint32_t idx)
{
	const struct name_key *k = key;
	const struct gent *e = &k->u->def[idx];

	return e->sd->len == k->len && !memcmp(e->name, k->name, k->len);
}

static const struct gent *lookup(const struct unit_names *u, const char *name,
				 uint32_t len, uint32_t hash)
{
	struct name_key key = { u, name, len };
	uint32_t idx = nametab_find(&u->tab, hash, same_name, &key);

	return idx == NAMETAB_NONE ? NULL : &u->def[idx];
}

/* @sd of @input is a definition of its name. */
static void define(struct unit_names *u, const struct objsum *s,
		   unsigned int input, struct sdef *sd)
{
	const char *name = sum_str(s, sd->name);
	struct name_key key = { u, name, sd->len };
	uint32_t idx;

	u->ncommon += sd->common;
	idx = nametab_insert(&u->tab, sd->hash, (uint32_t)u->ndef, same_name,
			     &key);
	if (idx == u->ndef) {
		u->cls[u->ndef] = sd->cls;
		u->def[u->ndef++] = (struct gent){ name, sd, input, 0 };
		sd->won = true;
	} else if (strength(sd) > strength(u->def[idx].sd)) {
		u->def[idx].sd->won = false;
		/* the name: the same text */
		u->def[idx] = (struct gent){ name, sd, input, 0 };
		u->cls[idx] = sd->cls;
		sd->won = true;
	}
}

/* How many names ahead define_all() loads their slots. */
#define PREFETCH_AHEAD 8

/* Every definition of @input, in order. */
static void define_all(struct unit_names *u, struct objsum *s,
		       unsigned int input)
{
	size_t d;

	for (d = 0; d < s->ndef && d < PREFETCH_AHEAD; d++)
		nametab_prefetch(&u->tab, s->def[d].hash);
	for (d = 0; d < s->ndef; d++) {
		if (d + PREFETCH_AHEAD < s->ndef)
			nametab_prefetch(&u->tab,
					 s->def[d + PREFETCH_AHEAD].hash);
		define(u, s, input, &s->def[d]);
	}
}

void link_gdef(const struct sdef *sd, const char *name, unsigned int input,
	       uint32_t ldrank, struct gdef *d)
{
	*d = (struct gdef){
		.name = name, .input = input, .symidx = sd->symidx,
		.shndx = sd->shndx, .value = sd->value, .bind = sd->bind,
		.type = sd->type, .common = sd->common, .ldrank = ldrank,
	};
}

bool link_find_hashed(const struct link *l, unsigned int unit,
		      const char *name, size_t len, uint32_t hash,
		      struct gdef *d)
{
	const struct gent *e = lookup(&l->unit[unit], name, (uint32_t)len,
				      hash);

	if (!e)
		return false;
	link_gdef(e->sd, e->name, e->input, e->ldrank, d);
	return true;
}

void link_prefetch(const struct link *l, unsigned int unit, uint32_t hash)
{
	nametab_prefetch(&l->unit[unit].tab, hash);
}

bool link_find(const struct link *l, unsigned int unit, const char *name,
	       struct gdef *d)
{
	size_t len = strlen(name);

	return link_find_hashed(l, unit, name, len, link_hash(name, len), d);
}

void link_judge_refs(const struct link *l, const struct profile *p,
		     const struct inputs *ins, struct objsum *sums,
		     unsigned int input)
{
	struct objsum *s = &sums[input];
	const struct unit_names *u = &l->unit[ins->in[input].unit];
	size_t r;

	if (s->err || s->suspect)
		return;
	/*
	 * By hash: every definition whose name has the reference's hash is
	 * taken for it (a reference from outside rule_open_from() only
	 * among the risky ones: the others cannot warn).  That finds the
	 * name's definition if there is one, and at worst (two names of one
	 * hash) marks an object suspect that the exact check then clears;
	 * the names need not be kept or read.
	 */
	for (r = 0; r < s->nref; r++) {
		const struct sref *ref = &s->ref[r];
		bool open = ref->fromcls & l->open_from;
		const struct nametab *t = open ? &u->tab : &u->risky;
		uint32_t bit = ref->hash & u->riskymask, idx;
		size_t probe = 0;

		if (!open && !(u->riskybits[bit / 64] >> (bit % 64) & 1))
			continue;

		while ((idx = nametab_next(t, ref->hash, &probe)) !=
		       NAMETAB_NONE) {
			if (rule_may_warn(p, ref->fromcls, u->cls[idx])) {
				s->suspect = true;
				return;
			}
		}
	}
}

static void common_symbols(struct link *l, struct findings *out)
{
	size_t u;
	struct gent *e;

	for (u = 0; u < l->nunits; u++) {
		if (!l->unit[u].ncommon)
			continue;
		for_each_unit_def(l, u, e) {
			struct finding *f;

			if (!e->sd->common || str_starts(e->name, "__gnu_lto_"))
				continue;
			f = findings_new(out, R_COMMON_SYMBOL);
			f->unit = (unsigned int)u;
			f->input = e->input;
			f->sec = 0;
			f->idx = e->sd->symidx;
			f->tosym = xstrdup(e->name);
		}
	}
}

/* gdef::ldrank of every global of unit @u: ld -r's output order. */
static void rank_unit(struct link *l, const struct inputs *ins,
		      const struct objsum *sums, size_t u)
{
	const struct unit *un = &ins->units[u];
	struct ldorder *o = ldorder_new();
	struct gent *e;
	size_t k, g;

	for (k = 0; k < un->ninputs; k++) {
		const struct objsum *s = &sums[un->input[k]];

		for (g = 0; g < s->nglob && !s->err; g++) {
			const char *name = sum_str(s, s->glob[g]);

			ldorder_add(o, name, strlen(name));
		}
	}
	for_each_unit_def(l, u, e)
		e->ldrank = ldorder_rank(o, e->name, e->sd->len);
	ldorder_free(o);
}

/* Every name defined in @u is unique there. */
static bool never_same(const void *key, uint32_t idx)
{
	(void)key;
	(void)idx;
	return false;
}

/*
 * The names of @u whose winner is risky (see struct unit_names).  Their
 * classes are a few values over and over: the last answer is kept.
 */
static void risky_names(struct unit_names *u, const struct profile *p,
			uint32_t open_from)
{
	uint32_t *risky = xmalloc((u->ndef + 1) * sizeof(*risky));
	uint32_t last = 0;
	bool last_risky = false;
	size_t i, n = 0, bits;

	for (i = 0; i < u->ndef; i++) {
		if (!i || u->cls[i] != last) {
			last = u->cls[i];
			last_risky = rule_may_warn(p, ~open_from, last);
		}
		if (last_risky)
			risky[n++] = (uint32_t)i;
	}
	nametab_init(&u->risky, n);
	/* 16 bits a name: one reference in 16 (at most) goes on to probe */
	for (bits = 64; bits / 16 < n && bits < (size_t)1 << 31; bits *= 2)
		;
	u->riskymask = (uint32_t)(bits - 1);
	u->riskybits = xcalloc(bits / 64, sizeof(*u->riskybits));
	for (i = 0; i < n; i++) {
		uint32_t h = u->def[risky[i]].sd->hash, bit = h & u->riskymask;

		nametab_insert(&u->risky, h, risky[i], never_same, NULL);
		u->riskybits[bit / 64] |= (uint64_t)1 << (bit % 64);
	}
	free(risky);
}

struct link *link_build(const struct inputs *ins, struct objsum *sums,
			const struct profile *p, struct findings *out)
{
	bool ld_order = p->data->search->ld_order;
	struct link *l = xcalloc(1, sizeof(*l));
	size_t u, k, n;

	l->open_from = rule_open_from(p);
	l->nunits = ins->nunits;
	l->unit = xcalloc(ins->nunits, sizeof(*l->unit));
	for (u = 0; u < ins->nunits; u++) {
		const struct unit *un = &ins->units[u];
		struct unit_names *names = &l->unit[u];

		for (k = 0, n = 0; k < un->ninputs; k++)
			if (!sums[un->input[k]].err)
				n += sums[un->input[k]].ndef;
		nametab_init(&names->tab, n);
		names->def = arena_alloc(&l->mem, n * sizeof(*names->def));
		names->cls = arena_alloc(&l->mem, n * sizeof(*names->cls));
		for (k = 0; k < un->ninputs; k++) {
			unsigned int in = un->input[k];
			struct objsum *s = &sums[in];

			if (k + 1 < un->ninputs)	/* the object defined next */
				prefetch_range(sums[un->input[k + 1]].def,
					       sums[un->input[k + 1]].ndef *
						       sizeof(struct sdef));
			if (!s->err)
				define_all(names, s, in);
		}
		risky_names(names, p, l->open_from);
	}
	for (u = 0; ld_order && u < ins->nunits; u++)
		rank_unit(l, ins, sums, u);
	common_symbols(l, out);
	return l;
}

void link_free(struct link *l)
{
	size_t u;

	if (!l)
		return;
	for (u = 0; u < l->nunits; u++) {
		nametab_free(&l->unit[u].tab);
		nametab_free(&l->unit[u].risky);
		free(l->unit[u].riskybits);
	}
	free(l->unit);
	arena_free(&l->mem);	/* the entries */
	free(l);
}
