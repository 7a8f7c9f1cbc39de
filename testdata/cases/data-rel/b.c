// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case data-rel (mixed), b.c: targets, plus a second .data.rel table in
 * this object (fires; its offset is relative to the merged .data.rel).
 */
#include "mpl-kernel.h"

int rel_initdata[4] __initdata = { 1, 2, 3, 4 };
int __init rel_init(void) { return rel_initdata[0] + mpl_sink; }
void __exit rel_exit(void) { mpl_sink = 0; }

void *rel_tbl2[2] __in_section(".data.rel") = { (void *)&mpl_sink, rel_init };
