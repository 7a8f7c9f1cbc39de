// SPDX-License-Identifier: GPL-2.0-only
/*
 * The first pass over one object.  It keeps what the link needs and flags
 * the object as suspect when a reference it can judge alone (to a local
 * symbol) could be a mismatch, or an export entry looks wrong.  References
 * to global names are judged after the link.  Nothing is reported here:
 * suspect objects are read again by the checker, which decides exactly.
 */
#include <stdlib.h>
#include <string.h>

#include <modpost-lite/elfobj.h>
#include <modpost-lite/export.h>
#include <modpost-lite/inputs.h>
#include <modpost-lite/link.h>
#include <modpost-lite/profile.h>
#include <modpost-lite/relwalk.h>
#include <modpost-lite/rules.h>
#include <modpost-lite/secclass.h>
#include <modpost-lite/summary.h>
#include <modpost-lite/util.h>

/* .export_symbol entries are walked: the profile has them, -M asks. */
static bool exports_checked(const struct scan_opts *opt)
{
	return opt->exports && opt->prof->data->export_entries;
}

static uint32_t add_str(struct scanner *sc, const char *str, size_t n)
{
	struct objsum *s = &sc->tmp;
	uint32_t off = (uint32_t)s->nstrs;

	if (s->nstrs + n + 1 > sc->capstrs) {
		sc->capstrs = (s->nstrs + n + 1) * 2 + 4096;
		s->strs = xrealloc(s->strs, sc->capstrs);
	}
	memcpy(s->strs + s->nstrs, str, n);
	s->strs[s->nstrs + n] = '\0';
	s->nstrs += n + 1;
	return off;
}

static int cmp_symidx(const void *key, const void *elem)
{
	uint32_t k = *(const uint32_t *)key;
	uint32_t v = ((const struct sdef *)elem)->symidx;

	return k < v ? -1 : k > v;
}

/*
 * The index in the summary's def[] of the definition of symbol @symidx
 * (they are in symbol-table order, one a symbol), or UINT32_MAX.
 */
static uint32_t def_of_symbol(const struct objsum *s, uint32_t symidx)
{
	const struct sdef *d = s->ndef ? bsearch(&symidx, s->def, s->ndef,
						 sizeof(*s->def),
						 cmp_symidx) : NULL;

	return d ? (uint32_t)(d - s->def) : UINT32_MAX;
}

/*
 * Register export @name (as modpost truncates it) of namespace @ns; the
 * symbol is @symidx of the object, or UINT32_MAX when unknown.
 */
static void add_export(struct scanner *sc, const char *name, const char *ns,
		       bool gpl, uint32_t symidx)
{
	struct objsum *s = &sc->tmp;
	size_t len = modpost_name_len(name);	/* the name as shown */
	struct sexp *e;

	GROW(s->exp, sc->capexp, s->nexp);
	e = &s->exp[s->nexp++];
	e->name = add_str(sc, name, len);
	e->len = (uint32_t)len;
	e->hash = link_hash(name, len);
	e->def = UINT32_MAX;
	if (symidx != UINT32_MAX && !name[len])
		e->def = def_of_symbol(s, symidx);
	e->ns = add_str(sc, ns, strlen(ns));
	e->gpl = gpl;
}

/* The string at offset @off of section @sec, or "" if it is not there. */
static const char *sec_string(const struct elfobj *o, uint32_t sec,
			      uint64_t off)
{
	const struct esec *s = sec == SEC_NONE ? NULL : &o->sec[sec];
	const char *p = s ? (const char *)elfobj_bytes(o, sec) : NULL;

	if (!p || off >= s->size || !memchr(p + off, '\0', s->size - off))
		return "";
	return p + off;
}

