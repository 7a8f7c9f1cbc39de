// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case undefined (silent), b.S: assembly references to undefined symbols
 * from .text and .data, including a weak undefined one.
 */
#include "mpl-kernel.h"

	.weak asm_maybe
	.text
ENTRY_GLOBAL(u_asm)
	call asm_missing
	movq $asm_maybe, %rax
	ret
END(u_asm)

	.data
	.quad asm_missing_data
	.quad asm_maybe
