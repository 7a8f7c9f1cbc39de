// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case wl-ops (mixed), b.c: init/exit targets, and a second object's
 * serial_console in .data pointing at a static __init function through a
 * section-symbol relocation (silent).
 */
#include "mpl-kernel.h"

int dev_cfg[4] __initdata = { 1, 2, 3, 4 };
int __init dev_init(void) { return dev_cfg[0] + mpl_sink; }
void __exit dev_exit(void) { mpl_sink = 0; }
static int __init serial_setup(void) { return mpl_sink + 7; }

struct { int (*setup)(void); } serial_console = { serial_setup };
