// SPDX-License-Identifier: GPL-2.0-only
/*
 * oot61: a small out-of-tree module with the section mismatches Linux
 * 6.1's modpost reports, written for modpost-lite's tests.  Do not load it.
 */
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/module.h>

#include "oot61.h"

static noinline int __init oot61_parse(int v)
{
	return v > 0 ? v : 1;
}

/* .text -> .init.text, same file, through the section symbol */
noinline int oot61_reconfigure(int v)
{
	return oot61_parse(v) + oot61_lookup(v);
}

/*
 * module_init() makes init_module a global alias of oot61_init: 6.1 names
 * the reference after the alias (the last symbol at that address).
 */
static int __init oot61_init(void)
{
	int r = oot61_start(oot61_reconfigure(2));

	/* .init.text -> .exit.text, across files */
	if (r < 0)
		oot61_stop();
	return 0;
}

static void __exit oot61_exit(void)
{
	oot61_stop();
	/* .exit.text -> .meminit.text */
	oot61_hot_add(0);
}

module_init(oot61_init);
module_exit(oot61_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("modpost-lite test module with Linux 6.1 section mismatches");
