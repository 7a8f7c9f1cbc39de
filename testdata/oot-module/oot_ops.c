// SPDX-License-Identifier: GPL-2.0-only
/* oot_demo: start and stop, and a hook table in .data. */
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/export.h>

#include "oot_demo.h"

static int oot_running;

noinline int __init oot_ops_start(int v)
{
	oot_running = v;
	return 0;
}
EXPORT_SYMBOL(oot_ops_start);		/* an exported init symbol */

noinline void __exit oot_ops_stop(void)
{
	oot_running = 0;
}
EXPORT_SYMBOL_GPL(oot_ops_stop);	/* an exported exit symbol */

struct oot_hooks {
	int (*start)(int);
	void (*stop)(void);
};

/* .data -> .init.text and .data -> .exit.text */
struct oot_hooks oot_default_hooks = {
	.start = oot_ops_start,
	.stop = oot_ops_stop,
};

/* .text -> .init.text, across files (oot_boot_table is in oot_table.c) */
noinline int oot_ops_status(void)
{
	return oot_running + oot_boot_table[0];
}
