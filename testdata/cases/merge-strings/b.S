// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case merge-strings (fires), b.S: the same shared string again (a real
 * link would merge the two copies; "ld -r" does not) plus a string of its
 * own.  The .text references name ".Lshared_b" and ".Lonly_b" (the
 * relocation symbols, see a.S).  The absolute .quad in .data is relocated
 * against the section symbol instead; the nearest-symbol search skips the
 * .L labels, so modpost prints the address (0x40).
 */
#include "mpl-kernel.h"

	.section .init.rodata.str1.1, "aMS", @progbits, 1
.Lshared_b:
	.asciz "a string both objects use"
.Lonly_b:
	.asciz "only in b.S, a bit longer"

	.text
ENTRY_GLOBAL(ms_b)
	leaq .Lshared_b(%rip), %rdi
	leaq .Lonly_b+5(%rip), %rsi
	ret
END(ms_b)

	.data
	.globl ms_msgs
ms_msgs:
	.quad .Lonly_b
