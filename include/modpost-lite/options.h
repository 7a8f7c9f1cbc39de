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

enum color_when {
	COLOR_AUTO,		/* when the output stream is a terminal */
	COLOR_ALWAYS,
	COLOR_NEVER,
};

struct options {
	bool exports;		/* -M */
	bool error_on_mismatch;	/* -E */
	unsigned int jobs;	/* -j; 0: online CPUs */
	const char *module;	/* --module NAME */
	const char **lists;	/* -T FILE... */
	unsigned int nlists;
	enum out_format format;
	bool explain;		/* --explain: explanations after findings */
	enum color_when color;	/* --color (gnu format only) */
	const char *baseline;	/* --baseline FILE: report only new findings */
	const char *write_baseline;	/* --write-baseline FILE */
	char **args;		/* inputs */
	int nargs;
};

/* 0: run; 1: exit 0 (--help, --version); 2: usage error. */
int options_parse(struct options *o, int argc, char **argv);
void options_free(struct options *o);

#endif
