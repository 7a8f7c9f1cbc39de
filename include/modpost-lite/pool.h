/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * A pool of worker threads running numbered jobs.  Each worker has its own
 * slot (its index) for private state; jobs are taken in increasing order.
 */
#ifndef _MPL_POOL_H
#define _MPL_POOL_H

#include <stddef.h>

struct jobserver;

typedef void (*pool_fn)(void *ctx, size_t job, unsigned int worker);

/*
 * Run jobs 0..njobs-1 on @nthreads workers (1: in the calling thread).
 * With a jobserver, workers beyond the first run only while they hold a
 * token from it.
 */
void pool_run(unsigned int nthreads, struct jobserver *js, size_t njobs,
	      pool_fn fn, void *ctx);

#endif
