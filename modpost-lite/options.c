// SPDX-License-Identifier: GPL-2.0-only
/*
 * Command-line parsing.  Every option is one row of opt_table[] (as
 * objtool's builtin-check.c declares its options): getopt_long's short
 * and long option arrays, the parsing and the --help text all come from
 * that table, so they cannot disagree.
 */
#include <getopt.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <modpost-lite/explain.h>
#include <modpost-lite/mpl.h>
#include <modpost-lite/options.h>
#include <modpost-lite/profile.h>
#include <modpost-lite/util.h>

enum opt_kind {
	OK_GROUP,	/* a heading in --help, not an option */
	OK_FLAG,	/* sets a bool */
	OK_STRING,	/* stores its argument */
	OK_LIST,	/* appends its argument to a struct strlist */
	OK_CHOICE,	/* one of choices[], stored as its index */
	OK_JOBS,	/* a thread count */
	OK_EXPLAIN,	/* --explain[=ID] */
	OK_HELP,
	OK_VERSION,
	OK_IGNORED,	/* a modpost flag that has no effect here */
	OK_REFUSED,	/* a modpost flag modpost-lite cannot honour */
};

struct opt_spec {
	enum opt_kind kind;
	char shortname;		/* 0: long only */
	const char *longname;	/* NULL: short only */
	int has_arg;		/* no_argument, required_ argument, optional_ */
	const char *argname;	/* "FILE", for --help */
	size_t offset;		/* of the field in struct options */
	const char *const *choices;	/* OK_CHOICE: names by value */
	int noarg_value;	/* OK_CHOICE with an optional argument */
	const char *help;	/* one paragraph; OK_REFUSED: why */
};

#define FIELD(f) offsetof(struct options, f)
#define OPT_GROUP(title) { .kind = OK_GROUP, .help = title }
#define OPT_FLAG(s, l, f, h) \
	{ OK_FLAG, s, l, no_argument, NULL, FIELD(f), NULL, 0, h }
#define OPT_STRING(s, l, a, f, h) \
	{ OK_STRING, s, l, required_argument, a, FIELD(f), NULL, 0, h }
#define OPT_LIST(s, l, a, f, h) \
	{ OK_LIST, s, l, required_argument, a, FIELD(f), NULL, 0, h }
#define OPT_CHOICE(s, l, arg, a, f, c, d, h) \
	{ OK_CHOICE, s, l, arg, a, FIELD(f), c, d, h }
#define OPT_SPECIAL(k, s, l, arg, a, h) \
	{ k, s, l, arg, a, 0, NULL, 0, h }
#define OPT_IGNORED(s, arg, a, h) \
	{ OK_IGNORED, s, NULL, arg, a, 0, NULL, 0, h }
#define OPT_REFUSED(s, arg, a, why) \
	{ OK_REFUSED, s, NULL, arg, a, 0, NULL, 0, why }

static const char *const format_names[] = {
	[FMT_MODPOST] = "modpost", [FMT_GNU] = "gnu", [FMT_JSON] = "json",
	[FMT_SARIF] = "sarif", NULL
};

static const char *const color_names[] = {
	[COLOR_AUTO] = "auto", [COLOR_ALWAYS] = "always",
	[COLOR_NEVER] = "never", NULL
};

