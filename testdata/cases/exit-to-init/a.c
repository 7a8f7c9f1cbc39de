// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case exit-to-init (fires), a.c: exit code and exit data referencing init
 * code/data of b.c (ALL_EXIT_SECTIONS -> ALL_INIT_SECTIONS, rule 3):
 * .exit.text -> .init.text, .exit.text -> .init.data,
 * .exit.data -> .init.text.  exit -> exit and exit -> .text are legal.
 */
#include "mpl-kernel.h"

extern int reinit(void);
extern int boot_cfg[4];
extern void other_exit(void);
extern int plain(void);

void __exit unload(void)
{
	if (mpl_sink)
		mpl_sink = reinit();		/* .exit.text -> .init.text */
	mpl_sink = boot_cfg[3] + plain();	/* .exit.text -> .init.data */
	other_exit();
}

void *exit_ptrs[2] __exitdata = { other_exit, reinit };	/* second fires */
