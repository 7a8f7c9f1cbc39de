// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case othertext-not-checked (silent), b.c: targets in .init.text,
 * .exit.text and .init.data.  init code calling init code and exit code
 * calling exit code is legal too.
 */
#include "mpl-kernel.h"

int init_table[4] __initdata = { 4, 3, 2, 1 };

int __init hw_init(int v)
{
	return v + init_table[0] + mpl_sink;
}

void __exit hw_exit(void)
{
	mpl_sink = 0;
}

static void __exit hw_exit2(void)
{
	hw_exit();
}

int __init hw_init2(void)
{
	return hw_init(1);
}
