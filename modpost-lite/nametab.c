// SPDX-License-Identifier: GPL-2.0-only
/* Open-addressing name tables (see nametab.h). */
#include <stdlib.h>
#include <string.h>

#include <modpost-lite/nametab.h>
#include <modpost-lite/util.h>

static uint64_t mix(uint64_t h, uint64_t w)
{
	h = (h ^ w) * 0xff51afd7ed558ccdULL;
	return h ^ h >> 32;
}

uint32_t nametab_hash(const char *name, size_t len)
{
	const char *end = name + len;
	uint64_t h = 0x9e3779b97f4a7c15ULL ^ len, w;
	uint32_t a, b;

	if (len >= 8) {
		for (; end - name > 8; name += 8) {
			memcpy(&w, name, 8);
			h = mix(h, w);
		}
		/* the last 1 to 8 bytes, overlapping */
		memcpy(&w, end - 8, 8);
		h = mix(h, w);
	} else if (len >= 4) {
		memcpy(&a, name, 4);
		memcpy(&b, end - 4, 4);
		h = mix(h, (uint64_t)a << 32 | b);
	} else if (len) {
		h = mix(h, (uint64_t)(unsigned char)name[0] << 16 |
			   (uint64_t)(unsigned char)name[len / 2] << 8 |
			   (unsigned char)end[-1]);
	}
	h ^= h >> 33;
	h *= 0xc4ceb9fe1a85ec53ULL;
	h ^= h >> 33;
	return (uint32_t)h;
}

/*
 * At most three quarters of the slots are used: probes stay short (2.5
 * slots on average for a name that is there when the table is fullest,
 * in one or two cache lines) and the link's table of 40,000 names is
 * 512 KiB, where a half-full one was 1 MiB of fresh memory (256 page
 * faults more).
 */
static size_t slots_for(size_t n)
{
	size_t s = 16;

	while (s / 4 * 3 < n) {
		if (s > SIZE_MAX / 4)
			oom();
		s *= 2;
	}
	return s;
}

/*
 * Zeroed slots.  A large array is fresh memory, where a probe's read
 * mapped the zero page and the store after it faulted again: two faults
 * a page, 256 for the link's table of 65,536 slots.  Populated at once,
 * it is one call (prefault()).
 */
static struct nameslot *new_slots(size_t s)
{
	struct nameslot *slot = xcalloc(s, sizeof(*slot));

	prefault(slot, s * sizeof(*slot));
	return slot;
}

void nametab_init(struct nametab *t, size_t expect)
{
	size_t s = slots_for(expect);

	t->slot = new_slots(s);
	t->mask = s - 1;
	t->n = 0;
}

void nametab_free(struct nametab *t)
{
	free(t->slot);
	t->slot = NULL;
	t->mask = 0;
	t->n = 0;
}

uint32_t nametab_find(const struct nametab *t, uint32_t hash,
		      nametab_same_fn same, const void *key)
{
	size_t i;

	if (!t->slot)
		return NAMETAB_NONE;
	for (i = hash & t->mask;; i = (i + 1) & t->mask) {
		const struct nameslot *s = &t->slot[i];

		if (!s->idx1)
			return NAMETAB_NONE;
		if (s->hash == hash && same(key, s->idx1 - 1))
			return s->idx1 - 1;
	}
}

uint32_t nametab_next(const struct nametab *t, uint32_t hash, size_t *probe)
{
	if (!t->slot)
		return NAMETAB_NONE;
	for (;; (*probe)++) {
		const struct nameslot *s = &t->slot[(hash + *probe) & t->mask];

		if (!s->idx1)
			return NAMETAB_NONE;
		if (s->hash == hash) {
			(*probe)++;
			return s->idx1 - 1;
		}
	}
}

/* Double the slots: every name goes to its place in the new array. */
static void grow_table(struct nametab *t)
{
	size_t s = (t->mask + 1) * 2, i, j;
	struct nameslot *old = t->slot;

	if (s > SIZE_MAX / 2 / sizeof(*old))
		oom();
	t->slot = new_slots(s);
	for (i = 0; i <= t->mask; i++) {
		if (!old[i].idx1)
			continue;
		for (j = old[i].hash & (s - 1); t->slot[j].idx1;
		     j = (j + 1) & (s - 1))
			;
		t->slot[j] = old[i];
	}
	t->mask = s - 1;
	free(old);
}

uint32_t nametab_insert(struct nametab *t, uint32_t hash, uint32_t idx,
			nametab_same_fn same, const void *key)
{
	size_t i;

	if (!t->slot)
		nametab_init(t, 0);
	else if (t->n + 1 > (t->mask + 1) / 4 * 3)
		grow_table(t);
	for (i = hash & t->mask;; i = (i + 1) & t->mask) {
		struct nameslot *s = &t->slot[i];

		if (!s->idx1) {
			s->hash = hash;
			s->idx1 = idx + 1;
			t->n++;
			return idx;
		}
		if (s->hash == hash && same(key, s->idx1 - 1))
			return s->idx1 - 1;
	}
}
