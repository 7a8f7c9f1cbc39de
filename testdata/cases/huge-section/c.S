// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case huge-section (fires), c.S: .data refers to its own anonymous
 * .init.data (the section symbol plus an offset), which ld -r places
 * after a.S's 4 GiB one.
 *  - .init.data+2: 10 bytes after a_end, which names it (a layout that
 *    lost the size's high bits would put it 10 bytes after a_start);
 *  - .init.data+60: no symbol within 20 bytes, printed as the address
 *    in the merged section, past 4 GiB.
 */
#include "mpl-kernel.h"

	.section .init.data,"aw",@nobits
	.balign 4
	.zero 64

	.data
	.globl c_ref
c_ref:
	.quad .init.data + 2		/* fires: -> a_end */
	.quad .init.data + 60		/* fires: -> 0x<address> */
