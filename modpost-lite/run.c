// SPDX-License-Identifier: GPL-2.0-only
/*
 * The pipeline: expand inputs, scan every object in parallel, pull the
 * --lib members ld would pull, link each unit, judge global references
 * and check the suspect objects in parallel while the export model is
 * built, sort, report, write the output files.
 */
#include <errno.h>
#include <libelf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <modpost-lite/check.h>
#include <modpost-lite/elfobj.h>
#include <modpost-lite/exports.h>
#include <modpost-lite/finding.h>
#include <modpost-lite/format.h>
#include <modpost-lite/inputs.h>
#include <modpost-lite/jobserver.h>
#include <modpost-lite/kbuild-out.h>
#include <modpost-lite/layout.h>
#include <modpost-lite/link.h>
#include <modpost-lite/mpl.h>
#include <modpost-lite/options.h>
#include <modpost-lite/outfile.h>
#include <modpost-lite/pool.h>
#include <modpost-lite/profile.h>
#include <modpost-lite/report.h>
#include <modpost-lite/secclass.h>
#include <modpost-lite/select.h>
#include <modpost-lite/strbuf.h>
#include <modpost-lite/summary.h>
#include <modpost-lite/symvers.h>
#include <modpost-lite/util.h>

/* Everything one run has, phase after phase. */
struct run {
	struct options opt;
	const struct profile *prof;	/* the modpost this run speaks */
	struct profile_hint *hints;	/* what the options and inputs say */
	size_t nhints, caphints;
	struct strlist dumps;		/* -K's Module.symvers, then -i's */
	bool external;
	unsigned int nthreads;
	struct jobserver *js;
	struct inputs ins;
	struct objsum *sums;
	struct scanner *sc;		/* per worker */
	struct link *link;
	struct layout *layout;
	struct exports ex;
	struct findings exported;	/* exports_build()'s, beside the link */
	int exports_rc;
	struct findings found;
	struct strbuf export_c;		/* --vmlinux-export-c, to write */
	bool bad;			/* an input could not be read: exit 2 */
};

static unsigned int thread_count(const struct options *opt)
{
	long n;

	if (opt->jobs)
		return opt->jobs;
	n = sysconf(_SC_NPROCESSORS_ONLN);
	return n > 0 ? (unsigned int)n : 1;
}

static void add_hint(struct run *r, const struct profile *p, char *why)
{
	GROW(r->hints, r->caphints, r->nhints);	/* one per object at most */
	r->hints[r->nhints].p = p;
	r->hints[r->nhints].at_least = 0;
	r->hints[r->nhints++].why = why;
}

/* A hint that the kernel is release @rel or later. */
static void add_bound(struct run *r, unsigned int rel, char *why)
{
	add_hint(r, NULL, why);
	r->hints[r->nhints - 1].at_least = rel;
}

/* -K DIR: the release of the kernel built there, if it says. */
static int kbuild_dir_hint(struct run *r)
{
	char *path = xasprintf("%s/include/config/kernel.release",
			       r->opt.kbuild_dir);
	char rel[256] = "", *err = NULL;
	const struct profile *p;
	FILE *f = fopen(path, "r");
	int rc = 0;

	if (f) {
		if (fgets(rel, sizeof(rel), f))
			rel[strcspn(rel, "\n")] = '\0';
		fclose(f);
		p = profile_for_release(rel, &err);
		if (p) {
			add_hint(r, p, xasprintf("%s: %s", path, rel));
		} else {
			fprintf(stderr, "modpost-lite: %s: %s\n", path, err);
			free(err);
			rc = 2;
		}
	}
	free(path);
	return rc;
}

