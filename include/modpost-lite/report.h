/* SPDX-License-Identifier: GPL-2.0-only */
/* Printing the sorted findings in the chosen format. */
#ifndef _MPL_REPORT_H
#define _MPL_REPORT_H

#include <stdbool.h>
#include <stdio.h>

#include <modpost-lite/options.h>

struct findings;
struct inputs;

struct report_result {
	unsigned int mismatches;	/* section mismatch warnings */
	bool errors;			/* any ERROR printed */
	bool fatal;			/* stopped at a fatal one */
};

/*
 * Before printing: write the baseline (--write-baseline, all findings),
 * drop the baselined findings (--baseline), look up source lines (formats
 * other than modpost's).  0, or -1 when a baseline file failed.
 */
int report_prepare(const struct options *opt, const struct inputs *ins,
		   struct findings *f, unsigned int nthreads);
struct format_ctx;

void report_print(const struct format_ctx *c, const struct findings *f,
		  struct report_result *res);

#endif
