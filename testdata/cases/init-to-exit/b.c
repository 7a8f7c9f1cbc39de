// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case init-to-exit (fires), b.c: the exit side (exit -> exit is legal)
 * and the legal init/text targets.
 */
#include "mpl-kernel.h"

int cleanup_state[2] __exitdata = { 1, 2 };

void __exit mod_cleanup(void) { mpl_sink = cleanup_state[0]; }
int __init other_init(void) { return mpl_sink + 1; }
noinline int plain(void) { return mpl_sink + 2; }
