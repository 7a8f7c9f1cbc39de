// SPDX-License-Identifier: GPL-2.0-only
/* Built-in code (vmlinux) exporting a name module m1 exports again. */
#include "mpl-kernel.h"

noinline int dump_vmlinux(void) { return mpl_sink; }
EXPORT_SYMBOL(dump_vmlinux);

/* what the test objects read: defined here so that modules resolve */
volatile int mpl_sink;
EXPORT_SYMBOL(mpl_sink);
