// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case ref-text (silent), a.c: the sanctioned way to reach init/exit code
 * from normal code: __ref functions (.ref.text) and __refdata (.ref.data)
 * may reference anything; .text calls the __ref function.  None of
 * .ref.text/.ref.data/.ref.rodata is a "fromsec", so nothing is reported.
 */
#include "mpl-kernel.h"

extern int hp_init(int), hp_cfg[4];
extern void hp_exit(void);

int __ref hotplug_add(int v)
{
	if (v < 0)
		hp_exit();
	return hp_init(v) + hp_cfg[v & 3];
}

void *hp_table[3] __refdata = { hp_init, hp_exit, &hp_cfg[2] };
void *const hp_ctable[2] __refconst = { hp_init, hp_exit };

noinline int cpu_up(int v)
{
	return hotplug_add(v) + 1;		/* .text -> .ref.text: fine */
}