/* The label nearest at or before @off among @labels (sorted by value). */
static const struct esym *nearest_label(const struct elfobj *o,
					const uint32_t *labels, size_t n,
					uint64_t off)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (o->sym[labels[mid]].value > off)
			hi = mid;
		else
			lo = mid + 1;
	}
	if (!hi)
		return NULL;
	/*
	 * The first of equal addresses wins, as in modpost: a second binary
	 * search, so that many labels at one address cost no quadratic time.
	 */
	off = o->sym[labels[hi - 1]].value;
	lo = 0;
	while (lo < hi - 1) {
		size_t mid = lo + (hi - 1 - lo) / 2;

		if (o->sym[labels[mid]].value < off)
			lo = mid + 1;
		else
			hi = mid + 1;
	}
	return &o->sym[labels[lo]];
}

static int cmp_label(const void *a, const void *b, void *arg)
{
	const struct elfobj *o = arg;
	const struct esym *x = &o->sym[*(const uint32_t *)a];
	const struct esym *y = &o->sym[*(const uint32_t *)b];

	if (x->value != y->value)
		return x->value < y->value ? -1 : 1;
	return *(const uint32_t *)a < *(const uint32_t *)b ? -1 : 1;
}

/*
 * The export entry whose pointer is relocation @r: registered when it is
 * sound (modpost registers only those); else the object is suspect and
 * the checker reports what is wrong with it.
 */
static void scan_export(const struct elfobj *o, size_t expsec,
			const uint32_t *labels, size_t nlabels,
			const struct reloc *r, struct scanner *sc)
{
	const struct esym *label = nearest_label(o, labels, nlabels, r->offset);
	const struct esym *t = &o->sym[r->sym];
	const struct esec *s = &o->sec[expsec];
	const unsigned char *bytes = elfobj_bytes(o, expsec);
	const char *lic = NULL;
	size_t avail = 0;

	if (!label) {
		/* the label would come from another object */
		sc->tmp.suspect = true;
		return;
	}
	if (bytes && label->value < s->size) {
		lic = (const char *)bytes + label->value;
		avail = s->size - label->value;
	}
	if (export_entry_check(label->name, esym_is_global(t), t->name,
			       lic, avail) != EXP_OK) {
		sc->tmp.suspect = true;
		return;
	}
	/* the namespace string follows the licence's */
	add_export(sc, t->name,
		   sec_string(o, (uint32_t)expsec,
			      label->value + strlen(lic) + 1),
		   !strcmp(lic, "GPL"), r->sym);
}

/* The last rule_match() of local_may_warn(). */
struct rule_memo {
	uint32_t from, to;
	bool valid, warns;
};

/*
 * Whether a reference from a section of class @fromcls to local symbol
 * @t could be a mismatch.  @fromcls may be the union of the classes of
 * many references: rule_match() warns for a union exactly when it warns
 * for one of its members (a row applies when it shares a bit with the
 * from-class, and the target is the same), so one question per symbol is
 * the same as one per reference.
 */
/* The class of section @shndx of @sum, SC_NONE for SEC_NONE. */
static uint32_t section_class(const struct objsum *sum, uint32_t shndx)
{
	return shndx == SEC_NONE ? SC_NONE : sum->sec[shndx].cls;
}

static bool local_may_warn(const struct profile *prof,
			   const struct objsum *sum, const struct esym *t,
			   uint32_t fromcls, struct rule_memo *memo)
{
	uint32_t tocls = section_class(sum, t->shndx);

	/* an object's local references go to few classes */
	if (!memo->valid || tocls != memo->to || fromcls != memo->from) {
		memo->from = fromcls;
		memo->to = tocls;
		memo->valid = true;
		memo->warns = rule_match(prof, fromcls, tocls) != R_NONE;
	}
	return memo->warns;
}

/*
 * Walk the relocations of every section a rule can apply to, and gather
 * per symbol the union of the classes of the sections its references come
 * from (SC_EXPORT for an export entry's).  Whether a reference may warn is
 * monotone in those bits: one entry per global name is enough for the
 * link to judge, and one question per local symbol decides here whether
 * the object is suspect.
 */
