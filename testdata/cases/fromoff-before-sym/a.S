// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case fromoff-before-sym (fires), a.S (linked first): code and data at
 * the start of .text/.data with no symbol before it.  modpost finds no
 * "from" symbol and prints just the offset ("0x1"), without "+".  Further
 * down, a_named is an ordinary symbol.
 */
#include "mpl-kernel.h"

	.text
	call fs_init			/* -> "0x1 (section: .text)" */
	nop
ENTRY_GLOBAL(a_named)
	call fs_init			/* -> "a_named+0x1" */
	ret
END(a_named)

	.data
	.quad fs_init			/* -> "0x0 (section: .data)" */
	.globl a_data
a_data:
	.quad 0
