// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case initexit-names (mixed), a.c: ALL_INIT_SECTIONS is the glob ".init.*"
 * and ALL_EXIT_SECTIONS ".exit.*".  Fires: .text/.data references to
 * sections named .init.mpl_text, .init.mpl_data and .exit.mpl_data.
 * Silent: .initcall6.init, .exitcall.exit, .init_array-like ".init_mpl",
 * ".initx" and ".exitx" do not match the globs.
 */
#include "mpl-kernel.h"

extern int t_init_text(void), t_initcall, t_exitcall, t_init_us, t_initx;
extern int t_init_data, t_exit_data, t_exitx, t_init_bss[16];

noinline int names_user(void)
{
	return t_init_text() + t_init_data + t_exit_data +	/* fire */
	       t_initcall + t_exitcall + t_init_us + t_initx + t_exitx;
}

int *names_ptrs[3] = { &t_init_data, &t_exitcall, &t_init_bss[2] };	/* 1st, 3rd fire */
