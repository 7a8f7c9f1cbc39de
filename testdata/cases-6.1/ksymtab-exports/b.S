// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case ksymtab-exports (6.1 only), b.S: exports written in assembly
 * (asm-generic/export.h: entry "sym - ., __kstrtab_sym - ., 0", no
 * namespace string), of symbols of this object and of a.c's.
 */
#include "mpl-kernel.h"

	__INIT
ENTRY_GLOBAL(kxa_boot)
	ret
END(kxa_boot)
	EXPORT_SYMBOL_GPL(kxa_boot)		/* init */

	__EXIT
ENTRY_GLOBAL(kxa_halt)
	ret
END(kxa_halt)
	EXPORT_SYMBOL(kxa_halt)			/* exit */

	__MEMINIT
ENTRY_GLOBAL(kxa_hot)
	ret
END(kxa_hot)
	EXPORT_SYMBOL(kxa_hot)			/* meminit: not flagged */

	.text
ENTRY_GLOBAL(kxa_copy)
	ret
END(kxa_copy)
	EXPORT_SYMBOL(kxa_copy)			/* fine */
