// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case data-to-exit (fires), b.c: the exit side, plus a .data pointer to
 * a static __exit function (section-symbol relocation).
 */
#include "mpl-kernel.h"

int exit_flags[4] __exitdata = { 1, 2, 3, 4 };

void __exit drv_remove(void) { mpl_sink = exit_flags[0]; }
static void __exit drv_remove_static(void) { mpl_sink = 5; }
noinline void drv_keep(void) { mpl_sink = 1; }

void (*static_exit_ptr)(void) = drv_remove_static;
