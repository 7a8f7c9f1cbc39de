// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case same-static (fires), b.c: the same static names as a.c, with a
 * different layout (an extra function first, a bigger cfg) so that the
 * addresses differ from a.c's copies.
 */
#include "mpl-kernel.h"

static int pad[3] __initdata = { 7, 8, 9 };
static int cfg[8] __initdata = { 5, 6, 7, 8 };

static noinline int __init pre(int v)
{
	return v + pad[1] + mpl_sink;
}

static noinline int __init setup_one(int v)
{
	return pre(v) * cfg[6];
}

static noinline int handler(int v)
{
	return setup_one(v) - cfg[1];
}

static int (*ops_ptr)(int) __used = setup_one;
static int *cfg_ptr __used = &cfg[3];

noinline int b_entry(int v)
{
	return handler(v) + 2;
}
