// SPDX-License-Identifier: GPL-2.0-only
/*
 * driver.c - run-time half of the modpost-lite quick-start example.
 *
 * Code in .text and data in .data stay around after boot, so they must not
 * refer to board.c's __init code or __initdata.
 */
#include "mpl-kernel.h"

extern int board_detect(void);
extern int board_irqs[4];

/* MISMATCH 1: ordinary code calling an __init function */
noinline int driver_resume(void)
{
	return board_detect();
}

/* MISMATCH 2: ordinary data pointing at __initdata */
int *driver_irq_table = board_irqs;

/* Fine: .text using .data */
noinline int driver_irq(int n)
{
	return driver_irq_table[n & 3];
}
