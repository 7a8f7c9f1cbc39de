// SPDX-License-Identifier: GPL-2.0-only
/* oot_demo: a table only needed while the module initialises. */
#include <linux/init.h>
#include <linux/kernel.h>

#include "oot_demo.h"

int oot_boot_table[4] __initdata = { 3, 1, 4, 1 };

/* .text -> .init.data */
noinline int oot_table_lookup(int i)
{
	return oot_boot_table[i & 3] + oot_ops_status();
}
