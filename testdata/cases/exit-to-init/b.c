// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case exit-to-init (fires), b.c: targets.  The __exit other_exit() calls
 * .text only (legal).
 */
#include "mpl-kernel.h"

int boot_cfg[4] __initdata = { 1, 2, 3, 4 };
int __init reinit(void) { return boot_cfg[0] + mpl_sink; }
noinline int plain(void) { return mpl_sink + 2; }
void __exit other_exit(void) { mpl_sink = plain(); }
