// SPDX-License-Identifier: GPL-2.0-only
/*
 * b.c - second object: provides __init/__exit code and data used by the
 * other objects, init <-> exit references, a strong definition of a
 * function that c.o declares weak in .init.text, and an exported __exit.
 */
#include "mpl-arch.h"

extern void mpl_c_exit(void);		/* __exit in c.c */

/* Some padding so that b.o's sections start at a "random" offset. */
static char b_pad_init[52] __initdata = "padding";
static long b_scratch[20] __initdata;
int mpl_b_table[16] __initdata = { 3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8 };
static int b_exit_tbl[6] __exitdata = { 2, 7, 1, 8 };

static int __init b_pad_fn(int x)
{
	b_scratch[x & 15] = x;
	return b_pad_init[x & 31] + (int)b_scratch[(x + 3) & 15];
}

static int __init b_local(int x)
{
	return b_pad_fn(x) * 5 + b_pad_init[x & 7];
}

int __init mpl_b_setup(int x)
{
	return b_local(x) + mpl_b_table[x & 15];
}

static void __exit b_exit_fn(void)
{
	b_exit_tbl[1]++;
}

void __exit mpl_b_exit(void)
{
	b_exit_fn();
	b_exit_tbl[4]++;
}

/* .init.text -> .exit.text / .exit.data (ANY_INIT_TO_ANY_EXIT) */
int __init mpl_b_init_calls_exit(int x)
{
	b_exit_fn();
	mpl_c_exit();
	return b_exit_tbl[x & 3];
}

/* .exit.text -> .init.text / .init.data (ANY_EXIT_TO_ANY_INIT) */
void __exit mpl_b_exit_calls_init(void)
{
	b_local(1);
	mpl_b_setup(2);
	b_scratch[17]++;
}

/* .text -> .exit.text */
void b_text_calls_exit(void)
{
	b_exit_fn();
	mpl_b_exit();
}

/* Strong, normal-text definition of the weak __init one in c.c */
int mpl_maybe_init(int x)
{
	return x + 1;
}

/* .data -> .init.data deep inside an array (no symbol within 20 bytes) */
long *b_deep_ptr = &b_scratch[9];
char *b_pad_ptr = &b_pad_init[26];

EXPORT_SYMBOL(mpl_b_exit);
EXPORT_SYMBOL_GPL(mpl_b_setup);
EXPORT_SYMBOL(mpl_maybe_init);
