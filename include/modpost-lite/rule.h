/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The rules: one id for each kind of finding.  The ids are stable (their
 * names, in explain.c, are what the gnu, json and sarif formats print and
 * what baselines store), and the same in every kernel profile, so that a
 * baseline survives a kernel upgrade.  What a rule means for one kernel
 * (which sections, which allow-list, its severity, modpost's words) is in
 * that kernel's profile (profile.h).
 */
#ifndef _MPL_RULE_H
#define _MPL_RULE_H

#include <stdbool.h>

enum rule_id {
	R_TEXT_TO_INIT_EXIT,	/* .text/.data -> .init.*, .exit.* */
	R_INIT_TO_EXIT,		/* .init.* -> .exit.* */
	R_EXIT_TO_INIT,		/* .exit.* -> .init.* */
	R_MEMINIT_TO_INIT,	/* .meminit.* -> .init.* (6.1) */
	R_PCI_FIXUP_TO_INIT,	/* .pci_fixup_* -> .init.* */
	R_EXTABLE_TO_NON_TEXT,	/* __ex_table -> not an authorized text */
	R_EXTABLE_SECTION,	/* the note after it about the section */
	R_EXPORT_INIT_EXIT,	/* EXPORT_SYMBOL of an init/exit symbol */
	R_EXPORT_MALFORMED,	/* a bad .export_symbol entry (6.12 on) */
	R_EXPORTED_TWICE,
	R_NONALLOC_SECTION,	/* PROGBITS without SHF_ALLOC */
	R_COMMON_SYMBOL,
	R_EXPORT_NO_CRC,	/* -m: an export genksyms gave no CRC */
	R_NR,
	R_NONE = R_NR		/* no rule applies */
};

/* How modpost reports it: warn(), error() or fatal(). */
enum severity {
	SEV_WARNING,
	SEV_ERROR,
	SEV_FATAL,		/* modpost stops after it */
};

/* finding::detail of R_EXTABLE_SECTION: what the section is. */
enum extable_note {
	EXN_BLACKLISTED,	/* .altinstr_replacement (fatal) */
	EXN_UNKNOWN_TEXT,	/* executable, not a known text section */
	EXN_NOT_EXEC,		/* not executable (error) */
};

/* finding::detail of R_EXPORT_INIT_EXIT. */
enum export_target {
	EXT_INIT,
	EXT_EXIT,
};

/* A section mismatch in reference (the rules of sectioncheck[]). */
static inline bool rule_is_mismatch(enum rule_id r)
{
	return r <= R_EXTABLE_TO_NON_TEXT;
}

#endif
