// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case alias-symbols (fires), a.S: several symbols at one address.
 * modpost's symbol search keeps, for equal addresses, the symbol with the
 * lowest index in the linked object's symbol table; the linker puts local
 * symbols before global ones, so the local name is printed:
 *  - .text: local "entry_local" and global "entry_global" label the same
 *    code, which calls init code -> "entry_local+0x1"
 *  - .init.text: local "init_local" and global "init_global" at the same
 *    address (after 32 unnamed bytes); the second .text call goes through
 *    the local label, i.e. the section symbol plus addend -4, 4 bytes
 *    below both names -> the following symbol, "init_local"
 *  - .data: local "vec_local" and global "vec_global" -> "vec_local+0x8"
 */
#include "mpl-kernel.h"

	.text
	.globl entry_global
	.type entry_global, @function
entry_global:
entry_local:
	call init_global
	call init_local
	ret

	__INIT
	.skip 32, 0x90			/* unnamed filler: no symbol below */
	.globl init_global
init_global:
init_local:
	ret

	.data
	.globl vec_global
vec_global:
vec_local:
	.quad 0
	.quad init_local