static void scan_relocs(const struct elfobj *o, const struct scan_opts *opt,
			struct scanner *sc, size_t expsec)
{
	struct objsum *sum = &sc->tmp;
	uint32_t *acc, *labels = NULL;
	size_t nlabels = 0, i, unsupported;
	bool exports = exports_checked(opt);
	struct rule_memo memo = { 0 };
	struct relwalk w;
	struct reloc rel;

	GROW(sc->acc, sc->capacc, o->nsym);
	acc = sc->acc;
	memset(acc, 0, o->nsym * sizeof(*acc));
	if (expsec && exports_checked(opt)) {
		GROW(sc->labels, sc->caplabels, o->nsym);
		labels = sc->labels;
		for (i = 0; i < o->nsym; i++)
			if (o->sym[i].shndx == expsec &&
			    esym_searchable(&o->sym[i]))
				labels[nlabels++] = (uint32_t)i;
		qsort_r(labels, nlabels, sizeof(*labels), cmp_label,
			(void *)o);
	}

	/* the walk stops at the first REL section nothing can decode */
	for (unsupported = 1; unsupported < o->nsec; unsupported++)
		if (o->sec[unsupported].type == SHT_REL &&
		    !profile_rel_supported(opt->prof, o->arch) &&
		    elfobj_nrelocs(o, unsupported) &&
		    relwalk_kind(o, opt->prof, sum->sec, exports,
				 unsupported) != WALK_SKIP)
			break;
	for_each_checked_relsec(&w, o, opt->prof, sum->sec, exports) {
		if (w.relsec >= unsupported)
			break;
		if (!w.is_export) {
			relwalk_mark_syms(&w, acc, w.fromcls);
			continue;
		}
		while (relwalk_next_in_section(&w, &rel)) {
			scan_export(o, w.fromsec, labels, nlabels, &rel, sc);
			if (esym_is_global(&o->sym[rel.sym]))
				acc[rel.sym] |= SC_EXPORT;
		}
	}
	if (unsupported < o->nsec)
		sum->err = xasprintf("REL relocations for machine %u are not supported (modpost has no addend decoder for it)",
				     o->machine);
	for (i = 0; i < o->nsym; i++) {
		const struct esym *t = &o->sym[i];
		struct sref *r;

		if (!acc[i])
			continue;
		if (!esym_is_global(t)) {
			if (!sum->suspect)
				sum->suspect = local_may_warn(opt->prof, sum,
							      t, acc[i], &memo);
			continue;
		}
		GROW(sum->ref, sc->capref, sum->nref);
		r = &sum->ref[sum->nref++];
		r->hash = link_hash(t->name, strlen(t->name));
		r->fromcls = acc[i];
	}
}

/*
 * The kernel release in a module's "vermagic=6.1.0-57-amd64 SMP ..."
 * .modinfo string (a .ko has one, from its .mod.c), as major*1000+minor;
 * 0 when there is none.
 */
static unsigned int vermagic_release(const struct elfobj *o, size_t i)
{
	static const char key[] = "vermagic=";
	const char *p = (const char *)elfobj_bytes(o, i), *end;
	char rel[64];
	size_t n;

	if (!p || !o->sec[i].size)
		return 0;
	end = p + o->sec[i].size;
	while (p < end) {
		const char *z = memchr(p, '\0', (size_t)(end - p));

		if (!z)
			break;
		if (str_starts(p, key)) {
			p += strlen(key);
			n = strcspn(p, " ");
			if (n >= sizeof(rel))
				return 0;
			memcpy(rel, p, n);
			rel[n] = '\0';
			return profile_release_number(rel);
		}
		p = z + 1;
	}
	return 0;
}

