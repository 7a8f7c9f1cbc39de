// SPDX-License-Identifier: GPL-2.0-only
/*
 * Linux 6.1's modpost, as Debian 12 ships it (6.1.192, with the stable
 * backports of 6.1.52, 6.1.82 and 6.1.123): the pattern lists,
 * sectioncheck[] (11 rows, .meminit.* among them, and EXPORT_SYMBOL of
 * init/exit symbols as a row of its own over the ___ksymtab* sections),
 * secref_whitelist(), find_elf_symbol() and find_elf_symbol2(), the
 * words of report_sec_mismatch() and report_extable_warnings(), and
 * section_rel()'s addends, of 6.1's scripts/mod/modpost.c.  The project's
 * notes (6.1-spec.md) give the line numbers and what each rule looks like
 * on vmlinux.o.
 */
#include <stdint.h>
#include <stdlib.h>

#include <elf.h>

#include <modpost-lite/arch.h>
#include <modpost-lite/export.h>
#include <modpost-lite/finding.h>
#include <modpost-lite/patterns.h>
#include <modpost-lite/profile.h>
#include <modpost-lite/render.h>
#include <modpost-lite/rules.h>
#include <modpost-lite/secclass.h>
#include <modpost-lite/strbuf.h>
#include <modpost-lite/util.h>

static const struct class_pattern classes_6_1[] = {
	{ SC_TEXT | SC_ALL_TEXT, PATTERNS(TEXT_SECTIONS) },
	/* ALL_TEXT_SECTIONS: ALL_INIT_TEXT_SECTIONS has .meminit.text */
	{ SC_ALL_TEXT, PATTERNS(OTHER_TEXT_SECTIONS, ".init.text",
				".meminit.text", ".exit.text") },
	{ SC_DATA, PATTERNS(".data", ".data.rel") },
	{ SC_INIT, PATTERNS(".init.*") },
	{ SC_MEMINIT, PATTERNS(".meminit.*") },
	{ SC_EXIT, PATTERNS(".exit.*") },
	{ SC_INIT_TEXT, PATTERNS(".init.text") },
	{ SC_INIT_DATA, PATTERNS(".init.setup", ".init.rodata",
				 ".meminit.rodata", ".init.data",
				 ".meminit.data") },
	{ SC_PCI_FIXUP, PATTERNS(PCI_FIXUP_SECTIONS) },
	{ SC_EXTABLE, PATTERNS("__ex_table") },
	{ SC_ALTINSTR, PATTERNS(".altinstr_replacement") },
	{ SC_HEAD, PATTERNS(".head.text*") },
	/* section_white_list[]: never checked (no .llvm.call-graph-profile) */
	{ SC_SKIP, PATTERNS(SECTION_WHITE_LIST) },
	/* EXPORT_SYMBOL's entries: ___ksymtab+NAME, ___ksymtab_gpl+NAME */
	{ SC_KSYMTAB, PATTERNS("___ksymtab*") },
	{ 0, NULL }
};

/* a .ko's __ksymtab and __ksymtab_gpl are X.o's ___ksymtab+* merged */
static const struct class_pattern ko_classes_6_1[] = {
	{ SC_KSYMTAB, PATTERNS("__ksymtab", "__ksymtab_gpl") },
	{ 0, NULL }
};

/* sectioncheck[], in its order (modpost.c lines 909-977) */
static const struct rule_row rows_6_1[] = {
	/* do not reference init/exit code/data from normal code and data */
	{ SC_TEXT, SC_INIT | SC_MEMINIT, 0, R_TEXT_TO_INIT_EXIT, false },
	{ SC_DATA, SC_MEMINIT, 0, R_TEXT_TO_INIT_EXIT, false },
	{ SC_DATA, SC_INIT, 0, R_TEXT_TO_INIT_EXIT, false },
	{ SC_TEXT, SC_EXIT, 0, R_TEXT_TO_INIT_EXIT, false },
	{ SC_DATA, SC_EXIT, 0, R_TEXT_TO_INIT_EXIT, false },
	/* do not reference init code/data from meminit code/data */
	{ SC_MEMINIT, SC_INIT, 0, R_MEMINIT_TO_INIT, false },
	/* do not use exit code/data from init code */
	{ SC_INIT | SC_MEMINIT, SC_EXIT, 0, R_INIT_TO_EXIT, false },
	/* do not use init code/data from exit code */
	{ SC_EXIT, SC_INIT | SC_MEMINIT, 0, R_EXIT_TO_INIT, false },
	{ SC_PCI_FIXUP, SC_INIT, 0, R_PCI_FIXUP_TO_INIT, false },
	/* do not export init/exit functions or data */
	{ SC_KSYMTAB, SC_INIT | SC_EXIT, 0, R_EXPORT_INIT_EXIT, false },
	/* extable_mismatch_handler(): no allow-list */
	{ SC_EXTABLE, SC_ALTINSTR, SC_ALL_TEXT, R_EXTABLE_TO_NON_TEXT, true },
	{ 0, 0, 0, R_NONE, false }
};

