// SPDX-License-Identifier: GPL-2.0-only
/*
 * Section name -> class bits, by the profile's pattern lists, matched with
 * fnmatch(3) and no flags as modpost does; memoised per worker thread.
 */
#include <fnmatch.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <uthash.h>

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

struct secclass_entry {
	UT_hash_handle hh;
	uint32_t cls;
	char name[];
};

struct secclass_cache {
	const struct class_pattern *table;
	struct secclass_entry *head;
};

struct secclass_cache *secclass_cache_new(const struct class_pattern *table)
{
	struct secclass_cache *c = xcalloc(1, sizeof(*c));

	c->table = table;
	return c;
}

void secclass_cache_free(struct secclass_cache *c)
{
	struct secclass_entry *e, *tmp;

	if (!c)
		return;
	HASH_ITER(hh, c->head, e, tmp) {
		HASH_DEL(c->head, e);
		free(e);
	}
	free(c);
}

uint32_t secclass_lookup(struct secclass_cache *c, const char *name)
{
	struct secclass_entry *e;
	size_t len = strlen(name);

	HASH_FIND(hh, c->head, name, len, e);
	if (e)
		return e->cls;
	e = xmalloc(sizeof(*e) + len + 1);
	memcpy(e->name, name, len + 1);
	e->cls = secclass_of(c->table, name);
	HASH_ADD_KEYPTR(hh, c->head, e->name, len, e);
	return e->cls;
}
