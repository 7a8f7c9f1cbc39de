// SPDX-License-Identifier: GPL-2.0-only
/* Exports oot_shared again; uses oot_exp_a's namespaced export. */
#include <linux/init.h>
#include <linux/module.h>

int oot_a_own(int x);

int oot_shared(int x)
{
	return oot_a_own(x) + 2;
}
EXPORT_SYMBOL(oot_shared);

static int __init oot_exp_b_init(void)
{
	return oot_shared(0) < 0;
}
module_init(oot_exp_b_init);

MODULE_IMPORT_NS(OOT_NS);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("modpost-lite test: duplicate exports across modules");
