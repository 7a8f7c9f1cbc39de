/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Words for findings: the rule ids (one per kind of finding, used by the
 * gnu, json and sarif formats, by baselines and by --explain), their
 * explanations with the usual fix, and descriptions of symbols by the
 * section they live in ("__init function", "__initdata variable").
 */
#ifndef _MPL_EXPLAIN_H
#define _MPL_EXPLAIN_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include <modpost-lite/finding.h>

enum rule_id {
	R_TEXT_TO_INIT_EXIT,	/* mismatch: .text/.data -> .init/.exit */
	R_INIT_TO_EXIT,
	R_EXIT_TO_INIT,
	R_PCI_FIXUP_TO_INIT,
	R_EXTABLE_TO_NON_TEXT,
	R_EXTABLE_SECTION,	/* the extra __ex_table lines */
	R_EXPORT_INIT_EXIT,
	R_EXPORT_MALFORMED,
	R_EXPORTED_TWICE,
	R_NONALLOC_SECTION,
	R_COMMON_SYMBOL,
	R_EXPORT_NO_CRC,
	R_NR
};

struct explanation {
	const char *id;		/* "text-to-init-exit" */
	const char *title;	/* one line: what it is */
	const char *fix;	/* one line: the usual fix */
	const char *text;	/* paragraphs, lines of at most 72 columns */
};

const struct explanation *explain_rule(enum rule_id r);
enum rule_id explain_rule_of(const struct finding *f);
/* The rule with this id, or NULL. */
const struct explanation *explain_find(const char *id);
/* "section-mismatch", "export-init-exit", ...: the "kind" of json. */
const char *explain_kind_name(enum finding_kind k);
/* Print the explanation as lines, each after @prefix. */
void explain_print(FILE *out, const struct explanation *e,
		   const char *prefix);
/* Print every rule id and title (for --explain=list). */
void explain_list(FILE *out);

/*
 * What a symbol in section @sec is, by the section's name: "__init
 * function", "__initdata variable", "function", "variable"...  *is_func
 * tells whether to print it as name().
 */
const char *explain_symbol_kind(const char *sec, bool *is_func);

#endif
