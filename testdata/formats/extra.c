// SPDX-License-Identifier: GPL-2.0-only
/*
 * testdata/formats, extra.c: one more mismatch, for the baseline test:
 * a .text function reading board.c's __initdata.
 */
#include "mpl-kernel.h"

extern int board_irqs[4];

noinline int extra_probe(int n)
{
	return board_irqs[n & 3] * 2;	/* LINE-EXTRA */
}
