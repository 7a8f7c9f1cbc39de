// SPDX-License-Identifier: GPL-2.0-only
/* Printing findings.  The modpost format goes to stderr, as modpost's. */
#include <stdio.h>

#include <modpost-lite/finding.h>
#include <modpost-lite/inputs.h>
#include <modpost-lite/report.h>

static void print_modpost(const struct findings *f, struct report_result *res)
{
	size_t i;

	for (i = 0; i < f->n; i++) {
		const struct finding *x = &f->v[i];

		fprintf(stderr, "%s: modpost: %s", x->error ? "ERROR" :
			"WARNING", x->text);
		if (x->counts)
			res->mismatches++;
		if (x->error)
			res->errors = true;
		if (x->fatal) {
			res->fatal = true;
			break;
		}
	}
}

void report_print(const struct options *opt, const struct inputs *ins,
		  const struct findings *f, struct report_result *res)
{
	(void)ins;
	res->mismatches = 0;
	res->errors = res->fatal = false;
	switch (opt->format) {
	case FMT_MODPOST:
	default:
		print_modpost(f, res);
		break;
	}
}
