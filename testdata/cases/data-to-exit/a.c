// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case data-to-exit (fires), a.c: .data pointing at __exit code and
 * __exitdata of b.c (DATA_SECTIONS -> ALL_EXIT_SECTIONS, rule 1).
 * .data -> .text in the same table is fine.
 */
#include "mpl-kernel.h"

extern void drv_remove(void), drv_keep(void);
extern int exit_flags[4];

struct ops_like {
	void (*keep)(void);
	void (*remove)(void);
	int *flags;
} drv_table = { drv_keep, drv_remove, &exit_flags[1] };

void (*remove_hook)(void) = drv_remove;
