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
struct profile;

struct check_ctx {
	const struct profile *prof;
	const struct inputs *ins;
	const struct objsum *sums;
	const struct link *link;
	struct layout *layout;
	bool exports;		/* -M */
	bool extra_warn;	/* -W */
	char **errors;		/* per input: why a second read failed */
};

struct objbuf;

/*
 * @buf: the calling worker's read buffer.  An object that cannot be read
 * again (it changed since the scan) leaves its reason in c->errors.
 */
void check_object(const struct check_ctx *c, unsigned int input,
		  struct objbuf *buf, struct findings *out);

/* Non-allocatable sections, once per merged section of each unit. */
void check_nonalloc(const struct check_ctx *c, struct findings *out);

#endif
