// SPDX-License-Identifier: GPL-2.0-only
/*
 * lib1.a, never pulled: nothing needs lib_unused.  Its export, its
 * .modinfo and its section mismatch are not in vmlinux.o.
 */
#include "mpl-kernel.h"

static noinline int __init unused_setup(void) { return mpl_sink; }
noinline int lib_unused(void) { return unused_setup(); }
EXPORT_SYMBOL(lib_unused);
MPL_MODINFO("unused.file=lib/unused");
