// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case secsym-addend (fires), a.c: an innocent first object that fills
 * .text, .data, .init.text and .init.data so that b.c's parts of the
 * merged sections start at non-zero offsets.
 */
#include "mpl-kernel.h"

int a_pad_data[6] = { 1, 2, 3, 4, 5, 6 };
int a_pad_init[5] __initdata = { 1, 2, 3, 4, 5 };

noinline int a_pad_text(int v)
{
	return v * mpl_sink + a_pad_data[v & 3];
}

noinline int __init a_pad_boot(int v)
{
	return v + a_pad_init[1] + mpl_sink;
}
