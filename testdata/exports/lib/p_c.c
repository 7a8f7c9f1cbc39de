// SPDX-License-Identifier: GPL-2.0-only
/* lib1.a, pulled last: only p_b.o of lib2.a needs it (the group rescan). */
#include "mpl-kernel.h"

int lib_pulled_c_data = 3;
noinline int lib_pulled_c(void) { return lib_pulled_c_data; }
EXPORT_SYMBOL(lib_pulled_c_data);
MPL_MODINFO("p_c.file=lib/p_c");
