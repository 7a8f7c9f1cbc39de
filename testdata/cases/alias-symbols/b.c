// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case alias-symbols (fires), b.c: a C alias pair: boot_fn and its global
 * alias boot_fn_alias (same address in .init.text), called from .text by
 * the alias name (the relocation names boot_fn_alias, printed as such).
 */
#include "mpl-kernel.h"

noinline int __init boot_fn(void) { return mpl_sink; }
extern int boot_fn_alias(void) __attribute__((__alias__("boot_fn")));

noinline int alias_user(void)
{
	return boot_fn_alias() + 1;
}
