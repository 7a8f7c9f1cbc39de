/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * EXPORT_SYMBOL entries of Linux 6.12: in .export_symbol, a label
 * __export_symbol_<name> holding the license string, the namespace string
 * and a pointer to <name>.  One place decides whether an entry is sound.
 */
#ifndef _MPL_EXPORT_H
#define _MPL_EXPORT_H

#include <stdbool.h>
#include <stddef.h>

#define EXPORT_LABEL_PREFIX "__export_symbol_"

enum export_problem {
	EXP_OK,
	EXP_STRANGE_LABEL,	/* nearest label lacks the prefix */
	EXP_LOCAL,		/* the exported symbol is local */
	EXP_NAME_MISMATCH,	/* label and symbol name differ */
	EXP_BAD_LICENSE,	/* license neither "GPL" nor "" */
	/* 6.1: a __kstrtabns_NAME namespace label of a NAME nobody exports */
	EXP_NS_ORPHAN,
};

/*
 * @label: the label nearest at or before the pointer ("" for none);
 * @global: the pointed-to symbol is global or weak; @name its name;
 * @lic, @avail: the bytes at the label (license, namespace).
 */
enum export_problem export_entry_check(const char *label, bool global,
				       const char *name, const char *lic,
				       size_t avail);

#endif
