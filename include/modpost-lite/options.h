/* SPDX-License-Identifier: GPL-2.0-only */
/* Command-line options, parsed once in main and read-only afterwards. */
#ifndef _MPL_OPTIONS_H
#define _MPL_OPTIONS_H

#include <stdbool.h>

enum out_format {
	FMT_MODPOST,
	FMT_GNU,
	FMT_JSON,
	FMT_SARIF,
};

struct options {
	bool exports;		/* -M */
	bool error_on_mismatch;	/* -E */
	unsigned int jobs;	/* -j; 0: online CPUs */
	const char *module;	/* --module NAME */
	const char **lists;	/* -T FILE... */
	unsigned int nlists;
	enum out_format format;
	char **args;		/* inputs */
	int nargs;
};

/* 0: run; 1: exit 0 (--help, --version); 2: usage error. */
int options_parse(struct options *o, int argc, char **argv);
void options_free(struct options *o);

#endif
