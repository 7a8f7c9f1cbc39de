// SPDX-License-Identifier: GPL-2.0-only
/*
 * ld's archive member selection, for the archives of a --start-group:
 * what elf_link_add_archive_symbols() does with the archive map, which
 * GNU ar fills with each member's defined global, weak and common symbols
 * in member order.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <uthash.h>

#include <modpost-lite/inputs.h>
#include <modpost-lite/select.h>
#include <modpost-lite/summary.h>
#include <modpost-lite/util.h>

enum name_state {
	NAME_UNDEFINED,		/* referenced, defined nowhere yet */
	NAME_COMMON,		/* only a common definition so far */
	NAME_DEFINED,
};

struct name {
	UT_hash_handle hh;
	const char *text;
	enum name_state state;
};

struct linkset {
	struct name *names;
	struct name *pool;	/* entries, allocated in one block */
	size_t npool;
};

static struct name *lookup(struct linkset *ls, const char *text, size_t len,
			   uint32_t hash)
{
	struct name *n;

	HASH_FIND_BYHASHVALUE(hh, ls->names, text, len, hash, n);
	return n;
}

static void set(struct linkset *ls, const char *text, size_t len,
		uint32_t hash, enum name_state st)
{
	struct name *n = lookup(ls, text, len, hash);

	if (n) {
		if (st > n->state)
			n->state = st;
		return;
	}
	n = &ls->pool[ls->npool++];
	n->text = text;
	n->state = st;
	HASH_ADD_KEYPTR_BYHASHVALUE(hh, ls->names, text, len, hash, n);
}

/* The object joins the link: its definitions and references count. */
static void include(struct linkset *ls, const struct objsum *s)
{
	size_t i;

	for (i = 0; i < s->ndef; i++)
		set(ls, sum_str(s, s->def[i].name), s->def[i].len,
		    s->def[i].hash,
		    s->def[i].common ? NAME_COMMON : NAME_DEFINED);
	for (i = 0; i < s->nundef; i++)
		set(ls, sum_str(s, s->undef[i].name), s->undef[i].len,
		    s->undef[i].hash, NAME_UNDEFINED);
}

/* Would ld pull this member for one of the names it defines? */
static bool wanted(struct linkset *ls, const struct objsum *s)
{
	size_t i;

	if (s->err)
		return false;
	for (i = 0; i < s->ndef; i++) {
		struct name *n = lookup(ls, sum_str(s, s->def[i].name),
					s->def[i].len, s->def[i].hash);

		if (!n)
			continue;
		if (n->state == NAME_UNDEFINED)
			return true;
		/* a real definition replaces a common one */
		if (n->state == NAME_COMMON && !s->def[i].common)
			return true;
	}
	return false;
}

/* One archive's turn in the group: scan until it yields nothing. */
static bool scan_archive(struct linkset *ls, struct inputs *ins,
			 const struct objsum *sums, struct unit *u,
			 unsigned int lib, bool *pulled)
{
	bool any = false, again = true;
	size_t i;

	while (again) {
		again = false;
		for (i = 0; i < ins->nin; i++) {
			if (ins->in[i].unit != (unsigned int)(u - ins->units) ||
			    ins->in[i].lib != lib || pulled[i] ||
			    !wanted(ls, &sums[i]))
				continue;
			pulled[i] = true;
			include(ls, &sums[i]);
			GROW(u->input, u->capinput, u->ninputs);
			u->input[u->ninputs++] = (unsigned int)i;
			again = any = true;
		}
	}
	return any;
}

static void select_unit(struct inputs *ins, const struct objsum *sums,
			unsigned int unit)
{
	struct unit *u = &ins->units[unit];
	struct linkset ls = { 0 };
	unsigned int lib, nlibs = 0;
	size_t i, n = 0;
	bool *pulled, again = true;

	for (i = 0; i < ins->nin; i++) {
		if (ins->in[i].unit != unit)
			continue;
		n += sums[i].ndef + sums[i].nundef;
		if (ins->in[i].lib > nlibs)
			nlibs = ins->in[i].lib;
	}
	if (!nlibs)
		return;
	ls.pool = xcalloc(n ? n : 1, sizeof(*ls.pool));
	pulled = xcalloc(ins->nin, sizeof(*pulled));
	for (i = 0; i < u->ninputs; i++)
		if (!sums[u->input[i]].err)
			include(&ls, &sums[u->input[i]]);
	while (again) {
		again = false;
		for (lib = 1; lib <= nlibs; lib++)
			if (scan_archive(&ls, ins, sums, u, lib, pulled))
				again = true;
	}
	HASH_CLEAR(hh, ls.names);	/* the entries are in the pool */
	free(ls.pool);
	free(pulled);
}

void select_lib_members(struct inputs *ins, const struct objsum *sums)
{
	size_t u;

	for (u = 0; u < ins->nunits; u++)
		select_unit(ins, sums, (unsigned int)u);
}
