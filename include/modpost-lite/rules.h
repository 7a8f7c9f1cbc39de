/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The rule engine: modpost's sectioncheck[] and secref_whitelist() as a
 * profile's tables of section classes, and what decides which sections'
 * relocations are walked at all.
 */
#ifndef _MPL_RULES_H
#define _MPL_RULES_H

#include <stdbool.h>
#include <stdint.h>

#include <modpost-lite/rule.h>

struct profile;

/* One row of sectioncheck[]: rows are tried in order, the first wins. */
struct rule_row {
	uint32_t from;		/* the from-section has one of these classes */
	uint32_t bad_to;	/* a mismatch when the target has one of these */
	uint32_t good_to;	/* ... or none of these (0: no such list) */
	enum rule_id rule;
	/* the allow-list is not consulted (6.1's __ex_table handler) */
	bool no_allow;
};

/*
 * One pattern of secref_whitelist(): the reference is allowed when every
 * condition given holds.
 */
struct allow_row {
	uint32_t from;		/* the from-section has one of these (0: any) */
	uint32_t to;		/* the target section has one of these (0: any) */
	const char *const *fromsym;	/* fnmatch() patterns, or NULL */
	const char *const *tosym;	/* exact target names, or NULL */
	bool unless_extra_warn;	/* not with -W (6.1's W=1 *driver rule) */
};

/* The first row whose classes match, or R_NONE. */
enum rule_id rule_match(const struct profile *p, uint32_t fromcls,
			uint32_t tocls);

/* How the relocations of a section of class @fromcls are walked. */
enum reloc_walk {
	WALK_SKIP,		/* not at all (section_white_list, ...) */
	WALK_RULES,		/* by the rule table */
	WALK_EXPORT,		/* as .export_symbol entries (6.12, -M) */
};

enum reloc_walk rule_walk(const struct profile *p, uint32_t fromcls,
			  bool exports);

/* false when the profile's row for rule @r bypasses the allow-list. */
bool rule_excusable(const struct profile *p, enum rule_id r);

/* true when an allow-list pattern excuses the reference. */
bool rule_allowed(const struct profile *p, uint32_t fromcls,
		  const char *fromsym, uint32_t tocls, const char *tosym,
		  bool extra_warn);

/*
 * Whether references from sections of classes @fromcls (a union is fine:
 * the answer is monotone in the bits) to a section of class @tocls can
 * produce a warning; SC_EXPORT marks an EXPORT_SYMBOL entry.
 */
bool rule_may_warn(const struct profile *p, uint32_t fromcls,
		   uint32_t tocls);

/*
 * The from-classes of the rows with a good_to list, where nearly any
 * target may warn (__ex_table's).  A reference from none of them may warn
 * only about a target of a class c with
 * rule_may_warn(p, ~rule_open_from(p), c): the link keeps those apart.
 */
uint32_t rule_open_from(const struct profile *p);

#endif
