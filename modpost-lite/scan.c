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
#include <modpost-lite/rules.h>
#include <modpost-lite/secclass.h>
#include <modpost-lite/summary.h>
#include <modpost-lite/util.h>

static uint32_t add_str(struct scanner *sc, const char *str, size_t n)
{
	struct objsum *s = &sc->tmp;
	uint32_t off = (uint32_t)s->nstrs;

	if (s->nstrs + n + 1 > sc->capstrs) {
		sc->capstrs = (s->nstrs + n + 1) * 2 + 4096;
		s->strs = xrealloc(s->strs, sc->capstrs);
	}
	memcpy(s->strs + s->nstrs, str, n + 1);
	s->nstrs += n + 1;
	return off;
}

/* Register export @name (as modpost truncates it) of namespace @ns. */
static void add_export(struct scanner *sc, const char *name, const char *ns,
		       bool gpl)
{
	struct objsum *s = &sc->tmp;
	char *shown = modpost_name(name);
	struct sexp *e;

	GROW(s->exp, sc->capexp, s->nexp);
	e = &s->exp[s->nexp++];
	e->name = add_str(sc, shown, strlen(shown));
	e->ns = add_str(sc, ns, strlen(ns));
	e->gpl = gpl;
	free(shown);
}

/* The string at offset @off of section @sec, or "" if it is not there. */
static const char *sec_string(const struct elfobj *o, uint32_t sec,
			      uint64_t off)
{
	const Elf_Data *d = sec == SEC_NONE ? NULL : o->sec[sec].data;

	if (!d || off >= d->d_size ||
	    !memchr((const char *)d->d_buf + off, '\0', d->d_size - off))
		return "";
	return (const char *)d->d_buf + off;
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
	const char *lic = NULL;
	size_t avail = 0;

	if (!label) {
		/* the label would come from another object */
		sc->tmp.suspect = true;
		return;
	}
	if (s->data && label->value < s->data->d_size) {
		lic = (const char *)s->data->d_buf + label->value;
		avail = s->data->d_size - label->value;
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
		   !strcmp(lic, "GPL"));
}

/*
 * Walk the relocations of every section a rule can apply to.  References
 * to global names are accumulated per symbol as the union of the classes
 * of the sections they come from: whether a reference may warn is monotone
 * in those bits, so one entry per name is enough for the link to judge.
 */
static void scan_relocs(const struct elfobj *o, const struct scan_opts *opt,
			struct scanner *sc, size_t expsec)
{
	struct objsum *sum = &sc->tmp;
	uint32_t *acc, *labels = NULL;
	size_t nlabels = 0, i, j;

	GROW(sc->acc, sc->capacc, o->nsym);
	acc = sc->acc;
	memset(acc, 0, o->nsym * sizeof(*acc));
	if (expsec && opt->exports) {
		GROW(sc->labels, sc->caplabels, o->nsym);
		labels = sc->labels;
		for (i = 0; i < o->nsym; i++)
			if (o->sym[i].shndx == expsec &&
			    esym_searchable(&o->sym[i]))
				labels[nlabels++] = (uint32_t)i;
		qsort_r(labels, nlabels, sizeof(*labels), cmp_label,
			(void *)o);
	}

	for (i = 1; i < o->nsec; i++) {
		const struct esec *rs = &o->sec[i];
		uint32_t fromcls;
		enum reloc_walk walk;
		bool is_export;
		size_t n;

		if (!esec_is_reloc(rs))
			continue;
		fromcls = sum->sec[rs->info].cls;
		walk = rule_walk(fromcls, opt->exports);
		if (walk == WALK_SKIP)
			continue;
		is_export = walk == WALK_EXPORT;
		n = elfobj_nrelocs(o, i);
		if (n && rs->type == SHT_REL && !o->arch->rel_addend) {
			sum->err = xasprintf("REL relocations for machine %u are not supported (modpost has no addend decoder for it)",
					     o->machine);
			break;
		}
		for (j = 0; j < n; j++) {
			const struct esym *t;
			struct reloc r;

			elfobj_reloc(o, i, j, &r);
			if (o->arch->skip &&
			    o->arch->skip(r.type, fromcls & SC_EXTABLE))
				continue;
			t = &o->sym[r.sym];
			if (is_export)
				scan_export(o, rs->info, labels, nlabels, &r,
					    sc);
			if (esym_is_global(t))
				acc[r.sym] |= is_export ? SC_EXPORT : fromcls;
			else if (!is_export) {
				uint32_t tocls = t->shndx == SEC_NONE ?
					SC_NONE : sum->sec[t->shndx].cls;

				if (rule_match(fromcls, tocls))
					sum->suspect = true;
			}
		}
	}
	for (i = 0; i < o->nsym; i++) {
		struct sref *r;
		size_t len;

		if (!acc[i])
			continue;
		GROW(sum->ref, sc->capref, sum->nref);
		r = &sum->ref[sum->nref++];
		len = strlen(o->sym[i].name);
		r->name = add_str(sc, o->sym[i].name, len);
		r->len = (uint32_t)len;
		r->hash = link_hash(o->sym[i].name, len);
		r->fromcls = acc[i];
	}
}

/* Keep the bytes of a .modinfo section (copied by keep_summary). */
static void add_modinfo(struct scanner *sc, const struct esec *e, size_t i)
{
	struct objsum *sum = &sc->tmp;
	struct smodinfo *m;

	GROW(sum->modinfo, sc->capmodinfo, sum->nmodinfo);
	m = &sum->modinfo[sum->nmodinfo++];
	m->sec = (uint32_t)i;
	m->size = e->data ? e->data->d_size : 0;
	m->bytes = e->data ? e->data->d_buf : NULL;
}

