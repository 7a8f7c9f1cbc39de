// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case export-crossobj (fires), b.c: definitions exported by a.c, and an
 * export of c.c's weak-overridden symbol: weak_thing is a weak __init
 * function here, overridden by c.c's strong .text definition, so the
 * export refers to .text (silent).
 */
#include "mpl-kernel.h"

int __init remote_init(void) { return mpl_sink; }
noinline int remote_text(void) { return mpl_sink + 1; }
int remote_data[2] __initdata = { 1, 2 };

int __weak __init weak_thing(void) { return mpl_sink + 2; }
EXPORT_SYMBOL(weak_thing);
