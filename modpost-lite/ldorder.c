// SPDX-License-Identifier: GPL-2.0-only
/*
 * bfd's hash table, as far as the order of its traversal goes
 * (bfd/hash.c): bfd_hash_hash() of the name, 4051 buckets to start with,
 * a new entry at the head of its bucket's chain, and when an insertion
 * makes the count exceed 3/4 of the size, a larger prime size, each run
 * of equal-hash entries moved bucket by bucket to the head of its new
 * bucket.  ld -r writes the globals in the traversal order: buckets in
 * index order, each chain from its head.
 */
#include <stdlib.h>
#include <string.h>

#include <modpost-lite/ldorder.h>
#include <modpost-lite/util.h>

#define NIL UINT32_MAX

struct ldentry {
	const char *name;	/* the caller's bytes, alive until the end */
	uint32_t len;
	uint32_t hash;
	uint32_t next;		/* next in the bucket's chain, or NIL */
	uint32_t rank;		/* after ldorder_finish() */
};

struct ldorder {
	struct ldentry *e;
	size_t n, cap;
	uint32_t *bucket;	/* first entry of each chain, or NIL */
	uint32_t size;
	int ranked;
};

/* bfd_hash_hash() */
static uint32_t bfd_hash(const char *name, size_t len)
{
	uint32_t h = 0;
	size_t i;

	for (i = 0; i < len; i++) {
		uint32_t c = (unsigned char)name[i];

		h += c + (c << 17);
		h ^= h >> 2;
	}
	h += (uint32_t)len + ((uint32_t)len << 17);
	h ^= h >> 2;
	return h;
}

/* higher_prime_number(): the next size bfd grows a table to. */
static uint32_t next_size(uint32_t n)
{
	static const uint32_t primes[] = {
		31, 61, 127, 251, 509, 1021, 2039, 4093, 8191, 16381, 32749,
		65521, 131071, 262139, 524287, 1048573, 2097143, 4194301,
		8388593, 16777213, 33554393, 67108859, 134217689, 268435399,
		536870909, 1073741789, 2147483647u,
	};
	size_t i;

	for (i = 0; i < sizeof(primes) / sizeof(primes[0]); i++)
		if (primes[i] > n)
			return primes[i];
	return 0;
}

struct ldorder *ldorder_new(void)
{
	struct ldorder *o = xcalloc(1, sizeof(*o));
	uint32_t i;

	o->size = 4051;		/* bfd's DEFAULT_SIZE */
	o->bucket = xmalloc(o->size * sizeof(*o->bucket));
	for (i = 0; i < o->size; i++)
		o->bucket[i] = NIL;
	return o;
}

void ldorder_free(struct ldorder *o)
{
	if (!o)
		return;
	free(o->e);
	free(o->bucket);
	free(o);
}

static uint32_t find(const struct ldorder *o, const char *name, size_t len,
		     uint32_t h)
{
	uint32_t i;

	for (i = o->bucket[h % o->size]; i != NIL; i = o->e[i].next)
		if (o->e[i].hash == h && o->e[i].len == len &&
		    !memcmp(o->e[i].name, name, len))
			return i;
	return NIL;
}

static void resize(struct ldorder *o)
{
	uint32_t size = next_size(o->size), *nb, hi, i;

	if (!size)
		return;
	nb = xmalloc(size * sizeof(*nb));
	for (i = 0; i < size; i++)
		nb[i] = NIL;
	for (hi = 0; hi < o->size; hi++) {
		while (o->bucket[hi] != NIL) {
			uint32_t chain = o->bucket[hi], end = chain, b;

			while (o->e[end].next != NIL &&
			       o->e[o->e[end].next].hash == o->e[chain].hash)
				end = o->e[end].next;
			o->bucket[hi] = o->e[end].next;
			b = o->e[chain].hash % size;
			o->e[end].next = nb[b];
			nb[b] = chain;
		}
	}
	free(o->bucket);
	o->bucket = nb;
	o->size = size;
}

void ldorder_add(struct ldorder *o, const char *name, size_t len)
{
	uint32_t h = bfd_hash(name, len), b;
	struct ldentry *e;

	if (find(o, name, len, h) != NIL)
		return;
	GROW(o->e, o->cap, o->n);
	e = &o->e[o->n];
	e->name = name;
	e->len = (uint32_t)len;
	e->hash = h;
	b = h % o->size;
	e->next = o->bucket[b];
	o->bucket[b] = (uint32_t)o->n++;
	if (o->n > (size_t)o->size * 3 / 4)
		resize(o);
}

static void finish(struct ldorder *o)
{
	uint32_t b, i, rank = 0;

	for (b = 0; b < o->size; b++)
		for (i = o->bucket[b]; i != NIL; i = o->e[i].next)
			o->e[i].rank = rank++;
	o->ranked = 1;
}

uint32_t ldorder_rank(struct ldorder *o, const char *name, size_t len)
{
	uint32_t i;

	if (!o->ranked)
		finish(o);
	i = find(o, name, len, bfd_hash(name, len));
	return i == NIL ? UINT32_MAX : o->e[i].rank;
}
