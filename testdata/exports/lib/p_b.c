// SPDX-License-Identifier: GPL-2.0-only
/* lib2.a (a regular archive), pulled second; needs lib_pulled_c. */
#include "mpl-kernel.h"

extern int lib_pulled_c(void);

noinline int lib_pulled_b(void) { return lib_pulled_c() + 1; }
EXPORT_SYMBOL_NS(lib_pulled_b, MPL_LIB);
MPL_MODINFO("p_b.file=lib/p_b");
