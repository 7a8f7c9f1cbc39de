// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case fromoff-before-sym (fires), b.c (second): ordinary .text and .data
 * whose last symbols (b_last, b_var) precede c.S's unlabeled parts in the
 * merged sections.  The init target fs_init lives here.
 */
#include "mpl-kernel.h"

noinline int __init fs_init(void) { return mpl_sink; }

noinline int b_last(int v)
{
	return v * mpl_sink;
}

int b_var[2] = { 1, 2 };
