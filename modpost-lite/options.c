// SPDX-License-Identifier: GPL-2.0-only
/* Command-line parsing with getopt_long; modpost's flags where they overlap. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <modpost-lite/mpl.h>
#include <modpost-lite/options.h>
#include <modpost-lite/util.h>

static const char usage[] =
"Usage: modpost-lite [OPTION]... INPUT...\n"
"Report Linux 6.12 modpost's section mismatches from individual objects,\n"
"without linking vmlinux.o.\n"
"\n"
"INPUT is a relocatable object (.o), an archive (.a, regular or thin, as\n"
"vmlinux.a and built-in.a), a module (.ko, a unit of its own), or @FILE\n"
"naming one input per line.  Objects and archive members form the unit\n"
"\"vmlinux\" (or the module of --module).\n"
"\n"
"  -M                 check EXPORT_SYMBOL entries (as modpost -M)\n"
"  -E                 section mismatches are errors (exit status 1)\n"
"  -T FILE            modpost's list of module objects, one X.o per line\n"
"                     ('-': standard input); unit X is made of the objects\n"
"                     listed in X.mod when it exists, else of X.o\n"
"  -m, --module NAME  objects on the command line form module NAME\n"
"  -j, --jobs N       worker threads (default: online CPUs; under make,\n"
"                     jobserver tokens)\n"
"  -f, --format FMT   modpost (default, on stderr), gnu, json, sarif\n"
"  -h, --help         this text\n"
"  -V, --version      version\n"
"\n"
"Exit status: 0 clean or warnings only, 1 errors (or mismatches with -E),\n"
"2 usage error or unreadable input.\n";

int options_parse(struct options *o, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "module", required_argument, NULL, 'm' },
		{ "jobs", required_argument, NULL, 'j' },
		{ "format", required_argument, NULL, 'f' },
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
