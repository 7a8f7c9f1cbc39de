// SPDX-License-Identifier: GPL-2.0-only
/*
 * The export model: Module.symvers files read with -i, then the exports of
 * every unit read from objects, registered in modpost's order and judged
 * as its sym_add_exported() judges them.
 */
#include <elf.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <modpost-lite/crc.h>
#include <modpost-lite/export.h>
#include <modpost-lite/exports.h>
#include <modpost-lite/finding.h>
#include <modpost-lite/inputs.h>
#include <modpost-lite/link.h>
#include <modpost-lite/nametab.h>
#include <modpost-lite/options.h>
#include <modpost-lite/summary.h>
#include <modpost-lite/symvers.h>
#include <modpost-lite/util.h>

/*
 * Names to the newest export of each: what modpost's find_symbol() and
 * sym_find_with_module() return (its hash chains put the newest first).
 */
struct newest {
	struct nametab tab;	/* name -> index into names[] */
	const char **names;	/* each distinct name once */
	size_t *idx;		/* its newest export, in exports::v */
	size_t n, capnames, capidx;
};

struct newest_key {
	const struct newest *nw;
	const char *name;
};

static bool newest_same(const void *key, uint32_t k)
{
	const struct newest_key *nk = key;

	return !strcmp(nk->nw->names[k], nk->name);
}

/* The newest export of @name (of nametab_hash() @hash), or SIZE_MAX. */
static size_t newest_find(const struct newest *nw, const char *name,
			  uint32_t hash)
{
	struct newest_key key = { nw, name };
	uint32_t k = nametab_find(&nw->tab, hash, newest_same, &key);

	return k == NAMETAB_NONE ? SIZE_MAX : nw->idx[k];
}

static uint32_t name_hash(const char *name)
{
	return nametab_hash(name, strlen(name));
}

/* For about @n names. */
static void newest_init(struct newest *nw, size_t n)
{
	memset(nw, 0, sizeof(*nw));
	nametab_init(&nw->tab, n);
}

/* Export @idx (of name @name, which outlives the table) is the newest. */
static void newest_set(struct newest *nw, const char *name, uint32_t hash,
		       size_t idx)
{
	struct newest_key key = { nw, name };
	uint32_t k;

	k = nametab_insert(&nw->tab, hash, (uint32_t)nw->n, newest_same,
			   &key);
	if (k == nw->n) {
		GROW(nw->names, nw->capnames, nw->n);
		GROW(nw->idx, nw->capidx, nw->n);
		nw->names[nw->n++] = name;
	}
	nw->idx[k] = idx;
}

static void newest_free(struct newest *nw)
{
	nametab_free(&nw->tab);
	free(nw->names);
	free(nw->idx);
	memset(nw, 0, sizeof(*nw));
}

struct build {
	struct exports *ex;
	struct newest table;
	const struct export_opts *opt;
	const struct inputs *ins;
	struct findings *out;
	unsigned int dumpno;	/* of the dump file being read */
};

static const char *keep_str(struct exports *ex, const char *s)
{
	GROW(ex->strs, ex->capstrs, ex->nstrs);
	return ex->strs[ex->nstrs++] = xstrdup(s);
}

static unsigned int new_owner(struct exports *ex, const char *name, int unit)
{
	struct export_owner *o;

	GROW(ex->owners, ex->capowners, ex->nowners);
	o = &ex->owners[ex->nowners];
	memset(o, 0, sizeof(*o));
	o->name = name;
	o->is_vmlinux = !strcmp(name, "vmlinux");
	o->unit = unit;
	return (unsigned int)ex->nowners++;
}

/*
 * modpost reports an export as exported twice when a previous one of the
 * name exists, unless the modules are external and the previous one is
 * neither vmlinux's nor this very module's.
 */