static const struct opt_spec opt_table[] = {
	OPT_GROUP("modpost's options"),
	OPT_FLAG('M', NULL, exports,
		 "check EXPORT_SYMBOL entries (6.12 on; 6.1 always does)"),
	OPT_FLAG('E', NULL, error_on_mismatch,
		 "section mismatches are errors (exit status 1)"),
	OPT_LIST('T', NULL, "FILE", lists,
		 "modpost's list of module objects, one X.o (6.1: X.ko) "
		 "per line ('-': standard input); unit X is made of the "
		 "objects listed in X.mod when it exists, else of X.o"),
	OPT_LIST('i', NULL, "FILE", dumps,
		 "read the exports of a Module.symvers (repeatable)"),
	OPT_FLAG('e', NULL, external,
		 "the modules are external (make M=): judge exports twice "
		 "as modpost does there (also the default when no input "
		 "is vmlinux)"),
	OPT_FLAG('m', NULL, modversions,
		 "modversions: CRCs from the objects' .cmd files (#SYMVER) "
		 "for the Module.symvers and .vmlinux.export.c written"),
	OPT_FLAG('n', NULL, ignore_missing,
		 "a missing input is reported as ignored (make -i)"),
	OPT_STRING('o', NULL, "FILE", symvers_out,
		   "write the Module.symvers lines of the exports read from "
		   "objects (vmlinux, then the modules)"),
	OPT_FLAG('W', NULL, extra_warn,
		 "6.1: warn about *driver data referencing .exit.* too "
		 "(W=1); 6.12 on: no effect (MODULE_DESCRIPTION() is not "
		 "checked here)"),
	OPT_IGNORED('w', no_argument, NULL,
		    "no effect: unresolved symbols are not checked here"),
	OPT_IGNORED('N', no_argument, NULL,
		    "no effect: namespace imports are not checked here"),
	OPT_IGNORED('a', no_argument, NULL,
		    "no effect: modpost-lite writes no .mod.c files"),
	OPT_IGNORED('b', no_argument, NULL,
		    "no effect (newer modpost: modversions format)"),
	OPT_IGNORED('x', no_argument, NULL,
		    "no effect (newer modpost: extended modversions)"),
	OPT_REFUSED('t', no_argument, NULL,
		    "trimming unused exports needs what every module uses, "
		    "which modpost-lite does not resolve: use modpost"),
	OPT_REFUSED('u', required_argument, "FILE",
		    "the allow-list of trimmed exports (-t) is modpost's: "
		    "use modpost"),
	OPT_REFUSED('d', required_argument, "FILE",
		    "nsdeps files need namespace imports, which modpost-lite "
		    "does not check: use modpost"),

	OPT_GROUP("What Kbuild took from vmlinux.o"),
	OPT_STRING(0, "vmlinux-symvers", "FILE", vmlinux_symvers,
		   "write vmlinux's exports as modpost writes them in "
		   "vmlinux.symvers (the vmlinux lines of Module.symvers)"),
	OPT_STRING(0, "vmlinux-export-c", "FILE", vmlinux_export_c,
		   "write .vmlinux.export.c as modpost does (when changed)"),
	OPT_STRING(0, "builtin-modinfo", "FILE", builtin_modinfo,
		   "write vmlinux's .modinfo section as objcopy -j .modinfo "
		   "-O binary of vmlinux.o would (modules.builtin.modinfo)"),
	OPT_LIST(0, "lib", "ARCHIVE", libs,
		 "an archive of vmlinux linked as ld --start-group links "
		 "it: only the members something needs take part"),
	OPT_FLAG(0, "no-checks", no_checks,
		 "make the outputs above only: no section checks (the "
		 "findings of exports, CRCs and symbols are still reported)"),

	OPT_GROUP("modpost-lite's options"),
	OPT_STRING(0, "kernel", "RELEASE", kernel,
		   "speak the modpost of this kernel release (6.1, "
		   "6.1.0-57-amd64, 6.15.3, ...): see PROFILES below"),
	OPT_STRING('K', "kernel-dir", "DIR", kbuild_dir,
		   "a kernel build directory (as make -C DIR M=...): read "
		   "its Module.symvers, take its release, judge modules as "
		   "external"),
	OPT_STRING(0, "module", "NAME", module,
		   "the inputs on the command line (a .ko too) form module "
		   "NAME"),
	OPT_SPECIAL(OK_JOBS, 'j', "jobs", required_argument, "N",
		    "worker threads (default: online CPUs; under make, "
		    "jobserver tokens)"),
	OPT_CHOICE('f', "format", required_argument, "FMT", format,
		   format_names, 0,
		   "modpost (default, on stderr), gnu (on stderr), "
		   "json (JSON Lines on stdout), sarif (SARIF 2.1.0 on "
		   "stdout)"),
	OPT_SPECIAL(OK_EXPLAIN, 0, "explain", optional_argument, "ID",
		    "without ID: an explanation and the usual fix after "
		    "each finding (modpost and gnu formats); with ID: print "
		    "rule ID's explanation and exit ('list': the rule ids)"),
	OPT_STRING(0, "baseline", "FILE", baseline,
		   "report only findings whose keys are not in FILE (as "
		   "written by --write-baseline: format v2)"),
	OPT_STRING(0, "write-baseline", "FILE", write_baseline,
		   "write the keys of all findings to FILE (no offsets, "
		   "counters or absolute paths: they survive rebuilds)"),
	OPT_CHOICE(0, "color", optional_argument, "WHEN", color, color_names,
		   COLOR_ALWAYS,
		   "colour the gnu format: auto (default: when standard "
		   "error is a terminal), always (no WHEN), never"),
	OPT_CHOICE(0, "colour", optional_argument, "WHEN", color,
		   color_names, COLOR_ALWAYS, NULL),
	OPT_SPECIAL(OK_HELP, 'h', "help", no_argument, NULL, "this text"),
	OPT_SPECIAL(OK_VERSION, 'V', "version", no_argument, NULL,
		    "version and profiles"),
};

#define NOPTS (sizeof(opt_table) / sizeof(opt_table[0]))
#define LONG_ONLY_BASE 256	/* getopt value of row i: 256 + i */

