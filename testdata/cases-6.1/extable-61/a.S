// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case extable-61 (6.1 only), a.S: 6.1 reports __ex_table problems with a
 * line of its own (report_extable_warnings(), modpost.c line 1314):
 *   "vmlinux.o(__ex_table+0xOFF): Section mismatch in reference from the
 *    KIND FROMSYM[()] to the KIND TOSEC:TOSYM[()]"
 * KIND is "function" for STT_FUNC symbols (with "()"), "variable" for any
 * other symbol and "(unknown reference)" when none was found (then the
 * name is "(unknown)").  No allow-list applies to __ex_table, and every
 * entry counts as a mismatch for -E.
 *  - an entry after a label in __ex_table: "from the variable ex_lbl";
 *  - after a function symbol placed there: "from the function ex_fnlbl()";
 *  - to a static .data variable through the section symbol with nothing
 *    within 20 bytes: ".data:(unknown)";
 *  - to a function in .rodata: "to the function .rodata:ex_ro_fn()";
 *  - to __init_begin in .init.data: 6.12 allows that name (pattern 4),
 *    6.1 does not look: warning plus ERROR;
 *  - to an unlisted executable section: the "not in the list of
 *    authorized sections" text, printed by fprintf without "WARNING:",
 *    with a space before the line break after "to".
 */
#include "mpl-kernel.h"

	.text
ENTRY_GLOBAL(ex_insn)
	ret
END(ex_insn)

	.section "__ex_table","a"
	.balign 4
ex_lbl:
	.long ex_insn - .
	.long ex_far_data + 32 - .
	.long 0
	.type ex_fnlbl, @function
ex_fnlbl:
	.long ex_insn - .
	.long ex_ro_fn - .
	.long 0
	.long ex_insn - .
	.long __init_begin - .
	.long 0
	.long ex_insn - .
	.long ex_odd_exec - .
	.long 0

	.data
	.balign 8
ex_far_data:
	.skip 64

	.section ".rodata","a"
	.type ex_ro_fn, @function
ex_ro_fn:
	.quad 0

	__INITDATA
	.globl __init_begin
__init_begin:
	.quad 0

	.section ".mpl_odd_exec","ax"
ex_odd_exec:
	ret
