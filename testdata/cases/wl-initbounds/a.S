// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case wl-initbounds (mixed), a.S: boundary symbols of the init area
 * (normally from the linker script), defined here inside .init.text and
 * .init.data: _sinittext, _einittext, __init_begin.  References to them are
 * whitelisted (pattern 4) whatever the fromsec; __init_begin_x, a near-miss
 * name, is not.
 */
#include "mpl-kernel.h"

	__INIT
	.globl _sinittext
_sinittext:
ENTRY_GLOBAL(boot_step)
	movl $1, %eax
	ret
END(boot_step)
	.globl _einittext
_einittext:

	__INITDATA
	.globl __init_begin
__init_begin:
	.quad 0
	.globl __init_begin_x
__init_begin_x:
	.quad 0