/* 0, or 2 after a message: the options need something that is not there. */
static int run_setup(struct run *r)
{
	char *err = NULL;
	unsigned int i;

	if (r->opt.kernel) {
		r->prof = profile_for_release(r->opt.kernel, &err);
		if (r->prof && !r->prof->data) {
			free(err);
			err = xasprintf("profile %s is not available yet",
					r->prof->name);
			r->prof = NULL;
		}
		if (!r->prof) {
			fprintf(stderr, "modpost-lite: --kernel=%s: %s\n",
				r->opt.kernel, err);
			free(err);
			return 2;
		}
	}
	if (r->opt.kbuild_dir && kbuild_dir_hint(r))
		return 2;
	/* as Kbuild's M= builds: the kernel's Module.symvers, then -i's */
	r->dumps.v = xcalloc(r->opt.dumps.n + 1, sizeof(*r->dumps.v));
	if (r->opt.kbuild_dir)
		r->dumps.v[r->dumps.n++] = xasprintf("%s/Module.symvers",
						     r->opt.kbuild_dir);
	for (i = 0; i < r->opt.dumps.n; i++)
		r->dumps.v[r->dumps.n++] = xstrdup(r->opt.dumps.v[i]);
	r->nthreads = thread_count(&r->opt);
	if (!r->opt.jobs)
		r->js = jobserver_open(getenv("MAKEFLAGS"));
	return 0;
}

static void run_inputs(struct run *r)
{
	struct input_opts iopt = { 0 };
	unsigned int i;

	inputs_init(&r->ins);
	iopt.module = r->opt.module;
	iopt.ignore_missing = r->opt.ignore_missing;
	for (i = 0; i < (unsigned int)r->opt.nargs; i++)
		inputs_add_arg(&r->ins, &iopt, r->opt.args[i]);
	for (i = 0; i < r->opt.lists.n; i++)
		inputs_add_list(&r->ins, &iopt, r->opt.lists.v[i]);
	for (i = 0; i < r->opt.libs.n; i++)
		inputs_add_lib(&r->ins, &iopt, r->opt.libs.v[i], i + 1);
	for (i = 0; i < r->ins.nerrors; i++) {
		fprintf(stderr, "modpost-lite: %s\n", r->ins.errors[i]);
		r->bad = true;
	}
	if (r->ins.list_of_ko)
		add_hint(r, profile_named("6.1"),
			 xasprintf("%s: lists X.ko (6.1's modules.order)",
				   r->ins.list_of_ko));
	if (r->ins.list_of_o)
		add_hint(r, profile_default(),
			 xasprintf("%s: lists X.o (6.12's modules.order)",
				   r->ins.list_of_o));
	/* modpost -e; also when no input is vmlinux, as in an M= build */
	r->external = r->opt.external || r->opt.kbuild_dir;
	for (i = 0; i < r->ins.nunits; i++)
		if (r->ins.units[i].is_vmlinux)
			break;
	if (i == r->ins.nunits)
		r->external = true;
}

struct scan_job {
	struct run *r;
	struct scan_opts sopt;
};

static void scan_one(void *p, size_t job, unsigned int worker)
{
	struct scan_job *s = p;

	scan_object(&s->r->ins.in[job], &s->sopt, &s->r->sc[worker],
		    &s->r->sums[job]);
}

static void scan_all(struct run *r, const struct profile *p)
{
	struct scan_job sj = { r, { 0 } };
	size_t i, largest = 0;
	unsigned int w;

	sj.sopt.prof = p;
	sj.sopt.exports = r->opt.exports;
	sj.sopt.undefined = r->opt.libs.n > 0;
	sj.sopt.modinfo = r->opt.builtin_modinfo != NULL;
	r->sums = xcalloc(r->ins.nin, sizeof(*r->sums));
	r->sc = xcalloc(r->nthreads, sizeof(*r->sc));
	/* archive members' sizes are known: one read buffer per worker */
	for (i = 0; i < r->ins.nin; i++)
		if (r->ins.in[i].size > largest &&
		    r->ins.in[i].size < SIZE_MAX / 4)
			largest = (size_t)r->ins.in[i].size;
	for (w = 0; w < r->nthreads; w++) {
		scanner_init(&r->sc[w], w, p);
		objbuf_reserve(&r->sc[w].buf, largest + 1);
	}
	pool_run(r->nthreads, r->js, r->ins.nin, scan_one, &sj);
}

static void scan_free(struct run *r)
{
	unsigned int w;
	size_t i;

	for (i = 0; i < r->ins.nin && r->sums; i++)
		objsum_free(&r->sums[i]);
	free(r->sums);
	for (w = 0; w < r->nthreads && r->sc; w++)
		scanner_free(&r->sc[w]);
	free(r->sc);
	r->sums = NULL;
	r->sc = NULL;
}

