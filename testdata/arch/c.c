// SPDX-License-Identifier: GPL-2.0-only
/*
 * c.c - third object: the strong __init override of a.c's weak mpl_hook,
 * a weak __init function that b.o overrides with normal code, tail calls
 * into .init.text, an __exit function used from init code, and a few
 * top-level asm sections (__ex_table, a non-allocatable section) so that
 * they appear in more than one object.
 */
#include "mpl-arch.h"

extern int mpl_b_setup(int x);
extern int mpl_b_table[];
extern int a_global_init(int x);

/* A big static __init function first, so later ones sit at large offsets */
static int c_big_state[64] __initdata;

static int __init c_big_init(int x)
{
	int i, s = 0;

	for (i = 0; i < 64; i++) {
		c_big_state[i] = s;
		s += x * i + (s >> 3);
		if (s & 0x100)
			s ^= c_big_state[(i * 7) & 63];
	}
	return s;
}

static int __init c_local_init(int x)
{
	return c_big_init(x) + c_big_state[x & 63];
}

/* Overrides a.c's weak, normal-text mpl_hook */
void __init mpl_hook(int x)
{
	c_big_state[3] = x;
}

/* Weak __init: b.c has the strong (normal text) definition */
int __weak __init mpl_maybe_init(int x)
{
	return c_big_state[x & 63];
}

/* Sibling (tail) calls from .text into .init.text */
int c_tail_static(int x)
{
	return c_local_init(x + 3);
}

int c_tail_global(int x)
{
	return mpl_b_setup(x * 2);
}

int c_tail_other(int x)
{
	return a_global_init(x ^ 5);
}

/* Conditional calls (conditional branches on some targets) */
int c_cond(int x)
{
	if (x > 3)
		return c_local_init(x);
	if (x < -3)
		return mpl_b_setup(x);
	return 0;
}

/* Calls the weak __init function: after linking it is b.o's .text one */
int c_calls_maybe(int x)
{
	return mpl_maybe_init(x) + 1;
}

void __exit mpl_c_exit(void)
{
	c_big_state[5] = 0;
}

/* .init.rodata table of init function pointers referenced from .text */
static int (*const c_init_fns[])(int) __initconst = {
	c_big_init, c_local_init, mpl_b_setup,
};

int c_text_uses_table(int i)
{
	return c_init_fns[i & 1](i);
}

EXPORT_SYMBOL(mpl_c_exit);
EXPORT_SYMBOL(c_tail_global);

/*
 * __ex_table entries pointing at .init.data (non-executable: ERROR) and at
 * .init.text (allowed), plus a non-allocatable PROGBITS section also
 * present in d.o (the linked object has only one of them).
 */
asm(".pushsection __ex_table, \"a\"\n"
    "	.balign 4\n"
    "	.long mpl_b_table\n"
    "	.long mpl_hook\n"
    "	.long c_big_state + 64\n"
    "	.popsection\n"
    "	.pushsection .mpl_noalloc, \"\"\n"
    "	.long 0x11223344\n"
    "	.popsection\n");
