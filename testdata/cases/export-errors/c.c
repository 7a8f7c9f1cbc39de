// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case export-errors (errors), c.c: exports b.S's real_fn once more from a
 * third object -> "'real_fn' exported twice. Previous export was in
 * vmlinux" (both records are well-formed; the second one is the error).
 */
#include "mpl-kernel.h"

extern void real_fn(void);
EXPORT_SYMBOL(real_fn);
