// SPDX-License-Identifier: GPL-2.0-only
/*
 * mips.S - MIPS relocations modpost decodes from the instruction for
 * SHT_REL objects (o32): R_MIPS_26 (jal/j), R_MIPS_HI16/R_MIPS_LO16
 * (lui + addiu, HI16 is not decoded by modpost and yields 0xffffffff),
 * R_MIPS_32, and types modpost does not know (R_MIPS_PC16, R_MIPS_PC32).
 * The same file builds for n64, where the relocations are SHT_RELA with
 * MIPS64's own r_info layout.
 */
#include "mpl-arch.h"

	.set	noreorder
	.set	noat

/* ---------------- .init.text ---------------- */
	.section ".init.text","ax"
	.balign 4
mips_init_lbl0:
	nop
	nop
	.type	mips_init_fn, @function
mips_init_fn:
	jr	$31
	nop
	.space	0x2000
mips_init_lbl_far:
	nop
	.globl	mips_init_global
	.type	mips_init_global, @function
mips_init_global:
	jr	$31
	nop

/* ---------------- .init.data ---------------- */
	.section ".init.data","aw"
	.balign 8
mips_init_data:
	.space	0x120
mips_init_data_end:
	.word	0

/* ---------------- .text ---------------- */
	.text
	.balign 4
	.globl	mips_text_calls
	.type	mips_text_calls, @function
mips_text_calls:
	jal	mips_init_lbl0		/* R_MIPS_26, section symbol */
	nop
	jal	mips_init_fn
	nop
	jal	mips_init_lbl_far
	nop
	jal	mips_init_global
	nop
	jal	mpl_b_setup		/* other object */
	nop
	j	mips_init_lbl_far + 8
	nop
	b	mips_init_lbl_far	/* R_MIPS_PC16: not decoded */
	nop
	jr	$31
	nop

	.globl	mips_text_addr
	.type	mips_text_addr, @function
mips_text_addr:
	lui	$2, %hi(mips_init_data + 0x40)
	addiu	$2, $2, %lo(mips_init_data + 0x40)
	lui	$3, %hi(mips_init_data_end + 4)
	lw	$3, %lo(mips_init_data_end + 4)($3)
	lui	$4, %hi(mpl_b_table + 16)
	addiu	$4, $4, %lo(mpl_b_table + 16)
	lui	$5, %hi(mips_init_data + 0x8000)	/* LO16 wraps */
	addiu	$5, $5, %lo(mips_init_data + 0x8000)
	jr	$31
	nop

/* ---------------- .exit.text -> .init.* ---------------- */
	.section ".exit.text","ax"
	.balign 4
	.type	mips_exit_fn, @function
mips_exit_fn:
	jal	mips_init_fn
	nop
	lui	$2, %hi(mips_init_data + 8)
	addiu	$2, $2, %lo(mips_init_data + 8)
	jr	$31
	nop

/* .data: R_MIPS_32 (R_MIPS_64 for .quad on n64) and R_MIPS_PC32 */
	.data
	.balign 8
mips_data:
	.word	mips_init_data + 60
	.word	mips_init_fn
	.word	mips_init_lbl_far - .
	.word	mpl_b_table + 4
	MPL_PTR	mips_init_data + 0x100
