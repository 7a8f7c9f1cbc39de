// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case fromoff-before-sym (fires), c.S (third): unlabeled code/data at the
 * start of its .text/.data part.  In the linked object the nearest
 * preceding symbol is b.c's (b_last, b_var), so modpost prints
 * "b_last+0x.." / "b_var+0x.." although the reference is not in b.c.
 */
#include "mpl-kernel.h"

	.text
	jmp fs_init
	.balign 8
ENTRY_GLOBAL(c_fn)
	jmp fs_init			/* -> "c_fn+0x1" */
END(c_fn)

	.data
	.quad fs_init
