// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case extable-unlisted-exec (fires), a.S: __ex_table entries whose fixup
 * is in an executable ("ax") section missing from ALL_TEXT_SECTIONS
 * (.altinstr_aux, .mpl.trampoline): modpost prints the mismatch plus the
 * multi-line "not in the list of authorized sections" warning.  Fixups in
 * .text.unlikely and .ref.text are in the list: fine.
 */
#include "mpl-kernel.h"

	.text
ENTRY_GLOBAL(ux_load)
1:	movq (%rdi), %rax
	ret
END(ux_load)
	_ASM_EXTABLE(1b, 2f)			/* .altinstr_aux: warning */
	_ASM_EXTABLE(1b, ux_tramp)		/* .mpl.trampoline: warning */
	_ASM_EXTABLE(1b, 3f)			/* .text.unlikely: fine */
	_ASM_EXTABLE(1b, 4f)			/* .ref.text: fine */

	.section .altinstr_aux,"ax"
2:	xorl %eax, %eax
	ret

	.section .mpl.trampoline,"ax"
	.globl ux_tramp
ux_tramp:
	ret

	.section .text.unlikely,"ax"
3:	ret

	__REF
4:	ret
