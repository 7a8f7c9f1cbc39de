// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case secsym-addend (fires), b.c: references to static (local) init
 * symbols, which the assemblers turn into "section symbol + addend"
 * relocations.  modpost then names the target by looking for the nearest
 * symbol of the merged section within 20 bytes (the preceding one, or the
 * following one), and prints the bare address when there is none:
 *  - &tbl[2]: 8 bytes into tbl -> "tbl" (both compilers)
 *  - &tbl[60]: 16 bytes before tbl's end.  clang lays big out right after
 *    tbl -> "big" (the following symbol); GCC puts tbl last -> no symbol
 *    within 20 bytes -> an address such as "0x330"
 *  - &big[30]: 120 bytes into big -> an address
 *  - calls to static __init functions (PC-relative, addend -4)
 *  - function-local statics: GCC names them "name.N", which modpost's
 *    remove_dot() shortens to "name"; clang names them "func.name".
 * a.c, linked first, makes every offset here non-zero.
 */
#include "mpl-kernel.h"

static int tbl[64] __initdata = { 1 };
static int big[128] __initdata = { 5 };

static noinline int __init st_init_a(int v)
{
	return v + tbl[1] + mpl_sink;
}

static noinline int __init st_init_b(int v)
{
	return v * big[2] + mpl_sink;
}

int *p_near = &tbl[2];
int *p_following = &tbl[60];
int *p_far = &big[30];

noinline int secsym_user(int v)
{
	static int *lp __used = &big[1];
	static int (*lfn)(int) __used = st_init_b;

	if (v > 1)
		return st_init_a(v) + *lp;
	return st_init_b(v) + lfn(v);
}
