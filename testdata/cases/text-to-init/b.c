// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case text-to-init (fires), b.c: plain .text functions in the second
 * object that call __init code of a.c and read its init data, i.e. .text ->
 * .init.text / .init.data / .init.rodata / .init.setup across objects.
 * driver_poll() only calls c.c's .text helper: no warning.
 */
#include "mpl-kernel.h"

extern int board_setup(int x);
extern int boot_flags[4];
extern const char boot_banner[];
extern struct setup_entry { const char *name; int (*fn)(int); } early_param_x;
extern int helper_text(int);

noinline int driver_start(int v)
{
	if (v > mpl_sink)
		return board_setup(v);		/* .text -> .init.text */
	return boot_flags[2] + v;		/* .text -> .init.data, at +8 */
}

noinline int driver_name(void)
{
	return boot_banner[3] + (early_param_x.fn != 0);	/* .init.rodata, .init.setup */
}

noinline int driver_poll(int v)
{
	return helper_text(v) + 1;		/* .text -> .text: fine */
}
