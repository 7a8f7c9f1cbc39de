// SPDX-License-Identifier: GPL-2.0-only
/* The second file of mpl_mod. */
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/module.h>

int mplmod_lookup(int x);
void mplmod_helper_cleanup(void);
int mplmod_helper(int x);

static int mplmod_state;

noinline void __exit mplmod_helper_cleanup(void)
{
	mplmod_state = 0;
}

noinline int mplmod_helper(int x)
{
	mplmod_state += x;
	return mplmod_lookup(x) + mplmod_state;
}
