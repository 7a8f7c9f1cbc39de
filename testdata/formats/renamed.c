// SPDX-License-Identifier: GPL-2.0-only
/*
 * testdata/formats, renamed.c: a .text function whose symbol carries a
 * compiler-style suffix (renamed_fn.isra.N, N from -DMPL_SUFFIX) and calls
 * board.c's __init function.  Baseline keys must not depend on N.
 */
#include "mpl-kernel.h"

#ifndef MPL_SUFFIX
#define MPL_SUFFIX "isra.0"
#endif

extern int board_detect(void);

noinline int renamed_fn(int n) __asm__("renamed_fn." MPL_SUFFIX);
noinline int renamed_fn(int n)
{
	return board_detect() + n;	/* LINE-RENAMED */
}

int renamed_user(int n)
{
	return renamed_fn(n) + 1;
}
