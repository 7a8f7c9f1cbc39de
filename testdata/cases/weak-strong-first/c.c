// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case weak-strong-first (mixed), c.c: users of the overridden symbols.
 * arch_hook is b.c's __init (fires), arch_late b.c's .text (silent),
 * hook_table b.c's .data (no init reference: silent).
 */
#include "mpl-kernel.h"

extern int arch_hook(void);
extern void arch_late(void);
extern void *hook_table[2];

noinline int use_hooks(int v)
{
	if (v)
		arch_late();
	return arch_hook() + (hook_table[0] != 0);
}
