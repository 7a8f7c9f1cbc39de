// SPDX-License-Identifier: GPL-2.0-only
/* Baseline files: writing the keys of findings, filtering by them. */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uthash.h>

#include <modpost-lite/baseline.h>
#include <modpost-lite/explain.h>
#include <modpost-lite/finding.h>
#include <modpost-lite/inputs.h>
#include <modpost-lite/util.h>

/*
 * The format version is in the header line.  v1 (before 0.x) keyed units
 * by their full path and kept counter suffixes: such a file is refused
 * with "regenerate", as its keys would not match anything reliably.
 */
#define BASELINE_MAGIC "# modpost-lite baseline v"
#define BASELINE_VERSION 2
#define BASELINE_FIELDS 6

static const char *const field_name[BASELINE_FIELDS] = {
	"unit", "rule", "from", "from-section", "to", "to-section",
};

static bool is_suffix(const char *s, size_t n)
{
	static const char *const known[] = {
		"constprop", "isra", "part", "cold", "hot", "llvm",
		"lto_priv", "localalias", "clone", "specialized",
	};
	size_t i;

	if (!n)
		return false;
	for (i = 0; i < n && s[i] >= '0' && s[i] <= '9'; i++)
		;
	if (i == n)
		return true;
	for (i = 0; i < sizeof(known) / sizeof(known[0]); i++)
		if (strlen(known[i]) == n && !strncmp(s, known[i], n))
			return true;
	return false;
}

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/*
 * Drop what __COUNTER__ put into a name (it changes when a file gains one
 * more use): __UNIQUE_ID(prefix) appends the counter, "__UNIQUE_ID_foo12"
 * -> "__UNIQUE_ID_foo".
 */
static void drop_counter(char *s)
{
	size_t n = strlen(s), min = strlen("__UNIQUE_ID_");

	if (!str_starts(s, "__UNIQUE_ID_"))
		return;
	while (n > min && is_digit(s[n - 1]))
		s[--n] = '\0';
}

char *baseline_symbol(const char *name)
{
	const char *p = name[0] ? strchr(name + 1, '.') : NULL;
	char *s = NULL;

	while (p && !s) {
		const char *q = strchr(p + 1, '.');
		size_t n = q ? (size_t)(q - p - 1) : strlen(p + 1);

		if (is_suffix(p + 1, n))
			s = xasprintf("%.*s", (int)(p - name), name);
		p = q;
	}
	if (!s)
		s = xstrdup(name);
	drop_counter(s);
	return s;
}

/* @dir's canonical path, or NULL. */
static char *canonical_dir(const char *path)
{
	const char *slash = strrchr(path, '/');
	char *dir, *real;

	if (!slash)
		dir = xstrdup(".");
	else
		dir = xasprintf("%.*s", slash == path ? 1 : (int)(slash - path),
				path);
	real = realpath(dir, NULL);
	free(dir);
	return real;
}

/*
 * A unit's name in keys, the same in every checkout: relative to its key
 * base directory (its -T list's, or the directory argument it was found
 * in), or its file name when it lies outside the base.  A unit named
 * directly keeps a relative name and is keyed by its file name when its
 * name is absolute (Kbuild names external modules by absolute path).
 */
char *baseline_unit(const struct unit *u)
{
	const char *slash = strrchr(u->name, '/');
	const char *file = slash ? slash + 1 : u->name;
	char *dir, *base, *key;
	size_t n;

	if (u->is_vmlinux || (!u->keybase && u->name[0] != '/'))
		return xstrdup(u->name);
	if (!u->keybase)
		return xstrdup(file);
	dir = canonical_dir(u->name);
	base = realpath(u->keybase, NULL);
	if (!dir || !base) {
		key = xstrdup(u->name[0] == '/' ? file : u->name);
	} else {
		n = strlen(base);
		if (!strcmp(dir, base))
			key = xstrdup(file);
		else if (n == 1 && base[0] == '/')
			key = xasprintf("%s/%s", dir + 1, file);
		else if (!strncmp(dir, base, n) && dir[n] == '/')
			key = xasprintf("%s/%s", dir + n + 1, file);
		else
			key = xstrdup(file);
	}
	free(dir);
	free(base);
	return key;
}

/* A field: "-" when empty; tabs and newlines would break the format. */
static char *fieldval(const char *s, bool symbol)
{
	char *v, *p;

	if (!s || !s[0] || (symbol && str_starts(s, "0x")))
		return xstrdup("-");
	v = symbol ? baseline_symbol(s) : xstrdup(s);
	for (p = v; *p; p++)
		if (*p == '\t' || *p == '\n' || *p == '\r')
			*p = ' ';
	if (!v[0]) {
		free(v);
		return xstrdup("-");
	}
	return v;
}

