// SPDX-License-Identifier: GPL-2.0-only
/* A per-worker bump allocator; see arena.h. */
#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <modpost-lite/arena.h>
#include <modpost-lite/util.h>

/*
 * Chunks of 2 MiB in ordinary pages.  They were transparent huge pages
 * (madvise): one page fault instead of 512, 0.12 against 0.5 ms a MiB on
 * the development VM.  But that VM (Firecracker) hands free 8 MiB blocks
 * back to its host (free page reporting), and a huge page is taken from
 * just such a block, which the host must then fault in again: after a
 * big program had freed its memory (ld -r, in `make bench`) a huge page
 * cost 9 to 11 ms a MiB, and a run with them took a median of 95 against
 * 56 ms with ordinary pages (-j2, clean corpus, ten runs each, 2.5 s after
 * freeing 300 MB).  With warm memory, ordinary pages cost about 2 ms of
 * the 53.
 */
#define CHUNK_SIZE (2u << 20)

/*
 * The open chunk's pages are faulted in this much at a time, ahead of
 * the allocations (prefault()), in ordinary pages: on the development
 * VM a -j1 run of the clean corpus went from 2,698 to 1,290 page faults
 * and from 52.7 to 51.6 ms (25 alternating runs).  At most this much of
 * a worker's last chunk is faulted in and not used.  (The name tables'
 * slots, faulted in the same way, took 381 faults more off and no time
 * that 41 alternating runs could tell: not kept.)
 */
#define READY_STEP (256u << 10)

struct arena_chunk {
	struct arena_chunk *prev;
	alignas(max_align_t) char data[];
};

/* A chunk of at least @n bytes of data, in whole chunk sizes. */
static struct arena_chunk *chunk_new(size_t n, size_t *size)
{
	size_t bytes = (sizeof(struct arena_chunk) + n + CHUNK_SIZE - 1) &
		       ~((size_t)CHUNK_SIZE - 1);
	struct arena_chunk *c = xmalloc(bytes);

	*size = bytes - sizeof(*c);
	return c;
}

/* Fault in the open chunk's pages up to its next READY_STEP past next. */
static void make_ready(struct arena *a)
{
	char *end = a->next + a->left;
	size_t want = (size_t)(a->next - a->ready) + READY_STEP;

	if (want > (size_t)(end - a->ready))
		want = (size_t)(end - a->ready);
	prefault(a->ready, want);
	a->ready += want;
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
			prefault(c->data, n);
			return c->data;
		}
		c->prev = a->chunks;
		a->chunks = c;
		a->next = c->data;
		a->left = size;
		a->ready = c->data;
	}
	p = a->next;
	a->next += n;
	a->left -= n;
	if (a->next > a->ready)
		make_ready(a);
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
