// SPDX-License-Identifier: GPL-2.0-only
/* oot_ctr: module init and exit. */
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/module.h>

#include "ctr.h"

static int __init ctr_init(void)
{
	return ctr_lookup(0) < 0;
}

static void __exit ctr_exit(void)
{
}

module_init(ctr_init);
module_exit(ctr_exit);
MODULE_DESCRIPTION("modpost-lite test: mismatches from __COUNTER__ names");
MODULE_LICENSE("GPL");
