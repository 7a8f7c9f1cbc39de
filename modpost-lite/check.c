// SPDX-License-Identifier: GPL-2.0-only
/*
 * The exact check of one object.  Each relocation in a section a rule can
 * apply to is resolved as ld -r would resolve it, judged by the rule
 * table and the allow-list, and named the way modpost names it on
 * vmlinux.o: nearest symbols are searched in the merged output section,
 * which may reach into neighbouring objects (they are read on demand).
 */
#include <stddef.h>
#include <string.h>
#include <stdlib.h>
#include <uthash.h>

#include <modpost-lite/check.h>
#include <modpost-lite/elfobj.h>
#include <modpost-lite/export.h>
#include <modpost-lite/finding.h>
#include <modpost-lite/inputs.h>
#include <modpost-lite/layout.h>
#include <modpost-lite/link.h>
#include <modpost-lite/relwalk.h>
#include <modpost-lite/profile.h>
#include <modpost-lite/rules.h>
#include <modpost-lite/secclass.h>
#include <modpost-lite/summary.h>
#include <modpost-lite/symsearch.h>
#include <modpost-lite/util.h>

#define LABEL_BYTES 256		/* export label data kept for checking */
/* the rank of a global: after every local of vmlinux.o (ldorder.h) */
#define GLOBAL_RANK (UINT64_C(1) << 63)

/* The link's answer for one global symbol of an object, once asked. */
struct link_answer {
	bool asked;
	bool found;
	struct gdef d;
};

/* An object opened for detail, with its symbols as linked. */
struct lobj {
	const struct check_ctx *c;
	unsigned int input;
	unsigned int unit;
	struct elfobj o;
	struct symsearch ss;
	struct objbuf own;	/* neighbours read into a buffer of their own */
	/*
	 * Per symbol: the symbol search and every relocation to a global
	 * ask the link about it, most of them many times (link_find()
	 * hashes the name each time).
	 */
	struct link_answer *answers;
};

/* link_find() for global symbol @idx of @l's object, asked once. */
static bool find_linked(const struct lobj *l, uint32_t idx, struct gdef *d)
{
	struct link_answer *a = &l->answers[idx];

	if (!a->asked) {
		a->asked = true;
		a->found = link_find(l->c->link, l->unit, l->o.sym[idx].name,
				     &a->d);
	}
	*d = a->d;
	return a->found;
}

/* A symbol found in a merged section. */
struct hit {
	bool found;
	unsigned int input;
	uint32_t symidx;
	uint64_t maddr;		/* merged address used by the search */
	uint64_t value;		/* merged st_value, as printed */
	uint64_t rank;		/* its place in vmlinux.o's symbol table */
	uint8_t type;		/* STT_* */
	char *name;
	size_t ndata;		/* bytes of the symbol's section at it */
	unsigned char data[LABEL_BYTES];	/* last: see hit_init() */
};

/*
 * No hit yet.  Everything but the label bytes, which only fill_hit()
 * writes and only @ndata of them are read: zeroing a whole hit, three or
 * four per checked relocation, was three quarters of check_object()'s
 * own time on the injected corpus.
 */
static void hit_init(struct hit *h)
{
	memset(h, 0, offsetof(struct hit, data));
}

/*
 * A .ko is the module object modpost checked (X.o) linked once more, with
 * X.mod.o, by scripts/module.lds, and given a .BTF section by pahole.  To
 * print what modpost printed on X.o, the symbols the linker script defines
 * (__start_alloc_tags and __stop_alloc_tags at the start of .data) are not
 * searched, and .BTF sections are not reported as non-allocatable.
 */
static bool is_linked_module(const struct inputs *ins, unsigned int input)
{
	const struct input *in = &ins->in[input];

	return in->linked_module;
}

static bool lds_symbol(const struct esym *s)
{
	return s->type == STT_NOTYPE && s->bind == STB_GLOBAL &&
	       (str_starts(s->name, "__start_") ||
		str_starts(s->name, "__stop_"));
}

static const struct search_rules *rules_of(const struct check_ctx *c)
{
	return c->prof->data->search;
}

/*
 * Only the definition that won the link is visible in the linked view.
 * With the profile's ld_order, *rank is the symbol's place in vmlinux.o:
 * locals object by object (inputs in link order), then the globals in
 * ld's order; else the symbol index stays the rank.
 */
