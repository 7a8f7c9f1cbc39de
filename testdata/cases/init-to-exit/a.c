// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case init-to-exit (fires), a.c: init code and init data referencing exit
 * code/data of b.c (ALL_INIT_SECTIONS -> ALL_EXIT_SECTIONS, rule 2):
 * .init.text -> .exit.text, .init.text -> .exit.data,
 * .init.data -> .exit.text, .init.rodata -> .exit.text.
 * init -> init and init -> .text references are legal.
 */
#include "mpl-kernel.h"

extern void mod_cleanup(void);
extern int cleanup_state[2];
extern int other_init(void);
extern int plain(void);

int __init mod_setup(void)
{
	if (mpl_sink)
		mod_cleanup();			/* .init.text -> .exit.text */
	return cleanup_state[1] + other_init() + plain();
}

void *init_ptrs[2] __initdata = { mod_cleanup, other_init };	/* first fires */
void *const init_cptrs[1] __initconst = { mod_cleanup };	/* fires */
