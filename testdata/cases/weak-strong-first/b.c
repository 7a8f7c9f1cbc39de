// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case weak-strong-first (mixed), b.c (linked first): strong definitions.
 */
#include "mpl-kernel.h"

int __init arch_early(void) { return mpl_sink + 1; }
noinline int text_fn(void) { return mpl_sink + 2; }

int __init arch_hook(void)
{
	return arch_early() + 2;		/* init -> init: fine */
}

noinline void arch_late(void)
{
	mpl_sink = 8;
}

void *hook_table[2] = { text_fn, text_fn };
int b_last_data = 5;
