// SPDX-License-Identifier: GPL-2.0-only
/*
 * The pipeline: expand inputs, scan every object in parallel, link each
 * unit, check the suspect objects in parallel, sort, report.
 */
#include <libelf.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include <modpost-lite/check.h>
#include <modpost-lite/elfobj.h>
#include <modpost-lite/finding.h>
#include <modpost-lite/inputs.h>
#include <modpost-lite/jobserver.h>
#include <modpost-lite/layout.h>
#include <modpost-lite/link.h>
#include <modpost-lite/mpl.h>
#include <modpost-lite/options.h>
#include <modpost-lite/pool.h>
#include <modpost-lite/report.h>
#include <modpost-lite/secclass.h>
#include <modpost-lite/summary.h>
#include <modpost-lite/util.h>

struct scan_job {
	const struct inputs *ins;
	struct objsum *sums;
	struct scan_opts sopt;
	struct scanner *sc;		/* per worker */
};

static void scan_one(void *p, size_t job, unsigned int worker)
{
	struct scan_job *s = p;
	const struct input *in = &s->ins->in[job];

	scan_object(in, &s->sopt, &s->sc[worker], &s->sums[job]);
}

struct judge_job {
	const struct link *link;
	const struct inputs *ins;
	struct objsum *sums;
};

static void judge_one(void *p, size_t job, unsigned int worker)
{
	struct judge_job *j = p;

	(void)worker;
	link_judge_refs(j->link, j->ins, j->sums, (unsigned int)job);
}

struct check_job {
	const struct check_ctx *cc;
	const unsigned int *which;	/* suspect inputs */
	struct findings *out;		/* per worker */
	struct scanner *sc;		/* per worker: its read buffer */
};

static void check_one(void *p, size_t job, unsigned int worker)
{
	struct check_job *c = p;

	check_object(c->cc, c->which[job], &c->sc[worker].buf,
		     &c->out[worker]);
}

static unsigned int thread_count(const struct options *opt)
{
	long n;

	if (opt->jobs)
		return opt->jobs;
	n = sysconf(_SC_NPROCESSORS_ONLN);
	return n > 0 ? (unsigned int)n : 1;
}

int mpl_main(int argc, char **argv)
{
	struct input_opts iopt = { 0 };
	struct report_result res;
	struct findings found = { 0 };
	struct options opt;
	struct inputs ins;
	struct objsum *sums;
	struct jobserver *js = NULL;
	struct scan_job sj;
	struct check_ctx cc;
	struct check_job cj;
	struct judge_job jj;
	struct link *link;
	unsigned int nthreads, *which, nwhich = 0, w;
	bool bad = false;
	size_t i;
	int rc;

	rc = options_parse(&opt, argc, argv);
	if (rc)
		return rc == 1 ? 0 : 2;
	elf_version(EV_CURRENT);

	inputs_init(&ins);
	iopt.module = opt.module;
	for (i = 0; i < (size_t)opt.nargs; i++)
		inputs_add_arg(&ins, &iopt, opt.args[i]);
	for (i = 0; i < opt.nlists; i++)
		inputs_add_list(&ins, opt.lists[i]);

	nthreads = thread_count(&opt);
	if (!opt.jobs)
		js = jobserver_open(getenv("MAKEFLAGS"));

	sums = xcalloc(ins.nin, sizeof(*sums));
	sj.ins = &ins;
	sj.sums = sums;
	sj.sopt.exports = opt.exports;
	sj.sc = xcalloc(nthreads, sizeof(*sj.sc));
	for (w = 0; w < nthreads; w++)
		scanner_init(&sj.sc[w]);
	pool_run(nthreads, js, ins.nin, scan_one, &sj);

	for (i = 0; i < ins.nerrors; i++) {
		fprintf(stderr, "modpost-lite: %s\n", ins.errors[i]);
		bad = true;
	}
	for (i = 0; i < ins.nin; i++) {
		const struct input *in = &ins.in[i];

		if (!sums[i].err)
			continue;
		/* a thin archive lists a file that is not there */
		if (sums[i].unopened && in->listed_in)
			fprintf(stderr, "modpost-lite: %s(%s): %s\n",
				in->listed_in, in->display, sums[i].err);
		else
			fprintf(stderr, "modpost-lite: %s: %s\n",
				in->display, sums[i].err);
		bad = true;
	}

	link = link_build(&ins, sums, opt.exports, &found);
	jj.link = link;
	jj.ins = &ins;
	jj.sums = sums;
	pool_run(nthreads, js, ins.nin, judge_one, &jj);
	cc.ins = &ins;
	cc.sums = sums;
	cc.link = link;
	cc.layout = layout_new(&ins, sums);
	cc.exports = opt.exports;

	which = xcalloc(ins.nin, sizeof(*which));
	for (i = 0; i < ins.nin; i++)
		if (!sums[i].err && sums[i].suspect)
			which[nwhich++] = (unsigned int)i;
	cj.cc = &cc;
	cj.which = which;
	cj.out = xcalloc(nthreads, sizeof(*cj.out));
	cj.sc = sj.sc;
	pool_run(nthreads, js, nwhich, check_one, &cj);
	for (w = 0; w < nthreads; w++)
		findings_move(&found, &cj.out[w]);
	check_nonalloc(&cc, &found);

	findings_sort(&found);
	if (report_prepare(&opt, &ins, &found, nthreads))
		bad = true;
	report_print(&opt, &ins, &found, &res);
	if (!res.fatal && opt.error_on_mismatch && res.mismatches) {
		fputs("ERROR: modpost: Section mismatches detected.\n"
		      "Set CONFIG_SECTION_MISMATCH_WARN_ONLY=y to allow them.\n",
		      stderr);
		res.errors = true;
	}

	rc = bad ? 2 : res.errors ? 1 : 0;

	findings_free(&found);
	free(cj.out);
	free(which);
	layout_free(cc.layout);
	link_free(link);
	for (i = 0; i < ins.nin; i++)
		objsum_free(&sums[i]);
	free(sums);
	for (w = 0; w < nthreads; w++)
		scanner_free(&sj.sc[w]);
	free(sj.sc);
	jobserver_close(js);
	inputs_free(&ins);
	options_free(&opt);
	return rc;
}
