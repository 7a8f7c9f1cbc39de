// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case nonalloc (fires), b.S: the same ".mpl_table" mistake again (the
 * linked vmlinux.o has one merged .mpl_table, so modpost warns once for
 * it) plus a second non-allocatable section ".mpl_other" holding a
 * reference to init code (warned about as non-allocatable; the reference
 * itself is not checked).
 */
#include "mpl-kernel.h"

	.section .mpl_table
	.quad 4

	.section .mpl_other, "", @progbits
	.quad nb_init

	__INIT
ENTRY_GLOBAL(nb_init)
	ret
END(nb_init)
