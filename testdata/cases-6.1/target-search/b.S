// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case target-search (6.1 only), b.S (second): its .init.data part
 * follows a.S's and starts with the local ts_b_first.  b_refs points 12
 * bytes after the local ts_b_lo and 12 before the global ts_b_hi: both
 * versions print ts_b_lo (6.1: first in the symbol table; 6.12: lower).
 */
#include "mpl-kernel.h"

	__INITDATA
	.balign 16
ts_b_first:
	.quad 3
ts_b_lo:
	.skip 24
	.globl ts_b_hi
ts_b_hi:
	.quad 4

	.data
	.globl b_refs
b_refs:
	.quad ts_b_lo + 12
