/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * A bump allocator for data that lives until the end of the run (the
 * object summaries).  Each worker has its own, so no locking; memory is
 * taken from the system in large chunks and given back all at once.  The
 * summaries of a kernel are some hundred thousand small arrays: from
 * malloc() they cost fragmentation, headers and page faults per object.
 */
#ifndef _MPL_ARENA_H
#define _MPL_ARENA_H

#include <stddef.h>

struct arena_chunk;

struct arena {
	struct arena_chunk *chunks;
	char *next;		/* free space in the newest chunk */
	size_t left;
	char *ready;		/* its pages up to here are faulted in */
};

/* @n bytes aligned for any type; never NULL (out of memory is fatal). */
void *arena_alloc(struct arena *a, size_t n);
/* A copy of @n bytes at @p (NULL when @n is 0). */
void *arena_dup(struct arena *a, const void *p, size_t n);
void arena_free(struct arena *a);

#endif
