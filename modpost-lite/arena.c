// SPDX-License-Identifier: GPL-2.0-only
/* A per-worker bump allocator; see arena.h. */
#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include <modpost-lite/arena.h>
#include <modpost-lite/util.h>

/*
 * One transparent huge page.  The arena's memory is written once, densely,
 * so a huge page costs one page fault where 4 KiB pages cost 512 (page
 * faults were a tenth of the run on a VM).  Where THP is off, madvise()
 * fails and the chunk is an ordinary allocation.
 */
#define CHUNK_SIZE (2u << 20)

struct arena_chunk {
	struct arena_chunk *prev;
	alignas(max_align_t) char data[];
};

/* A chunk of at least @n bytes of data, in whole huge pages. */
static struct arena_chunk *chunk_new(size_t n, size_t *size)
{
	size_t bytes = (sizeof(struct arena_chunk) + n + CHUNK_SIZE - 1) &
		       ~((size_t)CHUNK_SIZE - 1);
	struct arena_chunk *c = aligned_alloc(CHUNK_SIZE, bytes);

	if (!c)
		c = xmalloc(bytes);
	else
		madvise(c, bytes, MADV_HUGEPAGE);
	*size = bytes - sizeof(*c);
	return c;
}

void *arena_alloc(struct arena *a, size_t n)
{
	const size_t al = alignof(max_align_t);
	struct arena_chunk *c;
	size_t size;
	void *p;

	if (n > SIZE_MAX / 2)	/* no rounding below may overflow */
		oom();
	n = n ? (n + al - 1) & ~(al - 1) : al;
	if (n > a->left) {
		c = chunk_new(n, &size);
		/* a big request gets a chunk of its own; keep the open one */
		if (n > CHUNK_SIZE / 4 && a->chunks) {
			c->prev = a->chunks->prev;
			a->chunks->prev = c;
			return c->data;
		}
		c->prev = a->chunks;
		a->chunks = c;
		a->next = c->data;
		a->left = size;
	}
	p = a->next;
	a->next += n;
	a->left -= n;
	return p;
}

void *arena_dup(struct arena *a, const void *p, size_t n)
{
	return n ? memcpy(arena_alloc(a, n), p, n) : NULL;
}

void arena_free(struct arena *a)
{
	struct arena_chunk *c = a->chunks, *prev;

	for (; c; c = prev) {
		prev = c->prev;
		free(c);
	}
	memset(a, 0, sizeof(*a));
}
