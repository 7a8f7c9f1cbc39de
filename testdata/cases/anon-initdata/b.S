// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case anon-initdata (fires), b.S: init data and code with no symbol at
 * all (only .L labels, which do not reach the symbol table), more than 20
 * bytes away from any named symbol of the merged section.  The .text
 * references to them can only be printed as "0x<address>", where the
 * address is the target's offset in the merged section.
 */
#include "mpl-kernel.h"

	__INITRODATA
	.skip 32			/* keep a.c's a_banner out of reach */
.Lmsg:
	.asciz "an anonymous init-time message, long enough"
	.skip 32

	__INIT
	.skip 24, 0x90
.Lanon_code:
	ret
	.skip 24, 0x90

	.text
ENTRY_GLOBAL(b_anon_user)
	leaq .Lmsg(%rip), %rax		/* -> 0x<addr> (.init.rodata) */
	leaq .Lmsg+8(%rip), %rdx	/* -> 0x<addr+8> */
	call .Lanon_code		/* -> 0x<addr> (.init.text) */
	ret
END(b_anon_user)
