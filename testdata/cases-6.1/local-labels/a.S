// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case local-labels (6.1 only), a.S: compiled with -Wa,-L (file
 * cflags-6.1), so the assembler keeps the ".L" local labels in the symbol
 * table and ld -r keeps them in vmlinux.o.  6.1's modpost takes them as
 * candidate names (it only skips the ARM mapping symbols $a, $d, $t, $x)
 * and, by "pattern 6" of secref_whitelist() (modpost.c line 1119), keeps
 * quiet about any reference whose from-symbol starts with ".L".  6.12
 * never uses .L* as a name (is_mapping_symbol()).
 *  - references made just after a .L label: silent;
 *  - after an ordinary label: warn, naming that label;
 *  - the target of a section-symbol reference may be a .L label: it is
 *    printed (ll_near -> .Lll_tgt).
 */
#include "mpl-kernel.h"

	__INIT
	.globl ll_init
ll_init:
	ret
	.balign 16
.Lll_tgt:
	ret

	.text
	.globl ll_named
ll_named:
	call ll_init			/* warn: ll_named */
.Lll_inner:
	call ll_init			/* silent: .Lll_inner */
	jmp ll_named
	.globl ll_near
ll_near:
	call .Lll_tgt			/* warn: -> .Lll_tgt */

	.data
	.globl ll_tbl
ll_tbl:
	.quad ll_init			/* warn: ll_tbl */
.Lll_tbl_tail:
	.quad ll_init			/* silent */
$d:
	.quad ll_init			/* $d is skipped: ll_tbl's .L tail wins */
