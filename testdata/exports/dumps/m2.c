// SPDX-License-Identifier: GPL-2.0-only
/* Module m2: exports dump_shared, which m1 exports too. */
#include "mpl-kernel.h"

noinline int dump_shared(void) { return mpl_sink + 2; }
noinline int m2_own(void) { return mpl_sink + 3; }
EXPORT_SYMBOL(dump_shared);
EXPORT_SYMBOL_NS(m2_own, M2);
MODULE_LICENSE("GPL");
