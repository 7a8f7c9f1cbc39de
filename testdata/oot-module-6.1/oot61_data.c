// SPDX-License-Identifier: GPL-2.0-only
/* oot61: tables only needed while the module initialises or hot-adds. */
#include <linux/init.h>
#include <linux/kernel.h>

#include "oot61.h"

int oot61_boot_table[4] __initdata = { 3, 1, 4, 1 };
int oot61_hot_pages[4] __meminitdata = { 5, 9, 2, 6 };

/* .text -> .init.data */
noinline int oot61_lookup(int i)
{
	return oot61_boot_table[i & 3] + oot61_status();
}

/*
 * An exception-table entry (x86: insn, fixup, data) whose fixup lies in an
 * executable section modpost does not know: 6.1 prints its __ex_table
 * line and the "not in the list of authorized sections" text.
 */
asm(".pushsection .oot61.fixup,\"ax\"\n"
    "oot61_fixup:\n"
    "	ud2\n"
    ".popsection\n"
    ".pushsection __ex_table,\"a\"\n"
    "	.balign 4\n"
    "	.long oot61_lookup - ., oot61_fixup - ., 0\n"
    ".popsection\n");
