// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case allowed-by-names, a.S: references from .data to .init.text that
 * modpost allows for the source symbol's name (*_ops), where the source
 * is or is not a symbol of the referring object itself.  The checker
 * settles those whose source lies in the object's own section without
 * laying out vmlinux.o's sections (check.c, search_own()); the others,
 * and the ties between objects, go through the full search.  Link order
 * a, b, c: each .data is 8-aligned, so b.o's starts where a.o's ends.
 *
 * a.o: the init function, and a global zero-size label at the very end
 * of its .data (a name no rule allows): at the same address as b.o's
 * first symbol.
 */
#include "mpl-kernel.h"

	__INIT
	.globl abn_init
abn_init:
	ret

	.data
	.balign 8
abn_a_first:
	.quad 0
	.globl abn_a_end
abn_a_end:
