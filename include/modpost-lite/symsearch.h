/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Nearest-symbol search inside one object, with modpost's rules: entries
 * sorted by (section, address, rank).  With @collapse, of several symbols
 * at one address only the one of lowest rank is ever found (6.12's
 * symsearch); without, all are kept, so that the last entry at or below
 * an address is the highest-ranked there (6.1's "last wins") and
 * symsearch_group_first() gives the lowest-ranked one.
 */
#ifndef _MPL_SYMSEARCH_H
#define _MPL_SYMSEARCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <modpost-lite/elfobj.h>

struct ssentry {
	uint32_t sec;
	uint32_t symidx;	/* the one found at this address */
	uint64_t addr;		/* st_value, Thumb bit cleared on ARM */
	uint64_t rank;		/* that symbol's position in vmlinux.o */
};

struct symsearch {
	size_t n;
	struct ssentry *e;
};

/* How the entries are chosen and ordered. */
struct symsearch_opts {
	enum name_filter names;	/* which names are candidates */
	bool thumb_bit;		/* clear bit 0 of ARM functions */
	bool collapse;		/* one entry per address: the lowest rank */
	/*
	 * Whether a candidate is in the linked view, and its rank (the
	 * symbol index when NULL or when it leaves *rank alone).
	 */
	bool (*keep)(void *ctx, uint32_t symidx, uint64_t *rank);
	void *ctx;
};

void symsearch_build(struct symsearch *ss, const struct elfobj *o,
		     const struct symsearch_opts *opt);
void symsearch_free(struct symsearch *ss);

/* Last entry of @sec at or below @addr, or NULL. */
const struct ssentry *symsearch_below(const struct symsearch *ss,
				      uint32_t sec, uint64_t addr);
/* First entry of @sec, or NULL. */
const struct ssentry *symsearch_first(const struct symsearch *ss, uint32_t sec);
/* First entry of @sec above @addr, or NULL. */
const struct ssentry *symsearch_above(const struct symsearch *ss,
				      uint32_t sec, uint64_t addr);
/* The first entry of the (section, address) of entry @e. */
const struct ssentry *symsearch_group_first(const struct symsearch *ss,
					    const struct ssentry *e);

#endif