/* Keep the bytes of a .modinfo section (copied by keep_summary). */
static void add_modinfo(struct scanner *sc, const struct elfobj *o,
			size_t i)
{
	struct objsum *sum = &sc->tmp;
	struct smodinfo *m;

	GROW(sum->modinfo, sc->capmodinfo, sum->nmodinfo);
	m = &sum->modinfo[sum->nmodinfo++];
	m->sec = (uint32_t)i;
	m->bytes = elfobj_bytes(o, i);
	m->size = m->bytes ? o->sec[i].size : 0;
}

/* What scan_sections() asks of a section's name. */
enum {
	NAME_MODINFO		= 1u << 0,	/* .modinfo */
	NAME_EXPORT_SYMBOL	= 1u << 1,	/* .export_symbol */
	NAME_KSYMTAB		= 1u << 2,	/* ___ksymtab* (6.1's exports) */
};

/*
 * The NAME_* bits of the name of memo id @id (secclass.h), worked out
 * once per distinct name: ids are handed out 0, 1, 2, ... and each new
 * one comes here right after the lookup that made it.
 */
static uint8_t name_bits(struct scanner *sc, uint32_t id, const char *name)
{
	uint8_t b = 0;

	if (id < sc->nnamebits)
		return sc->namebits[id];
	if (!strcmp(name, ".modinfo"))
		b |= NAME_MODINFO;
	if (!strcmp(name, ".export_symbol"))
		b |= NAME_EXPORT_SYMBOL;
	if (str_starts(name, "___ksymtab"))
		b |= NAME_KSYMTAB;
	GROW(sc->namebits, sc->capnamebits, sc->nnamebits);
	sc->namebits[sc->nnamebits++] = b;
	return b;
}

static bool is_ko(const struct input *in)
{
	return in->linked_module;	/* also .ko.xz, .ko.zst, .ko.gz */
}

/* @e's size and alignment into @s (see sum_secsize(), sum_secalign()). */
static inline void put_size_align(struct scanner *sc, struct ssec *s,
				  const struct esec *e)
{
	struct objsum *sum = &sc->tmp;

	s->align_log2 = e->align ? (uint8_t)__builtin_ctzll(e->align) : 0;
	if (e->size <= UINT32_MAX) {
		s->size = (uint32_t)e->size;
		return;
	}
	GROW(sum->bigsize, sc->capbig, sum->nbig + 1);
	sum->bigsize[sum->nbig] = e->size;
	s->size = (uint32_t)sum->nbig++;
	s->big = true;
}

static void scan_sections(const struct elfobj *o, const struct input *in,
			  const struct scan_opts *opt, struct scanner *sc,
			  size_t *expsec)
{
	const struct class_pattern *ko = opt->prof->data->ko_classes;
	struct objsum *sum = &sc->tmp;
	size_t i;

	if (!is_ko(in))
		ko = NULL;

	sum->nsec = o->nsec;
	sum->nbig = 0;
	GROW(sum->sec, sc->capsec, o->nsec);
	for (i = 0; i < o->nsec; i++) {
		const struct esec *e = &o->sec[i];
		struct ssec s = { .cls = SC_NONE };	/* the null section */
		size_t len = strlen(e->name);
		uint8_t bits = 0;

		/* the name stays in the memo (ssec::nameid) */
		s.reloc = esec_is_reloc(e);
		if (i) {
			s.cls = secclass_lookup(sc->cc, e->name, len,
						&s.nameid);
			bits = name_bits(sc, s.nameid, e->name);
		}
		if (i && ko)
			s.cls |= secclass_of(ko, e->name);
		put_size_align(sc, &s, e);
		s.exec = !!(e->flags & SHF_EXECINSTR);
		s.nonalloc = e->type == SHT_PROGBITS &&
			     !(e->flags & SHF_ALLOC) && !(s.cls & SC_SKIP);
		sum->nnonalloc += s.nonalloc;
		sum->sec[i] = s;	/* one store: ssec is 16 bytes */
		if (s.cls & SC_EXPORT)
			*expsec = i;	/* the last one, as modpost keeps */
		if (opt->modinfo && e->type == SHT_PROGBITS &&
		    (bits & NAME_MODINFO))
			add_modinfo(sc, o, i);
		if (bits & NAME_KSYMTAB)
			sum->ksymtab_sections = true;
		if (bits & NAME_EXPORT_SYMBOL)
			sum->export_symbol = true;
		if (bits & NAME_MODINFO)
			sum->release = vermagic_release(o, i);
	}
}

