// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case mapping-names (fires), a.S: symbols whose names modpost treats as
 * ARM-style mapping symbols (is_mapping_symbol(): ".L*", "L0*", "$*") are
 * never chosen by its nearest-symbol search.
 *  - code labelled "L0_entry" (after mn_first) calls init code: the "from"
 *    symbol is mn_first, not L0_entry
 *  - .data labelled "$vec" after mn_table: the "from" symbol is mn_table
 *  - a call to the global "$init_far" (alone in its part of .init.text,
 *    more than 20 bytes from any other symbol): the target is printed as
 *    "$init_far", the relocation's own symbol
 *  - a call to "L0_init_near", 4 bytes after mn_init: printed as mn_init
 */
#include "mpl-kernel.h"

	.text
ENTRY_GLOBAL(mn_first)
	nop
	.globl "L0_entry"
"L0_entry":
	call mn_init
	call "$init_far"
	call "L0_init_near"
	ret

	__INIT
ENTRY_GLOBAL(mn_init)
	nop; nop; nop; nop
	.globl "L0_init_near"
"L0_init_near":
	ret
	.skip 64, 0x90
	.globl "$init_far"
"$init_far":
	ret

	.data
	.globl mn_table
mn_table:
	.quad 0
	.globl "$vec"
"$vec":
	.quad mn_init
