// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case head-text (silent), a.c: __head (.head.text) code calling __init
 * code and reading __initdata of b.c (secref_whitelist() pattern 3; also
 * .head.text is no fromsec of any rule), and even __exit code.  Ordinary
 * .text calling the .head.text function is fine too.
 */
#include "mpl-kernel.h"

extern int early_setup(int), early_cfg[2];
extern void late_exit(void);

__head noinline int startup_64(int v)
{
	if (v)
		late_exit();
	return early_setup(v) + early_cfg[1];
}

noinline int after_boot(int v)
{
	return startup_64(v) + 1;
}
