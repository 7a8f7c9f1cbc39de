// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case asm-object (fires), b.c: C code calling into the assembly object:
 * .text -> asm_setup (.init.text) fires, -> asm_helper is fine.
 */
#include "mpl-kernel.h"

extern int asm_setup(void), asm_helper(void);

noinline int c_caller(int v)
{
	return v ? asm_setup() : asm_helper();
}
