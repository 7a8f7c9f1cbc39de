// SPDX-License-Identifier: GPL-2.0-only
/* Exports with CRCs in .a.o.cmd: a function, GPL data, a namespaced one. */
#include "mpl-kernel.h"

noinline int crc_func(void) { return mpl_sink; }
int crc_data[4] = { 1, 2, 3, 4 };
noinline int crc_ns_func(void) { return mpl_sink + 1; }
noinline int crc_zero(void) { return mpl_sink + 2; }
noinline int crc_skipped(void) { return mpl_sink + 3; }

EXPORT_SYMBOL(crc_func);
EXPORT_SYMBOL_GPL(crc_data);
EXPORT_SYMBOL_NS_GPL(crc_ns_func, MPL_NS);
EXPORT_SYMBOL(crc_zero);
EXPORT_SYMBOL(crc_skipped);
