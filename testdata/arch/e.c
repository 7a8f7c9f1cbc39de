// SPDX-License-Identifier: GPL-2.0-only
/*
 * e.c - last object: strong definitions for weak or undefined symbols of
 * d.o (one in normal text, one in .exit.text that d.o exports), and a
 * second copy of static names that also exist in other objects.
 */
#include "mpl-arch.h"

extern int mpl_b_table[];

/* Same static names as in b.c: distinct local symbols after linking */
static int b_scratch[8] __initdata = { 8 };

static int __init b_local(int x)
{
	return b_scratch[x & 7] + mpl_b_table[x & 3];
}

/* Strong, normal text: overrides the weak .init.text one of d.o */
int mpl_d_weak(int x)
{
	return x - 1;
}

void __exit mpl_c_exit_alias(void)
{
	b_scratch[2]++;
}

/* .text -> e.o's static b_local and b_scratch (not b.o's) */
int e_text_uses_b_names(int x)
{
	return b_local(x) + b_scratch[x & 7];
}