/*
 * The key of finding @x of the unit keyed @unit.  This is the one place
 * keys are derived from a finding's fields.  An export of an init or exit
 * symbol is keyed by the symbol alone: where its entry lives differs
 * between the module's objects (.export_symbol) and its .ko (__ksymtab).
 */
static char *finding_key(const struct finding *x, const char *unit)
{
	char *from, *fsec, *to, *tsec, *key;

	if (x->rule == R_EXPORT_INIT_EXIT)
		from = fieldval(NULL, false);
	else if (x->rule == R_EXPORT_MALFORMED ||
		 (x->fromsym && x->fromsym[0] && x->from_in_object))
		from = fieldval(x->fromsym, true);
	else
		from = fieldval(x->fromsec, false);
	fsec = fieldval(x->rule == R_EXPORT_INIT_EXIT ? NULL : x->fromsec, false);
	to = fieldval(x->tosym, true);
	tsec = fieldval(x->tosec, false);
	key = xasprintf("%s\t%s\t%s\t%s\t%s\t%s", unit,
			explain_rule(x->rule)->id, from, fsec, to,
			tsec);
	free(from);
	free(fsec);
	free(to);
	free(tsec);
	return key;
}

/* The units' names in keys, computed once per run. */
struct unit_keys {
	char **v;
	size_t n;
};

static void unit_keys_init(struct unit_keys *k, const struct inputs *ins)
{
	size_t i;

	k->n = ins->nunits;
	k->v = xcalloc(k->n ? k->n : 1, sizeof(*k->v));
	for (i = 0; i < k->n; i++)
		k->v[i] = baseline_unit(&ins->units[i]);
}

static void unit_keys_free(struct unit_keys *k)
{
	size_t i;

	for (i = 0; i < k->n; i++)
		free(k->v[i]);
	free(k->v);
}