static bool linked(void *p, uint32_t idx, uint64_t *rank)
{
	struct lobj *l = p;
	const struct esym *s = &l->o.sym[idx];
	bool ld_order = rules_of(l->c)->ld_order;
	struct gdef d;

	if (!esym_is_global(s)) {
		if (ld_order)
			*rank = (uint64_t)l->input << 32 | idx;
		return true;
	}
	if (lds_symbol(s) && is_linked_module(l->c->ins, l->input))
		return false;
	if (!find_linked(l, idx, &d) || d.input != l->input ||
	    d.symidx != idx)
		return false;
	if (ld_order)
		*rank = GLOBAL_RANK | d.ldrank;
	return true;
}

/*
 * The object's own definitions that won the link answer for themselves
 * (sdef::won, set by the link): the symbol search asks about every one,
 * and each asking was a probe of the link's table, which is larger than
 * the cache.  Not with ld_order: the rank is the link's alone.
 */
static void own_answers(struct lobj *l)
{
	const struct objsum *sum = &l->c->sums[l->input];
	size_t i;

	if (rules_of(l->c)->ld_order)
		return;
	for (i = 0; i < sum->ndef; i++) {
		const struct sdef *sd = &sum->def[i];
		struct link_answer *a;

		/* the file was read twice: it may have changed since */
		if (!sd->won || sd->symidx >= l->o.nsym)
			continue;
		a = &l->answers[sd->symidx];
		a->asked = a->found = true;
		link_gdef(sd, sum_str(sum, sd->name), l->input, 0, &a->d);
	}
}

/* What ask_undefined() asks about: a global that is not defined here. */
static bool undefined_global(const struct esym *e)
{
	return e->raw_shndx == SHN_UNDEF && esym_is_global(e);
}

/* How many symbols ahead ask_undefined() loads their table slots. */
#define ASK_AHEAD 8

/*
 * Ask the link at once about every undefined global of @l's object (the
 * relocations the check walks ask about nearly all of them, one at a
 * time): each answer was a miss on the link's table, which is larger
 * than the cache, so the slots are loaded ASK_AHEAD symbols ahead.  The
 * answers are the ones find_linked() would give.
 */
static void ask_undefined(struct lobj *l)
{
	const struct link *link = l->c->link;
	size_t n = 0, i, k;
	uint32_t *want, *hash, *len;

	for (i = 1; i < l->o.nsym; i++)
		n += undefined_global(&l->o.sym[i]);
	if (!n)
		return;
	want = xmalloc(3 * n * sizeof(*want));
	hash = want + n;
	len = hash + n;
	for (i = 1, k = 0; i < l->o.nsym; i++) {
		const struct esym *e = &l->o.sym[i];

		if (!undefined_global(e))
			continue;
		want[k] = (uint32_t)i;
		len[k] = (uint32_t)strlen(e->name);
		hash[k] = link_hash(e->name, len[k]);
		if (k < ASK_AHEAD)
			link_prefetch(link, l->unit, hash[k]);
		k++;
	}
	for (k = 0; k < n; k++) {
		struct link_answer *a = &l->answers[want[k]];

		if (k + ASK_AHEAD < n)
			link_prefetch(link, l->unit, hash[k + ASK_AHEAD]);
		a->asked = true;
		a->found = link_find_hashed(link, l->unit,
					    l->o.sym[want[k]].name, len[k],
					    hash[k], &a->d);
	}
	free(want);
}

static int lobj_open(const struct check_ctx *c, unsigned int input,
		     struct objbuf *buf, struct lobj *l)
{
	const struct input *in = &c->ins->in[input];
	struct symsearch_opts sopt;

	l->c = c;
	l->input = input;
	l->unit = in->unit;
	memset(&l->own, 0, sizeof(l->own));
	if (!buf)
		buf = &l->own;
	if (elfobj_open(&l->o, in, buf, ELFOBJ_WHOLE)) {
		objbuf_free(&l->own);
		return -1;
	}
	/* before the search below, which asks */
	l->answers = xcalloc(l->o.nsym + 1, sizeof(*l->answers));
	own_answers(l);
	ask_undefined(l);
	sopt.names = rules_of(c)->names;
	sopt.thumb_bit = rules_of(c)->thumb_bit;
	sopt.collapse = !rules_of(c)->tie_last;
	sopt.keep = linked;
	sopt.ctx = l;
	symsearch_build(&l->ss, &l->o, &sopt);
	return 0;
}