/*
 * In a .ko, the exports are the __ksymtab_NAME labels of the __ksymtab and
 * __ksymtab_gpl sections (the .export_symbol section was discarded by the
 * module linker script); see check.c.  A .ko that kept its .export_symbol
 * section is checked through that section only.  Linux 6.1 has no
 * .export_symbol: its objects hold the labels in sections of their own,
 * ___ksymtab+NAME and ___ksymtab_gpl+NAME, which module.lds merges into
 * __ksymtab and __ksymtab_gpl (@ko: look for those).
 */
static bool ksymtab_label(const struct elfobj *o, const struct esym *e,
			  bool ko, bool *gpl)
{
	const char *sec;

	if (e->shndx == SEC_NONE || !str_starts(e->name, "__ksymtab_"))
		return false;
	sec = o->sec[e->shndx].name;
	if (!ko) {
		/* the order matters: "___ksymtab+" is no prefix of _gpl+ */
		*gpl = str_starts(sec, "___ksymtab_gpl+");
		return *gpl || str_starts(sec, "___ksymtab+");
	}
	*gpl = !strcmp(sec, "__ksymtab_gpl");
	return *gpl || !strcmp(sec, "__ksymtab");
}

#define KSTRTABNS "__kstrtabns_"

/* Keep a __kstrtabns_NAME label: NAME (as modpost cuts it), its string. */
static void add_ns_label(const struct elfobj *o, struct scanner *sc,
			 const struct esym *e)
{
	struct objsum *s = &sc->tmp;
	char *name = modpost_name(e->name + strlen(KSTRTABNS));
	const char *str = sec_string(o, e->shndx, e->value);
	struct sexp *x;

	GROW(s->nsl, sc->capnsl, s->nnsl);
	x = &s->nsl[s->nnsl++];
	x->name = add_str(sc, name, strlen(name));
	x->ns = add_str(sc, str, strlen(str));
	x->gpl = false;
	free(name);
}

static int cmp_sym_name(const void *a, const void *b, void *arg)
{
	const struct elfobj *o = arg;

	return strcmp(o->sym[*(const uint32_t *)a].name,
		      o->sym[*(const uint32_t *)b].name);
}

/*
 * The namespace of export @name of a .ko: the string at its
 * __kstrtabns_NAME label (@ns: those labels, sorted by name).
 */
static const char *ko_namespace(const struct elfobj *o, const uint32_t *ns,
				size_t n, const char *name)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const struct esym *s = &o->sym[ns[mid]];
		int c = strcmp(s->name + strlen(KSTRTABNS), name);

		if (!c)
			return sec_string(o, s->shndx, s->value);
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return "";
}

/*
 * A .ko's exports (or with @ko false, 6.1's exports of any object): the
 * __ksymtab_NAME labels, in symbol-table order.  With @nslabels also keep
 * every __kstrtabns_NAME label (6.1 applies them to the exports it knows
 * and complains about the others).
 */
