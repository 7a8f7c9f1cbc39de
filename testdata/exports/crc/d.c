// SPDX-License-Identifier: GPL-2.0-only
/* The strong definition of c.c's weak export, and one export of its own. */
#include "mpl-kernel.h"

noinline int crc_weak(void) { return mpl_sink + 4; }
noinline int crc_last(void) { return mpl_sink + 5; }
EXPORT_SYMBOL_GPL(crc_last);
