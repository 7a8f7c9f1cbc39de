// SPDX-License-Identifier: GPL-2.0-only
/*
 * core: a module built twice, in two directories a/ and b/ of one tree
 * (tests/t0550-oot-baseline.sh): the same names in both, told apart in
 * baselines only by their directories.
 */
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/module.h>

static int core_boot_level __initdata = 3;

/* .text -> .init.data */
noinline int core_level(void)
{
	return core_boot_level;
}

static int __init core_init(void)
{
	return core_level() < 0;
}

module_init(core_init);
MODULE_DESCRIPTION("modpost-lite test: one module name in two directories");
MODULE_LICENSE("GPL");