static void scan_ksymtab_exports(const struct elfobj *o, struct scanner *sc,
				 bool ko, bool nslabels)
{
	uint32_t *ns;
	size_t i, n = 0;
	bool gpl;

	GROW(sc->labels, sc->caplabels, o->nsym);
	ns = sc->labels;
	for (i = 1; i < o->nsym; i++)
		if (o->sym[i].shndx != SEC_NONE &&
		    str_starts(o->sym[i].name, KSTRTABNS))
			ns[n++] = (uint32_t)i;
	qsort_r(ns, n, sizeof(*ns), cmp_sym_name, (void *)o);
	for (i = 1; i < o->nsym; i++) {
		const struct esym *e = &o->sym[i];
		const char *name = e->name + strlen("__ksymtab_");

		if (ksymtab_label(o, e, ko, &gpl))
			add_export(sc, name, ko_namespace(o, ns, n, name), gpl,
				   UINT32_MAX);
	}
	for (i = 0; nslabels && i < n; i++)
		add_ns_label(o, sc, &o->sym[ns[i]]);
}

static void add_undefined(struct scanner *sc, const char *name)
{
	struct objsum *sum = &sc->tmp;
	struct sundef *u;
	size_t len = strlen(name);

	GROW(sum->undef, sc->capundef, sum->nundef);
	u = &sum->undef[sum->nundef++];
	u->name = add_str(sc, name, len);
	u->len = (uint32_t)len;
	u->hash = link_hash(name, len);
}

/* One more global name in ld's order (summary's glob). */
static void add_glob(struct scanner *sc, uint32_t name)
{
	struct objsum *sum = &sc->tmp;

	GROW(sum->glob, sc->capglob, sum->nglob);
	sum->glob[sum->nglob++] = name;
}

static void scan_symbols(const struct elfobj *o, const struct input *in,
			 const struct scan_opts *opt, size_t expsec,
			 struct scanner *sc)
{
	const struct profile_data *pd = opt->prof->data;
	struct objsum *sum = &sc->tmp;
	bool glob = pd->search->ld_order;
	size_t i;

	if (pd->ksymtab_exports)
		scan_ksymtab_exports(o, sc, is_ko(in), true);
	else if (exports_checked(opt) && !expsec && is_ko(in))
		scan_ksymtab_exports(o, sc, true, false);
	for (i = 1; i < o->nsym; i++) {
		const struct esym *e = &o->sym[i];
		struct sdef *d;
		size_t len;

		if (esym_searchable_by(e, pd->search->names))
			sum->sec[e->shndx].nsyms++;
		if (!esym_is_global(e))
			continue;
		if (e->raw_shndx == SHN_UNDEF) {
			/* ld pulls no archive member for a weak reference */
			if (opt->undefined && e->bind != STB_WEAK && e->name[0])
				add_undefined(sc, e->name);
			if (glob)
				add_glob(sc, add_str(sc, e->name,
						     strlen(e->name)));
			continue;
		}
		GROW(sum->def, sc->capdef, sum->ndef);
		d = &sum->def[sum->ndef++];
		len = strlen(e->name);
		d->name = add_str(sc, e->name, len);
		if (glob)
			add_glob(sc, d->name);
		d->len = (uint32_t)len;
		d->hash = link_hash(e->name, len);
		d->symidx = (uint32_t)i;
		d->shndx = e->shndx;
		d->value = e->value;
		d->bind = e->bind;
		d->type = e->type;
		d->common = e->raw_shndx == SHN_COMMON;
		d->won = false;
		d->cls = (uint16_t)section_class(sum, e->shndx);
	}
}

void scanner_init(struct scanner *sc, unsigned int id,
		  const struct profile *p)
{
	memset(sc, 0, sizeof(*sc));
	sc->id = id;
	sc->cc = secclass_cache_new(p->data->classes);
}

void scanner_free(struct scanner *sc)
{
	objbuf_free(&sc->buf);
	secclass_cache_free(sc->cc);
	arena_free(&sc->arena);
	free(sc->tmp.sec);
	free(sc->tmp.bigsize);
	free(sc->tmp.def);
	free(sc->tmp.ref);
	free(sc->tmp.exp);
	free(sc->tmp.undef);
	free(sc->tmp.modinfo);
	free(sc->tmp.glob);
	free(sc->tmp.nsl);
	free(sc->tmp.strs);
	free(sc->acc);
	free(sc->labels);
	free(sc->namebits);
	memset(sc, 0, sizeof(*sc));
}