/* What the scanned objects say of their kernel. */
static void object_hints(struct run *r)
{
	size_t i;

	for (i = 0; i < r->ins.nin; i++) {
		const struct objsum *s = &r->sums[i];
		const struct input *in = &r->ins.in[i];
		bool ko = in->linked_module;

		if (s->release) {
			/* NULL: no profile covers it (run_scan says so) */
			add_hint(r, profile_of_number(s->release),
				 xasprintf("%s: vermagic %u.%u", in->display,
					   s->release / 1000,
					   s->release % 1000));
		} else if (s->ksymtab_sections && !ko) {
			add_hint(r, profile_named("6.1"),
				 xasprintf("%s: ___ksymtab sections (exports before 6.5)",
					   in->display));
		} else if (s->export_symbol && !ko) {
			add_bound(r, profile_release_number("6.5"),
				  xasprintf("%s: an .export_symbol section (exports since 6.5)",
					    in->display));
		}
	}
}

/*
 * One line for an object that could not be read.  A thin archive member
 * that could not be opened is named as ARCHIVE(MEMBER): it is the archive
 * that lists it; with -n a missing one is only noted, as modpost -n does
 * (its summary stays empty, so nothing else looks at it).
 */
static void read_error(struct run *r, size_t i)
{
	const struct input *in = &r->ins.in[i];
	const struct objsum *s = &r->sums[i];

	if (!in->listed_in || !s->open_errno) {
		fprintf(stderr, "modpost-lite: %s: %s\n", in->display, s->err);
		r->bad = true;
	} else if (r->opt.ignore_missing && s->open_errno == ENOENT) {
		fprintf(stderr, "modpost-lite: %s(%s): %s (ignored)\n",
			in->listed_in, in->path, s->err);
	} else {
		fprintf(stderr, "modpost-lite: %s(%s): %s\n", in->listed_in,
			in->path, s->err);
		r->bad = true;
	}
}

/*
 * The profile decides the section classes the scan uses, and the objects
 * say which profile they are for: scan with the best guess, then scan
 * again if the objects said otherwise.  0, or 2 after a message.
 */
static int run_scan(struct run *r)
{
	const struct profile *guess, *p;
	char *err = NULL;
	size_t i;

	guess = r->prof ? r->prof :
		profile_choose(r->hints, r->nhints, profile_default(), &err);
	if (!guess)
		guess = profile_default();	/* the choice below says why */
	free(err);
	err = NULL;
	scan_all(r, guess);
	if (!r->prof) {
		object_hints(r);
		for (i = 0; i < r->nhints; i++) {
			if (!r->hints[i].p && !r->hints[i].at_least) {
				fprintf(stderr, "modpost-lite: %s: no profile for this kernel (see --help)\n",
					r->hints[i].why);
				return 2;
			}
		}
		p = profile_choose(r->hints, r->nhints, profile_default(),
				   &err);
		if (!p) {
			fprintf(stderr, "modpost-lite: %s\n", err);
			free(err);
			return 2;
		}
		r->prof = p;
		if (p != guess) {
			scan_free(r);
			scan_all(r, p);
		}
	}
	for (i = 0; i < r->ins.nin; i++)
		if (r->sums[i].err)
			read_error(r, i);
	return 0;
}

/*
 * run_link()'s pool: job 0 resolves the names, job 1 builds the export
 * model, which reads only the summaries' exports and definitions' names
 * (not sdef::won, which the link writes: exports_set_types() reads that
 * after it).
 */
static void link_one(void *p, size_t job, unsigned int worker)
{
	struct run *r = p;
	struct export_opts eo = { r->external };

	(void)worker;
	if (job == 0)
		r->link = link_build(&r->ins, r->sums, r->prof, &r->found);
	else
		r->exports_rc = exports_build(&r->ex, &r->ins, r->sums,
					      &r->dumps, &eo, &r->exported);
}

/*
 * Must be after run_scan(), whose summaries it reads, and before
 * run_after_link(), which needs the resolved names and the layout.  The
 * link is one worker's (a unit's names are filled in link order): the
 * export model, the next longest pass, is built beside it.
 */