static void judge_twice(struct build *b, const struct export *e,
			unsigned int sort_unit, unsigned int sort_input,
			uint64_t idx)
{
	const struct export_owner *self = &b->ex->owners[e->owner], *prev;
	size_t n = newest_find(&b->table, e->name, e->hash);
	struct finding *f;

	if (n == SIZE_MAX)
		return;
	prev = &b->ex->owners[b->ex->v[n].owner];
	if (b->opt->external && !prev->is_vmlinux && prev != self)
		return;
	f = findings_new(b->out, R_EXPORTED_TWICE);
	f->unit = sort_unit;
	f->input = sort_input;
	f->sec = UINT32_MAX;
	f->idx = idx;
	f->tosym = xstrdup(e->name);
	f->extra = xstrdup(prev->name);
	f->detail = prev->is_vmlinux;
	if (self->unit < 0)
		f->owner = xstrdup(self->name);
}

static void add_export(struct build *b, const struct export *e,
		       unsigned int sort_unit, unsigned int sort_input,
		       uint64_t idx)
{
	struct exports *ex = b->ex;
	struct export_owner *o = &ex->owners[e->owner];
	size_t i;

	judge_twice(b, e, sort_unit, sort_input, idx);
	GROW(ex->v, ex->cap, ex->n);
	i = ex->n++;
	ex->v[i] = *e;
	GROW(o->idx, o->cap, o->n);
	o->idx[o->n++] = i;
	newest_set(&b->table, ex->v[i].name, ex->v[i].hash, i);
}

static void add_dump_line(void *ctx, const struct symvers_line *l)
{
	struct build *b = ctx;
	struct exports *ex = b->ex;
	struct export e = { 0 };
	size_t i;

	/* modpost's find_module(): dumps name modules, not files */
	for (i = 0; i < ex->nowners; i++)
		if (!strcmp(ex->owners[i].name, l->module))
			break;
	if (i == ex->nowners)
		i = new_owner(ex, keep_str(ex, l->module), -1);
	e.owner = (unsigned int)i;
	e.name = keep_str(ex, l->name);
	e.hash = name_hash(e.name);
	e.ns = keep_str(ex, l->ns);
	e.gpl = l->gpl;
	e.crc = l->crc;
	e.crc_valid = true;
	/* dumps are read first; their findings sort after the units' */
	add_export(b, &e, UINT_MAX, b->dumpno, l->lineno);
}

/* A symbol of type @type in object @s is a function. */
static bool type_is_func(const struct objsum *s, uint8_t type)
{
	if (type == STT_FUNC)
		return true;
	/* parisc64: millicode "$$" functions are STT_LOPROC */
	return s->is64 && s->machine == EM_PARISC && type == STT_LOPROC;
}

/*
 * KSYMTAB_FUNC or KSYMTAB_DATA: the type of the definition that won,
 * export @x's of @s when that one won (no search in the link then).
 */
static bool export_is_func(const struct link *link, const struct objsum *sums,
			   unsigned int unit, const struct objsum *s,
			   const struct sexp *x, const char *name)
{
	struct gdef d;

	if (x->def != UINT32_MAX && s->def[x->def].won)
		return type_is_func(s, s->def[x->def].type);
	return link_find_hashed(link, unit, name, x->len, x->hash, &d) &&
	       type_is_func(&sums[d.input], d.type);
}

static void add_unit(struct build *b, const struct objsum *sums,
		     unsigned int u)
{
	const struct unit *un = &b->ins->units[u];
	int owner = -1;
	unsigned int k;
	size_t x;

	for (k = 0; k < un->ninputs; k++) {
		unsigned int in = un->input[k];
		const struct objsum *s = &sums[in];

		for (x = 0; x < s->nexp; x++) {
			struct export e = { 0 };

			if (owner < 0)
				owner = (int)new_owner(b->ex, un->name, (int)u);
			e.owner = (unsigned int)owner;
			e.name = sum_str(s, s->exp[x].name);
			e.hash = s->exp[x].hash;
			e.ns = sum_str(s, s->exp[x].ns);
			e.gpl = s->exp[x].gpl;
			add_export(b, &e, u, in, x);	/* exports_set_types() */
		}
	}
}

