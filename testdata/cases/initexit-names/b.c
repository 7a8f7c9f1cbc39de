// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case initexit-names (mixed), b.c: the targets, each alone in a section
 * with an unusual name, including a NOBITS one (.init.mpl_bss, matched by
 * ".init.*" like any other section type).
 */
#include "mpl-kernel.h"

__in_section(".init.mpl_text") noinline int t_init_text(void) { return mpl_sink; }
int t_init_data __in_section(".init.mpl_data") = 1;
int t_exit_data __in_section(".exit.mpl_data") = 2;
int t_initcall __in_section(".initcall6.init") = 3;
int t_exitcall __in_section(".exitcall.exit") = 4;
int t_init_us __in_section(".init_mpl") = 5;
int t_initx __in_section(".initx") = 6;
int t_exitx __in_section(".exitx") = 7;

/* 64 bytes of NOBITS init storage with a global symbol t_init_bss */
__asm__("	.pushsection .init.mpl_bss, \"aw\", @nobits\n"
	"	.globl t_init_bss\n"
	"t_init_bss:\n"
	"	.skip 64\n"
	"	.popsection\n");
