/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * GNU make's jobserver client: under make -jN, every job beyond the one
 * make started us with needs a token read from the jobserver, returned
 * when done.  Both the fifo ("fifo:PATH") and the pipe ("R,W") forms of
 * --jobserver-auth in MAKEFLAGS are understood.
 */
#ifndef _MPL_JOBSERVER_H
#define _MPL_JOBSERVER_H

#include <stdbool.h>

struct jobserver;

/* NULL when MAKEFLAGS names no usable jobserver. */
struct jobserver *jobserver_open(const char *makeflags);
void jobserver_close(struct jobserver *js);

/* Take a token without waiting; true if one was taken. */
bool jobserver_try_acquire(struct jobserver *js);
/* Take a token, waiting for one; false if the jobserver is gone. */
bool jobserver_acquire(struct jobserver *js);
void jobserver_release(struct jobserver *js);

#endif