/*
 * 6.1's sym_update_namespace() after a module's symbols are read: each
 * __kstrtabns_NAME label sets the namespace of the newest export of NAME,
 * and names no export when there is none yet: an error.
 */
static void namespace_labels(struct build *b, const struct objsum *sums,
			     unsigned int u)
{
	const struct unit *un = &b->ins->units[u];
	unsigned int k;
	size_t x;

	for (k = 0; k < un->ninputs; k++) {
		unsigned int in = un->input[k];
		const struct objsum *s = &sums[in];

		for (x = 0; x < s->nnsl; x++) {
			const char *name = sum_str(s, s->nsl[x].name);
			size_t n = newest_find(&b->table, name,
					       name_hash(name));
			struct finding *f;

			if (n != SIZE_MAX) {
				b->ex->v[n].ns = sum_str(s, s->nsl[x].ns);
				continue;
			}
			f = findings_new(b->out, R_EXPORT_MALFORMED);
			f->unit = u;
			f->input = in;
			f->sec = UINT32_MAX - 1;
			f->idx = x;
			f->detail = EXP_NS_ORPHAN;
			f->tosym = xstrdup(name);
			f->extra = xstrdup(sum_str(s, s->nsl[x].ns));
		}
	}
}

int exports_build(struct exports *ex, const struct inputs *ins,
		  const struct objsum *sums, const struct strlist *dumps,
		  const struct export_opts *opt, struct findings *out)
{
	struct build b = { .ex = ex, .opt = opt, .ins = ins, .out = out };
	char *err = NULL;
	int rc = 0;
	size_t u, i, n = 0;

	memset(ex, 0, sizeof(*ex));
	/* sized for the objects' exports: the dumps' are fewer, or grow it */
	for (i = 0; i < ins->nin; i++)
		n += sums[i].nexp;
	newest_init(&b.table, n);
	ex->cap = n;
	ex->v = xmalloc((n ? n : 1) * sizeof(*ex->v));
	for (b.dumpno = 0; b.dumpno < dumps->n; b.dumpno++) {
		if (symvers_read(dumps->v[b.dumpno], add_dump_line, &b,
				 &err)) {
			fprintf(stderr, "modpost-lite: %s\n", err);
			free(err);
			rc = -1;
		}
	}
	ex->ndumped = ex->n;
	for (u = 0; u < ins->nunits; u++) {
		add_unit(&b, sums, (unsigned int)u);
		namespace_labels(&b, sums, (unsigned int)u);
	}
	newest_free(&b.table);
	return rc;
}

/* add_unit()'s walk, once more: every unit's exports follow the dumps'. */
void exports_set_types(struct exports *ex, const struct inputs *ins,
		       const struct objsum *sums, const struct link *link)
{
	size_t i = ex->ndumped, u, x;
	unsigned int k;

	for (u = 0; u < ins->nunits; u++) {
		const struct unit *un = &ins->units[u];

		for (k = 0; k < un->ninputs; k++) {
			const struct objsum *s = &sums[un->input[k]];

			for (x = 0; x < s->nexp; x++, i++)
				ex->v[i].is_func =
					export_is_func(link, sums,
						       (unsigned int)u, s,
						       &s->exp[x],
						       ex->v[i].name);
		}
	}
}

/* Add the lines of @modfile to @objs: a module's objects, one a line. */
static void add_mod_file(const char *modfile, char ***objs, size_t *n,
			 size_t *cap)
{
	char *line = NULL;
	size_t lcap = 0;
	ssize_t len;
	FILE *f = fopen(modfile, "r");

	if (!f)
		return;
	while ((len = getline(&line, &lcap, f)) > 0) {
		if (line[len - 1] == '\n')
			line[--len] = '\0';
		if (!len)
			break;	/* modpost stops at an empty line */
		GROW(*objs, *cap, *n);
		(*objs)[(*n)++] = xstrdup(line);
	}
	free(line);
	fclose(f);
}

