// SPDX-License-Identifier: GPL-2.0-only
/*
 * Module m1: exports dump_shared (also m2's), dump_vmlinux (also in the
 * vmlinux dump) and m1_own twice (m1a.c and m1b.c are linked into m1.o).
 */
#include "mpl-kernel.h"

noinline int dump_shared(void) { return mpl_sink; }
noinline int dump_vmlinux(void) { return mpl_sink + 1; }
EXPORT_SYMBOL(dump_shared);
EXPORT_SYMBOL_GPL(dump_vmlinux);
MODULE_LICENSE("GPL");