static void scan_sections(const struct elfobj *o, const struct scan_opts *opt,
			  struct scanner *sc, size_t *expsec)
{
	struct objsum *sum = &sc->tmp;
	size_t i;

	sum->nsec = o->nsec;
	GROW(sum->sec, sc->capsec, o->nsec);
	memset(sum->sec, 0, o->nsec * sizeof(*sum->sec));
	for (i = 0; i < o->nsec; i++) {
		const struct esec *e = &o->sec[i];
		struct ssec *s = &sum->sec[i];

		/*
		 * Nothing asks for a relocation section by name (ld -r does
		 * not merge them into output sections): they get section 0's
		 * empty name, which saves a tenth of a kernel's summaries.
		 */
		s->name = esec_is_reloc(e) ? 0 :
			  add_str(sc, e->name, strlen(e->name));
		s->cls = i ? secclass_lookup(sc->cc, e->name) : SC_NONE;
		s->size = e->size;
		s->align = e->align;
		s->exec = !!(e->flags & SHF_EXECINSTR);
		s->nonalloc = e->type == SHT_PROGBITS &&
			      !(e->flags & SHF_ALLOC) && !(s->cls & SC_SKIP);
		if (s->cls & SC_EXPORT)
			*expsec = i;	/* the last one, as modpost keeps */
		if (opt->modinfo && e->type == SHT_PROGBITS &&
		    !strcmp(e->name, ".modinfo"))
			add_modinfo(sc, e, i);
	}
}

/*
 * In a .ko, the exports are the __ksymtab_NAME labels of the __ksymtab and
 * __ksymtab_gpl sections (the .export_symbol section was discarded by the
 * module linker script); see check.c.  A .ko that kept its .export_symbol
 * section is checked through that section only.
 */
static bool ksymtab_label(const struct elfobj *o, const struct esym *e,
			  bool *gpl)
{
	const char *sec;

	if (e->shndx == SEC_NONE || !str_starts(e->name, "__ksymtab_"))
		return false;
	sec = o->sec[e->shndx].name;
	*gpl = !strcmp(sec, "__ksymtab_gpl");
	return *gpl || !strcmp(sec, "__ksymtab");
}

#define KSTRTABNS "__kstrtabns_"

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

/* A .ko's exports: its __ksymtab_NAME labels, in symbol-table order. */
static void scan_ko_exports(const struct elfobj *o, struct scanner *sc)
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

		if (ksymtab_label(o, e, &gpl))
			add_export(sc, name, ko_namespace(o, ns, n, name), gpl);
	}
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

static void scan_symbols(const struct elfobj *o, const struct input *in,
			 const struct scan_opts *opt, size_t expsec,
			 struct scanner *sc)
{
	struct objsum *sum = &sc->tmp;
	size_t i;

	if (opt->exports && !expsec && in->linked_module)
		scan_ko_exports(o, sc);
	for (i = 1; i < o->nsym; i++) {
		const struct esym *e = &o->sym[i];
		struct sdef *d;
		size_t len;

		if (esym_searchable(e))
			sum->sec[e->shndx].nsyms++;
		if (!esym_is_global(e))
			continue;
		if (e->raw_shndx == SHN_UNDEF) {
			/* ld pulls no archive member for a weak reference */
			if (opt->undefined && e->bind != STB_WEAK && e->name[0])
				add_undefined(sc, e->name);
			continue;
		}
		GROW(sum->def, sc->capdef, sum->ndef);
		d = &sum->def[sum->ndef++];
		len = strlen(e->name);
		d->name = add_str(sc, e->name, len);
		d->len = (uint32_t)len;
		d->hash = link_hash(e->name, len);
		d->symidx = (uint32_t)i;
		d->shndx = e->shndx;
		d->value = e->value;
		d->bind = e->bind;
		d->type = e->type;
		d->common = e->raw_shndx == SHN_COMMON;
	}
}

void scanner_init(struct scanner *sc)
{
	memset(sc, 0, sizeof(*sc));
	sc->cc = secclass_cache_new();
}

void scanner_free(struct scanner *sc)
{
	objbuf_free(&sc->buf);
	secclass_cache_free(sc->cc);
	arena_free(&sc->arena);
	free(sc->tmp.sec);
	free(sc->tmp.def);
	free(sc->tmp.ref);
	free(sc->tmp.exp);
	free(sc->tmp.undef);
	free(sc->tmp.modinfo);
	free(sc->tmp.strs);
	free(sc->acc);
	free(sc->labels);
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
	sum->nstrs = t->nstrs;
	sum->strs = arena_dup(a, t->strs, t->nstrs);
	sum->suspect = t->suspect;
	sum->err = t->err;
}

void scan_object(const struct input *in, const struct scan_opts *opt,
		 struct scanner *sc, struct objsum *sum)
{
	struct objsum *t = &sc->tmp;
	struct elfobj o;
	size_t expsec = 0;

	memset(sum, 0, sizeof(*sum));
	if (elfobj_open(&o, in, &sc->buf)) {
		sum->err = o.err;
		return;
	}
	sum->machine = o.machine;
	sum->is64 = o.is64;
	sum->msb = o.msb;
	t->nsec = t->ndef = t->nref = t->nexp = t->nundef = t->nmodinfo = 0;
	t->nstrs = 0;
	t->suspect = false;
	t->err = NULL;
	scan_sections(&o, opt, sc, &expsec);
	scan_symbols(&o, in, opt, expsec, sc);
	scan_relocs(&o, opt, sc, expsec);
	keep_summary(sc, sum);	/* before the .modinfo bytes go */
	elfobj_close(&o);
}

void objsum_free(struct objsum *sum)
{
	free(sum->err);
	memset(sum, 0, sizeof(*sum));
}
