/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Kernel profiles: the modpost of one range of kernel releases, as data.
 * A run speaks exactly one profile, chosen by --kernel, else by what the
 * inputs say about their kernel (profile_detect), else the newest profile
 * that has a reference binary to test against (6.12).
 *
 * A profile's data is its section classes (the pattern lists of its
 * modpost.c), its rule rows (sectioncheck[]) and allow-list
 * (secref_whitelist()), for every rule modpost's words and severity, and
 * the switches for what else differs between versions.  Adding a kernel
 * version is one more profile_data, usually made of another's tables.
 */
#ifndef _MPL_PROFILE_H
#define _MPL_PROFILE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <modpost-lite/elfobj.h>
#include <modpost-lite/rule.h>

struct class_pattern;
struct rel_decoder;
struct rule_row;
struct allow_row;
struct finding;
struct inputs;
struct strbuf;

/* What rendering a finding in modpost's words needs. */
struct render_ctx {
	const struct inputs *ins;
	const struct profile *p;
};

/* One rule as one kernel's modpost reports it. */
struct rule_words {
	enum severity sev;
	/* R_EXTABLE_SECTION: the severity by finding::detail */
	const enum severity *sev_by_detail;
	bool counts;		/* a section mismatch, for -E */
	/* modpost's line(s), prefix included, each ending in '\n' */
	void (*render)(struct strbuf *sb, const struct render_ctx *c,
		       const struct finding *f);
};

/*
 * How modpost finds the symbols it prints: the source ("from") symbol of
 * a reference, the nearest at or before it in its section, and the target
 * symbol of a relocation whose own symbol it does not print.
 */
struct search_rules {
	enum name_filter names;
	/* ARM: bit 0 of function symbols is cleared first (6.12) */
	bool thumb_bit;
	/*
	 * Of several symbols at one address, the one LAST in vmlinux.o's
	 * symbol table wins (6.1's "<=" scan); else the first (6.12's
	 * symsearch).  The order is ld -r's: locals object by object, then
	 * the globals in ld's hash-table order (ldorder.h).
	 */
	bool tie_last;
	/*
	 * Ties are decided by vmlinux.o's symbol-table order as ld -r makes
	 * it (locals object by object, then the globals in ld's hash-table
	 * order, ldorder.h); else by each object's own symbol order, which
	 * is the same for symbols of one object except between globals (6.12).
	 */
	bool ld_order;
	/* the relocation's symbol is printed whenever it has a name, valid
	 * or not (6.1: st_name != 0); else only a valid name (6.12) */
	bool to_any_name;
	/*
	 * The target search (a section symbol, or a name not printed):
	 * symbols within to_limit bytes of the address, closer wins.
	 * to_limit_inclusive: a symbol exactly to_limit away counts (6.12).
	 * to_signed: the distance is 32-bit signed arithmetic on the addend,
	 * so "call static_at_0" (addend -4) finds it (6.1); else unsigned
	 * addresses (6.12 prints 0xfffffffc).
	 * to_tie_lower: of two equally close symbols the lower address wins
	 * (6.12); else the first in vmlinux.o's symbol table (6.1).
	 */
	unsigned int to_limit;
	bool to_limit_inclusive;
	bool to_signed;
	bool to_tie_lower;
};

struct profile_data {
	const struct class_pattern *classes;	/* ended by cls 0 */
	/*
	 * More classes for the sections of a linked module (.ko), which
	 * stands for the X.o modpost read (6.1: __ksymtab and __ksymtab_gpl
	 * are X.o's ___ksymtab+* sections, merged by scripts/module.lds).
	 */
	const struct class_pattern *ko_classes;	/* NULL: none */
	const struct rule_row *rows;		/* ended by from 0 */
	const struct allow_row *allow;		/* ended by an empty row */
	const struct rule_words *words;		/* [R_NR]; render NULL: never */
	const struct search_rules *search;
	/*
	 * REL addends per machine (NULL: the arch's decoders, and a REL
	 * machine without one is refused); rel_unknown_zero: a machine not
	 * in the table has addend 0 (6.1's section_rel()).
	 */
	const struct rel_decoder *rel;		/* ended by machine 0 */
	bool rel_unknown_zero;
	/*
	 * The machines whose relocation skips (struct arch's skip) this
	 * kernel's modpost has, ended by 0; NULL: every arch's (6.12).  6.1
	 * skips only RISC-V's SUB32 in __ex_table: no LoongArch case.
	 */
	const uint16_t *skip_machines;
	/* exports are .export_symbol entries, checked with -M (6.12 on) */
	bool export_entries;
	/*
	 * exports are the __ksymtab_NAME labels of ___ksymtab+* and
	 * ___ksymtab_gpl+* sections (__ksymtab, __ksymtab_gpl in a .ko),
	 * read from every object whatever -M says (6.1); their namespace
	 * is the string at __kstrtabns_NAME, and a __kstrtabns_NAME whose
	 * NAME nobody exports is an error
	 */
	bool ksymtab_exports;
	/* what modpost prints before ": modpost: " for fatal() */
	const char *fatal_word;
	/* appended to a unit's name where modpost prints it (6.1: ".o") */
	const char *unit_suffix;
	/*
	 * 6.1: the note on an __ex_table reference to an unknown text
	 * section is a bare fprintf(stderr), no prefix, with "to \n"
	 */
	bool extable_note_bare;
};

