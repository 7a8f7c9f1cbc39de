// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case export-errors (errors), a.c: check_export_symbol() errors (modpost
 * exits 1).  Exporting a static function: the record's relocation is
 * against a local (section) symbol -> "local symbol 'hidden' was exported".
 * A record with an unknown license string -> "unknown license 'BSD' was
 * specified".  A good export of a static's neighbour stays silent.
 */
#include "mpl-kernel.h"

static noinline int hidden(void) { return mpl_sink; }
EXPORT_SYMBOL(hidden);

noinline int visible(void) { return hidden() + 1; }
EXPORT_SYMBOL(visible);

__asm__("	.pushsection \".export_symbol\",\"a\"\n"
	"__export_symbol_visible2:\n"
	"	.asciz \"BSD\"\n"
	"	.asciz \"\"\n"
	"	.balign 8\n"
	"	.quad visible2\n"
	"	.popsection\n");
noinline int visible2(void) { return mpl_sink + 2; }
