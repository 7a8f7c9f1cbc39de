// SPDX-License-Identifier: GPL-2.0-only
/*
 * Expanding the command line into the input list: objects, .ko modules
 * (also compressed), regular and thin archives, @response files,
 * directories of modules and modpost's -T lists with Kbuild's .mod files.
 */
#include <dirent.h>
#include <errno.h>
#include <libgen.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <modpost-lite/archive.h>
#include <modpost-lite/inputs.h>
#include <modpost-lite/util.h>

#define MAX_NESTING 16

void inputs_init(struct inputs *ins)
{
	memset(ins, 0, sizeof(*ins));
}

void inputs_free(struct inputs *ins)
{
	size_t i;

	for (i = 0; i < ins->nin; i++) {
		if (ins->in[i].display != ins->in[i].path)
			free((char *)ins->in[i].display);
		free(ins->in[i].path);
		free(ins->in[i].member);
	}
	for (i = 0; i < ins->nlisters; i++)
		free(ins->listers[i]);
	free(ins->listers);
	for (i = 0; i < ins->nunits; i++) {
		free(ins->units[i].name);
		free(ins->units[i].keybase);
		free(ins->units[i].input);
	}
	for (i = 0; i < ins->nerrors; i++)
		free(ins->errors[i]);
	free(ins->list_of_ko);
	free(ins->list_of_o);
	free(ins->in);
	free(ins->units);
	free(ins->errors);
}

void inputs_error(struct inputs *ins, const char *fmt, ...)
{
	va_list ap;
	char *s;

	va_start(ap, fmt);
	if (vasprintf(&s, fmt, ap) < 0)
		s = NULL;
	va_end(ap);
	if (!s) {
		fputs("modpost-lite: out of memory\n", stderr);
		exit(2);
	}
	GROW(ins->errors, ins->caperrors, ins->nerrors);
	ins->errors[ins->nerrors++] = s;
}

/* The unit @name, new (keyed relative to @keybase) or the one there is. */
static unsigned int unit_get(struct inputs *ins, const char *name,
			     const char *keybase)
{
	struct unit *u;
	size_t i;

	for (i = 0; i < ins->nunits; i++)
		if (!strcmp(ins->units[i].name, name))
			return (unsigned int)i;
	GROW(ins->units, ins->capunits, ins->nunits);
	u = &ins->units[ins->nunits];
	memset(u, 0, sizeof(*u));
	u->name = xstrdup(name);
	u->keybase = keybase ? xstrdup(keybase) : NULL;
	u->is_vmlinux = !strcmp(name, "vmlinux");
	return (unsigned int)ins->nunits++;
}

/* Where the inputs of one file go. */
struct member_ctx {
	struct inputs *ins;
	const struct input_opts *o;
	unsigned int unit;
	unsigned int lib;	/* of a --lib archive: not in the unit yet */
	const char *archive;
	const char *lister;	/* its copy in inputs::listers, once needed */
};

static void add_input(const struct member_ctx *c, const char *path,
		      const char *display, const char *member, int64_t off,
		      uint64_t size)
{
	struct inputs *ins = c->ins;
	struct unit *u = &ins->units[c->unit];
	struct input *in;

	GROW(ins->in, ins->capin, ins->nin);
	in = &ins->in[ins->nin];
	/* Every field not named here (listed_in, ...) starts zeroed. */
	*in = (struct input){
		.path = xstrdup(path),
		.member = member ? xstrdup(member) : NULL,
		.off = off,
		.size = size,
		.unit = c->unit,
		.lib = c->lib,
		.linked_module = off < 0 && inputs_module_suffix(path) > 0,
	};
	/* an object's own name is its display name: one copy */
	in->display = strcmp(display, path) ? xstrdup(display) : in->path;
	if (!c->lib) {
		GROW(u->input, u->capinput, u->ninputs);
		u->input[u->ninputs++] = (unsigned int)ins->nin;
	}
	ins->nin++;
}

/* A missing file: an error, or with -n the note modpost -n prints. */
static void missing(const struct member_ctx *c, const char *what, int err)
{
	if (c->o && c->o->ignore_missing && err == ENOENT)
		fprintf(stderr, "modpost-lite: %s: %s (ignored)\n", what,
			strerror(err));
	else
		inputs_error(c->ins, "%s: %s", what, strerror(err));
}

static void add_member(void *p, const char *member, int64_t off,
		       uint64_t size)
{
	struct member_ctx *c = p;
	char *display;

	if (off < 0) {
		/*
		 * A thin archive member is a file of its own.  GNU ar
		 * flattens archives added to a thin archive, so members are
		 * objects: they are not even looked up here (an access()
		 * each cost a tenth of reading a kernel) but read in
		 * parallel with the rest, where one that cannot be opened is
		 * reported naming the archive that lists it (run.c).
		 */
		add_input(c, member, member, NULL, -1, size);
		if (!c->lister) {
			char *copy = xstrdup(c->archive);

			GROW(c->ins->listers, c->ins->caplisters,
			     c->ins->nlisters);
			c->ins->listers[c->ins->nlisters++] = copy;
			c->lister = copy;
		}
		c->ins->in[c->ins->nin - 1].listed_in = c->lister;
		return;
	}
	display = xasprintf("%s(%s)", c->archive, member);
	add_input(c, c->archive, display, member, off, size);
	free(display);
}

