// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case export-init-exit (fires), b.S: the same checks for exports written
 * in assembly (second object, so its records follow a.c's in the merged
 * .export_symbol): an __init routine (fires), an __exit routine (fires),
 * a .text routine and a .ref.text routine (silent).
 */
#include "mpl-kernel.h"

	__INIT
ENTRY_GLOBAL(asm_boot)
	ret
END(asm_boot)
	EXPORT_SYMBOL_GPL(asm_boot)

	__EXIT
ENTRY_GLOBAL(asm_halt)
	ret
END(asm_halt)
	EXPORT_SYMBOL(asm_halt)

	.text
ENTRY_GLOBAL(asm_copy)
	ret
END(asm_copy)
	EXPORT_SYMBOL(asm_copy)

	__REF
ENTRY_GLOBAL(asm_ref)
	jmp asm_boot
END(asm_ref)
	EXPORT_SYMBOL_GPL(asm_ref)
