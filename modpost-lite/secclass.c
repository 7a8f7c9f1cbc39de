// SPDX-License-Identifier: GPL-2.0-only
/*
 * Section name -> class bits, by the profile's pattern lists, matched with
 * fnmatch(3) and no flags as modpost does; memoised per worker thread.
 */
#include <fnmatch.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include <modpost-lite/nametab.h>
#include <modpost-lite/secclass.h>
#include <modpost-lite/util.h>

uint32_t secclass_of(const struct class_pattern *table, const char *name)
{
	const struct class_pattern *t;
	const char *const *pat;
	uint32_t c = 0;

	if (!name[0])
		return SC_NONE;
	for (t = table; t->cls; t++) {
		for (pat = t->patterns; *pat; pat++) {
			if (!fnmatch(*pat, name, 0)) {
				c |= t->cls;
				break;
			}
		}
	}
	return c;
}

/*
 * The memo: section names (copied) and their classes, found through an
 * open-addressing table (nametab.c: a few instructions a probe where
 * uthash hashed each name with Jenkins's hash and chased a bucket).
 *
 * Objects list their sections in much the same order (.text, .rela.text,
 * .data, .bss, ...), so each name also remembers the name that came after
 * it last time (@next): the name asked for is tried against that guess
 * first, one comparison instead of a hash and a probe.  A wrong guess
 * costs a length comparison; the answer never depends on it.
 */
struct secclass_cache {
	const struct class_pattern *table;
	struct nametab tab;
	char **names;
	uint32_t *len;
	uint32_t *cls;
	uint32_t *next;		/* the id asked for after this one, last time */
	uint32_t prev;		/* the id asked for last */
	size_t n, capnames, caplen, capcls, capnext;
};

#define NO_ID UINT32_MAX

struct secclass_key {
	const struct secclass_cache *c;
	const char *name;
};

static bool same_name(const void *key, uint32_t idx)
{
	const struct secclass_key *k = key;

	return !strcmp(k->c->names[idx], k->name);
}

struct secclass_cache *secclass_cache_new(const struct class_pattern *table)
{
	struct secclass_cache *c = xcalloc(1, sizeof(*c));

	c->table = table;
	c->prev = NO_ID;
	nametab_init(&c->tab, 512);
	return c;
}

void secclass_cache_free(struct secclass_cache *c)
{
	size_t i;

	if (!c)
		return;
	for (i = 0; i < c->n; i++)
		free(c->names[i]);
	free(c->names);
	free(c->len);
	free(c->cls);
	free(c->next);
	nametab_free(&c->tab);
	free(c);
}

static uint32_t lookup_hashed(struct secclass_cache *c, const char *name,
			      size_t len)
{
	struct secclass_key key = { c, name };
	uint32_t hash = nametab_hash(name, len), idx;

	idx = nametab_insert(&c->tab, hash, (uint32_t)c->n, same_name, &key);
	if (idx < c->n)
		return idx;
	/* a new name: remember it before anything reads names[idx] */
	GROW(c->names, c->capnames, c->n);
	GROW(c->len, c->caplen, c->n);
	GROW(c->cls, c->capcls, c->n);
	GROW(c->next, c->capnext, c->n);
	c->names[c->n] = xstrdup(name);
	c->len[c->n] = (uint32_t)len;
	c->cls[c->n] = secclass_of(c->table, name);
	c->next[c->n] = NO_ID;
	return (uint32_t)c->n++;
}

uint32_t secclass_lookup(struct secclass_cache *c, const char *name,
			 size_t len, uint32_t *id)
{
	uint32_t guess = c->prev == NO_ID ? NO_ID : c->next[c->prev];
	uint32_t idx;

	if (guess != NO_ID && c->len[guess] == len &&
	    !memcmp(c->names[guess], name, len)) {
		idx = guess;
	} else {
		idx = lookup_hashed(c, name, len);
		if (c->prev != NO_ID)
			c->next[c->prev] = idx;
	}
	c->prev = idx;
	*id = idx;
	return c->cls[idx];
}

uint32_t secclass_cache_count(const struct secclass_cache *c)
{
	return (uint32_t)c->n;
}

const char *secclass_cache_name(const struct secclass_cache *c, uint32_t id)
{
	return c->names[id];
}
