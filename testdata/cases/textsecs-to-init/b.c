// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case textsecs-to-init (fires), b.c: the __init/__exit targets, plus a
 * .sched.text function in the second object calling __init code (fires; the
 * merged .sched.text makes its offset relative to a.c's part).
 */
#include "mpl-kernel.h"

noinline int __init early_init_hw(int v)
{
	return v ^ mpl_sink;
}

noinline void __exit late_exit_hw(void)
{
	mpl_sink = 0;
}

__sched int sched_second(int v)
{
	return early_init_hw(v) * 2;
}
