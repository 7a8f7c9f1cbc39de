/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef OOT_DEMO_H
#define OOT_DEMO_H

int oot_ops_start(int v);
void oot_ops_stop(void);
int oot_ops_status(void);
int oot_table_lookup(int i);
int oot_reconfigure(int v);
extern int oot_boot_table[4];

#endif