static int opt_value(size_t i)
{
	return opt_table[i].shortname ? opt_table[i].shortname :
	       LONG_ONLY_BASE + (int)i;
}

/* "-M", "-T FILE", "-j, --jobs N", "    --explain[=ID]" */
static void left_column(const struct opt_spec *s, char *buf, size_t n)
{
	char arg[64] = "";

	if (s->argname && s->has_arg == optional_argument)
		snprintf(arg, sizeof(arg), "[=%s]", s->argname);
	else if (s->argname)
		snprintf(arg, sizeof(arg), s->longname ? "=%s" : " %s",
			 s->argname);
	if (s->shortname && s->longname)
		snprintf(buf, n, "-%c, --%s%s", s->shortname, s->longname,
			 s->argname ? arg : "");
	else if (s->shortname)
		snprintf(buf, n, "-%c%s", s->shortname, arg);
	else
		snprintf(buf, n, "    --%s%s", s->longname, arg);
}

/*
 * "  LEFT   help text, wrapped at 79 columns" with the text in a column of
 * its own; a left part too wide for it gets a line to itself.
 */
static void print_help_text(FILE *out, const char *left, const char *help)
{
	const int col = 24, width = 79 - col;
	const char *p = help;
	int pad;

	fprintf(out, "  %s", left);
	pad = col - 2 - (int)strlen(left);
	if (pad < 1) {
		putc('\n', out);
		pad = col;
	}
	while (*p) {
		int n = (int)strlen(p), cut = n;

		if (n > width) {
			for (cut = width; cut > 0 && p[cut] != ' '; cut--)
				;
			if (!cut)
				cut = width;
		}
		fprintf(out, "%*s%.*s\n", pad, "", cut, p);
		p += cut;
		while (*p == ' ')
			p++;
		pad = col;
	}
}

static void print_usage(FILE *out)
{
	char left[96];
	size_t i;

	fputs("Usage: modpost-lite [OPTION]... INPUT...\n"
	      "Report the section mismatches of Linux's modpost from the\n"
	      "individual objects, without linking vmlinux.o.\n"
	      "\n"
	      "INPUT is a relocatable object (.o), an archive (.a, regular or\n"
	      "thin, as vmlinux.a and built-in.a), a module (.ko, .ko.xz,\n"
	      ".ko.zst, .ko.gz: a unit of its own), a directory (walked for\n"
	      "modules), or @FILE naming one input per line.  Objects and\n"
	      "archive members form the unit \"vmlinux\" (or --module's).\n",
	      out);
	for (i = 0; i < NOPTS; i++) {
		const struct opt_spec *s = &opt_table[i];

		if (s->kind == OK_GROUP) {
			fprintf(out, "\n%s:\n", s->help);
			continue;
		}
		if (!s->help)
			continue;	/* an alias (--colour) */
		left_column(s, left, sizeof(left));
		if (s->kind == OK_REFUSED) {
			char *why = xasprintf("refused: %s", s->help);

			print_help_text(out, left, why);
			free(why);
		} else {
			print_help_text(out, left, s->help);
		}
	}
	fputs("\nPROFILES (--kernel, else from the inputs, else 6.12):\n", out);
	profile_print_list(out, "  ");
	fputs("\nExit status: 0 clean or warnings only, 1 errors (or mismatches\n"
	      "with -E), 2 usage error or unreadable input.\n", out);
}

/* --explain=ID: 1 (exit 0) when printed, 2 for an unknown ID. */
static int explain_one(const char *id)
{
	const struct explanation *e;

	if (!strcmp(id, "list")) {
		explain_list(stdout);
		return 1;
	}
	e = explain_find(id);
	if (!e) {
		fprintf(stderr, "modpost-lite: unknown rule '%s'; the rules are:\n",
			id);
		explain_list(stderr);
		return 2;
	}
	printf("%s: %s\n\n", e->id, e->title);
	fputs(e->text, stdout);
	printf("\nUsual fix: %s.\n", e->fix);
	return 1;
}

/* The option's name as the user wrote it, for messages. */
static void opt_name(const struct opt_spec *s, char *buf, size_t n)
{
	if (s->longname && !s->shortname)
		snprintf(buf, n, "--%s", s->longname);
	else
		snprintf(buf, n, "-%c", s->shortname);
}

static int set_choice(struct options *o, const struct opt_spec *s,
		      const char *arg)
{
	int *field = (int *)((char *)o + s->offset);
	char name[40];
	size_t k;

	if (!arg) {
		*field = s->noarg_value;
		return 0;
	}
	for (k = 0; s->choices[k]; k++) {
		if (!strcmp(arg, s->choices[k])) {
			*field = (int)k;
			return 0;
		}
	}
	opt_name(s, name, sizeof(name));
	fprintf(stderr, "modpost-lite: %s: unknown value '%s' (", name, arg);
	for (k = 0; s->choices[k]; k++)
		fprintf(stderr, "%s%s", k ? ", " : "", s->choices[k]);
	fputs(")\n", stderr);
	return 2;
}

