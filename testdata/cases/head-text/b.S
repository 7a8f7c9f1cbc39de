// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case head-text (silent), b.S: assembly __HEAD code in the second object
 * (unlabeled at the start of its part of .head.text) jumping to init code
 * and loading init data; plus the init/exit targets.
 */
#include "mpl-kernel.h"

	__HEAD
	call early_setup
	movq early_cfg(%rip), %rax
	jmp late_exit

	__INIT
ENTRY_GLOBAL(early_setup)
	movl %edi, %eax
	ret
END(early_setup)

	__EXIT
ENTRY_GLOBAL(late_exit)
	ret
END(late_exit)

	__INITDATA
	.globl early_cfg
early_cfg:
	.long 1, 2