struct profile {
	const char *name;	/* "6.12": what --kernel=6.12 selects */
	unsigned int first;	/* first release covered, major*1000+minor */
	unsigned int last;	/* last release covered (UINT_MAX: open) */
	const char *covers;	/* "6.12 to 6.18", for --help */
	const char *note;	/* what sets it apart, or NULL */
	/* the Debian package whose modpost it was checked against, or NULL */
	const char *reference;
	const struct profile_data *data;	/* NULL: not available yet */
};

/* Every profile, oldest first, NULL-terminated. */
extern const struct profile *const profiles[];

/* The data of each profile (profile-*.c). */
extern const struct profile_data profile_data_6_1, profile_data_6_12,
	profile_data_7_0, profile_data_7_2;

/* The profile called @name ("6.1"), or NULL. */
const struct profile *profile_named(const char *name);

/* The profile when nothing says otherwise. */
const struct profile *profile_default(void);

/*
 * The profile of kernel release @release ("6.1", "6.1.0-57-amd64",
 * "6.15.3", "7.2-rc1"): NULL with *err set (freed by the caller) when the
 * text is not a release or no profile covers it.
 */
const struct profile *profile_for_release(const char *release, char **err);

/* A release ("6.1.0-57-amd64") as major*1000+minor; 0: not a release. */
unsigned int profile_release_number(const char *release);
/* The profile covering release number @rel, or NULL. */
const struct profile *profile_of_number(unsigned int rel);

/*
 * What one input or option says the kernel is: a profile, or only that
 * the kernel is not older than a release (an object with .export_symbol
 * is for 6.5 or later, whichever profile that is).
 */
struct profile_hint {
	const struct profile *p;	/* NULL with at_least: a bound */
	unsigned int at_least;	/* major*1000+minor, 0: none */
	char *why;		/* "drivers/x.ko: vermagic 6.1.0-57-amd64" */
};

/*
 * The profile all @hints agree on (the exact ones name it, the bounds
 * must admit it), or @fallback when none names one; NULL with *err set
 * (freed by the caller) when they disagree or name a profile this build
 * does not have.
 */
const struct profile *profile_choose(const struct profile_hint *hints,
				     size_t n, const struct profile *fallback,
				     char **err);

/* "  6.1    Linux 6.1 (checked against linux-kbuild-6.1)" lines. */
void profile_print_list(FILE *out, const char *prefix);

/* a->skip when profile @p's modpost skips that machine's types, or NULL. */
bool (*profile_arch_skip(const struct profile *p,
			 const struct arch *a))(uint32_t type, bool from_extable);

/* Whether profile @p can decode the REL addends of machine @a. */
bool profile_rel_supported(const struct profile *p, const struct arch *a);
/*
 * The address modpost derives from REL relocation @type at @f, in profile
 * @p on machine @a (6.12: the arch's decoder, (Elf_Addr)-1 when it does
 * not decode the type).
 */
enum rel_outcome profile_rel_decode(const struct profile *p,
				    const struct arch *a,
				    const struct rel_field *f, uint32_t type,
				    uint64_t *taddr);

/* The words and severity of finding @f's rule in profile @p. */
const struct rule_words *profile_words(const struct profile *p,
				       enum rule_id r);
enum severity profile_severity(const struct profile *p,
			       const struct finding *f);

#endif
