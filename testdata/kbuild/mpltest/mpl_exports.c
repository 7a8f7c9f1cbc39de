// SPDX-License-Identifier: GPL-2.0-only
/*
 * Built-in exports of every kind (GPL, namespaced, data), and module
 * information of a built-in "module", for modules.builtin(.modinfo).
 */
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/moduleparam.h>

#include "mpltest.h"

int mpl_counter;
EXPORT_SYMBOL(mpl_counter);

const char mpl_banner[] = "mpltest";
EXPORT_SYMBOL_GPL(mpl_banner);

static int mpl_level = 1;
module_param(mpl_level, int, 0444);
MODULE_PARM_DESC(mpl_level, "how much mpltest does");

noinline int mpl_gpl_helper(int x)
{
	return x + mpl_level;
}
EXPORT_SYMBOL_GPL(mpl_gpl_helper);

noinline int mpl_ns_func(int x)
{
	return x * mpl_level + mpl_counter;
}
EXPORT_SYMBOL_NS_GPL(mpl_ns_func, MPL_NS);

noinline int mpl_ns_plain(int x)
{
	return x - mpl_level;
}
EXPORT_SYMBOL_NS(mpl_ns_plain, MPL_NS);

MODULE_LICENSE("GPL");
MODULE_AUTHOR("modpost-lite");
MODULE_DESCRIPTION("modpost-lite Kbuild test: built-in exports");
MODULE_ALIAS("mpl-exports");
