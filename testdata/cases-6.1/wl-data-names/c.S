// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case wl-data-names (6.1 only), c.S: the same names in .text are not
 * allowed (the data-name patterns need a .data from-section), except that
 * *.constprop.* text may point into .init.* and .meminit.* (pattern 5;
 * 6.1's text list includes .meminit.text, so that is a from-section too),
 * and .head.text may point into .init.* and .meminit.* (pattern 3).
 */
#include "mpl-kernel.h"

	.text
	.globl tx_template
tx_template:
	.quad wd_init, wd_meminit
	.globl tx_driver
tx_driver:
	.quad wd_exit, wd_meminit
mk.constprop.0:
	.quad wd_init, wd_meminit, wd_exit

	.section ".meminit.text","ax"
mi.constprop.1:
	.quad wd_init, wd_exit

	__HEAD
head_refs:
	.quad wd_init, wd_meminit, wd_meminitdata, wd_exit
