// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case text-to-init (fires), c.c: third object.  helper_text() is normal
 * .text and calls the __init board_probe_early() of a.c when a flag is set
 * (fires); helper_clean() only touches .text/.data (no warning).
 */
#include "mpl-kernel.h"

extern int board_probe_early(void);

int counter = 7;

noinline int helper_text(int v)
{
	if (v == mpl_sink)
		return board_probe_early();	/* .text -> .init.text */
	return v * 3;
}

noinline int helper_clean(int v)
{
	return helper_text(v) + counter;
}
