// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case nonalloc (fires), a.S: a section declared without "a" flags in a .S
 * file (the classic mistake check_section() catches): ".mpl_table" is
 * PROGBITS without SHF_ALLOC -> the 5-line "unexpected non-allocatable
 * section" warning.  ".mpl_note" (SHT_NOTE) and ".mpl_bss" (NOBITS) are
 * not PROGBITS: silent.
 */
#include "mpl-kernel.h"

	.section .mpl_table
	.quad 1, 2, 3

	.section .mpl_note, "", @note
	.long 0, 0, 0

	.section .mpl_bss, "", @nobits
	.skip 16

	.text
ENTRY_GLOBAL(na_fn)
	ret
END(na_fn)