static void add_file_to(const struct member_ctx *ctx, const char *path)
{
	struct member_ctx c = *ctx;
	enum file_kind kind;
	char *err = NULL;
	int e;

	c.archive = path;
	c.lister = NULL;
	kind = file_kind(path, &err, &e);
	switch (kind) {
	case FK_ERROR:
		if (e)
			missing(&c, path, e);
		else
			inputs_error(c.ins, "%s: %s", path, err);
		break;
	case FK_OBJECT:
		add_input(&c, path, path, NULL, -1, 0);
		break;
	case FK_ARCHIVE:
	case FK_THIN:
		if (archive_walk(path, kind, add_member, &c, &err))
			inputs_error(c.ins, "%s: %s", path, err);
		break;
	}
	free(err);
}

static void add_file(struct inputs *ins, const struct input_opts *o,
		     unsigned int unit, const char *path)
{
	struct member_ctx c = { ins, o, unit, 0, path, NULL };

	add_file_to(&c, path);
}

/* Strip the trailing newline (and carriage return) of a line read. */
static void chomp(char *s)
{
	size_t n = strlen(s);

	while (n && (s[n - 1] == '\n' || s[n - 1] == '\r'))
		s[--n] = '\0';
}

static int add_arg(struct inputs *ins, const struct input_opts *o,
		   const char *arg, int depth);

/*
 * Returns -1 when the nesting got too deep: the files it is nested in stop
 * reading too, so a file that names itself twice is one message, not 2^16.
 */
static int add_response_file(struct inputs *ins, const struct input_opts *o,
			     const char *file, int depth)
{
	char *line = NULL;
	size_t cap = 0;
	int ret = 0;
	FILE *f;

	if (depth > MAX_NESTING) {
		inputs_error(ins, "%s: response files nested too deeply", file);
		return -1;
	}
	f = fopen(file, "r");
	if (!f) {
		inputs_error(ins, "%s: %s", file, strerror(errno));
		return 0;
	}
	while (!ret && getline(&line, &cap, f) >= 0) {
		chomp(line);
		if (line[0])
			ret = add_arg(ins, o, line, depth + 1);
	}
	if (ferror(f))
		inputs_error(ins, "%s: read error", file);
	free(line);
	fclose(f);
	return ret;
}

static const char *const module_suffixes[] = {
	".ko", ".ko.xz", ".ko.zst", ".ko.gz",
};

size_t inputs_module_suffix(const char *path)
{
	size_t i;

	for (i = 0; i < sizeof(module_suffixes) / sizeof(*module_suffixes);
	     i++)
		if (str_ends(path, module_suffixes[i]))
			return strlen(module_suffixes[i]);
	return 0;
}

/* A module file: a unit of its own, named by its path without suffix. */
static void add_module(struct inputs *ins, const struct input_opts *o,
		       const char *path, const char *keybase)
{
	size_t n = strlen(path) - inputs_module_suffix(path);
	char *name = xasprintf("%.*s", (int)n, path);

	add_file(ins, o, unit_get(ins, name, keybase), path);
	free(name);
}

struct pathlist {
	char **v;
	size_t n, cap;
};

/*
 * Collect the module files under @dir.  Directories are walked, symbolic
 * links to directories are not (no loops); links to files are taken.
 */
static void collect_modules(struct inputs *ins, const char *dir,
			    struct pathlist *out)
{
	struct dirent *e;
	DIR *d = opendir(dir);

	if (!d) {
		inputs_error(ins, "%s: %s", dir, strerror(errno));
		return;
	}
	while ((e = readdir(d))) {
		struct stat st;
		char *path;

		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		path = xasprintf("%s%s%s", dir, str_ends(dir, "/") ? "" : "/",
				 e->d_name);
		if (e->d_type == DT_DIR ||
		    (e->d_type == DT_UNKNOWN && !lstat(path, &st) &&
		     S_ISDIR(st.st_mode))) {
			collect_modules(ins, path, out);
		} else if (inputs_module_suffix(e->d_name) &&
			   !stat(path, &st) && !S_ISDIR(st.st_mode)) {
			GROW(out->v, out->cap, out->n);
			out->v[out->n++] = path;
			continue;
		}
		free(path);
	}
	closedir(d);
}

