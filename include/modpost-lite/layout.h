/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The merged layout ld -r would give: input sections of one name, from
 * every object of a unit in link order, concatenated with alignment
 * padding into one output section.  modpost prints offsets inside those
 * merged sections, and its nearest-symbol searches run over them.
 * Computed per unit when first asked for, safe to share by threads.
 */
#ifndef _MPL_LAYOUT_H
#define _MPL_LAYOUT_H

#include <stddef.h>
#include <stdint.h>

struct inputs;
struct objsum;
struct scanner;

struct contrib {
	unsigned int input;	/* index into inputs::in */
	uint32_t sec;		/* section index in that object */
	uint64_t off;		/* offset in the merged section */
	uint64_t size;
	uint32_t nsyms;		/* searchable symbols it holds (upper bound) */
};

struct layout;

/* @sc: the @nsc workers that scanned @sums (their name memos) */
struct layout *layout_new(const struct inputs *ins, const struct objsum *sums,
			  const struct scanner *sc, unsigned int nsc);
void layout_free(struct layout *l);

/* The contributions to output section @name of @unit, in order. */
const struct contrib *layout_section(struct layout *l, unsigned int unit,
				     const char *name, size_t *n);

/*
 * The contributions @c[0..n) of an output section lie in address order:
 * each starts at or after the end of the one before, so that both their
 * starts and their ends ascend.  layout_upper(): how many start at or
 * below @addr; layout_first_ending(): the first that ends at or above
 * @addr (n if none).  Both by binary search.
 */
size_t layout_upper(const struct contrib *c, size_t n, uint64_t addr);
size_t layout_first_ending(const struct contrib *c, size_t n, uint64_t addr);

/* Index of (input, sec) among @c[0..n), or n if absent. */
size_t layout_index(const struct contrib *c, size_t n, unsigned int input,
		    uint32_t sec);

/* Offset of section @sec of @input in its merged output section. */
uint64_t layout_offset(struct layout *l, unsigned int input, uint32_t sec);

#endif
