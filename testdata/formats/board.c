// SPDX-License-Identifier: GPL-2.0-only
/*
 * testdata/formats, board.c: the boot-time side.  An __init function, an
 * __initdata array and an __exit function; the init code calls the exit
 * code (init-to-exit) and the __init function is exported
 * (export-init-exit).  Compiled with -g by tests/t0700-formats.sh.
 */
#include "mpl-kernel.h"

int board_present = 1;
int board_irqs[4] __initdata = { 3, 4, 10, 11 };

int __init board_detect(void)
{
	return board_irqs[0] + board_present;
}
EXPORT_SYMBOL_GPL(board_detect);

noinline void __exit board_shutdown(void)
{
	board_present = 0;
}

int __init board_init(void)
{
	if (board_detect() < 0)
		board_shutdown();	/* LINE-INIT-TO-EXIT */
	return 0;
}
