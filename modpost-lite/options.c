// SPDX-License-Identifier: GPL-2.0-only
/* Command-line parsing with getopt_long; modpost's flags where they overlap. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <modpost-lite/explain.h>
#include <modpost-lite/mpl.h>
#include <modpost-lite/options.h>
#include <modpost-lite/util.h>

static const char usage[] =
"Usage: modpost-lite [OPTION]... INPUT...\n"
"Report Linux 6.12 modpost's section mismatches from individual objects,\n"
"without linking vmlinux.o.\n"
"\n"
"INPUT is a relocatable object (.o), an archive (.a, regular or thin, as\n"
"vmlinux.a and built-in.a), a module (.ko, also compressed: .ko.xz,\n"
".ko.zst, .ko.gz; a unit of its own), a directory (every module under\n"
"it, each a unit of its own), or @FILE naming one input per line.\n"
"Objects and archive members form the unit \"vmlinux\" (or the module of\n"
"--module).\n"
"\n"
"  -M                 check EXPORT_SYMBOL entries (as modpost -M)\n"
"  -E                 section mismatches are errors (exit status 1)\n"
"  -T FILE            modpost's list of module objects, one X.o per line\n"
"                     ('-': standard input); unit X is made of the objects\n"
"                     listed in X.mod when it exists, else of X.o\n"
"  -m, --module NAME  objects (and a .ko) on the command line form module\n"
"                     NAME\n"
"  -j, --jobs N       worker threads (default: online CPUs; under make,\n"
"                     jobserver tokens)\n"
"  -f, --format FMT   modpost (default, on stderr), gnu (on stderr),\n"
"                     json (JSON Lines on stdout), sarif (SARIF 2.1.0 on\n"
"                     stdout)\n"
"      --explain      print an explanation and the usual fix after each\n"
"                     finding (modpost and gnu formats)\n"
"      --explain=ID   print the explanation of rule ID and exit\n"
"                     ('--explain=list' lists the rule ids)\n"
"      --baseline FILE        report only findings whose keys are not in\n"
"                             FILE (as written by --write-baseline, v2)\n"
"      --write-baseline FILE  write the keys of all findings to FILE; keys\n"
"                             hold no offsets, counters or absolute paths\n"
"      --color[=WHEN] colour the gnu format: auto (default: when standard\n"
"                     error is a terminal), always, never\n"
"  -h, --help         this text\n"
"  -V, --version      version\n"
"\n"
"Exit status: 0 clean or warnings only, 1 errors (or mismatches with -E),\n"
"2 usage error or unreadable input.\n";

enum {
	OPT_EXPLAIN = 256,
	OPT_BASELINE,
	OPT_WRITE_BASELINE,
	OPT_COLOR,
};

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

int options_parse(struct options *o, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "module", required_argument, NULL, 'm' },
		{ "jobs", required_argument, NULL, 'j' },
		{ "format", required_argument, NULL, 'f' },
		{ "explain", optional_argument, NULL, OPT_EXPLAIN },
		{ "baseline", required_argument, NULL, OPT_BASELINE },
		{ "write-baseline", required_argument, NULL, OPT_WRITE_BASELINE },
		{ "color", optional_argument, NULL, OPT_COLOR },
		{ "colour", optional_argument, NULL, OPT_COLOR },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	int c;

	memset(o, 0, sizeof(*o));
	optind = 0;	/* reset getopt: the fuzz harness calls us repeatedly */
	while ((c = getopt_long(argc, argv, "MET:m:j:f:hV", longopts,
				NULL)) != -1) {
		char *end;
		long n;

		switch (c) {
		case 'M':
			o->exports = true;
			break;
		case 'E':
			o->error_on_mismatch = true;
			break;
		case 'T':
			o->lists = xrealloc(o->lists, (o->nlists + 1) *
					    sizeof(*o->lists));
			o->lists[o->nlists++] = optarg;
			break;
		case 'm':
			o->module = optarg;
			break;
		case 'j':
			n = strtol(optarg, &end, 10);
			if (*end || n < 1 || n > 1024) {
				fprintf(stderr, "modpost-lite: -j takes a number from 1 to 1024\n");
				return 2;
			}
			o->jobs = (unsigned int)n;
			break;
		case 'f':
			if (!strcmp(optarg, "modpost"))
				o->format = FMT_MODPOST;
			else if (!strcmp(optarg, "gnu"))
				o->format = FMT_GNU;
			else if (!strcmp(optarg, "json"))
				o->format = FMT_JSON;
			else if (!strcmp(optarg, "sarif"))
				o->format = FMT_SARIF;
			else {
				fprintf(stderr, "modpost-lite: unknown format '%s' (modpost, gnu, json, sarif)\n",
					optarg);
				return 2;
			}
			break;
		case OPT_EXPLAIN:
			if (optarg)
				return explain_one(optarg);
			o->explain = true;
			break;
		case OPT_BASELINE:
			o->baseline = optarg;
			break;
		case OPT_WRITE_BASELINE:
			o->write_baseline = optarg;
			break;
		case OPT_COLOR:
			if (!optarg || !strcmp(optarg, "always"))
				o->color = COLOR_ALWAYS;
			else if (!strcmp(optarg, "auto"))
				o->color = COLOR_AUTO;
			else if (!strcmp(optarg, "never"))
				o->color = COLOR_NEVER;
			else {
				fprintf(stderr, "modpost-lite: --color takes auto, always or never\n");
				return 2;
			}
			break;
		case 'h':
			fputs(usage, stdout);
			return 1;
		case 'V':
			printf("modpost-lite %s (Linux 6.12 modpost semantics)\n",
			       MPL_VERSION);
			return 1;
		default:
			fputs("Try 'modpost-lite --help'.\n", stderr);
			return 2;
		}
	}
	o->args = argv + optind;
	o->nargs = argc - optind;
	if (!o->nargs && !o->nlists) {
		fputs("modpost-lite: no input (try 'modpost-lite --help')\n",
		      stderr);
		return 2;
	}
	return 0;
}

void options_free(struct options *o)
{
	free(o->lists);
	o->lists = NULL;
}
