// SPDX-License-Identifier: GPL-2.0-only
/* The worker pool: a shared job counter, one thread per worker. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>

#include <modpost-lite/jobserver.h>
#include <modpost-lite/pool.h>
#include <modpost-lite/util.h>

struct pool {
	atomic_size_t next;
	size_t njobs;
	pool_fn fn;
	void *ctx;
	struct jobserver *js;
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
	while ((job = atomic_fetch_add(&p->next, 1)) < p->njobs)
		p->fn(p->ctx, job, w->id);
	if (w->id && p->js)
		jobserver_release(p->js);
	return NULL;
}

void pool_run(unsigned int nthreads, struct jobserver *js, size_t njobs,
	      pool_fn fn, void *ctx)
{
	struct pool p = { .njobs = njobs, .fn = fn, .ctx = ctx, .js = js };
	struct worker *w;
	pthread_t *t;
	unsigned int i, started = 0;

	atomic_init(&p.next, 0);
	if (nthreads > njobs)
		nthreads = njobs ? (unsigned int)njobs : 1;
	if (nthreads <= 1) {
		struct worker one = { &p, 0 };

		work(&one);
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
	free(t);
	free(w);
}
