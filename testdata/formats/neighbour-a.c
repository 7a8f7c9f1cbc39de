// SPDX-License-Identifier: GPL-2.0-only
/*
 * The first object of a two-object module (tests/t0700-formats.sh): its
 * last function is the nearest symbol before neighbour-b.S's code, which
 * starts without a label of its own.
 */
#include "mpl-kernel.h"

noinline int neighbour_last(void)
{
	return mpl_sink + 1;
}
