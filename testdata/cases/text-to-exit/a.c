// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case text-to-exit (fires), a.c: ordinary .text referencing __exit code
 * and __exitdata of b.c (TEXT_SECTIONS -> ALL_EXIT_SECTIONS, rule 1), plus
 * one harmless .text -> .text call.
 */
#include "mpl-kernel.h"

extern void driver_exit(void);
extern int exit_state[8];
extern int plain_helper(int);

noinline int driver_shutdown(int v)
{
	if (v)
		driver_exit();			/* .text -> .exit.text */
	return exit_state[5];			/* .text -> .exit.data, at +20 */
}

noinline int driver_ok(int v)
{
	return plain_helper(v);			/* fine */
}
