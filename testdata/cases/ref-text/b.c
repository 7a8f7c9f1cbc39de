// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case ref-text (silent), b.c: targets, and init code calling the __ref
 * function (init -> .ref.text: fine).
 */
#include "mpl-kernel.h"

extern int hotplug_add(int);

int hp_cfg[4] __initdata = { 1, 2, 3, 4 };
int __init hp_init(int v) { return v + hp_cfg[0] + mpl_sink; }
void __exit hp_exit(void) { mpl_sink = 0; }
int __init hp_boot(void) { return hotplug_add(3); }