static void lobj_close(struct lobj *l)
{
	free(l->answers);
	l->answers = NULL;
	symsearch_free(&l->ss);
	elfobj_close(&l->o);
	free(l->o.err);
	l->o.err = NULL;
	objbuf_free(&l->own);
}

static void fill_hit(struct hit *h, const struct lobj *l,
		     const struct contrib *k, const struct ssentry *e)
{
	const struct esym *s = &l->o.sym[e->symidx];
	const struct esec *sec = &l->o.sec[k->sec];

	h->found = true;
	h->input = l->input;
	h->symidx = e->symidx;
	h->maddr = k->off + e->addr;
	h->value = k->off + s->value;
	h->rank = e->rank;
	h->type = s->type;
	h->name = modpost_name(s->name);
	h->ndata = 0;
	if (sec->bytes && s->value < sec->size) {
		h->ndata = sec->size - s->value;
		if (h->ndata > LABEL_BYTES)
			h->ndata = LABEL_BYTES;
		memcpy(h->data, sec->bytes + s->value, h->ndata);
	}
}

static void hit_free(struct hit *h)
{
	free(h->name);
	h->name = NULL;
	h->found = false;
}

/* Which symbol of a contribution search_contrib() returns. */
enum pick {
	PICK_BELOW,		/* the last entry at or below the address */
	PICK_ABOVE,		/* the first entry above it */
	PICK_BELOW_FIRST,	/* the first entry of the address PICK_BELOW
				 * finds (6.1's first-in-table tie rule) */
	PICK_FIRST,		/* the contribution's first entry */
};

/*
 * Look for a symbol in contribution @k (own object @self when it is the
 * one), as @pick says.
 */
static bool search_contrib(const struct check_ctx *c, struct lobj *self,
			   const struct contrib *k, uint64_t a,
			   enum pick pick, struct hit *h)
{
	bool above = pick == PICK_ABOVE || pick == PICK_FIRST;
	const struct ssentry *e;
	struct lobj nb, *l = self;
	bool found = false;

	if (!self || k->input != self->input) {
		if (!k->nsyms)
			return false;
		if (lobj_open(c, k->input, NULL, &nb)) {
			free(nb.o.err);
			return false;
		}
		l = &nb;
	}
	if (pick == PICK_FIRST || (above && a < k->off))
		e = symsearch_first(&l->ss, k->sec);
	else if (above)
		e = symsearch_above(&l->ss, k->sec, a - k->off);
	else if (a < k->off)
		e = NULL;
	else
		e = symsearch_below(&l->ss, k->sec, a - k->off);
	if (e && pick == PICK_BELOW_FIRST)
		e = symsearch_group_first(&l->ss, e);
	if (e) {
		fill_hit(h, l, k, e);
		found = true;
	}
	if (l == &nb)
		lobj_close(&nb);
	return found;
}

/* Replace @h by @better (taking its name), or drop @better. */
static void hit_take(struct hit *h, struct hit *better)
{
	hit_free(h);
	*h = *better;
	better->name = NULL;
	better->found = false;
}

/*
 * 6.1: @lo was found in contribution @j at merged address A; symbols at A
 * may also end the contributions before it (zero-size labels at their
 * end, or empty contributions): of them all the one last in vmlinux.o's
 * symbol table wins.
 */
static void last_of_address(const struct check_ctx *c, struct lobj *self,
			    const struct contrib *k, size_t j, uint64_t a,
			    struct hit *lo)
{
	struct hit h;

	hit_init(&h);
	while (j-- > 0 && k[j].off + k[j].size >= lo->maddr) {
		if (search_contrib(c, self, &k[j], a, PICK_BELOW, &h) &&
		    h.maddr == lo->maddr && h.rank > lo->rank)
			hit_take(lo, &h);
		hit_free(&h);
	}
}

/*
 * modpost's symsearch_find_nearest() over the merged section that section
 * @sec of @input belongs to: the nearest symbol at or below @a; with
 * @allow_above also the nearest above, the closer of the two winning
 * (the lower on a tie); none further than @maxdist.
 */
