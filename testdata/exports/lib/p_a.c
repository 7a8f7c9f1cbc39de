// SPDX-License-Identifier: GPL-2.0-only
/* lib1.a, pulled first (for main.o); needs lib_pulled_b from lib2.a. */
#include "mpl-kernel.h"

extern int lib_pulled_b(void);

static noinline int __init p_a_setup(void) { return mpl_sink; }
noinline int lib_pulled_a(void) { return lib_pulled_b() + p_a_setup(); }
EXPORT_SYMBOL_GPL(lib_pulled_a);
MPL_MODINFO("p_a.file=lib/p_a");
MPL_MODINFO("p_a.license=GPL");
