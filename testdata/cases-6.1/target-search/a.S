// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case target-search (6.1 only), a.S (linked first): how 6.1 names the
 * target of a relocation against a section symbol (find_elf_symbol(),
 * modpost.c line 1157).  It searches the whole symbol table for a symbol
 * of the target's section whose value is closest to the relocation's
 * addend alone, |value - addend| < 20; on equal distances the first in
 * symbol-table order wins, wherever it lies.  6.12 searches from
 * value + addend, allows at most 20 bytes, and prefers the lower address.
 *  - ts_call: "call ts_first", ts_first static at offset 0 of the merged
 *    .init.text: the addend is -4 and 6.1 prints ts_first (6.12 prints
 *    the address 0xfffffffc);
 *  - ts_tbl+0: 8 bytes above ts_g16 (global) and 8 below ts_l32 (local):
 *    6.1 takes ts_l32, which precedes every global in the symbol table;
 *    6.12 takes the lower one, ts_g16;
 *  - ts_tbl+8: exactly 20 bytes past ts_l32, nothing else near: 6.1
 *    "(unknown)", 6.12 ts_l32;
 *  - ts_tbl+16: 19 bytes past ts_l32: both ts_l32;
 *  - ts_tbl+24: ts_a_data + 20, 4 bytes into b.S's part of .init.data:
 *    ts_a_data is 20 bytes away (too far for 6.1), b.S's local
 *    ts_b_first 4 bytes: the name comes from the next object.
 */
#include "mpl-kernel.h"

	__INIT
ts_first:
	ret
	.balign 16
	.globl ts_g16
ts_g16:
	ret
	.balign 16
ts_l32:
	ret
	.skip 63

	.text
	.globl ts_call
ts_call:
	call ts_first
	ret

	.data
	.globl ts_tbl
ts_tbl:
	.quad ts_l32 - 8
	.quad ts_l32 + 20
	.quad ts_l32 + 19
	.quad ts_a_data + 20

	__INITDATA
	.balign 16
ts_a_data:
	.quad 1, 2
