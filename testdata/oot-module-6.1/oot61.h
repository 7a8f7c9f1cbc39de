/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef OOT61_H
#define OOT61_H

struct oot61_hooks {
	int (*start)(int);
	void (*stop)(void);
	int (*hotplug)(int);
};

int oot61_start(int v);
void oot61_stop(void);
int oot61_hot_add(int v);
int oot61_hot_scan(void);
int oot61_status(void);
int oot61_lookup(int i);
extern int oot61_boot_table[4];
extern int oot61_hot_pages[4];

#endif
