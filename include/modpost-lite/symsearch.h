/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Nearest-symbol search inside one object, with modpost's rules: entries
 * sorted by (section, address, symbol index); of several symbols at one
 * address the first in symbol-table order is the one found.
 */
#ifndef _MPL_SYMSEARCH_H
#define _MPL_SYMSEARCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct elfobj;

struct ssentry {
	uint32_t sec;
	uint32_t symidx;
	uint64_t addr;		/* st_value, Thumb bit cleared on ARM */
};

struct symsearch {
	size_t n;
	struct ssentry *e;
};

/* @keep(ctx, symidx): whether a searchable symbol is in the linked view. */
void symsearch_build(struct symsearch *ss, const struct elfobj *o,
		     bool (*keep)(void *ctx, uint32_t symidx), void *ctx);
void symsearch_free(struct symsearch *ss);

/* Last entry of @sec at or below @addr, or NULL. */
const struct ssentry *symsearch_below(const struct symsearch *ss,
				      uint32_t sec, uint64_t addr);
/* First entry of @sec, or NULL. */
const struct ssentry *symsearch_first(const struct symsearch *ss, uint32_t sec);
/* First entry of @sec above @addr, or NULL. */
const struct ssentry *symsearch_above(const struct symsearch *ss,
				      uint32_t sec, uint64_t addr);

#endif
