// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case extable-altinstr (fatal), b.c: an innocent second object placed
 * before a.S in the link (see "order"), so a.S's __ex_table entry is not at
 * offset 0 of the merged __ex_table.  Its own entry points into .text.
 */
#include "mpl-kernel.h"

noinline int plain_access(int *p)
{
	return *p + 1;
}

MPL_EXTABLE_ENTRY(plain_access, plain_access);
