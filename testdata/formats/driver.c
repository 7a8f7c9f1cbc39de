// SPDX-License-Identifier: GPL-2.0-only
/*
 * testdata/formats, driver.c: run-time code and data referencing board.c's
 * __init function and __initdata (text-to-init-exit, twice: from .text
 * with a source line, from .data without one).
 */
#include "mpl-kernel.h"

extern int board_detect(void);
extern int board_irqs[4];

noinline int driver_resume(void)
{
	return board_detect() + 1;	/* LINE-RESUME */
}

int *driver_irq_table = board_irqs;

noinline int driver_irq(int n)
{
	return driver_irq_table[n & 3];
}
