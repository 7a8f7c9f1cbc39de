/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The words of the rules that are the same in every profile: their ids
 * (what the gnu, json and sarif formats, baselines and --explain use),
 * their explanations with the usual fix, and descriptions of symbols by
 * the section they live in ("__init function", "__initdata variable").
 */
#ifndef _MPL_EXPLAIN_H
#define _MPL_EXPLAIN_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include <modpost-lite/rule.h>

struct explanation {
	const char *id;		/* "text-to-init-exit" */
	const char *title;	/* one line: what it is */
	const char *fix;	/* one line: the usual fix */
	const char *text;	/* paragraphs, lines of at most 72 columns */
};

const struct explanation *explain_rule(enum rule_id r);
/* The rule with this id, or NULL. */
const struct explanation *explain_find(const char *id);
/* "section-mismatch" or the rule's id: the "kind" of json. */
const char *explain_kind_name(enum rule_id r);
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
