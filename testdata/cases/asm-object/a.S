// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case asm-object (fires), a.S: a hand-written assembly object hitting
 * several rules at once, with relocation types C code rarely produces
 * (absolute 32-bit sign-extended, 64-bit, jumps):
 *  - .text -> .init.text (call, jmp, movq $sym) and -> .init.data
 *  - .data -> .init.text / .exit.text (.quad: R_X86_64_64; .long:
 *    R_X86_64_32; .quad sym - .: R_X86_64_PC64; .long sym - .: PC32)
 *  - .init.text -> .exit.text
 *  - .exit.text -> .init.data
 *  - EXPORT_SYMBOL of an __init routine
 * .text -> .text and .init.text -> .init.data are fine.
 */
#include "mpl-kernel.h"

	.text
ENTRY_GLOBAL(asm_entry)
	call asm_setup			/* fires */
	movq $asm_setup, %rax		/* fires (R_X86_64_32S) */
	movl asm_cfg(%rip), %eax	/* fires (.init.data) */
	call asm_helper			/* fine */
	jmp asm_setup			/* fires */
END(asm_entry)

ENTRY_GLOBAL(asm_helper)
	ret
END(asm_helper)

	__INIT
ENTRY_GLOBAL(asm_setup)
	movl asm_cfg(%rip), %eax	/* fine */
	call asm_teardown		/* fires: init -> exit */
	ret
END(asm_setup)
	EXPORT_SYMBOL(asm_setup)	/* fires: export of init symbol */

	__EXIT
ENTRY_GLOBAL(asm_teardown)
	movl asm_cfg+4(%rip), %eax	/* fires: exit -> init */
	ret
END(asm_teardown)

	__INITDATA
	.globl asm_cfg
asm_cfg:
	.long 1, 2, 3, 4

	.data
	.globl asm_vec
asm_vec:
	.quad asm_helper		/* fine */
	.quad asm_setup			/* fires */
	.quad asm_teardown		/* fires */
	.long asm_setup			/* fires (R_X86_64_32) */
	.long asm_teardown - .		/* fires (R_X86_64_PC32) */
	.quad asm_setup - .		/* fires (R_X86_64_PC64) */