static void search(const struct check_ctx *c, struct lobj *self,
		   unsigned int input, uint32_t sec, uint64_t a,
		   bool allow_above, uint64_t maxdist, struct hit *res)
{
	const struct objsum *sum = &c->sums[input];
	const struct contrib *k;
	struct hit lo, hi;
	size_t n, p, j;

	hit_init(res);
	hit_init(&lo);
	hit_init(&hi);
	k = layout_section(c->layout, c->ins->in[input].unit,
			   sum_secname(sum, sec), &n);
	/* p: one past the last contribution starting at or below a */
	p = layout_upper(k, n, a);
	for (j = p; j-- > 0;) {
		uint64_t end = k[j].off + k[j].size;

		if (end < a && a - end > maxdist)
			break;
		if (search_contrib(c, self, &k[j], a, PICK_BELOW, &lo))
			break;
	}
	if (lo.found && rules_of(c)->tie_last)
		last_of_address(c, self, k, j, a, &lo);
	if (allow_above) {
		for (j = p ? p - 1 : 0; j < n; j++) {
			if (k[j].off > a && k[j].off - a > maxdist)
				break;
			if (search_contrib(c, self, &k[j], a, PICK_ABOVE, &hi))
				break;
		}
		if (hi.found && hi.maddr - a <= maxdist) {
			maxdist = hi.maddr - a;
			*res = hi;
			hi.name = NULL;
		}
	}
	if (lo.found && a - lo.maddr <= maxdist) {
		hit_free(res);
		*res = lo;
		lo.name = NULL;
	}
	hit_free(&lo);
	hit_free(&hi);
}

/*
 * search() below an offset of the object's own section, when that object
 * alone answers it: the layout is then never computed (on a clean tree the
 * suspect objects' references are all settled this way, and laying out
 * the unit's 75,000 sections is a millisecond and a few hundred pages).
 * An address inside the section (@off below its size) is in no other
 * contribution, and those of the objects after it start at or above its
 * end, so search() looks at this one first and a symbol at or below @off
 * there is its answer.  With 6.1's tie rule (last_of_address()) only a
 * symbol past the section's first byte: the contributions before it end
 * at or before that byte.  The hit's addresses are the section's own
 * offsets, not merged ones: callers use its name and bytes only.
 */
static bool search_own(struct lobj *l, uint32_t sec, uint64_t off,
		       struct hit *h)
{
	const struct objsum *sum = &l->c->sums[l->input];
	struct contrib k = { .input = l->input, .sec = sec };
	const struct ssentry *e;

	hit_init(h);
	if (sec == 0 || sec >= sum->nsec)
		return false;
	k.size = sum_secsize(sum, sec);
	if (off >= k.size)
		return false;
	e = symsearch_below(&l->ss, sec, off);
	if (!e || (rules_of(l->c)->tie_last && e->addr == 0))
		return false;
	fill_hit(h, l, &k, e);
	return true;
}

/* Keep @h in @res when it is closer to @a32, or as close and earlier. */
static void consider(struct hit *res, int64_t *bestd, struct hit *h,
		     int32_t a32, int64_t reach)
{
	int64_t d = (int32_t)((uint32_t)h->maddr - (uint32_t)a32);

	if (d < 0)
		d = -d;
	if (d <= reach &&
	    (d < *bestd || (d == *bestd && h->rank < res->rank))) {
		*bestd = d;
		hit_take(res, h);
	}
	hit_free(h);
}

/*
 * 6.1's find_elf_symbol() over the merged section that section @sec of
 * @input belongs to: the symbol whose value is closest to @a, in 32-bit
 * signed arithmetic (the addend -4 of a call to offset 0 is 4 bytes
 * away), closer than the profile's limit; on equal distances the first
 * in vmlinux.o's symbol table (the lowest rank), wherever it lies.
 */
static void search_near(const struct check_ctx *c, struct lobj *self,
			unsigned int input, uint32_t sec, uint64_t a,
			struct hit *res)
{
	const struct search_rules *sr = rules_of(c);
	const struct objsum *sum = &c->sums[input];
	int32_t a32 = (int32_t)(uint32_t)a;
	int64_t reach = sr->to_limit - (sr->to_limit_inclusive ? 0 : 1);
	int64_t lo = (int64_t)a32 - reach, hi = (int64_t)a32 + reach;
	int64_t bestd = INT64_MAX;
	const struct contrib *k;
	struct hit h;
	size_t n, j;