/*
 * The objects whose .cmd files hold a unit's CRCs, as modpost lists them:
 * vmlinux's are `ar t` of its archives (.vmlinux.objs: every member, also
 * those of --lib archives ld does not pull), a module's its .mod file's
 * lines; a .ko stands for its module X, whose objects X.mod lists.
 */
static void crc_objects(const struct inputs *ins, unsigned int unit,
			char ***objs, size_t *n, size_t *cap)
{
	size_t i;

	for (i = 0; i < ins->nin; i++) {
		const struct input *in = &ins->in[i];
		char *modfile;

		if (in->unit != unit)
			continue;
		if (in->linked_module) {
			modfile = xasprintf("%.*s.mod",
					    (int)(strlen(in->path) -
						  inputs_module_suffix(in->path)),
					    in->path);
			add_mod_file(modfile, objs, n, cap);
			free(modfile);
			continue;
		}
		GROW(*objs, *cap, *n);
		(*objs)[(*n)++] = xstrdup(in->member ? in->member : in->path);
	}
}

/* An owner's exports by name, the newest of each (sym_find_with_module). */
static void owner_table(struct newest *nw, const struct exports *ex,
			const struct export_owner *o)
{
	size_t i;

	for (i = 0; i < o->n; i++)
		newest_set(nw, ex->v[o->idx[i]].name, ex->v[o->idx[i]].hash,
			   o->idx[i]);
}

/* Apply one .cmd file's CRCs to the exports in @nw. */
static void apply_crcs(struct exports *ex, const struct newest *nw,
		       const struct crc_file *f)
{
	size_t k, e;

	for (k = 0; k < f->n; k++) {
		const char *name = f->v[k].name;

		if (name[0] == '.')	/* ppc64: ".foo" is foo */
			name++;
		e = newest_find(nw, name, name_hash(name));
		if (e != SIZE_MAX) {
			ex->v[e].crc = f->v[k].crc;
			ex->v[e].crc_valid = true;
		}
	}
}

int exports_set_crcs(struct exports *ex, const struct inputs *ins,
		     unsigned int nthreads, struct jobserver *js)
{
	size_t i, k, n = 0, cap = 0, *first;
	struct crc_file *files;
	char **objs = NULL;
	int rc = 0;

	/* every owner's objects in one list, read in one parallel pass */
	first = xcalloc(ex->nowners + 1, sizeof(*first));
	for (i = 0; i < ex->nowners; i++) {
		first[i] = n;
		if (ex->owners[i].unit >= 0)
			crc_objects(ins, (unsigned int)ex->owners[i].unit,
				    &objs, &n, &cap);
	}
	first[ex->nowners] = n;
	files = xcalloc(n ? n : 1, sizeof(*files));
	crc_read(files, (const char *const *)objs, n, nthreads, js);
	for (i = 0; i < ex->nowners; i++) {
		struct newest table;

		newest_init(&table, ex->owners[i].n);
		owner_table(&table, ex, &ex->owners[i]);
		for (k = first[i]; k < first[i + 1]; k++) {
			if (files[k].err) {
				fprintf(stderr, "modpost-lite: %s (-m: the CRCs of %s)\n",
					files[k].err, objs[k]);
				rc = -1;
				continue;
			}
			apply_crcs(ex, &table, &files[k]);
		}
		newest_free(&table);
	}
	crc_free(files, n);
	for (k = 0; k < n; k++)
		free(objs[k]);
	free(files);
	free(objs);
	free(first);
	return rc;
}

const struct export_owner *exports_of_unit(const struct exports *ex,
					   unsigned int unit)
{
	size_t i;

	for (i = 0; i < ex->nowners; i++)
		if (ex->owners[i].unit == (int)unit)
			return &ex->owners[i];
	return NULL;
}

void exports_free(struct exports *ex)
{
	size_t i;

	for (i = 0; i < ex->nowners; i++)
		free(ex->owners[i].idx);
	for (i = 0; i < ex->nstrs; i++)
		free(ex->strs[i]);
	free(ex->owners);
	free(ex->strs);
	free(ex->v);
	memset(ex, 0, sizeof(*ex));
}
