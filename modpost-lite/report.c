// SPDX-License-Identifier: GPL-2.0-only
/*
 * Printing findings.  The modpost format goes to stderr, as modpost's, and
 * so does the gnu format, as compilers' diagnostics; json and sarif go to
 * stdout.  Every format stops after a fatal finding, as modpost does.
 */
#include <stdio.h>

#include <modpost-lite/baseline.h>
#include <modpost-lite/explain.h>
#include <modpost-lite/finding.h>
#include <modpost-lite/format.h>
#include <modpost-lite/inputs.h>
#include <modpost-lite/profile.h>
#include <modpost-lite/report.h>
#include <modpost-lite/srcline.h>

int report_prepare(const struct options *opt, const struct inputs *ins,
		   struct findings *f, unsigned int nthreads)
{
	int rc = 0;

	if (opt->write_baseline && baseline_write(opt->write_baseline, ins, f))
		rc = -1;
	if (opt->baseline && baseline_filter(opt->baseline, ins, f))
		rc = -1;
	if (opt->format != FMT_MODPOST)
		srcline_fill(ins, f, nthreads);
	return rc;
}

void report_print(const struct format_ctx *c, const struct findings *f,
		  struct report_result *res)
{
	size_t i, n = f->n;

	res->mismatches = 0;
	res->errors = res->fatal = false;
	for (i = 0; i < f->n; i++) {
		const struct finding *x = &f->v[i];
		enum severity sev = profile_severity(c->prof, x);

		if (profile_words(c->prof, x->rule)->counts)
			res->mismatches++;
		if (sev != SEV_WARNING)
			res->errors = true;
		if (sev == SEV_FATAL) {
			res->fatal = true;
			n = i + 1;
			break;
		}
	}
	switch (c->opt->format) {
	case FMT_GNU:
		format_gnu(stderr, c, f, n);
		break;
	case FMT_JSON:
		format_json(stdout, c, f, n);
		break;
	case FMT_SARIF:
		format_sarif(stdout, c, f, n);
		break;
	case FMT_MODPOST:
	default:
		format_modpost(stderr, c, f, n);
		break;
	}
	fflush(stdout);
}
