/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Baselines: the findings a tree already has, recorded so that only new
 * ones are reported.  A key is stable across rebuilds and checkouts (no
 * offsets, no absolute paths, no counters):
 *   unit TAB rule TAB from TAB from-section TAB to TAB to-section
 * with the unit relative to its key base (struct unit), from the
 * from-symbol (its section when there is none), names without compiler
 * suffixes (.constprop.N, .isra.N, .part.N, .cold, .N, ...) or __COUNTER__
 * values (__UNIQUE_ID_fooN), and "-" for an empty field.  The file is the header line "# modpost-lite baseline v2:
 * ..." and the sorted, distinct keys, one a line; blank lines and further
 * #-lines are ignored when it is read.  Any other first line (v1 files
 * included) or a malformed key line is refused, exit status 2.
 */
#ifndef _MPL_BASELINE_H
#define _MPL_BASELINE_H

struct findings;
struct inputs;
struct unit;

/* @u's name in keys: relative to its key base, or its file name. */
char *baseline_unit(const struct unit *u);
/* Write the keys of all findings to @path; 0, or -1 after a message. */
int baseline_write(const char *path, const struct inputs *ins,
		   const struct findings *f);
/*
 * Remove the findings whose key is in the baseline file @path (and the
 * __ex_table notes of removed mismatches); 0, or -1 after a message
 * "modpost-lite: FILE[:LINE]: reason" (nothing is removed then).
 */
int baseline_filter(const char *path, const struct inputs *ins,
		    struct findings *f);
/*
 * @name without compiler-generated suffixes ("foo.constprop.0" -> "foo")
 * and __COUNTER__ values ("__UNIQUE_ID_foo12" -> "__UNIQUE_ID_foo").
 */
char *baseline_symbol(const char *name);

#endif
