// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case extable-nonexec (errors), a.S: x86-style exception-table entries
 * (insn, fixup, type as 32-bit PC-relative words).  Rule 5: __ex_table may
 * only point into ALL_TEXT_SECTIONS.  Entries whose fixup is in .data or
 * .rodata give "section mismatch" plus the ERROR "references
 * non-executable section" (modpost exits 1).  Fixups in .text, .fixup,
 * .init.text, .exit.text and .noinstr.text are fine; so is a fixup that is
 * an undefined symbol.
 */
#include "mpl-kernel.h"

	.text
ENTRY_GLOBAL(ex_read)
1:	movl (%rdi), %eax
2:	ret
END(ex_read)
	_ASM_EXTABLE(1b, 2b)			/* .text -> .text: fine */

ENTRY_GLOBAL(ex_write)
3:	movl %esi, (%rdi)
	ret
END(ex_write)
	_ASM_EXTABLE(3b, ex_fixup_data)		/* fixup in .data: ERROR */
	_ASM_EXTABLE(3b, 4f)			/* .fixup: fine */
	_ASM_EXTABLE(3b, ex_fixup_ro)		/* fixup in .rodata: ERROR */
	_ASM_EXTABLE(3b, ex_fixup_init)		/* .init.text: fine */
	_ASM_EXTABLE(3b, ex_fixup_undef)	/* undefined: not checked */

	.section .fixup,"ax"
4:	xorl %eax, %eax
	ret

	__INIT
ENTRY_GLOBAL(ex_fixup_init)
	ret
END(ex_fixup_init)

	.section .noinstr.text,"ax"
5:	movl (%rsi), %eax
	ret
	_ASM_EXTABLE(5b, ex_fixup_exit)		/* .noinstr.text -> .exit.text: fine */

	__EXIT
ENTRY_GLOBAL(ex_fixup_exit)
	ret
END(ex_fixup_exit)

	.data
	.globl ex_fixup_data
ex_fixup_data:
	.quad 0

	.section .rodata,"a"
	.globl ex_fixup_ro
ex_fixup_ro:
	.quad 0
