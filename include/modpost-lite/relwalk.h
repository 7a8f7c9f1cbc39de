/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The relocations the section checks judge, walked in one way by the first
 * pass (scan.c) and the exact check (check.c), so that the two cannot
 * drift apart: the relocations of every REL/RELA section whose target
 * section's class modpost walks (rule_walk()), less those the architecture
 * skips (arch->skip: no symbol, or the second half of a pair) where the
 * profile's modpost skips them (profile_arch_skip()).
 *
 *	struct relwalk w;
 *	struct reloc r;
 *
 *	for_each_checked_reloc(&w, o, prof, sum->sec, exports, &r)
 *		... r is relocation w.idx of section w.relsec, which applies
 *		    to section w.fromsec of class w.fromcls ...
 *
 * or a section at a time (for_each_checked_relsec(), below), which the
 * first pass uses to gather the classes per symbol without a struct reloc
 * per relocation: the same sections, the same relocations.
 */
#ifndef _MPL_RELWALK_H
#define _MPL_RELWALK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <modpost-lite/elfobj.h>
#include <modpost-lite/profile.h>
#include <modpost-lite/rules.h>
#include <modpost-lite/secclass.h>
#include <modpost-lite/summary.h>

struct relwalk {
	const struct elfobj *o;
	const struct profile *prof;	/* the rules */
	const struct ssec *secs;	/* the object's sections, classified */
	bool exports;			/* -M */
	size_t relsec;			/* the relocation section */
	size_t idx;			/* the relocation's index in it */
	uint32_t fromsec;		/* the section it applies to */
	uint32_t fromcls;		/* that section's class */
	bool is_export;			/* an EXPORT_SYMBOL entry */
	size_t next, n;			/* the walk within relsec */
	/* o->arch's skip, if the profile's modpost has it */
	bool (*skip)(uint32_t type, bool from_extable);
};

/* How the relocations of section @i are walked (WALK_SKIP: not at all). */
static inline enum reloc_walk relwalk_kind(const struct elfobj *o,
					   const struct profile *prof,
					   const struct ssec *secs,
					   bool exports, size_t i)
{
	const struct esec *rs = &o->sec[i];

	if (!esec_is_reloc(rs))
		return WALK_SKIP;
	return rule_walk(prof, secs[rs->info].cls, exports);
}

static inline void relwalk_start(struct relwalk *w, const struct elfobj *o,
				 const struct profile *prof,
				 const struct ssec *secs, bool exports)
{
	w->o = o;
	w->prof = prof;
	w->secs = secs;
	w->exports = exports;
	w->relsec = w->idx = 0;
	w->fromsec = w->fromcls = 0;
	w->is_export = false;
	w->next = w->n = 0;
	w->skip = profile_arch_skip(prof, o->arch);
}

/*
 * The next relocation section the walk checks: w->relsec, w->fromsec,
 * w->fromcls and w->is_export describe it and its relocations are next;
 * false at the end.
 */
static inline bool relwalk_next_section(struct relwalk *w)
{
	const struct elfobj *o = w->o;
	enum reloc_walk kind;

	do {
		if (++w->relsec >= o->nsec)
			return false;
		kind = relwalk_kind(o, w->prof, w->secs, w->exports, w->relsec);
	} while (kind == WALK_SKIP);
	w->fromsec = o->sec[w->relsec].info;
	w->fromcls = w->secs[w->fromsec].cls;
	w->is_export = kind == WALK_EXPORT;
	w->next = 0;
	w->n = elfobj_nrelocs(o, w->relsec);
	return true;
}

/* The next checked relocation of the current section into @r. */
static inline bool relwalk_next_in_section(struct relwalk *w,
					   struct reloc *r)
{
	while (w->next < w->n) {
		w->idx = w->next++;
		elfobj_reloc(w->o, w->relsec, w->idx, r);
		if (!w->skip || !w->skip(r->type, w->fromcls & SC_EXTABLE))
			return true;
	}
	return false;
}

/* The next relocation a rule checks into @r; false at the end. */
static inline bool relwalk_next(struct relwalk *w, struct reloc *r)
{
	while (!relwalk_next_in_section(w, r))
		if (!relwalk_next_section(w))
			return false;
	return true;
}

/*
 * acc[sym] |= @bits for entries @from..@to of a relocation table at @p
 * of @esz-byte entries, r_info split the standard way: a loop the
 * compiler specialises for each class (called with a constant @is64).
 */
static inline void mark_entries(const unsigned char *p, size_t esz,
				size_t from, size_t to, bool is64,
				uint32_t *acc, uint32_t bits)
{
	size_t j;

	for (j = from, p += from * esz; j < to; j++, p += esz) {
		uint64_t info64;
		uint32_t info32;

		if (is64) {
			memcpy(&info64, p + offsetof(Elf64_Rel, r_info),
			       sizeof(info64));
			acc[ELF64_R_SYM(info64)] |= bits;
		} else {
			memcpy(&info32, p + offsetof(Elf32_Rel, r_info),
			       sizeof(info32));
			acc[ELF32_R_SYM(info32)] |= bits;
		}
	}
}

/*
 * acc[sym] |= @bits for the symbol of every relocation of the current
 * section that relwalk_next_in_section() would return (the rest of the
 * section): the same relocations, read without a struct reloc each where
 * nothing is skipped and r_info is split the standard way.
 */
static inline void relwalk_mark_syms(struct relwalk *w, uint32_t *acc,
				     uint32_t bits)
{
	const struct elfobj *o = w->o;
	const struct esec *s = &o->sec[w->relsec];
	bool rela = s->type == SHT_RELA;
	struct reloc r;

	if (w->skip || (o->is64 && o->machine == EM_MIPS)) {
		while (relwalk_next_in_section(w, &r))
			acc[r.sym] |= bits;
		return;
	}
	if (o->is64)
		mark_entries(s->table, rela ? sizeof(Elf64_Rela) :
				       sizeof(Elf64_Rel),
			     w->next, w->n, true, acc, bits);
	else
		mark_entries(s->table, rela ? sizeof(Elf32_Rela) :
				       sizeof(Elf32_Rel),
			     w->next, w->n, false, acc, bits);
	w->next = w->n;
}

#define for_each_checked_reloc(w, o, prof, secs, exports, r)		\
	for (relwalk_start((w), (o), (prof), (secs), (exports));	\
	     relwalk_next((w), (r));)

/*
 * The same walk a section at a time, for a pass that takes each section's
 * relocations in bulk (relwalk_mark_syms()) or one by one
 * (relwalk_next_in_section()):
 *
 *	for_each_checked_relsec(&w, o, prof, sum->sec, exports)
 *		... w.relsec applies to w.fromsec of class w.fromcls ...
 */
#define for_each_checked_relsec(w, o, prof, secs, exports)		\
	for (relwalk_start((w), (o), (prof), (secs), (exports));	\
	     relwalk_next_section(w);)

#endif
