// SPDX-License-Identifier: GPL-2.0-only
/*
 * Linux 6.12's modpost (the same section code through 6.18), and the two
 * later versions that differ from it only in the allow-list: 7.0 dropped
 * "*_probe" (upstream a4df2071f1a2: it hid real bugs), 7.2 allows
 * "*_ops.llvm.*" like "*_ops" (9a289cc425bf: ThinLTO's .llvm.<hash>
 * suffixes defeated the pattern).  The tables follow the pattern lists,
 * sectioncheck[] and secref_whitelist() of 6.12's scripts/mod/modpost.c.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <modpost-lite/export.h>
#include <modpost-lite/finding.h>
#include <modpost-lite/patterns.h>
#include <modpost-lite/profile.h>
#include <modpost-lite/render.h>
#include <modpost-lite/rules.h>
#include <modpost-lite/secclass.h>
#include <modpost-lite/strbuf.h>
#include <modpost-lite/util.h>

static const struct class_pattern classes_6_12[] = {
	{ SC_TEXT | SC_ALL_TEXT, PATTERNS(TEXT_SECTIONS) },
	{ SC_ALL_TEXT, PATTERNS(OTHER_TEXT_SECTIONS, ".init.text",
				".exit.text") },
	{ SC_DATA, PATTERNS(".data", ".data.rel") },
	{ SC_INIT, PATTERNS(".init.*") },
	{ SC_EXIT, PATTERNS(".exit.*") },
	{ SC_INIT_TEXT, PATTERNS(".init.text") },
	{ SC_INIT_DATA, PATTERNS(".init.setup", ".init.rodata", ".init.data") },
	{ SC_PCI_FIXUP, PATTERNS(PCI_FIXUP_SECTIONS) },
	{ SC_EXTABLE, PATTERNS("__ex_table") },
	{ SC_ALTINSTR, PATTERNS(".altinstr_replacement") },
	{ SC_HEAD, PATTERNS(".head.text*") },
	/* section_white_list[]: never checked */
	{ SC_SKIP, PATTERNS(SECTION_WHITE_LIST,
			    ".llvm.call-graph-profile") },
	{ SC_EXPORT, PATTERNS(".export_symbol") },
	{ 0, NULL }
};

static const struct rule_row rows_6_12[] = {
	/* do not reference init/exit code or data from normal ones */
	{ SC_TEXT | SC_DATA, SC_INIT | SC_EXIT, 0, R_TEXT_TO_INIT_EXIT, false },
	/* do not use exit code or data from init code */
	{ SC_INIT, SC_EXIT, 0, R_INIT_TO_EXIT, false },
	/* do not use init code or data from exit code */
	{ SC_EXIT, SC_INIT, 0, R_EXIT_TO_INIT, false },
	{ SC_PCI_FIXUP, SC_INIT, 0, R_PCI_FIXUP_TO_INIT, false },
	/* exception table entries go to the known text sections only */
	{ SC_EXTABLE, SC_ALTINSTR, SC_ALL_TEXT, R_EXTABLE_TO_NON_TEXT, false },
	{ 0, 0, 0, R_NONE, false }
};

/* secref_whitelist()'s patterns, the data one being the version's own. */
#define ALLOW_PARAMS							\
	/* module parameters declared __initdata */			\
	{ SC_DATA, SC_INIT_DATA, PATTERNS("__param*"), NULL, false },	\
	/* module_param_call() ops with an __init set function */	\
	{ SC_DATA, SC_INIT_TEXT, PATTERNS("__param_ops_*"), NULL, false }
#define ALLOW_REST							\
	/* early boot code */						\
	{ SC_HEAD, SC_INIT, NULL, NULL, false },			\
	/* section boundary markers */					\
	{ 0, 0, NULL, PATTERNS("__init_begin", "_sinittext",		\
			       "_einittext"), false },			\
	/* gcc's constant-propagated clones of static inlines */	\
	{ SC_ALL_TEXT, SC_INIT, PATTERNS("*.constprop.*"), NULL, false }, \
	{ 0, 0, NULL, NULL, false }

/* driver and ops structures in data may point to init/exit code */
static const struct allow_row allow_6_12[] = {
	ALLOW_PARAMS,
	{ SC_DATA, SC_INIT | SC_EXIT, PATTERNS("*_ops", "*_probe",
					       "*_console"), NULL, false },
	ALLOW_REST
};

static const struct allow_row allow_7_0[] = {
	ALLOW_PARAMS,
	{ SC_DATA, SC_INIT | SC_EXIT, PATTERNS("*_ops", "*_console"), NULL,
	  false },
	ALLOW_REST
};

static const struct allow_row allow_7_2[] = {
	ALLOW_PARAMS,
	{ SC_DATA, SC_INIT | SC_EXIT, PATTERNS("*_ops", "*_ops.llvm.*",
					       "*_console"), NULL, false },
	ALLOW_REST
};

/*
 * find_fromsym() and find_tosym() over symsearch.c: symbols by section
 * index, is_mapping_symbol() names skipped, ARM's Thumb bit cleared, the
 * first of equal addresses; a target within 20 bytes either way, the
 * lower one on a tie.
 */
static const struct search_rules search_6_12 = {
	.names = NAMES_NO_LOCAL_LABELS,
	.thumb_bit = true,
	.tie_last = false,
	.ld_order = false,
	.to_any_name = false,
	.to_limit = 20,
	.to_limit_inclusive = true,
	.to_signed = false,
	.to_tie_lower = true,
};

