// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case weak-init-overridden (mixed), b.c: the strong definitions that win
 * over a.c's weak ones: plat_setup in .text, plat_quirk in .init.text.
 */
#include "mpl-kernel.h"

noinline int plat_setup(void)
{
	return mpl_sink + 20;
}

int __init plat_quirk(void)
{
	return mpl_sink + 21;
}
