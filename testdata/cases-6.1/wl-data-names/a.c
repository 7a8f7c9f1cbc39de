// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case wl-data-names (6.1 only), a.c: the init/exit targets.  b.c and c.S
 * point at them from .data and .text under names that 6.1's
 * secref_whitelist() (modpost.c lines 1058-1123) knows.
 */
#include "mpl-kernel.h"

noinline int __init wd_init(void) { return mpl_sink; }
noinline void __exit wd_exit(void) { mpl_sink = 0; }
int wd_initdata[2] __initdata = { 1, 2 };
int wd_exitdata[2] __exitdata = { 3, 4 };
noinline int __meminit wd_meminit(void) { return mpl_sink + 1; }
int wd_meminitdata[2] __meminitdata = { 5, 6 };
