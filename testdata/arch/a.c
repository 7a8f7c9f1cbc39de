// SPDX-License-Identifier: GPL-2.0-only
/*
 * a.c - first object of the arch test set.
 *
 * Normal code and data referring to __init code and data: static
 * functions and arrays (which the assembler turns into "section symbol +
 * addend" relocations), globals of this object and of b.o/c.o, offsets
 * into arrays, function pointers, whitelisted names, __ref, a weak
 * function that c.o overrides with an __init one, and exports.
 */
#include "mpl-arch.h"

/* b.c */
extern int mpl_b_setup(int x);
extern int mpl_b_table[];
extern void mpl_b_exit(void);
/* weak here, strong __init in c.c */
void mpl_hook(int x);
/* __init, weak in c.c, strong (normal text) in b.c */
int mpl_maybe_init(int x);

/* Pads so that the interesting objects do not start at offset 0. */
static int a_pad_data[5] __initdata = { 1, 2, 3, 4, 5 };
static int a_local_tbl[40] __initdata = { [0] = 7, [39] = 9 };
int a_global_tbl[8] __initdata = { 1, 2 };
static const char a_msg[] __initconst = "modpost-lite arch test";
static int a_exit_state[4] __exitdata = { 4 };

static int __init a_pad_fn(int x)
{
	return x * 3 + a_pad_data[x & 3];
}

static int __init a_local_init(int x)
{
	return a_local_tbl[x & 7] + a_pad_fn(x);
}

int __init a_global_init(int x)
{
	/* init -> init of this and of another object: fine */
	return a_local_init(x) + mpl_b_setup(x) + a_msg[x & 3];
}

/* .text -> .init.text: static (section symbol), global here and in b.o */
int a_text_calls(int x)
{
	return a_local_init(x) + a_global_init(x + 1) + mpl_b_setup(x + 2);
}

/* .text -> .init.data / .init.rodata at various offsets */
int a_text_reads(int i)
{
	a_local_tbl[i & 31] += i;		/* keep the array writable */
	return a_local_tbl[i] + a_local_tbl[25] + a_local_tbl[39] +
	       mpl_b_table[i + 3] + mpl_b_table[11] + a_global_tbl[2] +
	       a_msg[7];
}

/* .text -> .exit.data */
int a_text_exit_data(void)
{
	return a_exit_state[1]++;
}

/* .text: a function-scope static (symbol "seen.N", printed "seen") */
int a_text_static_local(int i)
{
	static int seen[12] __initdata;

	seen[i & 7]++;
	return seen[9];
}

/* .data -> init/exit code and data (absolute pointers) */
int *a_ptr_into_tbl = &a_local_tbl[30];
int *a_ptr_tbl_end = &a_local_tbl[40];
int (*a_fnptr)(int) = a_local_init;
void *a_ptrs[] = {
	&a_global_tbl[1], (void *)a_global_init, (void *)&a_msg[4],
	&mpl_b_table[2], (void *)mpl_b_exit, &a_exit_state[3],
};

/* Whitelisted: .data symbols named *_ops, *_probe, *_console */
struct mpl_ops {
	int (*fn)(int);
	int *data;
};
struct mpl_ops a_fake_ops = { a_local_init, a_local_tbl };
int (*a_drv_probe)(int) = a_global_init;
struct mpl_ops a_early_console = { mpl_b_setup, mpl_b_table };
/* ...but not other names */
struct mpl_ops a_not_whitelisted = { a_pad_fn, &a_local_tbl[2] };

/* .ref.text may refer to init code and data */
int __ref a_ref_ok(int x)
{
	return a_local_init(x) + a_global_init(x) + a_local_tbl[x];
}

/* Weak default in .text, overridden by an __init mpl_hook in c.c */
void __weak mpl_hook(int x)
{
	asm volatile("" : : "r"(x) : "memory");
}

int a_calls_hook(int x)
{
	mpl_hook(x);
	return mpl_maybe_init(x);
}

EXPORT_SYMBOL(a_text_calls);
EXPORT_SYMBOL_GPL(a_global_init);
EXPORT_SYMBOL(a_global_tbl);
