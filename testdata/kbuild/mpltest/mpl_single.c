// SPDX-License-Identifier: GPL-2.0-only
/* A one-file module: an exported __init function, data -> init. */
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/module.h>

#include "mpltest.h"

noinline int __init mplsingle_calibrate(int x)
{
	return x * 7;
}
EXPORT_SYMBOL_GPL(mplsingle_calibrate);

int (*mplsingle_calibrate_fn)(int) = mplsingle_calibrate;

/* MPL_NS is not imported: a warning with -N (namespace imports allowed) */
static int __init mplsingle_init(void)
{
	return mplsingle_calibrate(1) + mpl_ns_plain(2) > 0 ? 0 : -1;
}
module_init(mplsingle_init);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("modpost-lite Kbuild test module, one file");
