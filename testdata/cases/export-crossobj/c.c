// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case export-crossobj (fires), c.c: remote_exit and the strong
 * weak_thing.
 */
#include "mpl-kernel.h"

void __exit remote_exit(void) { mpl_sink = 0; }
noinline int weak_thing(void) { return mpl_sink + 3; }