/* ---- modpost's words --------------------------------------------------- */

static void mismatch(struct strbuf *sb, const struct render_ctx *c,
		     const struct finding *f)
{
	render_prefix(sb, c, SEV_WARNING);
	render_unit(sb, c, f);
	sb_printf(sb, ": section mismatch in reference: %s%s0x%x (section: %s) -> ",
		  f->fromsym ? f->fromsym : "", f->fromsym ? "+" : "",
		  (unsigned int)f->fromoff, f->fromsec);
	if (f->tosym)
		sb_printf(sb, "%s", f->tosym);
	else
		sb_printf(sb, "0x%x", (unsigned int)f->toaddr);
	sb_printf(sb, " (section: %s)\n", f->tosec);
}

static void export_init_exit(struct strbuf *sb, const struct render_ctx *c,
			     const struct finding *f)
{
	render_prefix(sb, c, SEV_WARNING);
	render_unit(sb, c, f);
	sb_printf(sb, ": %s: EXPORT_SYMBOL used for %s symbol. Remove %s or EXPORT_SYMBOL.\n",
		  f->tosym, f->detail == EXT_EXIT ? "exit" : "init",
		  f->detail == EXT_EXIT ? "__exit" : "__init");
}

static void export_malformed(struct strbuf *sb, const struct render_ctx *c,
			     const struct finding *f)
{
	const char *label = f->fromsym ? f->fromsym : "";

	render_prefix(sb, c, SEV_ERROR);
	render_unit(sb, c, f);
	switch (f->detail) {
	case EXP_STRANGE_LABEL:
		sb_printf(sb, ": .export_symbol section contains strange symbol '%s'\n",
			  label);
		break;
	case EXP_LOCAL:
		sb_printf(sb, ": local symbol '%s' was exported\n",
			  label + strlen(EXPORT_LABEL_PREFIX));
		break;
	case EXP_NAME_MISMATCH:
		sb_printf(sb, ": .export_symbol section references '%s', but it does not seem to be an export symbol\n",
			  f->tosym);
		break;
	default:
		sb_printf(sb, ": unknown license '%s' was specified for '%s'\n",
			  f->extra ? f->extra : "", f->tosym);
		break;
	}
}

static void exported_twice(struct strbuf *sb, const struct render_ctx *c,
			   const struct finding *f)
{
	render_prefix(sb, c, SEV_ERROR);
	render_unit(sb, c, f);
	sb_printf(sb, ": '%s' exported twice. Previous export was in %s%s\n",
		  f->tosym, f->extra, f->detail ? "" : ".ko");
}

static void common(struct strbuf *sb, const struct render_ctx *c,
		   const struct finding *f)
{
	char *shown = modpost_name(f->tosym);

	render_prefix(sb, c, SEV_WARNING);
	sb_printf(sb, "\"%s\" [", shown);
	render_unit(sb, c, f);
	sb_printf(sb, "] is COMMON symbol\n");
	free(shown);
}

static void no_crc(struct strbuf *sb, const struct render_ctx *c,
		   const struct finding *f)
{
	render_prefix(sb, c, SEV_WARNING);
	sb_printf(sb, "EXPORT symbol \"%s\" [", f->tosym);
	render_unit(sb, c, f);
	sb_printf(sb, "%s] version generation failed, symbol will not be versioned.\n"
		  "Is \"%s\" prototyped in <asm/asm-prototypes.h>?\n",
		  f->detail ? "" : ".ko", f->tosym);
}

#define MISMATCH { SEV_WARNING, NULL, true, mismatch }

static const struct rule_words words_6_12[R_NR] = {
	[R_TEXT_TO_INIT_EXIT] = MISMATCH,
	[R_INIT_TO_EXIT] = MISMATCH,
	[R_EXIT_TO_INIT] = MISMATCH,
	[R_PCI_FIXUP_TO_INIT] = MISMATCH,
	[R_EXTABLE_TO_NON_TEXT] = MISMATCH,
	[R_EXTABLE_SECTION] = { SEV_WARNING, render_extable_sev,
				false, render_extable_note },
	[R_EXPORT_INIT_EXIT] = { SEV_WARNING, NULL, false, export_init_exit },
	[R_EXPORT_MALFORMED] = { SEV_ERROR, NULL, false, export_malformed },
	[R_EXPORTED_TWICE] = { SEV_ERROR, NULL, false, exported_twice },
	[R_NONALLOC_SECTION] = { SEV_WARNING, NULL, false,
				render_nonalloc },
	[R_COMMON_SYMBOL] = { SEV_WARNING, NULL, false, common },
	[R_EXPORT_NO_CRC] = { SEV_WARNING, NULL, false, no_crc },
};

#define PROFILE_6_12(allow_table) {					\
	.classes = classes_6_12,					\
	.rows = rows_6_12,						\
	.allow = allow_table,						\
	.words = words_6_12,						\
	.search = &search_6_12,						\
	.export_entries = true,						\
	.fatal_word = "ERROR",	/* fatal() is error() and exit(1) */	\
	.unit_suffix = "",						\
}

const struct profile_data profile_data_6_12 = PROFILE_6_12(allow_6_12);
const struct profile_data profile_data_7_0 = PROFILE_6_12(allow_7_0);
const struct profile_data profile_data_7_2 = PROFILE_6_12(allow_7_2);
