// SPDX-License-Identifier: GPL-2.0-only
/* Built-in code with section mismatches, same object and across objects. */
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/export.h>

struct mpl_hooks {
	int (*setup)(int);
	void (*teardown)(void);
};

int mpl_board_setup(int x);		/* __init, in mpl_builtin_b.c */
void mpl_board_teardown(void);		/* __exit, in mpl_builtin_b.c */
extern int mpl_board_table[];		/* __initdata, in mpl_builtin_b.c */
int mpl_probe(int x);
int mpl_table_entry(int i);

static noinline int __init mpl_early_probe(int x)
{
	return x * 3 + 1;
}

/* .text -> .init.text: same object, then across objects */
noinline int mpl_probe(int x)
{
	return mpl_early_probe(x) + mpl_board_setup(x);
}
EXPORT_SYMBOL(mpl_probe);

/* .text -> .init.data across objects */
noinline int mpl_table_entry(int i)
{
	return mpl_board_table[i];
}

/* .data -> .init.text and .exit.text */
struct mpl_hooks mpl_board_hooks = {
	.setup = mpl_early_probe,
	.teardown = mpl_board_teardown,
};

static int __init mpl_builtin_init(void)
{
	return mpl_probe(1) + mpl_table_entry(0) > 0 ? 0 : -1;
}
device_initcall(mpl_builtin_init);