static int set_jobs(struct options *o, const char *arg)
{
	char *end;
	long n = strtol(arg, &end, 10);

	if (!*arg || *end || n < 1 || n > 1024) {
		fputs("modpost-lite: -j takes a number from 1 to 1024\n",
		      stderr);
		return 2;
	}
	o->jobs = (unsigned int)n;
	return 0;
}

/* Act on row @s with argument @arg: 0 go on, 1 exit 0, 2 usage error. */
static int apply(struct options *o, const struct opt_spec *s,
		 const char *arg)
{
	char *field = (char *)o + s->offset;
	struct strlist *l;
	char name[40];

	switch (s->kind) {
	case OK_FLAG:
		*(bool *)field = true;
		return 0;
	case OK_STRING:
		*(const char **)field = arg;
		return 0;
	case OK_LIST:
		l = (struct strlist *)field;
		l->v = xrealloc(l->v, (l->n + 1) * sizeof(*l->v));
		l->v[l->n++] = arg;
		return 0;
	case OK_CHOICE:
		return set_choice(o, s, arg);
	case OK_JOBS:
		return set_jobs(o, arg);
	case OK_EXPLAIN:
		if (arg)
			return explain_one(arg);
		o->explain = true;
		return 0;
	case OK_HELP:
		print_usage(stdout);
		return 1;
	case OK_VERSION:
		printf("modpost-lite %s\nprofiles (the modpost each speaks):\n",
		       MPL_VERSION);
		profile_print_list(stdout, "  ");
		return 1;
	case OK_IGNORED:
		return 0;
	case OK_REFUSED:
		opt_name(s, name, sizeof(name));
		fprintf(stderr, "modpost-lite: %s is not supported: ", name);
		fprintf(stderr, "%s\n", s->help);
		return 2;
	case OK_GROUP:
		break;
	}
	return 0;
}

/* getopt_long's arrays, made from the table. */
static void build_getopt(struct option *longopts, char *shortopts)
{
	size_t i, nl = 0;
	char *p = shortopts;

	*p++ = ':';	/* ':' for a missing argument, '?' for unknown */
	for (i = 0; i < NOPTS; i++) {
		const struct opt_spec *s = &opt_table[i];

		if (s->kind == OK_GROUP)
			continue;
		if (s->shortname) {
			*p++ = s->shortname;
			if (s->has_arg != no_argument)
				*p++ = ':';
			if (s->has_arg == optional_argument)
				*p++ = ':';
		}
		if (s->longname)
			longopts[nl++] = (struct option){ s->longname,
				s->has_arg, NULL, opt_value(i) };
	}
	*p = '\0';
	longopts[nl] = (struct option){ NULL, 0, NULL, 0 };
}

static int bad_option(int c, char **argv)
{
	const char *what = argv[optind - 1];

	if (c == ':')
		fprintf(stderr, "modpost-lite: option '%s' needs an argument\n",
			what);
	else if (optopt && optopt < LONG_ONLY_BASE)
		fprintf(stderr, "modpost-lite: unknown option '-%c'\n",
			optopt);
	else
		fprintf(stderr, "modpost-lite: unknown option '%s'\n", what);
	fputs("Try 'modpost-lite --help'.\n", stderr);
	return 2;
}

int options_parse(struct options *o, int argc, char **argv)
{
	struct option longopts[NOPTS + 1];
	char shortopts[3 * NOPTS + 2];
	int c, rc;
	size_t i;

	memset(o, 0, sizeof(*o));
	build_getopt(longopts, shortopts);
	optind = 0;	/* reset getopt: the fuzz harness calls us repeatedly */
	opterr = 0;	/* our messages name modpost-lite, not argv[0] */
	while ((c = getopt_long(argc, argv, shortopts, longopts,
				NULL)) != -1) {
		if (c == '?' || c == ':')
			return bad_option(c, argv);
		for (i = 0; i < NOPTS; i++)
			if (opt_table[i].kind != OK_GROUP && opt_value(i) == c)
				break;
		rc = i < NOPTS ? apply(o, &opt_table[i], optarg) : 2;
		if (rc)
			return rc;
	}
	o->args = argv + optind;
	o->nargs = argc - optind;
	if (!o->nargs && !o->lists.n) {
		fputs("modpost-lite: no input (try 'modpost-lite --help')\n",
		      stderr);
		return 2;
	}
	return 0;
}

void options_free(struct options *o)
{
	free(o->lists.v);
	free(o->dumps.v);
	free(o->libs.v);
	o->lists.v = o->dumps.v = o->libs.v = NULL;
}
