// SPDX-License-Identifier: GPL-2.0-only
/* The targets of mpl_builtin_a.c's cross-object references. */
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/export.h>

void mpl_board_teardown(void);
int mpl_board_setup(int x);

int mpl_board_table[4] __initdata = { 1, 2, 3, 4 };

noinline void __exit mpl_board_teardown(void)
{
	mpl_board_table[0] = 0;
}

/* EXPORT_SYMBOL of an init symbol; .init.text -> .exit.text */
noinline int __init mpl_board_setup(int x)
{
	if (x > 100)
		mpl_board_teardown();
	return x + mpl_board_table[1];
}
EXPORT_SYMBOL(mpl_board_setup);
