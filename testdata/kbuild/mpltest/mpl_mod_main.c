// SPDX-License-Identifier: GPL-2.0-only
/* A two-file module with section mismatches, some across its files. */
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/module.h>

int mplmod_helper(int x);			/* .text, mpl_mod_helper.c */
void mplmod_helper_cleanup(void);		/* __exit, mpl_mod_helper.c */
int mplmod_lookup(int x);

static noinline int __init mplmod_setup(int x)
{
	return x + 2;
}

/* .text -> .init.text (called from the other file too) */
noinline int mplmod_lookup(int x)
{
	return mplmod_setup(x) * 2;
}

static void __exit mplmod_exit(void)
{
	mplmod_helper_cleanup();
}

/* .data -> .exit.text */
void (*mplmod_cleanup_hook)(void) = mplmod_exit;

static int __init mplmod_init(void)
{
	/* .init.text -> .exit.text across files */
	if (mplmod_helper(3) < 0)
		mplmod_helper_cleanup();
	return 0;
}

module_init(mplmod_init);
module_exit(mplmod_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("modpost-lite Kbuild test module");
