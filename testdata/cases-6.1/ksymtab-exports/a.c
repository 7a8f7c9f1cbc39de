// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case ksymtab-exports (6.1 only), a.c: 6.1's EXPORT_SYMBOL*() put an
 * entry into a section of its own, ___ksymtab+NAME or ___ksymtab_gpl+NAME,
 * and 6.1's modpost checks those like any other section: the row
 * "___ksymtab* -> .init.*, .exit.*" (modpost.c line 963) prints
 * "EXPORT_SYMBOL used for init/exit symbol: NAME (section: SEC)" for every
 * export of an __init/__initdata/__initconst/__exit/__exitdata symbol,
 * counts it as a section mismatch (an ERROR under -E), and does so
 * without -M (which 6.1 does not have).  Not flagged: exports of
 * __meminit code and data (that row lists .init.* and .exit.* only),
 * of .text/.data symbols, and of __ref code.
 * A static function can be exported too: the entry's relocation is then
 * against the section symbol, and the name is found by the nearest-symbol
 * search (6.12 calls that an error, "local symbol ... was exported").
 */
#include "mpl-kernel.h"

int __init kx_setup(void) { return mpl_sink; }
void __exit kx_teardown(void) { mpl_sink = 0; }
int kx_table[4] __initdata = { 1, 2, 3, 4 };
const char kx_name[] __initconst = "kx";
int kx_bye[2] __exitdata = { 5, 6 };
noinline int __meminit kx_hotadd(void) { return mpl_sink + 2; }
int kx_hotdata[2] __meminitdata = { 7, 8 };
noinline int kx_plain(void) { return mpl_sink + 1; }
int kx_counter = 3;
static noinline int __init kx_hidden_init(void) { return mpl_sink + 9; }
static noinline int kx_hidden_text(void) { return mpl_sink + 10; }
noinline int __ref kx_ref(void) { return kx_hidden_init() + kx_hidden_text(); }

EXPORT_SYMBOL(kx_setup);		/* init */
EXPORT_SYMBOL_GPL(kx_teardown);		/* exit */
EXPORT_SYMBOL(kx_table);		/* init */
EXPORT_SYMBOL_GPL(kx_name);		/* init */
EXPORT_SYMBOL(kx_bye);			/* exit */
EXPORT_SYMBOL(kx_hotadd);		/* meminit: not flagged */
EXPORT_SYMBOL_GPL(kx_hotdata);		/* meminit: not flagged */
EXPORT_SYMBOL(kx_plain);		/* fine */
EXPORT_SYMBOL_NS_GPL(kx_counter, KX_NS);	/* fine, with a namespace */
EXPORT_SYMBOL(kx_hidden_init);		/* static, init: flagged by name */
EXPORT_SYMBOL(kx_hidden_text);		/* static, text: fine */
EXPORT_SYMBOL(kx_ref);			/* fine */
