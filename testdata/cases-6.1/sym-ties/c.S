// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case sym-ties (6.1 only), c.S (third): its .data part starts at b.S's
 * st_b_tail with the local st_c_first, which 6.1 prints.
 */
#include "mpl-kernel.h"

	.data
st_c_first:
	.quad st_init
