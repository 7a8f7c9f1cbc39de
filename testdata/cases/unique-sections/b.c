// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case unique-sections (fires), b.c: a second object whose .text and
 * .init.text follow both of a.S's same-named sections in the merged
 * output; its own .text -> .init.text call fires.
 */
#include "mpl-kernel.h"

noinline int __init us_b_init(void) { return mpl_sink; }

noinline int us_b_user(void)
{
	return us_b_init() + 1;
}
