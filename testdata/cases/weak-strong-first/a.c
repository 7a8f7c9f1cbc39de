// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case weak-strong-first (mixed), a.c (linked after b.c, see "order"):
 * weak definitions that lose against b.c's strong ones, which come first
 * in the link.
 *  - arch_hook: weak .text here, calling __init arch_early() in its dead
 *    body (still reported; named after the nearest preceding symbol of the
 *    merged .text, which belongs to b.c); strong __init in b.c, so c.c's
 *    call fires.
 *  - hook_table: weak .data table pointing at __init code (dead, still
 *    reported); b.c's strong table points at .text.
 *  - arch_late: weak __exit here, strong .text in b.c; c.c's call is
 *    silent.
 */
#include "mpl-kernel.h"

extern int arch_early(void);
extern int text_fn(void);

int __weak arch_hook(void)
{
	return arch_early() + 1;
}

void *hook_table[2] __weak = { arch_early, text_fn };

void __weak __exit arch_late(void)
{
	mpl_sink = 9;
}
