// SPDX-License-Identifier: GPL-2.0-only
/*
 * A module using vmlinux's exports (plain, GPL, namespaced with and without
 * the import, data, one without CRC), another module's export, and a symbol
 * defined nowhere (built with KBUILD_MODPOST_WARN=1: a warning).
 */
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/module.h>

#include "mpltest.h"

static int __init mpl_user_init(void)
{
	int v = mpl_probe(1) + mpl_gpl_helper(2) + mpl_ns_func(3);

	v += mpl_counter + mpl_banner[0] + mpl_asm_nocrc(4);
	v += mplsingle_calibrate(5) + mpl_missing_symbol(6);
	return v > 0 ? 0 : -1;
}

static void __exit mpl_user_exit(void)
{
	mpl_counter = 0;
}

module_init(mpl_user_init);
module_exit(mpl_user_exit);
MODULE_IMPORT_NS(MPL_NS);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("modpost-lite Kbuild test: a user of vmlinux's exports");
