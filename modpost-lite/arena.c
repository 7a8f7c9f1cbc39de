// SPDX-License-Identifier: GPL-2.0-only
/* A per-worker bump allocator; see arena.h. */
#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <modpost-lite/arena.h>
#include <modpost-lite/util.h>

#define CHUNK_SIZE (1u << 20)

struct arena_chunk {
	struct arena_chunk *prev;
	alignas(max_align_t) char data[];
};

void *arena_alloc(struct arena *a, size_t n)
{
	const size_t al = alignof(max_align_t);
	struct arena_chunk *c;
	void *p;

	n = (n + al - 1) & ~(al - 1);
	if (n > a->left) {
		size_t size = n > CHUNK_SIZE / 4 ? n : CHUNK_SIZE;

		/* a big request gets a chunk of its own; keep the open one */
		c = xmalloc(sizeof(*c) + size);
		if (size == n && a->chunks) {
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
