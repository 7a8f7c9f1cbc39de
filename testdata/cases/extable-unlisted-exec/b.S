// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case extable-unlisted-exec (fires), b.S: second object with code in
 * .altinstr_aux preceded by a named symbol, and an exception entry pointing
 * just past that symbol (the target is named "aux_entry").
 */
#include "mpl-kernel.h"

	.section .altinstr_aux,"ax"
	.globl aux_entry
aux_entry:
	nop
5:	ret

	.text
ENTRY_GLOBAL(ux_store)
6:	movq %rsi, (%rdi)
	ret
END(ux_store)
	_ASM_EXTABLE(6b, 5b)
