// SPDX-License-Identifier: GPL-2.0-only
/*
 * tests/t0126-tables-read.sh, big.c: an object of more than 16 KiB whose
 * export entries and .modinfo lie far (more than 4 KiB) before its
 * tables, so that the scan, which reads an object this large in its
 * tables only, reads them on demand: exports with a licence and a
 * namespace (6.12: the .export_symbol entry's bytes; 6.1: the
 * __kstrtabns_ strings), one of an __init function (fires), a .modinfo
 * string, and a .data -> .init.text reference (fires).  The padding
 * comes first in the file: gcc emits the variables last to first, so
 * that it lies between them and the tables (t0126 checks the offsets).
 */
#include "mpl-kernel.h"

/* data that nobody reads: 24 KiB between the above and the tables */
const char big_pad[24576] = { 1 };

int __init big_setup(void) { return mpl_sink; }
noinline int big_text(void) { return mpl_sink + 1; }
int big_data[4] = { 1, 2, 3, 4 };

EXPORT_SYMBOL(big_text);
EXPORT_SYMBOL_GPL(big_data);
EXPORT_SYMBOL_NS_GPL(big_setup, MPL_BIG_NS);	/* fires: init symbol */
MODULE_LICENSE("GPL");

int (*big_hook)(void) = big_setup;	/* fires: .data -> .init.text */
