// SPDX-License-Identifier: GPL-2.0-only
/*
 * oot_demo: a small out-of-tree module with section mismatches, written
 * for modpost-lite's tests.  Do not load it.
 */
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/module.h>

#include "oot_demo.h"

static noinline int __init oot_parse_param(int v)
{
	return v > 0 ? v : 1;
}

/* .text -> .init.text, in one file */
noinline int oot_reconfigure(int v)
{
	return oot_parse_param(v) + oot_table_lookup(v);
}

static int __init oot_init(void)
{
	int r = oot_ops_start(oot_reconfigure(2));

	/* .init.text -> .exit.text, across files */
	if (r < 0)
		oot_ops_stop();
	return 0;
}

static void __exit oot_exit(void)
{
	oot_ops_stop();
}

module_init(oot_init);
module_exit(oot_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("modpost-lite test module with section mismatches");