/* secref_whitelist() (modpost.c lines 1058-1123) */
static const struct allow_row allow_6_1[] = {
	/* pattern 1: module parameters declared __initdata */
	{ SC_DATA, SC_INIT_DATA, PATTERNS("__param*"), NULL, false },
	/* pattern 1a: module_param_call() ops with an __init set function */
	{ SC_DATA, SC_INIT_TEXT, PATTERNS("__param_ops_*"), NULL, false },
	/* symbols in data sections that may refer to any init/exit section */
	{ SC_DATA, SC_INIT | SC_MEMINIT | SC_EXIT,
	  PATTERNS("*_template", "*_timer", "*_sht", "*_ops", "*_probe",
		   "*_probe_one", "*_console"), NULL, false },
	/* ... to meminit sections */
	{ SC_DATA, SC_MEMINIT, PATTERNS("*driver"), NULL, false },
	/* ... to .exit.*: hidden unless W=1 (-W) */
	{ SC_DATA, SC_EXIT, PATTERNS("*driver"), NULL, true },
	/* pattern 3: .head.text may refer to any init section */
	{ SC_HEAD, SC_INIT | SC_MEMINIT, NULL, NULL, false },
	/* pattern 4: section boundary markers */
	{ 0, 0, NULL, PATTERNS("__init_begin", "_sinittext", "_einittext"),
	  false },
	/* pattern 5: gcc's constant-propagated clones of static inlines */
	{ SC_ALL_TEXT, SC_INIT | SC_MEMINIT, PATTERNS("*.constprop.*"), NULL,
	  false },
	/* pattern 6: references from ELF local labels (".LANCHOR1") */
	{ 0, 0, PATTERNS(".L*"), NULL, false },
	{ 0, 0, NULL, NULL, false }
};

/*
 * find_elf_symbol2() (from) and find_elf_symbol() (target) scan the whole
 * symbol table of vmlinux.o: candidates have a name that is not an ARM
 * mapping symbol; the source is the nearest at or before, the last of
 * equal ones; a target that is a section symbol is the symbol closest to
 * the addend, closer than 20 bytes, the first of equal ones.
 */
static const struct search_rules search_6_1 = {
	.names = NAMES_NO_ARM_MAPPING,
	.thumb_bit = false,
	.tie_last = true,
	.ld_order = true,
	.to_any_name = true,
	.to_limit = 20,
	.to_limit_inclusive = false,
	.to_signed = true,
	.to_tie_lower = false,
};

/* section_rela()'s one skip: RISC-V's R_RISCV_SUB32 in __ex_table */
static const uint16_t skip_machines_6_1[] = { EM_RISCV, 0 };

/* section_rel(): other REL machines keep addend 0 */
static const struct rel_decoder rel_6_1[] = {
	{ EM_386, i386_rel_addend_6_1 },
	{ EM_ARM, arm_rel_addend_6_1 },
	{ EM_MIPS, mips_rel_addend_6_1 },
	{ 0, NULL }
};

/* ---- modpost's words --------------------------------------------------- */

static const char *or_unknown(const char *name)
{
	return name ? name : "(unknown)";
}

/* report_sec_mismatch(): no offsets; the unit is its file, "X.o" */
static void mismatch(struct strbuf *sb, const struct render_ctx *c,
		     const struct finding *f)
{
	render_prefix(sb, c, SEV_WARNING);
	render_unit(sb, c, f);
	sb_printf(sb, ": section mismatch in reference: %s (section: %s) -> %s (section: %s)\n",
		  or_unknown(f->fromsym), f->fromsec, or_unknown(f->tosym),
		  f->tosec);
}

/* get_pretty_name(): "function" + "()", "variable", or unknown */
static void pretty(struct strbuf *sb, const char *name, bool func)
{
	if (!name)
		sb_printf(sb, "(unknown reference) (unknown)");
	else if (func)
		sb_printf(sb, "function %s()", name);
	else
		sb_printf(sb, "variable %s", name);
}

static void pretty_to(struct strbuf *sb, const struct finding *f)
{
	if (!f->tosym)
		sb_printf(sb, "(unknown reference) %s:(unknown)", f->tosec);
	else if (f->to_func)
		sb_printf(sb, "function %s:%s()", f->tosec, f->tosym);
	else
		sb_printf(sb, "variable %s:%s", f->tosec, f->tosym);
}