	hit_init(res);
	hit_init(&h);
	if (hi < 0)
		return;
	k = layout_section(c->layout, c->ins->in[input].unit,
			   sum_secname(sum, sec), &n);
	/* from the first that does not end below lo (layout.h) */
	for (j = lo > 0 ? layout_first_ending(k, n, (uint64_t)lo) : 0;
	     j < n && (int64_t)k[j].off <= hi; j++) {
		if (a32 < 0) {
			/* every symbol is above: the first one is nearest */
			if (search_contrib(c, self, &k[j], 0, PICK_FIRST, &h))
				consider(res, &bestd, &h, a32, reach);
			continue;
		}
		if (search_contrib(c, self, &k[j], (uint64_t)a32,
				   PICK_BELOW_FIRST, &h))
			consider(res, &bestd, &h, a32, reach);
		if (search_contrib(c, self, &k[j], (uint64_t)a32, PICK_ABOVE,
				   &h))
			consider(res, &bestd, &h, a32, reach);
	}
}

/* A relocation's symbol as it is in the linked view. */
struct target {
	unsigned int input;	/* object holding the definition */
	uint32_t sec;		/* its section there; SEC_NONE or 0: none */
	uint64_t symvalue;	/* st_value there */
	const char *secname;	/* "" when there is no section */
	uint32_t cls;
	char *name;		/* as modpost sees it; "" for section symbols */
	bool global;
	bool is_section;	/* STT_SECTION: ld -r rebases its addend */
	bool exec;
	uint8_t type;		/* STT_* of the symbol as linked */
};

static void resolve(const struct lobj *l, const struct esym *t,
		    struct target *tg)
{
	const struct check_ctx *c = l->c;
	const struct objsum *sum;

	memset(tg, 0, sizeof(*tg));
	tg->global = esym_is_global(t);
	tg->is_section = t->type == STT_SECTION;
	tg->input = l->input;
	tg->sec = t->shndx;
	tg->symvalue = t->value;
	tg->type = t->type;
	if (tg->global) {
		struct gdef d;

		tg->sec = SEC_NONE;
		if (find_linked(l, (uint32_t)(t - l->o.sym), &d)) {
			tg->input = d.input;
			tg->sec = d.shndx;
			tg->symvalue = d.value;
			tg->type = d.type;
		}
	}
	sum = &c->sums[tg->input];
	if (tg->sec == SEC_NONE || tg->sec == 0 || tg->sec >= sum->nsec) {
		tg->secname = "";
		tg->cls = SC_NONE;
		tg->sec = SEC_NONE;
		return;
	}
	tg->secname = sum_secname(sum, tg->sec);
	tg->cls = sum->sec[tg->sec].cls;
	tg->exec = sum->sec[tg->sec].exec;
}

/* The target's name as modpost prints it (only computed when needed). */
static void target_name(struct target *tg, const struct esym *t)
{
	tg->name = t->type == STT_SECTION ? xstrdup("") : modpost_name(t->name);
}

static uint64_t addr_mask(const struct elfobj *o, uint64_t v)
{
	return o->is64 ? v : (uint32_t)v;
}

/*
 * The address modpost computes for the target of relocation @r, in
 * *taddr; REL_SKIP when the profile's modpost does not check @r at all,
 * REL_NO_ADDR when its address is junk.
 */
static enum rel_outcome target_addr(const struct lobj *l, uint32_t fsec,
				    const struct reloc *r,
				    const struct target *tg, bool rela,
				    uint64_t *taddr_out)
{
	enum rel_outcome out;
	const struct check_ctx *c = l->c;
	const struct esec *fs = &l->o.sec[fsec];
	uint64_t tval = tg->symvalue, taddr;
	struct rel_field f;

	/*
	 * In vmlinux.o a section symbol is the merged section's, at 0; ld -r
	 * moved the input section's offset into the addend (r_addend for
	 * RELA, the relocated field for REL).  Other symbols moved instead.
	 */
	if (tg->sec != SEC_NONE && !tg->is_section)
		tval += layout_offset(c->layout, tg->input, tg->sec);
	if (rela) {
		if (tg->is_section && tg->sec != SEC_NONE &&
		    !l->o.arch->rela_in_place)
			tval += layout_offset(c->layout, tg->input, tg->sec);
		*taddr_out = addr_mask(&l->o, tval + (uint64_t)r->addend);
		return REL_ADDR;
	}
	memset(&f, 0, sizeof(f));
	if (fs->bytes && r->offset < fs->size) {
		f.loc = fs->bytes + r->offset;
		f.avail = fs->size - r->offset;
	}
	f.msb = l->o.msb;
	f.symval = tval;
	if (tg->is_section && tg->sec != SEC_NONE)
		f.adjust = layout_offset(c->layout, tg->input, tg->sec);
	out = profile_rel_decode(c->prof, l->o.arch, &f, r->type, &taddr);
	*taddr_out = addr_mask(&l->o, taddr);
	return out;
}

