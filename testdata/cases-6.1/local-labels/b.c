// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case local-labels (6.1 only), b.c: C compiled with -Wa,-L.  The
 * compiler's own labels (.LFBn, .Ln, .LCn) land in the symbol table; a
 * call from .text placed after one of them is silent in 6.1.  Which
 * labels there are is the compiler's business, so the expectation is
 * simply what the reference printed for this object.
 */
#include "mpl-kernel.h"

extern int ll_init(void);

noinline int ll_c_user(int v)
{
	if (v > 3)
		return ll_init() + v;
	return v * mpl_sink;
}

int (*ll_c_ptr)(void) = ll_init;
