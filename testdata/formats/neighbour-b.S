/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The second object of the module: code before its first label calls an
 * __init function.  modpost, on the linked module, names the first
 * object's neighbour_last; DWARF (gas's line table) knows this file, and
 * that no function of it covers the call.
 */
#include "mpl-kernel.h"

	.text
	call neighbour_init
ENTRY_GLOBAL(neighbour_b_fn)
	ret
END(neighbour_b_fn)

	__INIT
ENTRY_GLOBAL(neighbour_init)
	ret
END(neighbour_init)
