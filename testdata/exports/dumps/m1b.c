// SPDX-License-Identifier: GPL-2.0-only
/* Linked into m1.o with m1.c: exports the name m1.c exports again. */
#include "mpl-kernel.h"

extern int dump_shared(void);
EXPORT_SYMBOL(dump_shared);
