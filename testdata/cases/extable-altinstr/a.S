// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case extable-altinstr (fatal), a.S: an __ex_table entry whose fixup
 * lies in .altinstr_replacement, the one black-listed target of rule 5.
 * modpost prints the mismatch and then dies with "which is black-listed"
 * (exit 1).  Kept alone in its case because modpost stops at the fatal
 * error, so anything reported after it would depend on processing order.
 */
#include "mpl-kernel.h"

	.text
ENTRY_GLOBAL(alt_user)
1:	movl (%rdi), %eax
	ret
END(alt_user)
	_ASM_EXTABLE(1b, 2f)

	.section .altinstr_replacement,"ax"
2:	xorl %eax, %eax
	ret