static void run_link(struct run *r)
{
	/* ld decides which --lib members are in the link before resolving:
	 * must be before both jobs, which read the units' members */
	select_lib_members(&r->ins, r->sums);
	pool_run(r->nthreads, r->js, 2, link_one, r);
	r->layout = layout_new(&r->ins, r->sums, r->sc, r->nthreads);
}

static bool in_a_unit(const struct run *r, unsigned int input)
{
	const struct unit *u = &r->ins.units[r->ins.in[input].unit];
	unsigned int k;

	if (!r->ins.in[input].lib)
		return true;
	for (k = 0; k < u->ninputs; k++)
		if (u->input[k] == input)
			return true;
	return false;	/* a --lib member ld does not pull */
}

/*
 * What the pool of run_after_link() shares: job 0 gives the exports the
 * types of the definitions that won, job 1 + i judges input i and checks
 * it when that leaves it suspect.
 */
struct after_link {
	struct run *r;
	const struct check_ctx *cc;
	struct findings *checked;	/* per worker: the checks' findings */
};

static void after_link_one(void *p, size_t job, unsigned int worker)
{
	struct after_link *a = p;
	struct run *r = a->r;
	const struct objsum *sum;
	unsigned int input;

	if (job == 0) {
		exports_set_types(&r->ex, &r->ins, r->sums, r->link);
		return;
	}
	input = (unsigned int)job - 1;
	sum = &r->sums[input];
	/* must be before check_object(): it marks the input suspect */
	link_judge_refs(r->link, r->prof, &r->ins, r->sums, input);
	if (!sum->err && sum->suspect && in_a_unit(r, input))
		check_object(a->cc, input, &r->sc[worker].buf,
			     &a->checked[worker]);
}

/*
 * The passes that need the link, in one pool.  The exports' types read
 * only the link and the summaries' definitions and exports; judging and
 * checking an input reads the link and the layout and writes that
 * input's suspect mark alone: so the types are given beside them.  The
 * findings are merged as the passes ran one after another did: the
 * checks' by worker, the non-allocatable sections', the exports' (made
 * beside the link).  Must be after run_link().
 */
static void run_after_link(struct run *r)
{
	struct check_ctx cc = { r->prof, &r->ins, r->sums, r->link, r->layout,
				r->opt.exports, r->opt.extra_warn, NULL };
	struct after_link a = { r, &cc, NULL };
	size_t i, njobs = 1 + (r->opt.no_checks ? 0 : r->ins.nin);
	unsigned int w;

	cc.errors = xcalloc(r->ins.nin, sizeof(*cc.errors));
	a.checked = xcalloc(r->nthreads, sizeof(*a.checked));
	pool_run(r->nthreads, r->js, njobs, after_link_one, &a);
	for (w = 0; w < r->nthreads; w++)
		findings_move(&r->found, &a.checked[w]);
	if (!r->opt.no_checks)
		check_nonalloc(&cc, &r->found);
	for (i = 0; i < r->ins.nin; i++) {
		if (cc.errors[i]) {
			fprintf(stderr, "modpost-lite: %s: %s\n",
				r->ins.in[i].display, cc.errors[i]);
			free(cc.errors[i]);
			r->bad = true;
		}
	}
	findings_move(&r->found, &r->exported);
	if (r->exports_rc)
		r->bad = true;
	free(cc.errors);
	free(a.checked);
}

/* The vmlinux unit, or -1. */
static int vmlinux_unit(const struct run *r)
{
	size_t u;

	for (u = 0; u < r->ins.nunits; u++)
		if (r->ins.units[u].is_vmlinux)
			return (int)u;
	return -1;
}

static bool crcs_needed(const struct options *o)
{
	return o->modversions && (o->symvers_out || o->vmlinux_symvers ||
				  o->vmlinux_export_c);
}

