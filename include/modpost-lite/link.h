/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Symbol resolution inside each unit, as the linker does it: a strong
 * definition beats a common one, which beats a weak one; the first of
 * equals wins; local symbols never take part.
 */
#ifndef _MPL_LINK_H
#define _MPL_LINK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct inputs;
struct objsum;
struct findings;
struct profile;
struct sdef;

struct gdef {
	const char *name;	/* in the defining object's summary */
	unsigned int input;
	uint32_t symidx;
	uint32_t shndx;		/* SEC_NONE for absolute and common */
	uint64_t value;
	uint8_t bind;
	uint8_t type;		/* STT_* */
	bool common;
	/* its place among vmlinux.o's globals (ldorder.h), with @ld_order */
	uint32_t ldrank;
};

struct link;

/*
 * Resolve every unit by the rules of profile @p and add the findings only
 * the link can see (COMMON symbols).  With the profile's search->ld_order,
 * also rank each unit's globals as ld -r orders them (gdef::ldrank; needs
 * the summaries' glob lists).
 */
struct link *link_build(const struct inputs *ins, struct objsum *sums,
			const struct profile *p, struct findings *out);
void link_free(struct link *l);

/*
 * Mark object @input suspect when one of its global references may warn,
 * now that names are resolved.  Objects are independent: run in parallel.
 */
void link_judge_refs(const struct link *l, const struct profile *p,
		     const struct inputs *ins, struct objsum *sums,
		     unsigned int input);

/* The hash of a name in the link's tables (computed while scanning). */
uint32_t link_hash(const char *name, size_t len);

/*
 * The winning definition @sd of object @input as a gdef, with @name (in
 * that object's summary) and @ldrank (0 without the profile's ld_order).
 * The one place a gdef is filled: link_find_hashed() and check.c's own
 * answers both come here.
 */
void link_gdef(const struct sdef *sd, const char *name, unsigned int input,
	       uint32_t ldrank, struct gdef *d);

/*
 * Start loading where link_find_hashed() will look for a name of hash
 * @hash in @unit, a few names before asking (the table is larger than
 * the cache).
 */
void link_prefetch(const struct link *l, unsigned int unit, uint32_t hash);

/* The definition of @name that won in @unit, in @d; false if none. */
bool link_find(const struct link *l, unsigned int unit, const char *name,
	       struct gdef *d);
/* The same, for a name of @len bytes and link_hash() @hash. */
bool link_find_hashed(const struct link *l, unsigned int unit,
		      const char *name, size_t len, uint32_t hash,
		      struct gdef *d);

#endif
