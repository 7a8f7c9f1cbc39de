/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Command-line options, parsed once in main and read-only afterwards.
 * They are declared in one table (options.c) from which both getopt_long's
 * arguments and the --help text are made.  A flag that modpost has means
 * what it means in modpost (of the kernel profile chosen); modpost's flags
 * that do not apply to modpost-lite are either accepted with no effect or
 * refused with a reason, as the table says.
 */
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

/* A repeatable option's values, in command-line order. */
struct strlist {
	const char **v;
	unsigned int n;
};

struct options {
	/* modpost's own flags */
	bool exports;		/* -M: EXPORT_SYMBOL checks (6.12 on) */
	bool modversions;	/* -m: CRCs from the objects' .cmd files */
	bool error_on_mismatch;	/* -E */
	bool external;		/* -e: the modules are external (M=) */
	bool ignore_missing;	/* -n: a missing input is skipped */
	bool extra_warn;	/* -W (what it means depends on the profile) */
	struct strlist dumps;	/* -i FILE: Module.symvers files to read */
	struct strlist lists;	/* -T FILE: modpost's module lists */
	const char *symvers_out;	/* -o FILE: Module.symvers to write */
	/* outputs Kbuild took from vmlinux.o */
	const char *vmlinux_symvers;	/* --vmlinux-symvers FILE */
	const char *vmlinux_export_c;	/* --vmlinux-export-c FILE */
	const char *builtin_modinfo;	/* --builtin-modinfo FILE */
	bool no_checks;		/* --no-checks: outputs only */
	struct strlist libs;	/* --lib ARCHIVE: linked selectively */
	/* modpost-lite's own */
	const char *kernel;	/* --kernel RELEASE: the profile */
	const char *kbuild_dir;	/* -K DIR: a kernel build directory */
	unsigned int jobs;	/* -j; 0: online CPUs */
	const char *module;	/* --module NAME */
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
