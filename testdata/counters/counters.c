// SPDX-License-Identifier: GPL-2.0-only
/*
 * Built-in code whose section mismatches name symbols that the compiler
 * numbers: __UNIQUE_ID() names (the kernel's compiler.h, from __COUNTER__)
 * and function-local statics (gcc's "__already_done.N", as in the
 * kernel's WARN_ONCE()).  tests/t0710-baseline-keys.sh compiles it twice,
 * the second time with -DMPL_MORE_COUNTERS, which renumbers both.
 */
#include "mpl-kernel.h"

#define ___PASTE(a, b)	a##b
#define __PASTE(a, b)	___PASTE(a, b)
#define __UNIQUE_ID(prefix) __PASTE(__PASTE(__UNIQUE_ID_, prefix), __COUNTER__)
#define HOOK(fn) \
	static void (*__UNIQUE_ID(hook))(void) __used = fn

#ifdef MPL_MORE_COUNTERS
static int __UNIQUE_ID(pad) __used;
#endif

void __init demo_setup(void)
{
}

HOOK(demo_setup);	/* .data -> .init.text */

/* .data -> .init.text, from __already_done.N */
void (*demo_once(void))(void)
{
	static void (*__already_done)(void) __used = demo_setup;

	return __already_done;
}

#ifdef MPL_MORE_COUNTERS
int demo_last(void)
{
	static int __already_done;

	return __already_done++;
}
#endif
