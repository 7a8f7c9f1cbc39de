// SPDX-License-Identifier: GPL-2.0-only
/*
 * board.c - boot-time half of the modpost-lite quick-start example.
 *
 * Everything marked __init / __initdata lives in .init.text / .init.data,
 * which the kernel frees once booting is over.  __exit code lives in
 * .exit.text, which a built-in kernel discards at link time.
 */
#include "mpl-kernel.h"

int board_present = 1;

/* IRQ lines, only needed while probing */
int board_irqs[4] __initdata = { 3, 4, 10, 11 };

/* Probe the board: boot-time only */
int __init board_detect(void)
{
	return board_irqs[0] + board_present;
}

/* MISMATCH 3: exporting an __init function hands modules a dangling pointer */
EXPORT_SYMBOL_GPL(board_detect);

/* Teardown: only for unloading, never runs in a built-in kernel */
noinline void __exit board_shutdown(void)
{
	board_present = 0;
}

int __init board_init(void)
{
	if (board_detect() < 0)
		board_shutdown();	/* MISMATCH 4: init code calls exit code */
	return 0;
}
