// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case extable-nonexec (errors), b.c: a second object adding __ex_table
 * entries from C (top-level asm): one whose fixup is a static .data
 * variable (section-symbol relocation; ERROR) and one pointing at .text
 * (fine).  Its entries follow a.S's in the merged __ex_table.
 */
#include "mpl-kernel.h"

static int fixup_flag __used = 1;

noinline int c_access(int *p)
{
	return *p + mpl_sink;
}

MPL_EXTABLE_ENTRY(c_access, fixup_flag);	/* .data: ERROR */
MPL_EXTABLE_ENTRY(c_access, c_access);		/* fine */
