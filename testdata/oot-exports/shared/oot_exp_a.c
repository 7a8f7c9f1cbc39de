// SPDX-License-Identifier: GPL-2.0-only
/* Exports oot_shared (as oot_exp_b does) and a namespaced GPL symbol. */
#include <linux/init.h>
#include <linux/module.h>

int oot_shared(int x)
{
	return x + 1;
}
EXPORT_SYMBOL(oot_shared);

int oot_a_own(int x)
{
	return x * 2;
}
EXPORT_SYMBOL_NS_GPL(oot_a_own, OOT_NS);

static int __init oot_exp_a_init(void)
{
	return 0;
}
module_init(oot_exp_a_init);

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("modpost-lite test: duplicate exports across modules");
