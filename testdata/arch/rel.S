// SPDX-License-Identifier: GPL-2.0-only
/*
 * rel.S - PC-relative data words (".long sym - .", the form the kernel's
 * relative exception tables use) from __ex_table, .data and .init.data.
 * On RISC-V these become R_RISCV_ADD32/R_RISCV_SUB32 pairs, elsewhere a
 * single PC-relative 32-bit relocation (R_386_PC32, R_ARM_REL32, ...).
 */
#include "mpl-arch.h"

	.section ".init.text","ax"
	.balign 8
rel_init_fn:
	.long 0, 0, 0, 0

	.text
	.balign 8
	.globl rel_text_fn
rel_text_fn:
	.long 0, 0

	.section ".init.data","aw"
	.balign 16
rel_init_data:
	.long 1, 2, 3, 4

	.section "__ex_table","a"
	.balign 4
	.long rel_text_fn - .		/* fine */
	.long rel_text_fn + 4 - .	/* fine */
	.long rel_init_fn + 8 - .	/* fine (.init.text) */
	.long rel_init_data + 4 - .	/* non-executable: error */
	.long mpl_b_table - .		/* non-executable: error */

	.data
	.balign 4
	.globl rel_data
rel_data:
	.long rel_init_fn - .		/* .data -> .init.text */
	.long rel_init_data + 12 - .	/* .data -> .init.data */
	.long mpl_b_setup - .		/* .data -> .init.text (b.o) */
#ifdef __riscv
	/* only RISC-V can express this: ADD32 + SUB32, both checked here */
	.long mpl_b_table - rel_init_data
#endif
