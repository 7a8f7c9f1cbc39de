/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * A finding: one thing to report.  It carries the message in modpost's
 * own words and a sort key, so output is the same for any thread count.
 */
#ifndef _MPL_FINDING_H
#define _MPL_FINDING_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum finding_kind {
	F_MISMATCH,		/* section mismatch in reference */
	F_EXTABLE_NOTE,		/* the extra __ex_table lines */
	F_EXPORT_INIT,		/* EXPORT_SYMBOL of an init/exit symbol */
	F_EXPORT_ERROR,		/* malformed .export_symbol entry */
	F_EXPORT_TWICE,
	F_NONALLOC,		/* non-allocatable section */
	F_COMMON,		/* COMMON symbol */
	F_EXPORT_NOCRC,		/* an export without a CRC (-m) */
};

struct finding {
	/* sort key */
	unsigned int unit;
	unsigned int input;
	uint32_t sec;
	uint64_t idx;
	unsigned int sub;
	/* what */
	enum finding_kind kind;
	bool error;		/* printed as ERROR */
	bool fatal;		/* modpost stops after it */
	bool counts;		/* counts as a section mismatch (for -E) */
	char *text;		/* modpost's message, without "WARNING: modpost: " */
	/* structured detail, for mismatches and export findings */
	int rule;		/* enum mismatch_kind (rules.h), mismatches */
	char *fromsym;		/* "" when none was found */
	uint64_t fromoff;	/* as modpost prints it (merged, Thumb bit) */
	uint64_t fromoff_exact;	/* from the symbol's real start */
	char *fromsec;		/* also the section of F_NONALLOC */
	char *tosym;		/* name, or "0x..." when none was found; the
				 * symbol of F_EXPORT_TWICE and F_COMMON */
	char *tosec;
	uint32_t tocls;		/* class bits of the target section */
	uint32_t objsec;	/* section index in the object; 0: none */
	uint64_t objoff;	/* offset in that section of the object */
	bool from_in_object;	/* the from-symbol is in this object */
	/* source position of objsec+objoff (srcline.c), when known */
	char *srcfile;		/* NULL when unknown */
	unsigned int srcline;
};

struct findings {
	struct finding *v;
	size_t n, cap;
};

struct finding *findings_new(struct findings *f);
void findings_move(struct findings *dst, struct findings *src);
void findings_sort(struct findings *f);
/* Free the strings of one finding (findings_free() does all of them). */
void finding_clear(struct finding *x);
void findings_free(struct findings *f);

#endif
