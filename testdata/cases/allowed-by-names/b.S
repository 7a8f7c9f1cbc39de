// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case allowed-by-names, b.S (see a.S).
 *  - offset 0: a local symbol at b.o's first byte, named to be allowed,
 *    tied with a.o's global abn_a_end.  6.1 names the source by the last
 *    of the tied symbols in vmlinux.o's symbol table, the global: a
 *    warning; a checker that settled it in b.o alone would allow it.
 *    6.12 names b.o's own symbol and allows it.
 *  - abn_b_ops: the source is b.o's own symbol, allowed by its name.
 *  - abn_b_var: b.o's own symbol, not allowed: a warning.
 *  - abn_b_tail_ops: the last symbol, which c.o's reference is after.
 */
#include "mpl-kernel.h"

	.data
	.balign 8
abn_b_first_ops:
	.quad abn_init
abn_b_ops:
	.quad 0
	.quad abn_init
	.globl abn_b_var
abn_b_var:
	.quad abn_init
abn_b_tail_ops:
	.quad 0
