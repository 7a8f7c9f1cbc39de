// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case anon-initdata (fires), a.c (first): named init data and code, so
 * the anonymous data of b.S and c.c sits at non-zero offsets of the merged
 * .init.rodata/.init.text.  A reference to the named init string here is
 * printed by name.
 */
#include "mpl-kernel.h"

const char a_banner[] __initconst = "anon-initdata a.c banner";

noinline int __init a_boot(void)
{
	return a_banner[1] + mpl_sink;
}

noinline int a_show(void)
{
	return a_banner[mpl_sink & 7];		/* fires: -> a_banner */
}
