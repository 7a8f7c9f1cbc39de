/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * A finding: one thing to report.  It names its rule and carries the
 * facts the rule's words need (its payload); no text is made until the
 * report, where the profile renders modpost's words and the formats their
 * own.  A sort key makes the output the same for any thread count.
 *
 * What each rule fills in (besides the sort key and the object place):
 *   mismatch rules       from*, to*, tocls
 *   R_EXTABLE_SECTION    fromsec, fromaddr, tosec, detail (extable_note)
 *   R_EXPORT_INIT_EXIT   tosym, tosec, tocls, detail (export_target)
 *   R_EXPORT_MALFORMED   fromsym (the label), tosym, extra (the licence),
 *                        detail (enum export_problem)
 *   R_EXPORTED_TWICE     tosym, extra (the previous exporter), detail
 *                        (1: that is vmlinux)
 *   R_NONALLOC_SECTION   fromsec
 *   R_COMMON_SYMBOL      tosym
 *   R_EXPORT_NO_CRC      tosym
 * and owner when the one reporting is not the finding's unit (a module of
 * a Module.symvers file).
 */
#ifndef _MPL_FINDING_H
#define _MPL_FINDING_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <modpost-lite/rule.h>

struct finding {
	/* sort key */
	unsigned int unit;
	unsigned int input;
	uint32_t sec;
	uint64_t idx;
	unsigned int sub;
	/* what */
	enum rule_id rule;
	unsigned int detail;	/* the rule's variant, see above */
	/* where, as modpost names it in vmlinux.o */
	char *fromsym;		/* NULL when none was found */
	uint64_t fromoff;	/* from the symbol (merged section, Thumb bit) */
	uint64_t fromaddr;	/* in the merged section */
	char *fromsec;
	bool from_func;		/* the from-symbol is STT_FUNC */
	char *tosym;		/* NULL when none was found */
	uint64_t toaddr;	/* the target's merged address */
	bool to_func;		/* the target symbol is STT_FUNC */
	char *tosec;		/* "" when the target has no section */
	uint32_t tocls;		/* class bits of the target section */
	char *extra;		/* see above */
	char *owner;		/* the reporting module's name, if not the unit */
	/* where, in the object (for the other formats) */
	uint32_t objsec;	/* section index in the object; 0: none */
	uint64_t objoff;	/* offset in that section of the object */
	uint64_t fromoff_exact;	/* from the symbol's real start */
	bool from_in_object;	/* the from-symbol is in this object */
	/* source position of objsec+objoff (srcline.c), when known */
	char *srcfile;		/* NULL when unknown */
	unsigned int srcline;
	/* the function DWARF puts it in ("": none, as in assembly) */
	char *srcfunc;		/* NULL when unknown */
};

struct findings {
	struct finding *v;
	size_t n, cap;
};

/* A new finding of @rule, zeroed otherwise. */
struct finding *findings_new(struct findings *f, enum rule_id rule);
void findings_move(struct findings *dst, struct findings *src);
void findings_sort(struct findings *f);
/* Free the strings of one finding (findings_free() does all of them). */
void finding_clear(struct finding *x);
void findings_free(struct findings *f);

#endif
