// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case undefined (silent), b.S: assembly references to undefined symbols
 * from .text and .data, including a weak undefined one, and to an
 * absolute symbol (SHN_ABS: no section, not checked either).
 */
#include "mpl-kernel.h"

	.weak asm_maybe
	.globl abs_marker
	.set abs_marker, 0x1000
	.text
ENTRY_GLOBAL(u_asm)
	call asm_missing
	movq $asm_maybe, %rax
	movq $abs_marker, %rdx
	ret
END(u_asm)

	.data
	.quad asm_missing_data
	.quad asm_maybe
	.quad abs_marker
