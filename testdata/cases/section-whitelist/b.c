// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case section-whitelist (silent), b.c: the init/exit targets, plus the
 * same kind of reference from C (.discard.addressable, as EXPORT_SYMBOL in
 * Linux uses, and a .comment.mpl non-allocatable blob).
 */
#include "mpl-kernel.h"

int __init wl_init_fn(void) { return mpl_sink; }
void __exit wl_exit_fn(void) { mpl_sink = 0; }

static void *keep_init __used __section(".discard.addressable") = wl_init_fn;

__asm__("	.pushsection .comment.mpl, \"\", @progbits\n"
	"	.quad wl_exit_fn\n"
	"	.popsection\n");
