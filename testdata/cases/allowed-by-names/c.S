// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case allowed-by-names, c.S (see a.S): a reference at offset 0 of a
 * .data that has no symbol of its own: the nearest symbol below it is
 * b.o's abn_b_tail_ops, and the reference is allowed for that name.
 */
#include "mpl-kernel.h"

	.data
	.balign 8
	.quad abn_init
	.globl abn_c_var
abn_c_var:
	.quad 0
