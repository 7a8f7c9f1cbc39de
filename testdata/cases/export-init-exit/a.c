// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case export-init-exit (fires), a.c: with -M, modpost checks every
 * .export_symbol record: exporting an __init function or __initdata /
 * __initconst data gives "EXPORT_SYMBOL used for init symbol", exporting
 * an __exit function or __exitdata "EXPORT_SYMBOL used for exit symbol".
 * EXPORT_SYMBOL and EXPORT_SYMBOL_GPL behave alike.  Exports of ordinary
 * .text/.data/.rodata symbols are silent.
 */
#include "mpl-kernel.h"

int __init ex_setup(void) { return mpl_sink; }
void __exit ex_teardown(void) { mpl_sink = 0; }
int ex_table[4] __initdata = { 1, 2, 3, 4 };
const char ex_name[] __initconst = "ex";
int ex_bye[2] __exitdata = { 5, 6 };
noinline int ex_plain(void) { return mpl_sink + 1; }
int ex_counter = 3;
const int ex_limit = 10;

EXPORT_SYMBOL(ex_setup);		/* init symbol */
EXPORT_SYMBOL_GPL(ex_teardown);		/* exit symbol */
EXPORT_SYMBOL(ex_table);		/* init symbol */
EXPORT_SYMBOL_GPL(ex_name);		/* init symbol */
EXPORT_SYMBOL(ex_bye);			/* exit symbol */
EXPORT_SYMBOL(ex_plain);		/* fine */
EXPORT_SYMBOL_GPL(ex_counter);		/* fine */
EXPORT_SYMBOL(ex_limit);		/* fine */
