// SPDX-License-Identifier: GPL-2.0-only
/*
 * tests/t0130-nametab.sh: modpost-lite/nametab.c against a plain list.
 * Usage: nametab-test SCENARIO; prints what went wrong and exits 1, or
 * exits 0.  Scenarios:
 *   many       100,000 distinct names, table sized for them: every one is
 *              found at its index, names never stored are not found
 *   grow       the same names into a table sized for none (it grows)
 *   first      a name stored again keeps its first index
 *   collide    every name with the same hash (probing, comparisons)
 *   byhash     nametab_next() yields each index stored under a hash once,
 *              and only those
 *   hash       the hash depends on every byte and on the length
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <modpost-lite/nametab.h>

#define N 100000

static char names[N][24];

struct key {
	const char *name;
};

static bool same(const void *key, uint32_t idx)
{
	return !strcmp(names[idx], ((const struct key *)key)->name);
}

static uint32_t hash_of(const char *s, int collide)
{
	return collide ? 42 : nametab_hash(s, strlen(s));
}

static int fill(struct nametab *t, size_t n, int collide)
{
	size_t i;

	for (i = 0; i < n; i++) {
		struct key k = { names[i] };
		uint32_t got = nametab_insert(t, hash_of(names[i], collide),
					      (uint32_t)i, same, &k);

		if (got != i) {
			printf("insert %s: index %u, expected %zu\n", names[i],
			       got, i);
			return 1;
		}
	}
	if (t->n != n) {
		printf("%zu names stored, expected %zu\n", t->n, n);
		return 1;
	}
	return 0;
}

static int check(const struct nametab *t, size_t n, int collide)
{
	char other[32];
	size_t i;

	for (i = 0; i < n; i++) {
		struct key k = { names[i] };
		uint32_t got = nametab_find(t, hash_of(names[i], collide), same,
					    &k);

		if (got != i) {
			printf("find %s: %u, expected %zu\n", names[i], got, i);
			return 1;
		}
		snprintf(other, sizeof(other), "%.23s_", names[i]);
		k.name = other;
		if (nametab_find(t, hash_of(other, collide), same, &k) !=
		    NAMETAB_NONE) {
			printf("find %s: found, never stored\n", other);
			return 1;
		}
	}
	return 0;
}

int main(int argc, char **argv)
{
	const char *sc = argc > 1 ? argv[1] : "";
	struct nametab t;
	size_t i;
	int bad = 1;

	for (i = 0; i < N; i++)
		snprintf(names[i], sizeof(names[i]), "sym_%zu_%zx", i, i * 7);
	if (!strcmp(sc, "many")) {
		nametab_init(&t, N);
		bad = fill(&t, N, 0) || check(&t, N, 0);
		if (!bad && (t.mask + 1) / 4 * 3 < N) {
			printf("%zu slots for %d names: more than 3/4 full\n",
			       t.mask + 1, N);
			bad = 1;
		}
	} else if (!strcmp(sc, "grow")) {
		nametab_init(&t, 0);
		bad = fill(&t, N, 0) || check(&t, N, 0);
	} else if (!strcmp(sc, "first")) {
		struct key k = { names[7] };

		nametab_init(&t, 4);
		bad = fill(&t, 10, 0);
		if (!bad && nametab_insert(&t, hash_of(names[7], 0), 99, same,
					   &k) != 7) {
			printf("a name stored again got a new index\n");
			bad = 1;
		}
		if (!bad && t.n != 10) {
			printf("a name stored again was counted\n");
			bad = 1;
		}
	} else if (!strcmp(sc, "collide")) {
		nametab_init(&t, 0);
		bad = fill(&t, 2000, 1) || check(&t, 2000, 1);
	} else if (!strcmp(sc, "byhash")) {
		static unsigned char seen[2000];
		size_t probe = 0, count = 0;
		uint32_t idx;

		nametab_init(&t, 0);
		bad = fill(&t, 1000, 1);	/* 0..999 under hash 42 */
		for (i = 1000; !bad && i < 2000; i++) {
			struct key k = { names[i] };

			nametab_insert(&t, hash_of(names[i], 0), (uint32_t)i,
				       same, &k);
		}
		while (!bad && (idx = nametab_next(&t, 42, &probe)) !=
		       NAMETAB_NONE) {
			if (idx >= 2000 || seen[idx]++ ||
			    (idx >= 1000 && hash_of(names[idx], 0) != 42)) {
				printf("index %u yielded wrongly\n", idx);
				bad = 1;
			}
			count++;
		}
		if (!bad && count < 1000) {
			printf("%zu of 1000 indexes yielded\n", count);
			bad = 1;
		}
	} else if (!strcmp(sc, "hash")) {
		char a[] = "abcdefghijklmnopqrstu", b[sizeof(a)];
		uint32_t h = nametab_hash(a, strlen(a));
		size_t j;

		bad = 0;
		for (j = 0; j < strlen(a) && !bad; j++) {
			memcpy(b, a, sizeof(a));
			b[j] ^= 1;
			if (nametab_hash(b, strlen(b)) == h) {
				printf("byte %zu does not change the hash\n", j);
				bad = 1;
			}
			if (nametab_hash(a, j) == h) {
				printf("length %zu hashes like %zu\n", j,
				       strlen(a));
				bad = 1;
			}
		}
		return bad;
	} else {
		printf("unknown scenario %s\n", sc);
		return 1;
	}
	nametab_free(&t);
	return bad;
}
