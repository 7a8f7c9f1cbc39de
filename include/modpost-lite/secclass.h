/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Section classes: every section name is turned once into a set of bits,
 * so that the rule table and the allow-list compare integers instead of
 * running fnmatch() per relocation.  Which names have which bits is the
 * profile's (profile.h: the pattern lists of that kernel's modpost.c).
 */
#ifndef _MPL_SECCLASS_H
#define _MPL_SECCLASS_H

#include <stdint.h>

enum {
	SC_TEXT		= 1u << 0,	/* TEXT_SECTIONS */
	SC_DATA		= 1u << 1,	/* DATA_SECTIONS: .data, .data.rel */
	SC_INIT		= 1u << 2,	/* INIT_SECTIONS: .init.* */
	SC_EXIT		= 1u << 3,	/* EXIT_SECTIONS: .exit.* */
	SC_PCI_FIXUP	= 1u << 4,	/* ALL_PCI_INIT_SECTIONS */
	SC_EXTABLE	= 1u << 5,	/* __ex_table */
	SC_ALL_TEXT	= 1u << 6,	/* ALL_TEXT_SECTIONS */
	SC_ALTINSTR	= 1u << 7,	/* .altinstr_replacement */
	SC_INIT_DATA	= 1u << 8,	/* ALL_INIT_DATA_SECTIONS */
	SC_INIT_TEXT	= 1u << 9,	/* exactly .init.text */
	SC_HEAD		= 1u << 10,	/* .head.text* */
	SC_SKIP		= 1u << 11,	/* section_white_list: never checked */
	SC_EXPORT	= 1u << 12,	/* .export_symbol (6.12 on) */
	SC_NONE		= 1u << 13,	/* "": no section (undefined, ABS, ...) */
	SC_MEMINIT	= 1u << 14,	/* MEM_INIT_SECTIONS: .meminit.* (6.1) */
	SC_KSYMTAB	= 1u << 15,	/* ___ksymtab*: export entries (6.1) */
};
/* ssec::cls holds them in 16 bits */
_Static_assert(SC_KSYMTAB < 1u << 16, "section classes need 16 bits");

/* Names matching any of @patterns (fnmatch, no flags) have @cls. */
struct class_pattern {
	uint32_t cls;
	const char *const *patterns;	/* NULL-terminated */
};

/* A profile's classification: its class_pattern[], ended by cls 0. */
uint32_t secclass_of(const struct class_pattern *table, const char *name);

/*
 * A small per-thread memo of secclass_of(): section names repeat across
 * thousands of objects, fnmatch() is slow.  Owned by one worker, for one
 * profile's table.  Each distinct name gets an id, its place in the memo
 * (0, 1, 2, ... in order of first lookup), valid until the memo is freed:
 * the layout (layout.c) merges sections by these ids instead of by name.
 */
struct secclass_cache;
struct secclass_cache *secclass_cache_new(const struct class_pattern *table);
void secclass_cache_free(struct secclass_cache *c);
/* The class of section name @name (@len bytes); its memo id in @id. */
uint32_t secclass_lookup(struct secclass_cache *c, const char *name,
			 size_t len, uint32_t *id);
/* The number of names in the memo, and the name of id @id. */
uint32_t secclass_cache_count(const struct secclass_cache *c);
const char *secclass_cache_name(const struct secclass_cache *c, uint32_t id);

#endif