static struct finding *add(struct findings *out, const struct lobj *l,
			   uint32_t sec, uint64_t idx, unsigned int sub,
			   enum rule_id rule)
{
	struct finding *f = findings_new(out, rule);

	f->unit = l->unit;
	f->input = l->input;
	f->sec = sec;
	f->idx = idx;
	f->sub = sub;
	return f;
}

static void check_export(const struct lobj *lc, uint32_t relsec, size_t j,
			 uint32_t fsec, const struct reloc *r,
			 const struct target *tg, struct findings *out)
{
	struct lobj *l = (struct lobj *)lc;
	enum export_problem problem;
	uint64_t faddr;
	struct hit label;
	const char *lname;
	struct finding *f;

	if (!search_own(l, fsec, r->offset, &label)) {
		faddr = layout_offset(l->c->layout, l->input, fsec) +
			r->offset;
		search(l->c, l, l->input, fsec, faddr, false, ~(uint64_t)0,
		       &label);
	}
	lname = label.found ? label.name : "";
	problem = export_entry_check(lname, tg->global, tg->name,
				     label.ndata ? (const char *)label.data :
				     NULL, label.ndata);
	if (problem == EXP_OK && (tg->cls & (SC_INIT | SC_EXIT))) {
		f = add(out, l, relsec, j, 0, R_EXPORT_INIT_EXIT);
		f->detail = tg->cls & SC_INIT ? EXT_INIT : EXT_EXIT;
		f->tosym = xstrdup(tg->name);
		f->tosec = xstrdup(tg->secname);
		f->tocls = tg->cls;
		f->fromsec = xstrdup(l->o.sec[fsec].name);
		f->objsec = fsec;
		f->objoff = r->offset;
	} else if (problem != EXP_OK) {
		f = add(out, l, relsec, j, 0, R_EXPORT_MALFORMED);
		f->detail = problem;
		f->fromsym = xstrdup(lname);
		f->tosym = xstrdup(tg->name);
		if (problem == EXP_BAD_LICENSE)
			f->extra = xasprintf("%.*s",
					     (int)strnlen((const char *)label.data,
							  label.ndata),
					     (const char *)label.data);
		f->fromsec = xstrdup(l->o.sec[fsec].name);
		f->objsec = fsec;
		f->objoff = r->offset;
	}
	hit_free(&label);
}

static void extable_note(const struct lobj *l, uint32_t relsec, size_t j,
			 uint32_t fsec, uint64_t objoff,
			 const char *fromsec, uint64_t faddr,
			 const struct target *tg, struct findings *out)
{
	struct finding *f = add(out, l, relsec, j, 1, R_EXTABLE_SECTION);

	f->detail = (tg->cls & SC_ALTINSTR) ? EXN_BLACKLISTED :
		    tg->exec ? EXN_UNKNOWN_TEXT : EXN_NOT_EXEC;
	f->fromaddr = addr_mask(&l->o, faddr);
	f->fromsec = xstrdup(fromsec);
	f->tosec = xstrdup(tg->secname);
	f->tocls = tg->cls;
	f->objsec = fsec;
	f->objoff = objoff;
}

/*
 * Whether the profile's modpost prints a target by its own @name rather
 * than by the nearest symbol to its address.
 */
static bool name_is_own(const struct check_ctx *c, const char *name)
{
	return rules_of(c)->to_any_name ? name[0] != '\0' :
					  name_is_valid(name);
}

/*
 * Whether the reference of @r, matched by rule @mm, is one the rule
 * allows by its names alone, both known without the layout: the target's
 * own name (one check_reloc() would not replace by a search) and the
 * nearest symbol below it in its own section (search_own()).  When so,
 * check_reloc() would skip it whatever the addresses; when not, it
 * decides as always.
 */
