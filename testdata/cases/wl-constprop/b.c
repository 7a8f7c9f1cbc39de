// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case wl-constprop (mixed), b.c: the targets, and a C attempt at a real
 * GCC constant-propagation clone: the static, non-inlined scan() is called
 * only with the __initdata table, so GCC -O2 may emit scan.constprop.0
 * referencing .init.data (silent); clang makes no such clone, so there the
 * reference stays in scan() (fires).
 */
#include "mpl-kernel.h"

int cp_initdata[8] __initdata = { 1, 2, 3, 4, 5, 6, 7, 8 };

int __init cp_init(void) { return cp_initdata[0] + mpl_sink; }
void __exit cp_exit(void) { mpl_sink = 0; }

static noinline int scan(const int *tbl, int n)
{
	return tbl[1] * mpl_sink + tbl[n];
}

noinline int scan_user(int n)
{
	return scan(cp_initdata, 8) + scan(cp_initdata, 8) + n;
}
