/* SPDX-License-Identifier: GPL-2.0-only */
/* The exports of drivers/mpltest/ and the modules that use them. */
#ifndef MPLTEST_H
#define MPLTEST_H

int mpl_probe(int x);			/* EXPORT_SYMBOL, mpl_builtin_a.c */
int mpl_gpl_helper(int x);		/* EXPORT_SYMBOL_GPL, mpl_exports.c */
int mpl_ns_func(int x);			/* EXPORT_SYMBOL_NS_GPL(MPL_NS) */
int mpl_ns_plain(int x);		/* EXPORT_SYMBOL_NS(MPL_NS) */
extern int mpl_counter;			/* EXPORT_SYMBOL of data */
extern const char mpl_banner[];		/* EXPORT_SYMBOL_GPL of rodata */
int mpl_asm_nocrc(int x);		/* exported from mpl_asm.S: no CRC */
int mplsingle_calibrate(int x);		/* EXPORT_SYMBOL_GPL, module mpl_single */
int mpl_missing_symbol(int x);		/* defined nowhere: "undefined!" */

#endif
