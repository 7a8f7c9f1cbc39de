// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case huge-section (fires), a.S: a .init.data of 4 GiB and 8 bytes, as
 * NOBITS (no file bytes, and ld -r's output has none either).  Its size
 * does not fit in 32 bits: the merged layout must keep it whole (the
 * summaries keep such sizes apart, ssec::big).  a_end lies 4 GiB in.
 */
#include "mpl-kernel.h"

	.section .init.data,"aw",@nobits
	.balign 8
	.globl a_start
a_start:
	.zero 0x100000000
	.globl a_end
a_end:
	.zero 8
