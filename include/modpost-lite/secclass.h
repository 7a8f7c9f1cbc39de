/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Section classes: every section name is turned once into a set of bits,
 * so that the rule table and the allow-list compare integers instead of
 * running fnmatch() per relocation.  The bits mirror the pattern lists of
 * Linux 6.12's scripts/mod/modpost.c one to one.
 */
#ifndef _MPL_SECCLASS_H
#define _MPL_SECCLASS_H

#include <stdint.h>

enum {
	SC_TEXT		= 1u << 0,	/* TEXT_SECTIONS */
	SC_DATA		= 1u << 1,	/* DATA_SECTIONS: .data, .data.rel */
	SC_INIT		= 1u << 2,	/* .init.* */
	SC_EXIT		= 1u << 3,	/* .exit.* */
	SC_PCI_FIXUP	= 1u << 4,	/* ALL_PCI_INIT_SECTIONS */
	SC_EXTABLE	= 1u << 5,	/* __ex_table */
	SC_ALL_TEXT	= 1u << 6,	/* ALL_TEXT_SECTIONS */
	SC_ALTINSTR	= 1u << 7,	/* .altinstr_replacement */
	SC_INIT_DATA	= 1u << 8,	/* ALL_INIT_DATA_SECTIONS */
	SC_INIT_TEXT	= 1u << 9,	/* exactly .init.text */
	SC_HEAD		= 1u << 10,	/* starts with .head.text */
	SC_SKIP		= 1u << 11,	/* section_white_list: never checked */
	SC_EXPORT	= 1u << 12,	/* .export_symbol */
	SC_NONE		= 1u << 13,	/* "": no section (undefined, ABS, ...) */
};

/* Classes a relocation's from-section must have for any rule to apply. */
#define SC_FROM_ANY (SC_TEXT | SC_DATA | SC_INIT | SC_EXIT | SC_PCI_FIXUP | \
		     SC_EXTABLE)

uint32_t secclass_of(const char *name);

/*
 * A small per-thread memo of secclass_of(): section names repeat across
 * thousands of objects, fnmatch() is slow.  Owned by one worker.
 */
struct secclass_cache;
struct secclass_cache *secclass_cache_new(void);
void secclass_cache_free(struct secclass_cache *c);
uint32_t secclass_lookup(struct secclass_cache *c, const char *name);

#endif
