/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The export model: every EXPORT_SYMBOL of the run, per unit, in the order
 * modpost registers them (Module.symvers files read with -i first, then
 * the units read from objects, each in its objects' link order and the
 * order of their export entries), with what modpost knows of each: the
 * licence, the namespace, whether it is a function (the winning
 * definition's type, as ld -r would leave it), and the CRC.
 *
 * It serves the Kbuild stage (the Module.symvers and .vmlinux.export.c
 * that modpost wrote from vmlinux.o) and module lint (exports judged
 * against the kernel's Module.symvers), and it judges "exported twice" as
 * modpost 6.12's sym_add_exported() does.
 */
#ifndef _MPL_EXPORTS_H
#define _MPL_EXPORTS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct inputs;
struct objsum;
struct link;
struct findings;
struct strlist;
struct jobserver;

struct export {
	const char *name;	/* as modpost prints it */
	uint32_t hash;		/* nametab_hash() of the name */
	const char *ns;		/* namespace, "" for none */
	unsigned int owner;	/* index into exports::owners */
	bool gpl;		/* EXPORT_SYMBOL_GPL */
	bool is_func;		/* KSYMTAB_FUNC, not KSYMTAB_DATA */
	bool crc_valid;
	uint32_t crc;
};

/* Who exports: a unit read from objects, or a module of a dump file. */
struct export_owner {
	const char *name;	/* "vmlinux", "drivers/foo/bar" */
	bool is_vmlinux;	/* named "vmlinux", as modpost decides it */
	int unit;		/* index into inputs::units; -1: from a dump */
	size_t *idx;		/* its exports (indexes into exports::v) */
	size_t n, cap;
};

struct exports {
	struct export *v;
	size_t n, cap;
	struct export_owner *owners;
	size_t nowners, capowners;
	char **strs;		/* strings read from dump files */
	size_t nstrs, capstrs;
	size_t ndumped;		/* v[0, ndumped) are the dump files' */
};

struct export_opts {
	bool external;		/* -e (or no vmlinux among the inputs) */
};

/*
 * Read the Module.symvers files @dumps, then add the exports of every unit
 * read from objects, judging each as modpost does ("exported twice").
 * Needs no link: the units' export::is_func is left to exports_set_types(),
 * so that this runs beside link_build() (run.c).  Returns 0, or -1 after
 * one line on stderr for a malformed dump file (what is read so far is
 * kept).
 */
int exports_build(struct exports *ex, const struct inputs *ins,
		  const struct objsum *sums, const struct strlist *dumps,
		  const struct export_opts *opt, struct findings *out);

/*
 * export::is_func of every unit's export, from the definition that won
 * the link.  Must be after exports_build(), whose order of exports it
 * walks again, and after link_build(), which sets sdef::won.
 */
void exports_set_types(struct exports *ex, const struct inputs *ins,
		       const struct objsum *sums, const struct link *link);
void exports_free(struct exports *ex);

/* The owner of unit @unit, or NULL when it exports nothing. */
const struct export_owner *exports_of_unit(const struct exports *ex,
					   unsigned int unit);

/*
 * Set the CRCs of the exports of every unit from the #SYMVER lines of the
 * .cmd files of its objects, as modpost -m does (crc.c reads them, on
 * @nthreads workers).  0, or -1 after one line on stderr per .cmd file
 * that cannot be read.
 */
int exports_set_crcs(struct exports *ex, const struct inputs *ins,
		     unsigned int nthreads, struct jobserver *js);

#endif
