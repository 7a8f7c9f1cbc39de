// SPDX-License-Identifier: GPL-2.0-only
/*
 * i386.S - i386 relocations with addends in the code (SHT_REL):
 * R_386_PC32 (call/jmp; modpost adds 4), R_386_32 (absolute, with
 * offsets) and R_386_PLT32, which modpost does not decode (0xffffffff).
 */
#include "mpl-arch.h"

	.section ".init.text","ax"
	.p2align 4
i386_init_lbl0:
	ret
	.type	i386_init_fn, @function
i386_init_fn:
	ret
	.skip	0x300, 0x90
i386_init_lbl_far:
	ret
	.globl	i386_init_global
	.type	i386_init_global, @function
i386_init_global:
	ret

	.section ".init.data","aw"
	.p2align 3
i386_init_data:
	.skip	0x80
i386_init_data_end:
	.long	0

	.text
	.globl	i386_text_fn
	.type	i386_text_fn, @function
i386_text_fn:
	call	i386_init_lbl0			/* PC32, section symbol */
	call	i386_init_fn
	call	i386_init_lbl_far
	call	i386_init_global
	call	mpl_b_setup
	call	i386_init_lbl_far@PLT		/* PLT32: not decoded */
	call	mpl_b_setup@PLT
	movl	i386_init_data + 0x40, %eax	/* R_386_32 */
	movl	i386_init_data_end + 2, %eax
	movl	$i386_init_data - 4, %eax
	leal	mpl_b_table + 12, %eax
	jmp	i386_init_lbl_far		/* PC32 */

	.section ".exit.text","ax"
	.type	i386_exit_fn, @function
i386_exit_fn:
	call	i386_init_fn
	movl	i386_init_data + 8, %eax
	ret

	.data
	.p2align 2
i386_data:
	.long	i386_init_data + 60
	.long	i386_init_fn
	.long	i386_init_lbl_far - .
