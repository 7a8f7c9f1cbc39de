/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * A table from names to small integers, for the link's symbol tables:
 * open addressing with linear probing, each slot holding the name's hash
 * and its index, the names themselves staying with the caller (who says
 * whether index i holds a given name).  A probe reads one 8-byte slot and
 * the caller's entry only when the hashes agree: uthash's chained buckets
 * cost a cache miss per entry on a chain (README, Performance).
 */
#ifndef _MPL_NAMETAB_H
#define _MPL_NAMETAB_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define NAMETAB_NONE UINT32_MAX

struct nameslot {
	uint32_t hash;
	uint32_t idx1;		/* index + 1; 0: empty */
};

struct nametab {
	struct nameslot *slot;
	size_t mask;		/* slots - 1 (a power of two, minus one) */
	size_t n;		/* names stored */
};

/* Whether the caller's entry @idx holds the name looked for in @key. */
typedef bool (*nametab_same_fn)(const void *key, uint32_t idx);

/*
 * The hash of a name: eight bytes at a time (the last ones overlapping),
 * multiplied and folded, then mixed once more so that the low bits (the
 * slot) depend on all of it.  A fifth of uthash's Jenkins hash in
 * instructions.  Only this process compares the values, so the host's
 * byte order does not matter.
 */
uint32_t nametab_hash(const char *name, size_t len);

/*
 * Start loading the slot a probe for @hash begins at, a few names ahead
 * of the one inserted or looked for now: filling the link's table is a
 * cache miss a name otherwise (it is larger than this CPU's L2).
 */
static inline void nametab_prefetch(const struct nametab *t, uint32_t hash)
{
	if (t->slot)
		__builtin_prefetch(&t->slot[hash & t->mask], 1);
}

/* An empty table with room for @expect names before it grows. */
void nametab_init(struct nametab *t, size_t expect);
void nametab_free(struct nametab *t);

/* The index stored for the name @key (hash @hash), or NAMETAB_NONE. */
uint32_t nametab_find(const struct nametab *t, uint32_t hash,
		      nametab_same_fn same, const void *key);

/*
 * Each index stored under @hash, whatever its name: start with *probe = 0,
 * call until NAMETAB_NONE.
 */
uint32_t nametab_next(const struct nametab *t, uint32_t hash, size_t *probe);

/*
 * The index stored for the name @key if there is one; else store @idx for
 * it and return @idx.  Indexes must be below NAMETAB_NONE.
 */
uint32_t nametab_insert(struct nametab *t, uint32_t hash, uint32_t idx,
			nametab_same_fn same, const void *key);

#endif