static bool allowed_by_names(struct lobj *l, uint32_t fsec,
			     uint32_t fromcls, const struct reloc *r,
			     enum rule_id mm, const struct target *tg)
{
	const struct check_ctx *c = l->c;
	struct hit from;
	bool ok;

	if (!rule_excusable(c->prof, mm))
		return false;
	if (!name_is_own(c, tg->name) ||
	    !search_own(l, fsec, r->offset, &from))
		return false;
	ok = rule_allowed(c->prof, fromcls, from.name, tg->cls, tg->name,
			  c->extra_warn);
	hit_free(&from);
	return ok;
}

static void check_reloc(struct lobj *l, uint32_t relsec, size_t j,
			uint32_t fsec, uint32_t fromcls, const struct reloc *r,
			struct findings *out)
{
	const struct check_ctx *c = l->c;
	const struct search_rules *sr = rules_of(c);
	const char *fromsec = l->o.sec[fsec].name;
	enum rel_outcome where;
	enum rule_id mm;
	struct hit from, to;
	struct target tg;
	const char *tosym;
	bool to_func, own;
	uint64_t faddr, taddr;
	struct finding *f;

	resolve(l, &l->o.sym[r->sym], &tg);
	mm = rule_match(c->prof, fromcls, tg.cls);
	if (mm == R_NONE)
		return;
	hit_init(&from);
	hit_init(&to);
	target_name(&tg, &l->o.sym[r->sym]);
	/* must be before layout_offset(), the first to lay the unit out */
	if (allowed_by_names(l, fsec, fromcls, r, mm, &tg))
		goto out;
	faddr = layout_offset(c->layout, l->input, fsec) + r->offset;
	where = target_addr(l, fsec, r, &tg,
			    l->o.sec[relsec].type == SHT_RELA, &taddr);
	if (where == REL_SKIP)
		goto out;
	search(c, l, l->input, fsec, faddr, false, ~(uint64_t)0, &from);
	/*
	 * modpost's find_tosym() (6.12): a valid name is used as it is;
	 * otherwise a nearby symbol, and failing that the relocation's own
	 * symbol, name or not ("" for a section symbol: then the address is
	 * printed).  find_elf_symbol() (6.1): any name is used as it is; a
	 * section symbol is named by the nearest symbol, or not at all.
	 */
	tosym = tg.name;
	to_func = tg.type == STT_FUNC;
	own = name_is_own(c, tosym);
	if (!own && tg.sec != SEC_NONE && where == REL_ADDR) {
		if (sr->to_signed)
			search_near(c, l, tg.input, tg.sec, taddr, &to);
		else
			search(c, l, tg.input, tg.sec, taddr, true,
			       sr->to_limit, &to);
		if (to.found) {
			tosym = to.name;
			to_func = to.type == STT_FUNC;
		} else if (sr->to_any_name) {
			tosym = "";	/* 6.1 names nothing: "(unknown)" */
		}
	}
	if (rule_excusable(c->prof, mm) &&
	    rule_allowed(c->prof, fromcls, from.found ? from.name : "",
			 tg.cls, tosym, c->extra_warn))
		goto out;

	f = add(out, l, relsec, j, 0, mm);
	f->tocls = tg.cls;
	f->objsec = fsec;
	f->objoff = r->offset;
	f->from_in_object = from.found && from.input == l->input;
	f->fromsym = from.found ? xstrdup(from.name) : NULL;
	f->from_func = from.found && from.type == STT_FUNC;
	f->fromaddr = addr_mask(&l->o, faddr);
	f->fromoff = (uint32_t)(faddr - (from.found ? from.value : 0));
	f->fromoff_exact = faddr - (from.found ? from.maddr : 0);
	f->fromsec = xstrdup(fromsec);
	f->tosym = tosym[0] ? xstrdup(tosym) : NULL;
	f->to_func = tosym[0] && to_func;
	f->toaddr = taddr;
	f->tosec = xstrdup(tg.secname);
	if (mm == R_EXPORT_INIT_EXIT)	/* 6.1's ___ksymtab* row */
		f->detail = (tg.cls & SC_INIT) ? EXT_INIT : EXT_EXIT;
	if (mm == R_EXTABLE_TO_NON_TEXT)
		extable_note(l, relsec, j, fsec, r->offset, fromsec, faddr,
			     &tg, out);
out:
	hit_free(&from);
	hit_free(&to);
	free(tg.name);
}

