// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case merge-strings (fires), a.S: init-time strings in a mergeable
 * ("aMS") section, .init.rodata.str1.1, referenced from .text through .L
 * labels.  For SHF_MERGE sections the assemblers keep such .L labels in
 * the symbol table and relocate PC-relative references against them, and
 * "ld -r" keeps them too (without merging the strings).  modpost never
 * picks ".L*" names in its nearest-symbol search (is_mapping_symbol()),
 * but when the relocation's own symbol is one and no other named symbol
 * is within 20 bytes, it prints that symbol's name: ".Lshared_a",
 * ".Lonly_a".
 */
#include "mpl-kernel.h"

	.section .init.rodata.str1.1, "aMS", @progbits, 1
.Lshared_a:
	.asciz "a string both objects use"
.Lonly_a:
	.asciz "only in a.S"

	.text
ENTRY_GLOBAL(ms_a)
	leaq .Lshared_a(%rip), %rdi
	leaq .Lonly_a(%rip), %rsi
	ret
END(ms_a)
