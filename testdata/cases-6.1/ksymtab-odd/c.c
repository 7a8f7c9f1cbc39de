// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case ksymtab-odd (6.1 only), c.c: a.c's __init ko_init_twice exported
 * once more from a third object: two "EXPORT_SYMBOL used for init/exit
 * symbol" lines (one per ksymtab entry; ld -r merges both entries into
 * one ___ksymtab+ko_init_twice section) and "exported twice".
 */
#include "mpl-kernel.h"

extern int ko_init_twice(void);
EXPORT_SYMBOL(ko_init_twice);