/* Copy the summary built in @sc's scratch arrays, at its size, to @sum. */
static void keep_summary(struct scanner *sc, struct objsum *sum)
{
	struct objsum *t = &sc->tmp;
	struct arena *a = &sc->arena;
	size_t i;

	sum->nsec = t->nsec;
	sum->sec = arena_dup(a, t->sec, t->nsec * sizeof(*t->sec));
	sum->nbig = t->nbig;
	sum->bigsize = arena_dup(a, t->bigsize, t->nbig * sizeof(*t->bigsize));
	sum->nnonalloc = t->nnonalloc;
	sum->ndef = t->ndef;
	sum->def = arena_dup(a, t->def, t->ndef * sizeof(*t->def));
	sum->nref = t->nref;
	sum->ref = arena_dup(a, t->ref, t->nref * sizeof(*t->ref));
	sum->nexp = t->nexp;
	sum->exp = arena_dup(a, t->exp, t->nexp * sizeof(*t->exp));
	sum->nundef = t->nundef;
	sum->undef = arena_dup(a, t->undef, t->nundef * sizeof(*t->undef));
	sum->nmodinfo = t->nmodinfo;
	sum->modinfo = arena_dup(a, t->modinfo,
				 t->nmodinfo * sizeof(*t->modinfo));
	for (i = 0; i < t->nmodinfo; i++)	/* out of the read buffer */
		sum->modinfo[i].bytes = arena_dup(a, t->modinfo[i].bytes,
						  t->modinfo[i].size);
	sum->nglob = t->nglob;
	sum->glob = arena_dup(a, t->glob, t->nglob * sizeof(*t->glob));
	sum->nnsl = t->nnsl;
	sum->nsl = arena_dup(a, t->nsl, t->nnsl * sizeof(*t->nsl));
	sum->nstrs = t->nstrs;
	sum->strs = arena_dup(a, t->strs, t->nstrs);
	sum->suspect = t->suspect;
	sum->err = t->err;
	sum->release = t->release;
	sum->ksymtab_sections = t->ksymtab_sections;
	sum->export_symbol = t->export_symbol;
}

void scan_object(const struct input *in, const struct scan_opts *opt,
		 struct scanner *sc, struct objsum *sum)
{
	struct objsum *t = &sc->tmp;
	struct elfobj o;
	size_t expsec = 0;

	memset(sum, 0, sizeof(*sum));
	if (elfobj_open(&o, in, &sc->buf, ELFOBJ_TABLES)) {
		sum->err = o.err;
		sum->open_errno = o.open_errno;
		return;
	}
	sum->machine = o.machine;
	sum->scanner = sc->id;
	sum->names = sc->cc;
	sum->is64 = o.is64;
	sum->msb = o.msb;
	t->nsec = t->ndef = t->nref = t->nexp = t->nundef = t->nmodinfo = 0;
	t->nnonalloc = 0;
	t->nglob = t->nnsl = 0;
	t->nstrs = 0;
	t->suspect = false;
	t->err = NULL;
	t->release = 0;
	t->ksymtab_sections = false;
	t->export_symbol = false;
	scan_sections(&o, in, opt, sc, &expsec);
	scan_symbols(&o, in, opt, expsec, sc);
	scan_relocs(&o, opt, sc, expsec);
	if (elfobj_late_error(&o)) {	/* a section could not be read */
		free(t->err);
		sum->err = xasprintf("%s", elfobj_late_error(&o));
		elfobj_close(&o);
		return;
	}
	keep_summary(sc, sum);	/* before the .modinfo bytes go */
	elfobj_close(&o);
}

void objsum_free(struct objsum *sum)
{
	free(sum->err);
	memset(sum, 0, sizeof(*sum));
}
