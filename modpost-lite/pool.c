// SPDX-License-Identifier: GPL-2.0-only
/* The worker pool: a shared job counter, one thread per worker. */
#include <pthread.h>
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
};

static void *work(void *arg)
{
	struct worker *w = arg;
	struct pool *p = w->p;
	size_t job;

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

	atomic_init(&p.next, 0);
	atomic_init(&p.ran, 0);
	if (nthreads > njobs)
		nthreads = njobs ? (unsigned int)njobs : 1;
	if (nthreads <= 1) {
		struct worker one = { &p, 0 };

		work(&one);
		debug_report(&p, 1);
		return;
	}
	w = xcalloc(nthreads, sizeof(*w));
	t = xcalloc(nthreads, sizeof(*t));
	for (i = 1; i < nthreads; i++) {
		w[i].p = &p;
		w[i].id = i;
		if (pthread_create(&t[i], NULL, work, &w[i]))
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
