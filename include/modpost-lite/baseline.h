/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Baselines: the findings a tree already has, recorded so that only new
 * ones are reported.  A key is stable across rebuilds (no offsets):
 *   unit TAB rule TAB from TAB from-section TAB to TAB to-section
 * with from the from-symbol (its section when there is none), names with
 * compiler suffixes (.constprop.N, .isra.N, .part.N, .cold, .N, ...)
 * removed and "-" for an empty field.  The file is a header comment line
 * and the sorted, distinct keys, one a line.
 */
#ifndef _MPL_BASELINE_H
#define _MPL_BASELINE_H

struct findings;
struct inputs;

/* The key of finding @i (an __ex_table note has its mismatch's key). */
char *baseline_key(const struct inputs *ins, const struct findings *f,
		   size_t i);
/* Write the keys of all findings to @path; 0, or -1 after a message. */
int baseline_write(const char *path, const struct inputs *ins,
		   const struct findings *f);
/*
 * Remove the findings whose key is in the baseline file @path (and the
 * __ex_table notes of removed mismatches); 0, or -1 after a message.
 */
int baseline_filter(const char *path, const struct inputs *ins,
		    struct findings *f);
/* @name without compiler-generated suffixes ("foo.constprop.0" -> "foo"). */
char *baseline_symbol(const char *name);

#endif
