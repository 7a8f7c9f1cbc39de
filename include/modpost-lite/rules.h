/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The section mismatch rules (modpost's sectioncheck[]) and its allow-list
 * (secref_whitelist()), expressed on section classes.
 */
#ifndef _MPL_RULES_H
#define _MPL_RULES_H

#include <stdbool.h>
#include <stdint.h>

enum mismatch_kind {
	MM_NONE = 0,
	MM_TEXTDATA_TO_INIT_EXIT,
	MM_INIT_TO_EXIT,
	MM_EXIT_TO_INIT,
	MM_PCI_TO_INIT,
	MM_EXTABLE_TO_NON_TEXT,
};

/* The first rule whose from-section and to-section classes match. */
enum mismatch_kind rule_match(uint32_t fromcls, uint32_t tocls);

/* How the relocations of a section of class @fromcls are checked. */
enum reloc_walk {
	WALK_SKIP,		/* not at all (modpost's section_white_list, ...) */
	WALK_RULES,		/* by the rule table */
	WALK_EXPORT,		/* as EXPORT_SYMBOL entries (-M) */
};

enum reloc_walk rule_walk(uint32_t fromcls, bool exports);

/* true when the reference is allowed (secref_whitelist() returns 0). */
bool rule_allowed(uint32_t fromcls, const char *fromsym, uint32_t tocls,
		  const char *tosym);



/*
 * Whether a reference from sections of classes @fromcls (a union is fine:
 * the answer is monotone in the bits) to a section of class @tocls can
 * produce a warning; SC_EXPORT marks an EXPORT_SYMBOL entry.
 */
bool rule_may_warn(uint32_t fromcls, uint32_t tocls);

#endif
