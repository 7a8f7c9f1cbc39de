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

#define BASELINE_HEADER \
	"# modpost-lite baseline v1: unit\trule\tfrom\tfrom-section\tto\tto-section\n"

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

char *baseline_symbol(const char *name)
{
	const char *p = name[0] ? strchr(name + 1, '.') : NULL;

	while (p) {
		const char *q = strchr(p + 1, '.');
		size_t n = q ? (size_t)(q - p - 1) : strlen(p + 1);

		if (is_suffix(p + 1, n))
			return xasprintf("%.*s", (int)(p - name), name);
		p = q;
	}
	return xstrdup(name);
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

char *baseline_key(const struct inputs *ins, const struct findings *f,
		   size_t i)
{
	const struct finding *x = &f->v[i];
	char *from, *fsec, *to, *tsec, *key;
	const char *unit;

	if (x->rule == R_EXTABLE_SECTION && i > 0)
		x = &f->v[i - 1];	/* the mismatch it belongs to */
	unit = x->unit < ins->nunits ? ins->units[x->unit].name : "-";
	if (x->rule == R_EXPORT_MALFORMED)
		from = fieldval(x->fromsym, true);
	else if (x->fromsym && x->fromsym[0] && x->from_in_object)
		from = fieldval(x->fromsym, true);
	else
		from = fieldval(x->fromsec, false);
	fsec = fieldval(x->fromsec, false);
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

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int baseline_write(const char *path, const struct inputs *ins,
		   const struct findings *f)
{
	char **keys = xcalloc(f->n ? f->n : 1, sizeof(*keys));
	size_t i, n = 0;
	FILE *out;
	int rc = 0;

	for (i = 0; i < f->n; i++)
		if (f->v[i].rule != R_EXTABLE_SECTION)
			keys[n++] = baseline_key(ins, f, i);
	qsort(keys, n, sizeof(*keys), cmp_str);
	out = fopen(path, "w");
	if (!out) {
		fprintf(stderr, "modpost-lite: %s: %s\n", path,
			strerror(errno));
		rc = -1;
	} else {
		fputs(BASELINE_HEADER, out);
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

struct keyent {
	UT_hash_handle hh;
	char *key;
};

int baseline_filter(const char *path, const struct inputs *ins,
		    struct findings *f)
{
	struct keyent *set = NULL, *e, *tmp;
	char *line = NULL, *key;
	size_t cap = 0, i, kept = 0;
	bool dropped = false;
	ssize_t len;
	FILE *in;

	in = fopen(path, "r");
	if (!in) {
		fprintf(stderr, "modpost-lite: %s: %s\n", path,
			strerror(errno));
		return -1;
	}
	while ((len = getline(&line, &cap, in)) >= 0) {
		while (len && (line[len - 1] == '\n' || line[len - 1] == '\r'))
			line[--len] = 0;
		if (!len || line[0] == '#')
			continue;
		HASH_FIND_STR(set, line, e);
		if (e)
			continue;
		e = xmalloc(sizeof(*e));
		e->key = xstrdup(line);
		HASH_ADD_KEYPTR(hh, set, e->key, strlen(e->key), e);
	}
	free(line);
	fclose(in);

	for (i = 0; i < f->n; i++) {
		if (f->v[i].rule != R_EXTABLE_SECTION) {
			key = baseline_key(ins, f, i);
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
	HASH_ITER(hh, set, e, tmp) {
		HASH_DEL(set, e);
		free(e->key);
		free(e);
	}
	return 0;
}
