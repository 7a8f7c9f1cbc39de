// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case ksymtab-odd (6.1 only), a.c: ordinary exports that b.S and c.c
 * collide with.
 */
#include "mpl-kernel.h"

noinline int ko_twice(void) { return mpl_sink; }
noinline int __init ko_init_twice(void) { return mpl_sink + 1; }
EXPORT_SYMBOL(ko_twice);
EXPORT_SYMBOL(ko_init_twice);
