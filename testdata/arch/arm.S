// SPDX-License-Identifier: GPL-2.0-only
/*
 * arm.S - 32-bit ARM branch and MOVW/MOVT relocations, whose addends
 * live in the instructions (SHT_REL): R_ARM_CALL, R_ARM_JUMP24,
 * R_ARM_PC24, R_ARM_MOVW_ABS_NC/R_ARM_MOVT_ABS, R_ARM_ABS32 (literal
 * pool) in ARM state; R_ARM_THM_CALL (== THM_PC22), R_ARM_THM_JUMP24,
 * R_ARM_THM_JUMP19, R_ARM_THM_MOVW_ABS_NC/R_ARM_THM_MOVT_ABS in Thumb-2.
 * Targets are global symbols, local function symbols and plain local
 * labels (which the assembler turns into "section symbol + addend"),
 * before and after the label, at small and large offsets.
 */
#include "mpl-arch.h"

	.syntax unified

#if defined(__thumb2__)
#define MPL_THUMB2 1
	.thumb
#define FN_TYPE(x)	.type x, %function ; .thumb_func
#else
	.arm
#define FN_TYPE(x)	.type x, %function
#endif
#if __ARM_ARCH >= 7 || defined(__ARM_ARCH_6T2__)
#define MPL_MOVW 1
#endif

/* ---------------- .init.text ---------------- */
	.section ".init.text","ax"
	.balign 4
arm_init_lbl0:				/* plain label at this object's offset 0 */
	nop
	nop
	FN_TYPE(arm_init_fn)
arm_init_fn:				/* local function symbol */
	bx	lr
	.space	0x1000			/* push the next ones far away */
arm_init_lbl_far:
	nop
	.globl	arm_init_global
	FN_TYPE(arm_init_global)
arm_init_global:
	bx	lr

/* ---------------- .init.data ---------------- */
	.section ".init.data","aw"
	.balign 8
arm_init_data:
	.space	256
arm_init_data_end:
	.long	0

/* ---------------- .text ---------------- */
	.text
	.balign 4
	.globl	arm_text_calls
	FN_TYPE(arm_text_calls)
arm_text_calls:
	bl	arm_init_lbl0		/* CALL / THM_CALL, negative addend */
	bl	arm_init_fn
	bl	arm_init_lbl_far
	bl	arm_init_global
	bl	mpl_b_setup		/* other object */
#ifdef MPL_THUMB2
	b.w	arm_init_lbl_far	/* THM_JUMP24 */
	b.w	arm_init_global
	beq.w	arm_init_lbl_far	/* THM_JUMP19 */
	bne.w	arm_init_lbl0
	bgt.w	mpl_b_setup
#else
	b	arm_init_lbl_far	/* JUMP24 */
	blne	arm_init_lbl0		/* conditional bl: JUMP24 */
	bgt	mpl_b_setup
	/* R_ARM_PC24 (obsolete, but modpost decodes it): "bl ." + reloc */
	.reloc	., R_ARM_PC24, arm_init_global
	.word	0xebfffffe
	.reloc	., R_ARM_PC24, mpl_b_setup
	.word	0xebfffffe
#endif
	bx	lr

	.globl	arm_text_addr
	FN_TYPE(arm_text_addr)
arm_text_addr:
#ifdef MPL_MOVW
	movw	r0, #:lower16:arm_init_data + 100
	movt	r0, #:upper16:arm_init_data + 100
	movw	r1, #:lower16:arm_init_data - 4		/* negative addend */
	movt	r1, #:upper16:arm_init_data - 4
	movw	r2, #:lower16:arm_init_data_end + 2
	movt	r2, #:upper16:arm_init_data_end + 2
	movw	r3, #:lower16:mpl_b_table + 8
	movt	r3, #:upper16:mpl_b_table + 8
	movw	r3, #:lower16:arm_init_lbl_far
	movt	r3, #:upper16:arm_init_lbl_far
#endif
	ldr	r0, =arm_init_data + 200		/* literal pool: ABS32 */
	ldr	r1, =arm_init_fn
	ldr	r2, =mpl_b_table + 4
	bx	lr
	.ltorg

/* ---------------- .exit.text -> .init.* ---------------- */
	.section ".exit.text","ax"
	.balign 4
	FN_TYPE(arm_exit_fn)
arm_exit_fn:
	bl	arm_init_fn
	bl	arm_init_lbl_far
#ifdef MPL_MOVW
	movw	r0, #:lower16:arm_init_data + 24
	movt	r0, #:upper16:arm_init_data + 24
#endif
	bx	lr

/* .data: ABS32 and REL32 with addends */
	.data
	.balign 4
arm_data:
	.word	arm_init_data + 60
	.word	arm_init_lbl_far - .
	.word	arm_init_fn
