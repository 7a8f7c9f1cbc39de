// SPDX-License-Identifier: GPL-2.0-only
/* The worker pool: a shared job counter, one thread per worker. */
#include <pthread.h>
#include <sched.h>
#include <stdbool.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <modpost-lite/jobserver.h>
#include <modpost-lite/pool.h>
#include <modpost-lite/util.h>

struct pool {
	atomic_size_t next;
	size_t njobs;
	pool_fn fn;
	void *ctx;
	struct jobserver *js;
	atomic_uint ran;	/* workers that ran (MPL_DEBUG_JOBS) */
};

struct worker {
	struct pool *p;
	unsigned int id;
	/* the CPUs the pool may use, to go back to when placed (place()) */
	const cpu_set_t *allowed;
};

/*
 * Where a new worker starts.  Linux put a new thread on the CPU of the
 * thread that created it, which went on scanning, and the worker waited
 * there for a tick and a migration: on the development VM (2 CPUs) it
 * started 1.2 to 2.9 ms after pthread_create(), where the scan's whole
 * -j2 wall time is some 25 ms; started on another allowed CPU, 0.04 to
 * 0.24 ms.  So worker @id is created bound to one of the CPUs the process
 * may use other than the creator's current one (in turn), and at once
 * lets itself run on all of them again: only its first CPU is chosen.
 * False (create it as it comes) when there is no other CPU or the
 * calls fail.
 */
static bool place(pthread_attr_t *attr, const cpu_set_t *allowed,
		  unsigned int id)
{
	int here = sched_getcpu(), n = CPU_COUNT(allowed) - 1, k, cpu;
	cpu_set_t one;

	if (here < 0 || !CPU_ISSET(here, allowed) || n < 1)
		return false;
	k = (int)((id - 1) % (unsigned int)n);
	for (cpu = 0; cpu < CPU_SETSIZE; cpu++) {
		if (!CPU_ISSET(cpu, allowed) || cpu == here)
			continue;
		if (k-- == 0)
			break;
	}
	CPU_ZERO(&one);
	CPU_SET(cpu, &one);
	return !pthread_attr_setaffinity_np(attr, sizeof(one), &one);
}

static void *work(void *arg)
{
	struct worker *w = arg;
	struct pool *p = w->p;
	size_t job;

	if (w->allowed)		/* placed: free to move from here on */
		(void)pthread_setaffinity_np(pthread_self(),
					     sizeof(*w->allowed), w->allowed);

	/*
	 * Worker 0 runs on the token make gave us; the others need one of
	 * their own, and give up at once when make has none to spare.
	 */
	if (w->id && p->js && !jobserver_try_acquire(p->js))
		return NULL;
	atomic_fetch_add(&p->ran, 1);
	while ((job = atomic_fetch_add(&p->next, 1)) < p->njobs)
		p->fn(p->ctx, job, w->id);
	if (w->id && p->js)
		jobserver_release(p->js);
	return NULL;
}

/*
 * MPL_DEBUG_JOBS=1: one line per pool run on standard error, saying how
 * many of the workers started got to run (the others found no jobserver
 * token).  For the tests of the jobserver client.
 */
static void debug_report(struct pool *p, unsigned int nthreads)
{
	const char *e = getenv("MPL_DEBUG_JOBS");

	if (!e || !*e || !strcmp(e, "0"))
		return;
	fprintf(stderr, "modpost-lite: pool: %zu jobs, %u of %u workers ran\n",
		p->njobs, atomic_load(&p->ran), nthreads);
}

void pool_run(unsigned int nthreads, struct jobserver *js, size_t njobs,
	      pool_fn fn, void *ctx)
{
	struct pool p = { .njobs = njobs, .fn = fn, .ctx = ctx, .js = js };
	struct worker *w;
	pthread_t *t;
	unsigned int i, started = 0;
	cpu_set_t allowed;
	bool have_allowed;

	atomic_init(&p.next, 0);
	atomic_init(&p.ran, 0);
	if (nthreads > njobs)
		nthreads = njobs ? (unsigned int)njobs : 1;
	if (nthreads <= 1) {
		struct worker one = { .p = &p, .id = 0 };

		work(&one);
		debug_report(&p, 1);
		return;
	}
	w = xcalloc(nthreads, sizeof(*w));
	t = xcalloc(nthreads, sizeof(*t));
	have_allowed = !sched_getaffinity(0, sizeof(allowed), &allowed);
	for (i = 1; i < nthreads; i++) {
		pthread_attr_t attr;
		bool placed, ok;

		w[i].p = &p;
		w[i].id = i;
		if (pthread_attr_init(&attr))
			break;
		placed = have_allowed && place(&attr, &allowed, i);
		w[i].allowed = placed ? &allowed : NULL;
		ok = !pthread_create(&t[i], placed ? &attr : NULL, work, &w[i]);
		pthread_attr_destroy(&attr);
		if (!ok)
			break;
		started = i;
	}
	w[0].p = &p;
	work(&w[0]);
	for (i = 1; i <= started; i++)
		pthread_join(t[i], NULL);
	debug_report(&p, nthreads);
	free(t);
	free(w);
}