/* Must be after run_after_link(), which builds the export model. */
static void run_exports(struct run *r)
{
	int vm = vmlinux_unit(r);

	if (crcs_needed(&r->opt) &&
	    exports_set_crcs(&r->ex, &r->ins, r->nthreads, r->js))
		r->bad = true;
	/* made now: its CRC warnings are findings to report */
	if (r->opt.vmlinux_export_c)
		kbuild_export_c(&r->export_c, &r->ex,
				vm < 0 ? NULL : exports_of_unit(&r->ex, vm),
				r->opt.modversions, vm < 0 ? 0 : vm,
				&r->found);
}

static int write_symvers(const struct run *r, const char *path, int unit)
{
	struct strbuf sb = { 0 };
	size_t i;
	int rc;

	for (i = 0; i < r->ex.nowners; i++)
		if (r->ex.owners[i].unit >= 0 &&
		    (unit < 0 || r->ex.owners[i].unit == unit))
			symvers_format(&sb, &r->ex, &r->ex.owners[i]);
	rc = outfile_write(path, sb_str(&sb), sb.len, false);
	sb_free(&sb);
	return rc;
}

/*
 * Only when every input was read.  As modpost, which writes no
 * Module.symvers or .vmlinux.export.c after an error; the .modinfo copy
 * was objcopy's job, which errors do not stop.
 */
static void run_outputs(struct run *r, bool errors)
{
	int vm = vmlinux_unit(r);
	struct strbuf sb = { 0 };

	if (r->bad)
		return;
	if (r->opt.builtin_modinfo) {
		if (vm >= 0)
			kbuild_builtin_modinfo(&sb, r->sums, r->layout, vm);
		if (outfile_write(r->opt.builtin_modinfo, sb_str(&sb), sb.len,
				  true))
			r->bad = true;
		sb_free(&sb);
	}
	if (errors)
		return;
	if (r->opt.vmlinux_export_c &&
	    outfile_write(r->opt.vmlinux_export_c, sb_str(&r->export_c),
			  r->export_c.len, true))
		r->bad = true;
	/* a vmlinux that exports nothing writes an empty file, as modpost */
	if (r->opt.vmlinux_symvers &&
	    write_symvers(r, r->opt.vmlinux_symvers, vm < 0 ? INT32_MAX : vm))
		r->bad = true;
	if (r->opt.symvers_out && write_symvers(r, r->opt.symvers_out, -1))
		r->bad = true;
}

static void run_free(struct run *r)
{
	size_t i;

	sb_free(&r->export_c);
	exports_free(&r->ex);
	findings_free(&r->exported);
	findings_free(&r->found);
	layout_free(r->layout);
	link_free(r->link);
	scan_free(r);
	jobserver_close(r->js);
	inputs_free(&r->ins);
	for (i = 0; i < r->dumps.n; i++)
		free((char *)r->dumps.v[i]);
	free(r->dumps.v);
	for (i = 0; i < r->nhints; i++)
		free(r->hints[i].why);
	free(r->hints);
	options_free(&r->opt);
}

int mpl_main(int argc, char **argv)
{
	struct report_result res;
	struct format_ctx fc;
	struct run r;
	int rc;

	memset(&r, 0, sizeof(r));
	rc = options_parse(&r.opt, argc, argv);
	if (!rc)
		rc = run_setup(&r);
	if (rc) {
		run_free(&r);
		return rc == 1 ? 0 : 2;
	}
	elf_version(EV_CURRENT);

	run_inputs(&r);
	if (run_scan(&r)) {
		run_free(&r);
		return 2;
	}
	run_link(&r);
	run_after_link(&r);
	run_exports(&r);

	findings_sort(&r.found);
	if (report_prepare(&r.opt, &r.ins, &r.found, r.nthreads))
		r.bad = true;
	fc.opt = &r.opt;
	fc.ins = &r.ins;
	fc.prof = r.prof;
	report_print(&fc, &r.found, &res);
	run_outputs(&r, res.errors);
	if (!res.fatal && r.opt.error_on_mismatch && res.mismatches) {
		fputs("ERROR: modpost: Section mismatches detected.\n"
		      "Set CONFIG_SECTION_MISMATCH_WARN_ONLY=y to allow them.\n",
		      stderr);
		res.errors = true;
	}

	rc = r.bad ? 2 : res.errors ? 1 : 0;
	run_free(&r);
	return rc;
}
