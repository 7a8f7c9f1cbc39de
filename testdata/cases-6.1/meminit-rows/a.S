// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case meminit-rows (6.1 only), a.S: one pointer from each kind of section
 * to each init/exit kind, so that every row of 6.1's sectioncheck[] table
 * (modpost.c lines 909-977) is exercised, .meminit.* included:
 *   .text, .data   -> .init.*, .meminit.*, .exit.*       warn
 *   .init.*        -> .exit.*                             warn
 *   .meminit.*     -> .init.*, .exit.*                    warn
 *   .exit.*        -> .init.*, .meminit.*                 warn
 *   .pci_fixup_*   -> .init.*  (not .meminit.*)           warn
 *   .init.*        -> .meminit.*                          fine
 *   .memexit.*, .ref.text: no rule                        fine
 * Every from-section has one global label, every target kind one symbol,
 * so each line names a distinct pair.
 */
#include "mpl-kernel.h"

#define TARGET(sec, flags, name)			\
	.section sec, flags;				\
	.balign 8;					\
	.globl name;					\
name:	.quad 0

	TARGET(".init.text", "ax", t_inittext)
	TARGET(".init.data", "aw", t_initdata)
	TARGET(".init.rodata", "a", t_initrodata)
	TARGET(".exit.text", "ax", t_exittext)
	TARGET(".exit.data", "aw", t_exitdata)
	TARGET(".meminit.text", "ax", t_meminittext)
	TARGET(".meminit.data", "aw", t_meminitdata)
	TARGET(".meminit.rodata", "a", t_meminitrodata)

#define FROM(sec, flags, name)				\
	.section sec, flags;				\
	.balign 8;					\
	.globl name;					\
name:	.quad t_inittext, t_initdata, t_initrodata;	\
	.quad t_exittext, t_exitdata;			\
	.quad t_meminittext, t_meminitdata, t_meminitrodata

	FROM(".text", "ax", f_text)
	FROM(".data", "aw", f_data)
	FROM(".init.text", "ax", f_inittext)
	FROM(".init.data", "aw", f_initdata)
	FROM(".exit.text", "ax", f_exittext)
	FROM(".exit.data", "aw", f_exitdata)
	FROM(".meminit.text", "ax", f_meminittext)
	FROM(".meminit.data", "aw", f_meminitdata)
	FROM(".meminit.rodata", "a", f_meminitrodata)
	FROM(".pci_fixup_final", "a", f_pci)
	FROM(".memexit.text", "ax", f_memexittext)
	FROM(".ref.text", "ax", f_reftext)
