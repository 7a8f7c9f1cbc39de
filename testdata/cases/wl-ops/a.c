// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case wl-ops (mixed), a.c: the secref_whitelist() rule for data whose
 * symbol matches "*_ops", "*_probe" or "*_console": silent in .data and
 * .data.rel for any init or exit target.  Fires: near-miss names
 * (my_ops_table, ops, probe_list), and a .text function named x_probe
 * (the rule needs a DATA_SECTIONS fromsec).
 */
#include "mpl-kernel.h"

struct dev_ops {
	int (*init)(void);
	void (*exit)(void);
	int *cfg;
};

extern int dev_init(void);
extern void dev_exit(void);
extern int dev_cfg[4];

/* silent */
struct dev_ops net_ops = { dev_init, dev_exit, &dev_cfg[1] };
struct dev_ops _ops = { dev_init, 0, 0 };
int (*pci_probe)(void) = dev_init;
struct dev_ops early_console = { 0, dev_exit, &dev_cfg[3] };
struct dev_ops rel_ops __in_section(".data.rel") = { dev_init, dev_exit, 0 };

/* fires */
struct dev_ops my_ops_table = { dev_init, dev_exit, 0 };
struct dev_ops ops = { dev_init, 0, 0 };
int (*probe_list[2])(void) = { 0, dev_init };
struct dev_ops console_x = { 0, dev_exit, 0 };

noinline int x_probe(void)
{
	return dev_init() + 1;
}
