/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The input list: what the command line, response files, -T lists, .mod
 * files and archives expand to.  Each input is one ELF object to read; each
 * belongs to one unit (what the linker would join: vmlinux or a module).
 */
#ifndef _MPL_INPUTS_H
#define _MPL_INPUTS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct input {
	char *path;		/* file to open: object, or regular archive */
	/* name for messages: archive(member), or the very string @path */
	const char *display;
	int64_t off;		/* archive member: offset of its data; else -1 */
	/*
	 * archive member: size of its data; thin archive member: the size
	 * its header records, a hint for reading it (0: none)
	 */
	uint64_t size;
	char *member;		/* regular archive member: its name; else NULL */
	/* thin archive member: the archive (one of inputs::listers); else NULL */
	const char *listed_in;
	unsigned int unit;	/* index into inputs::units */
	unsigned int lib;	/* 0: linked whole; k: of the k-th --lib */
	bool linked_module;	/* a .ko (.ko.xz, .ko.zst, .ko.gz) file */
};

struct unit {
	char *name;		/* "vmlinux", or the module name */
	/*
	 * The directory the unit is keyed relative to in baselines
	 * (baseline.c): that of its -T list, or the directory argument it
	 * was found in.  NULL for inputs named directly.
	 */
	char *keybase;
	bool is_vmlinux;
	unsigned int ninputs;
	unsigned int *input;	/* indexes into inputs::in, in link order;
				 * --lib members only once select.c pulled
				 * them, in the order ld pulls them */
	size_t capinput;	/* of @input (GROW) */
};

struct inputs {
	struct input *in;
	size_t nin, capin;
	struct unit *units;
	size_t nunits, capunits;
	/* the first -T list whose lines name X.ko (6.1) or X.o (6.12 on) */
	char *list_of_ko, *list_of_o;
	/* the thin archives' names, one copy each (input::listed_in) */
	char **listers;
	size_t nlisters, caplisters;
	/* input errors found while expanding (one line each, no newline) */
	char **errors;
	size_t nerrors, caperrors;
};

struct input_opts {
	const char *module;	/* --module NAME: plain objects form this unit */
	bool ignore_missing;	/* -n: a missing file is skipped, with a note */
};

void inputs_init(struct inputs *ins);
void inputs_free(struct inputs *ins);
void inputs_error(struct inputs *ins, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/*
 * The length of @path's module suffix (".ko", ".ko.xz", ".ko.zst",
 * ".ko.gz"), or 0.
 */
size_t inputs_module_suffix(const char *path);

/*
 * Add one command-line argument: an object, .ko (also compressed),
 * archive, @FILE, or a directory, walked for modules.
 */
void inputs_add_arg(struct inputs *ins, const struct input_opts *o,
		    const char *arg);
/*
 * Add modpost's -T list: modules, one per line ("-": stdin), as X.o (6.12
 * on) or X.ko (6.1's modules.order, which Kbuild turns into X.o).
 */
void inputs_add_list(struct inputs *ins, const struct input_opts *o,
		     const char *listfile);
/*
 * Add --lib archive @path, the @nth (from 1): its members are candidates
 * of unit vmlinux (or --module's), joining it only when select.c pulls
 * them.
 */
void inputs_add_lib(struct inputs *ins, const struct input_opts *o,
		    const char *path, unsigned int nth);

#endif
