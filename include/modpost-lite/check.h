/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The exact check of one suspect object, against the linked view of its
 * unit: every relocation judged with modpost's rules, allow-list and
 * nearest-symbol naming, offsets as they would be in ld -r's output.
 */
#ifndef _MPL_CHECK_H
#define _MPL_CHECK_H

#include <stdbool.h>

struct inputs;
struct objsum;
struct link;
struct layout;
struct findings;

struct check_ctx {
	const struct inputs *ins;
	const struct objsum *sums;
	const struct link *link;
	struct layout *layout;
	bool exports;		/* -M */
};

struct objbuf;

/* @buf: the calling worker's read buffer. */
void check_object(const struct check_ctx *c, unsigned int input,
		  struct objbuf *buf, struct findings *out);

/* Non-allocatable sections, once per merged section of each unit. */
void check_nonalloc(const struct check_ctx *c, struct findings *out);

#endif
