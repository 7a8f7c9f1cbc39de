// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case wl-constprop (mixed), a.S: secref_whitelist() pattern 5 -- a
 * fromsym matching "*.constprop.*" in ALL_TEXT_SECTIONS referencing an init
 * section is silent.  Written in assembly so the symbol names are exact:
 *   silent: parse.constprop.0 (.text), wake.constprop.3 (.sched.text),
 *           drop.constprop.1 (.exit.text -> .init.text, rule 3 silenced)
 *   fires:  parse.isra.0 (other clone suffix), parse.part.0,
 *           walk.constprop.2 -> .exit.text (target not init),
 *           tbl.constprop.1 in .data (not a text section),
 *           step.7 (modpost's remove_dot() turns it into "step"),
 *           x.12.constprop.0 (remove_dot() turns it into "x").
 */
#include "mpl-kernel.h"

	.text
	.type parse.constprop.0, @function
parse.constprop.0:
	call cp_init
	ret
	.size parse.constprop.0, . - parse.constprop.0

	.type parse.isra.0, @function
parse.isra.0:
	call cp_init
	ret

	.type parse.part.0, @function
parse.part.0:
	jmp cp_init

	.type walk.constprop.2, @function
walk.constprop.2:
	jmp cp_exit

	.type step.7, @function
step.7:
	movq cp_initdata(%rip), %rax
	ret

	.type x.12.constprop.0, @function
x.12.constprop.0:
	jmp cp_init

	.section .sched.text,"ax"
	.type wake.constprop.3, @function
wake.constprop.3:
	jmp cp_init

	__EXIT
	.type drop.constprop.1, @function
drop.constprop.1:
	jmp cp_init

	.data
	.type tbl.constprop.1, @object
tbl.constprop.1:
	.quad cp_init