/* The key of finding @i (an __ex_table note has its mismatch's key). */
static char *key_of(const struct unit_keys *k, const struct findings *f,
		    size_t i)
{
	const struct finding *x = &f->v[i];

	if (x->rule == R_EXTABLE_SECTION && i > 0)
		x = &f->v[i - 1];	/* the mismatch it belongs to */
	return finding_key(x, x->unit < k->n ? k->v[x->unit] : "-");
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int baseline_write(const char *path, const struct inputs *ins,
		   const struct findings *f)
{
	char **keys = xcalloc(f->n ? f->n : 1, sizeof(*keys));
	struct unit_keys uk;
	size_t i, n = 0;
	FILE *out;
	int rc = 0;

	unit_keys_init(&uk, ins);
	for (i = 0; i < f->n; i++)
		if (f->v[i].rule != R_EXTABLE_SECTION)
			keys[n++] = key_of(&uk, f, i);
	unit_keys_free(&uk);
	qsort(keys, n, sizeof(*keys), cmp_str);
	out = fopen(path, "w");
	if (!out) {
		fprintf(stderr, "modpost-lite: %s: %s\n", path,
			strerror(errno));
		rc = -1;
	} else {
		fprintf(out, "%s%d:", BASELINE_MAGIC, BASELINE_VERSION);
		for (i = 0; i < BASELINE_FIELDS; i++)
			fprintf(out, "%c%s", i ? '\t' : ' ', field_name[i]);
		fputc('\n', out);
		for (i = 0; i < n; i++)
			if (!i || strcmp(keys[i], keys[i - 1]))
				fprintf(out, "%s\n", keys[i]);
		if (ferror(out) | fclose(out)) {
			fprintf(stderr, "modpost-lite: %s: write error\n",
				path);
			rc = -1;
		}
	}
	for (i = 0; i < n; i++)
		free(keys[i]);
	free(keys);
	return rc;
}

/* The header line: NULL when it is v2, else why the file is refused. */
static char *check_header(const char *line)
{
	const char *v = line + strlen(BASELINE_MAGIC);
	char *end;
	long ver;

	if (!str_starts(line, BASELINE_MAGIC))
		return xasprintf("not a modpost-lite baseline: the first line is not \"%s%d: ...\" (write one with --write-baseline)",
				 BASELINE_MAGIC, BASELINE_VERSION);
	ver = strtol(v, &end, 10);
	if (end == v || *end != ':')
		return xasprintf("bad header line: no format version after \"%s\"",
				 BASELINE_MAGIC);
	if (ver < BASELINE_VERSION)
		return xasprintf("a v%ld baseline, whose keys change with rebuilds and checkouts: regenerate it with --write-baseline",
				 ver);
	if (ver > BASELINE_VERSION)
		return xasprintf("a v%ld baseline, newer than this modpost-lite reads (v%d)",
				 ver, BASELINE_VERSION);
	return NULL;
}

/* A key line: NULL when well-formed, else what is wrong with it. */
static char *check_key(const char *line)
{
	char *copy = xstrdup(line), *p = copy, *tab, *why = NULL;
	size_t nf = 0;

	for (; p && !why; nf++, p = tab ? tab + 1 : NULL) {
		tab = strchr(p, '\t');
		if (tab)
			*tab = '\0';
		if (nf >= BASELINE_FIELDS)
			continue;
		if (!p[0])
			why = xasprintf("field %zu (%s) is empty; '-' stands for none",
					nf + 1, field_name[nf]);
		else if (nf == 1 && !explain_find(p))
			why = xasprintf("unknown rule '%s' (see --explain=list)",
					p);
	}
	if (!why && nf != BASELINE_FIELDS)
		why = xasprintf("%zu fields; a key has %d, separated by tabs: unit, rule, from, from-section, to, to-section",
				nf, BASELINE_FIELDS);
	free(copy);
	return why;
}

struct keyent {
	UT_hash_handle hh;
	char *key;
};

/*
 * Read the keys of baseline file @path into @set.  0, or -1 after one
 * message "modpost-lite: FILE[:LINE]: reason".
 */
static int read_keys(const char *path, struct keyent **set)
{
	char *line = NULL, *why = NULL;
	size_t cap = 0, lineno = 0;
	struct keyent *e;
	ssize_t len;
	FILE *in;

	in = fopen(path, "r");
	if (!in) {
		fprintf(stderr, "modpost-lite: %s: %s\n", path,
			strerror(errno));
		return -1;
	}
	while (!why && (len = getline(&line, &cap, in)) >= 0) {
		lineno++;
		while (len && (line[len - 1] == '\n' || line[len - 1] == '\r'))
			line[--len] = 0;
		if (strlen(line) != (size_t)len) {
			why = xstrdup("a NUL byte: not a text file");
			break;
		}
		if (lineno == 1) {
			why = check_header(line);
			continue;
		}
		if (!len || line[0] == '#')
			continue;
		why = check_key(line);
		if (why)
			break;
		HASH_FIND_STR(*set, line, e);
		if (e)
			continue;
		e = xmalloc(sizeof(*e));
		e->key = xstrdup(line);
		HASH_ADD_KEYPTR(hh, *set, e->key, strlen(e->key), e);
	}
	free(line);
	if (ferror(in)) {
		fprintf(stderr, "modpost-lite: %s: read error\n", path);
		free(why);
		fclose(in);
		return -1;
	}
	fclose(in);
	if (!why && !lineno)
		why = xstrdup("empty, not a modpost-lite baseline (write one with --write-baseline)");
	if (!why)
		return 0;
	if (lineno)
		fprintf(stderr, "modpost-lite: %s:%zu: %s\n", path, lineno, why);
	else
		fprintf(stderr, "modpost-lite: %s: %s\n", path, why);
	free(why);
	return -1;
}

static void free_keys(struct keyent **set)
{
	struct keyent *e, *tmp;

	HASH_ITER(hh, *set, e, tmp) {
		HASH_DEL(*set, e);
		free(e->key);
		free(e);
	}
}

int baseline_filter(const char *path, const struct inputs *ins,
		    struct findings *f)
{
	struct keyent *set = NULL, *e;
	struct unit_keys uk;
	size_t i, kept = 0;
	bool dropped = false;
	char *key;

	if (read_keys(path, &set)) {
		free_keys(&set);
		return -1;
	}
	unit_keys_init(&uk, ins);
	for (i = 0; i < f->n; i++) {
		if (f->v[i].rule != R_EXTABLE_SECTION) {
			key = key_of(&uk, f, i);
			HASH_FIND_STR(set, key, e);
			dropped = e != NULL;
			free(key);
		}
		if (dropped)
			finding_clear(&f->v[i]);
		else
			f->v[kept++] = f->v[i];
	}
	f->n = kept;
	unit_keys_free(&uk);
	free_keys(&set);
	return 0;
}
