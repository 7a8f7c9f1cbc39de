// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case weak-init-overridden (mixed), c.c: .text callers.  plat_setup
 * resolves to b.c's .text definition (silent); plat_quirk to b.c's __init
 * one (fires); only_weak to a.c's weak __init (fires).
 */
#include "mpl-kernel.h"

extern int plat_setup(void), plat_quirk(void), only_weak(void);

noinline int board_boot(int v)
{
	if (v == 1)
		return plat_setup();
	if (v == 2)
		return plat_quirk();
	return only_weak() + v;
}
