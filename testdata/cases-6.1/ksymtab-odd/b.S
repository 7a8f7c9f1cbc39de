// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case ksymtab-odd (6.1 only), b.S: hand-made ksymtab records.
 *  - 6.1 learns an export from any symbol "__ksymtab_NAME" defined in a
 *    section whose name starts with "___ksymtab+" or "___ksymtab_gpl+"
 *    (handle_symbol(), modpost.c line 628); the section's own suffix does
 *    not matter: the entry in ___ksymtab+ko_label exports ko_other.
 *  - A __ksymtab_ label in another section exports nothing.
 *  - "___ksymtab*" is the rule's from-section pattern: any section whose
 *    name starts with ___ksymtab is checked against .init.* and .exit.*,
 *    even one that exports nothing (___ksymtabX below).
 *  - The record's target is named like any relocation target: here a
 *    spot 40 bytes into ko_boot and 24 before __init_begin, reached
 *    through the section symbol, so no name is near: "(unknown)".
 *  - Exporting __init_begin is whitelisted (pattern 4, the linker symbols
 *    __init_begin, _sinittext, _einittext), so is silent.
 *  - A second export of ko_twice: "ERROR: modpost: vmlinux: 'ko_twice'
 *    exported twice. Previous export was in vmlinux".
 *  - __kstrtabns_ko_orphan: a namespace string for a symbol nobody
 *    exports: "ERROR: modpost: Could not update namespace(NS) for symbol
 *    ko_orphan" (sym_update_namespace(), line 356).
 */
#include "mpl-kernel.h"

	__INIT
ENTRY_GLOBAL(ko_boot)
	ret
	.skip 39
.Lko_spot:
	.skip 24
END(ko_boot)
	.globl __init_begin
__init_begin:
	ret

	.text
ENTRY_GLOBAL(ko_other)
	ret
END(ko_other)

	.section "___ksymtab+ko_label","a"
	.balign 4
__ksymtab_ko_other:
	.long ko_other - ., 0, 0

	.section ".rodata","a"
__ksymtab_ko_boot:
	.long ko_boot - .

	.section "___ksymtabX","a"
	.quad ko_boot

	.section "___ksymtab+ko_anon","a"
	.balign 4
__ksymtab_ko_anon:
	.long .Lko_spot - ., 0, 0

	EXPORT_SYMBOL(__init_begin)
	EXPORT_SYMBOL(ko_twice)

	.section "__ksymtab_strings","aMS",@progbits,1
__kstrtabns_ko_orphan:
	.asciz "NS"
