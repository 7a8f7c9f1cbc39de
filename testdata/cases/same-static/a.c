// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case same-static (fires), a.c: a.c and b.c both define static functions
 * and data with the same names (setup_one, cfg, handler, ops_ptr).  Each
 * object's .text/.data references its own static __init/__initdata
 * copies; modpost must attribute each reference to the right copy (the
 * printed names are equal, but the offsets in the merged sections differ).
 * a.c's setup_one is the very first thing in the merged .init.text, so
 * the PC-relative call to it (section symbol, addend -4) points 4 bytes
 * before the section start, no symbol is found, and modpost prints the
 * target as "0xfffffffc".
 */
#include "mpl-kernel.h"

static int cfg[4] __initdata = { 1, 2, 3, 4 };

static noinline int __init setup_one(int v)
{
	return v + cfg[0] + mpl_sink;
}

static noinline int handler(int v)
{
	return setup_one(v) + cfg[2];
}

static int (*ops_ptr)(int) __used = setup_one;

noinline int a_entry(int v)
{
	return handler(v) + 1;
}