/* report_extable_warnings() */
static void extable_mismatch(struct strbuf *sb, const struct render_ctx *c,
			     const struct finding *f)
{
	render_prefix(sb, c, SEV_WARNING);
	render_unit(sb, c, f);
	sb_printf(sb, "(%s+0x%llx): Section mismatch in reference from the ",
		  f->fromsec, (unsigned long long)f->fromaddr);
	pretty(sb, f->fromsym, f->from_func);
	sb_printf(sb, " to the ");
	pretty_to(sb, f);
	sb_printf(sb, "\n");
}

/* the EXPORT_TO_INIT_EXIT case of report_sec_mismatch() */
static void export_init_exit(struct strbuf *sb, const struct render_ctx *c,
			     const struct finding *f)
{
	render_prefix(sb, c, SEV_WARNING);
	render_unit(sb, c, f);
	sb_printf(sb, ": EXPORT_SYMBOL used for init/exit symbol: %s (section: %s)\n",
		  or_unknown(f->tosym), f->tosec);
}

/* sym_update_namespace(): 6.1's one complaint about export records */
static void export_malformed(struct strbuf *sb, const struct render_ctx *c,
			     const struct finding *f)
{
	render_prefix(sb, c, SEV_ERROR);
	sb_printf(sb, "Could not update namespace(%s) for symbol %s\n",
		  f->extra ? f->extra : "", f->tosym);
}

/* the messages that name mod->name: the unit without ".o" */
static void exported_twice(struct strbuf *sb, const struct render_ctx *c,
			   const struct finding *f)
{
	render_prefix(sb, c, SEV_ERROR);
	sb_printf(sb, "%s: '%s' exported twice. Previous export was in %s%s\n",
		  render_module(c, f), f->tosym, f->extra,
		  f->detail ? "" : ".ko");
}

static void common(struct strbuf *sb, const struct render_ctx *c,
		   const struct finding *f)
{
	char *shown = modpost_name(f->tosym);

	render_prefix(sb, c, SEV_WARNING);
	sb_printf(sb, "\"%s\" [%s] is COMMON symbol\n", shown,
		  render_module(c, f));
	free(shown);
}

static void no_crc(struct strbuf *sb, const struct render_ctx *c,
		   const struct finding *f)
{
	render_prefix(sb, c, SEV_WARNING);
	sb_printf(sb, "EXPORT symbol \"%s\" [%s%s] version generation failed, symbol will not be versioned.\n"
		  "Is \"%s\" prototyped in <asm/asm-prototypes.h>?\n",
		  f->tosym, render_module(c, f), f->detail ? "" : ".ko",
		  f->tosym);
}

#define MISMATCH { SEV_WARNING, NULL, true, mismatch }

static const struct rule_words words_6_1[R_NR] = {
	[R_TEXT_TO_INIT_EXIT] = MISMATCH,
	[R_INIT_TO_EXIT] = MISMATCH,
	[R_EXIT_TO_INIT] = MISMATCH,
	[R_MEMINIT_TO_INIT] = MISMATCH,
	[R_PCI_FIXUP_TO_INIT] = MISMATCH,
	/* counted before anything else, always */
	[R_EXTABLE_TO_NON_TEXT] = { SEV_WARNING, NULL, true,
				    extable_mismatch },
	[R_EXTABLE_SECTION] = { SEV_WARNING, render_extable_sev,
				false, render_extable_note },
	/* a section mismatch like the others: counts for -E */
	[R_EXPORT_INIT_EXIT] = { SEV_WARNING, NULL, true, export_init_exit },
	[R_EXPORT_MALFORMED] = { SEV_ERROR, NULL, false, export_malformed },
	[R_EXPORTED_TWICE] = { SEV_ERROR, NULL, false, exported_twice },
	[R_NONALLOC_SECTION] = { SEV_WARNING, NULL, false,
				render_nonalloc },
	[R_COMMON_SYMBOL] = { SEV_WARNING, NULL, false, common },
	[R_EXPORT_NO_CRC] = { SEV_WARNING, NULL, false, no_crc },
};

const struct profile_data profile_data_6_1 = {
	.classes = classes_6_1,
	.ko_classes = ko_classes_6_1,
	.rows = rows_6_1,
	.allow = allow_6_1,
	.words = words_6_1,
	.search = &search_6_1,
	.rel = rel_6_1,
	.rel_unknown_zero = true,
	.skip_machines = skip_machines_6_1,
	.export_entries = false,
	.ksymtab_exports = true,
	.fatal_word = "FATAL",
	.unit_suffix = ".o",
	.extable_note_bare = true,
};
