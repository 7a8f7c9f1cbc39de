// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case unique-sections (fires), a.S: one object holding several sections
 * with the same name (GNU as ",unique,N", as compilers emit with
 * -ffunction-sections -fno-unique-section-names): two .text and two
 * .init.text sections.  "ld -r" concatenates same-named sections in input
 * order, so modpost's offsets are relative to the merged .text/.init.text:
 *  - us_one (first .text) and us_two (second .text) call us_init (fires)
 *  - us_two also calls an unnamed spot 40 bytes into the second .init.text
 *    (fires): no a.S symbol is near it, but b.c's us_b_init follows a.S's
 *    part of the merged .init.text within modpost's 20-byte reach, so the
 *    target is printed as us_b_init
 */
#include "mpl-kernel.h"

	.section .text, "ax", @progbits, unique, 1
ENTRY_GLOBAL(us_one)
	call us_init
	ret
END(us_one)

	.section .init.text, "ax", @progbits, unique, 2
	.skip 30, 0x90
ENTRY_GLOBAL(us_init)
	ret
END(us_init)

	.section .text, "ax", @progbits, unique, 3
ENTRY_GLOBAL(us_two)
	nop
	call us_init
	call 1f
	ret
END(us_two)

	.section .init.text, "ax", @progbits, unique, 4
	.skip 40, 0x90
1:	ret
