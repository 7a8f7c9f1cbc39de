// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case text-to-exit (fires), b.c: the exit side.  __exit code and
 * __exitdata; exit code referencing exit data and .text is legal.
 * plain_helper() is .text and takes the address of driver_exit (fires).
 */
#include "mpl-kernel.h"

int exit_state[8] __exitdata = { 9, 8, 7, 6, 5, 4, 3, 2 };

void __exit driver_exit(void)
{
	mpl_sink = exit_state[0];
}

noinline int plain_helper(int v)
{
	void (*volatile fn)(void) = driver_exit;	/* .text -> .exit.text */

	return v + (fn != 0);
}
