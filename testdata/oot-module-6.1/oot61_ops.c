// SPDX-License-Identifier: GPL-2.0-only
/* oot61: start, stop and memory-hotplug code, and tables in .data. */
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/export.h>

#include "oot61.h"

static int oot61_running;

noinline int __init oot61_start(int v)
{
	oot61_running = v;
	return 0;
}
EXPORT_SYMBOL(oot61_start);		/* an exported init symbol */

noinline void __exit oot61_stop(void)
{
	oot61_running = 0;
}
EXPORT_SYMBOL_GPL(oot61_stop);		/* an exported exit symbol */

/* __meminit code: 6.1 checks .meminit.* like init sections */
noinline int __meminit oot61_hot_add(int v)
{
	return v + oot61_hot_pages[v & 3];
}
EXPORT_SYMBOL(oot61_hot_add);		/* meminit: not reported */

/* .meminit.text -> .init.text */
noinline int __meminit oot61_hot_scan(void)
{
	return oot61_start(1);
}

/* .data -> .init.text and .exit.text: reported */
struct oot61_hooks oot61_default_hooks = {
	.start = oot61_start,
	.stop = oot61_stop,
	.hotplug = oot61_hot_add,	/* .data -> .meminit.text: reported */
};

/*
 * *driver: -> .meminit.* allowed, -> .exit.* allowed unless modpost runs
 * with -W (W=1), -> .init.* reported.
 */
struct oot61_hooks oot61_driver = {
	.start = oot61_start,
	.stop = oot61_stop,
	.hotplug = oot61_hot_add,
};

/* *_template: may point anywhere (6.12 would report all three) */
struct oot61_hooks oot61_template = {
	.start = oot61_start,
	.stop = oot61_stop,
	.hotplug = oot61_hot_add,
};

/* .text -> .init.data and .meminit.data, across files */
noinline int oot61_status(void)
{
	return oot61_running + oot61_boot_table[0] + oot61_hot_pages[1] +
	       oot61_hot_scan();
}
