// SPDX-License-Identifier: GPL-2.0-only
/* oot_ctr: hooks registered by __UNIQUE_ID() names, and a lookup table. */
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/module.h>

#include "ctr.h"

/* MPL-COUNTER: tests/t0550 adds a __COUNTER__ use in this line's place */

static int ctr_calls;

static void __init ctr_early_setup(void)
{
	ctr_calls++;
}

static void __init ctr_late_setup(void)
{
	ctr_calls += 2;
}

/* .data -> .init.text, from __UNIQUE_ID_ctr_hookN */
CTR_HOOK(ctr_early_setup);
CTR_HOOK(ctr_late_setup);

static int ctr_boot_values[4] __initdata = { 2, 7, 1, 8 };

/* .text -> .init.data */
noinline int ctr_lookup(int i)
{
	return ctr_boot_values[i & 3] + ctr_calls;
}
