// SPDX-License-Identifier: GPL-2.0-only
/* lib1.a, not pulled: main.o refers to lib_weak_target only weakly. */
#include "mpl-kernel.h"

noinline int lib_weak_target(void) { return mpl_sink; }
EXPORT_SYMBOL(lib_weak_target);
MPL_MODINFO("w.file=lib/w");