static int cmp_path(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/*
 * A directory argument: every module under it, in the C-locale order of
 * their paths, each its own unit keyed relative to @dir.  A module found
 * twice (foo.ko and foo.ko.xz) is checked once, from its first path.
 */
static void add_directory(struct inputs *ins, const struct input_opts *o,
			  const char *dir)
{
	struct pathlist mods = { 0 };
	size_t i, stem, first = 0, firststem = 0, nerrors = ins->nerrors;

	if (o->module) {
		inputs_error(ins, "%s: a directory of modules, each its own unit: --module does not apply",
			     dir);
		return;
	}
	collect_modules(ins, dir, &mods);
	if (!mods.n) {
		if (ins->nerrors > nerrors)
			return;	/* it said why already */
		inputs_error(ins, "%s: no modules (*.ko, *.ko.xz, *.ko.zst, *.ko.gz) in this directory",
			     dir);
		return;
	}
	qsort(mods.v, mods.n, sizeof(*mods.v), cmp_path);
	for (i = 0; i < mods.n; i++) {
		stem = strlen(mods.v[i]) - inputs_module_suffix(mods.v[i]);
		if (i && stem == firststem &&
		    !strncmp(mods.v[i], mods.v[first], stem)) {
			inputs_error(ins, "%s: module %.*s is also %s: not checked twice",
				     mods.v[i], (int)stem, mods.v[i],
				     mods.v[first]);
			continue;
		}
		add_module(ins, o, mods.v[i], dir);
		first = i;
		firststem = stem;
	}
	for (i = 0; i < mods.n; i++)
		free(mods.v[i]);
	free(mods.v);
}

static bool is_directory(const char *path)
{
	struct stat st;

	return !stat(path, &st) && S_ISDIR(st.st_mode);
}

static int add_arg(struct inputs *ins, const struct input_opts *o,
		   const char *arg, int depth)
{
	if (arg[0] == '@') {
		return add_response_file(ins, o, arg + 1, depth);
	} else if (is_directory(arg)) {
		add_directory(ins, o, arg);
	} else if (inputs_module_suffix(arg) && !o->module) {
		add_module(ins, o, arg, NULL);
	} else {
		/* plain objects, and with --module NAME also a .ko */
		add_file(ins, o, unit_get(ins, o->module ? o->module : "vmlinux",
					  NULL), arg);
	}
	return 0;
}

void inputs_add_arg(struct inputs *ins, const struct input_opts *o,
		    const char *arg)
{
	add_arg(ins, o, arg, 0);
}

/*
 * One line of a -T list names a module's linked object, X.o.  Kbuild
 * writes X.mod beside it, listing the objects the module is made of: when
 * it exists, those objects form unit X; otherwise X.o itself does.
 */
static void add_listed_module(struct inputs *ins, const struct input_opts *o,
			      const char *listfile, const char *entry,
			      const char *keybase)
{
	char *name, *modfile, *obj, *line = NULL;
	unsigned int unit;
	size_t cap = 0;
	FILE *f;

	/* 6.1's Kbuild feeds modules.order through sed s/ko$/o/ */
	if (str_ends(entry, ".ko")) {
		if (!ins->list_of_ko)
			ins->list_of_ko = xstrdup(listfile);
		name = xasprintf("%.*s", (int)(strlen(entry) - 3), entry);
	} else if (str_ends(entry, ".o")) {
		if (!ins->list_of_o)
			ins->list_of_o = xstrdup(listfile);
		name = xasprintf("%.*s", (int)(strlen(entry) - 2), entry);
	} else {
		inputs_error(ins, "%s: a -T list names modules (X.o, or X.ko as 6.1's modules.order)",
			     entry);
		return;
	}
	obj = xasprintf("%s.o", name);
	unit = unit_get(ins, name, keybase);
	modfile = xasprintf("%s.mod", name);
	f = fopen(modfile, "r");
	if (!f) {
		add_file(ins, o, unit, obj);
	} else {
		while (getline(&line, &cap, f) >= 0) {
			char *tok, *save = NULL;

			for (tok = strtok_r(line, " \t\r\n", &save); tok;
			     tok = strtok_r(NULL, " \t\r\n", &save))
				add_file(ins, o, unit, tok);
		}
		if (ferror(f))
			inputs_error(ins, "%s: read error", modfile);
		fclose(f);
		free(line);
	}
	free(modfile);
	free(obj);
	free(name);
}

/* The key base of a -T list's units: the list's directory. */
static char *list_dir(const char *listfile)
{
	char *copy, *dir;

	if (!strcmp(listfile, "-"))
		return xstrdup(".");
	copy = xstrdup(listfile);
	dir = xstrdup(dirname(copy));
	free(copy);
	return dir;
}

void inputs_add_list(struct inputs *ins, const struct input_opts *o,
		     const char *listfile)
{
	FILE *f = strcmp(listfile, "-") ? fopen(listfile, "r") : stdin;
	char *line = NULL, *dir;
	size_t cap = 0;

	if (!f) {
		inputs_error(ins, "%s: %s", listfile, strerror(errno));
		return;
	}
	dir = list_dir(listfile);
	while (getline(&line, &cap, f) >= 0) {
		chomp(line);
		if (line[0])
			add_listed_module(ins, o, listfile, line, dir);
	}
	free(dir);
	if (ferror(f))
		inputs_error(ins, "%s: read error", listfile);
	free(line);
	if (f != stdin)
		fclose(f);
}

void inputs_add_lib(struct inputs *ins, const struct input_opts *o,
		    const char *path, unsigned int nth)
{
	struct member_ctx c = { ins, o, 0, nth, path, NULL };

	c.unit = unit_get(ins, o->module ? o->module : "vmlinux", NULL);
	add_file_to(&c, path);
}