void check_object(const struct check_ctx *c, unsigned int input,
		  struct objbuf *buf, struct findings *out)
{
	const struct objsum *sum = &c->sums[input];
	struct relwalk w;
	struct reloc r;
	struct lobj l;

	if (lobj_open(c, input, buf, &l)) {
		/* it was read once already: the file changed under us */
		c->errors[input] = l.o.err;
		return;
	}
	for_each_checked_reloc(&w, &l.o, c->prof, sum->sec, c->exports, &r) {
		if (w.is_export) {
			struct target tg;

			resolve(&l, &l.o.sym[r.sym], &tg);
			target_name(&tg, &l.o.sym[r.sym]);
			check_export(&l, (uint32_t)w.relsec, w.idx, w.fromsec,
				     &r, &tg, out);
			free(tg.name);
		} else {
			check_reloc(&l, (uint32_t)w.relsec, w.idx, w.fromsec,
				    w.fromcls, &r, out);
		}
	}
	lobj_close(&l);
}

struct seen {
	UT_hash_handle hh;
	const char *name;
};

/*
 * A .ko has no .export_symbol section (the module linker script discards
 * it): its exports are the __ksymtab_NAME entries modpost wrote into
 * X.mod.c from it.  With -M, warn about the init and exit ones as modpost
 * did on X.o.
 */
static void ko_exports(const struct check_ctx *c, unsigned int u,
		       struct findings *out)
{
	const struct unit *un = &c->ins->units[u];
	unsigned int in;
	size_t x;

	if (un->ninputs != 1 || !is_linked_module(c->ins, un->input[0]))
		return;
	in = un->input[0];
	/* a .ko that kept .export_symbol was checked through it */
	for (x = 1; x < c->sums[in].nsec; x++)
		if (c->sums[in].sec[x].cls & SC_EXPORT)
			return;
	for (x = 0; x < c->sums[in].nexp; x++) {
		const char *name = sum_str(&c->sums[in], c->sums[in].exp[x].name);
		const struct objsum *ds;
		struct finding *f;
		struct gdef d;
		uint32_t cls;

		if (!link_find(c->link, u, name, &d) || d.shndx == SEC_NONE)
			continue;
		ds = &c->sums[d.input];
		cls = ds->sec[d.shndx].cls;
		if (!(cls & (SC_INIT | SC_EXIT)))
			continue;
		f = findings_new(out, R_EXPORT_INIT_EXIT);
		f->unit = u;
		f->input = in;
		f->idx = x;
		f->detail = cls & SC_INIT ? EXT_INIT : EXT_EXIT;
		f->tosym = xstrdup(name);
		f->tosec = xstrdup(sum_secname(ds, d.shndx));
		f->tocls = cls;
	}
}

/* Also the checks of a .ko that stand in for modpost's on X.o. */
void check_nonalloc(const struct check_ctx *c, struct findings *out)
{
	size_t u, k, s;

	for (u = 0; u < c->ins->nunits; u++) {
		const struct unit *un = &c->ins->units[u];
		struct seen *set = NULL, *e, *tmp;

		for (k = 0; k < un->ninputs; k++) {
			unsigned int in = un->input[k];
			const struct objsum *sum = &c->sums[in];

			for (s = 1; s < sum->nsec && sum->nnonalloc; s++) {
				const char *name;
				struct finding *f;

				if (!sum->sec[s].nonalloc)
					continue;
				name = sum_secname(sum, s);
				if (str_starts(name, ".BTF") &&
				    is_linked_module(c->ins, in))
					continue;
				HASH_FIND_STR(set, name, e);
				if (e)
					continue;
				e = xmalloc(sizeof(*e));
				e->name = name;
				HASH_ADD_KEYPTR(hh, set, name, strlen(name), e);
				f = findings_new(out, R_NONALLOC_SECTION);
				f->unit = (unsigned int)u;
				f->input = in;
				f->sec = (uint32_t)s;
				f->fromsec = xstrdup(name);
			}
		}
		HASH_ITER(hh, set, e, tmp) {
			HASH_DEL(set, e);
			free(e);
		}
		if (c->exports && c->prof->data->export_entries)
			ko_exports(c, (unsigned int)u, out);
	}
}
