// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case weak-init-overridden (mixed), a.c (linked first): weak default
 * implementations, overridden by strong ones in b.c.
 *  - plat_setup: weak __init here, strong .text in b.c; callers in c.c
 *    reach the .text one: silent.
 *  - plat_quirk: weak .text here whose (dead) body calls the __init
 *    quirk_early(); strong __init in b.c.  The linker drops the weak symbol
 *    but keeps its code, so modpost still sees the call from .text to
 *    .init.text and names the nearest preceding .text symbol.
 *  - only_weak: weak __init with no strong override; c.c's .text call
 *    fires and names only_weak.
 */
#include "mpl-kernel.h"

noinline int __init quirk_early(void) { return mpl_sink + 10; }

int __weak __init plat_setup(void)
{
	return quirk_early() + 1;		/* init -> init: fine */
}

noinline int a_first_text(void)
{
	return mpl_sink * 3;
}

int __weak plat_quirk(void)
{
	return quirk_early() + 2;		/* dead, still reported */
}

int __weak __init only_weak(void)
{
	return mpl_sink + 4;
}
