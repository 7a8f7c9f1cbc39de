// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case clean (silent), a.c: a small driver doing only legal references:
 * init -> init/.text/.data, exit -> exit/.text/.data, .text -> .text/.data,
 * .data -> .text, .init.data -> .init.text, __ex_table -> .text,
 * .pci_fixup_* -> .text, exports of .text/.data symbols.
 */
#include "mpl-kernel.h"

struct clean_dev {
	int (*open)(int);
	int state;
};

extern int clean_hw_read(int);
extern int clean_regs[4];

static int clean_opts[4] __initdata = { 1, 2, 3, 4 };
int clean_count;

noinline int clean_open(int v)
{
	clean_count++;
	return clean_hw_read(v) + clean_regs[v & 3];
}

struct clean_dev clean_device = { clean_open, 0 };

noinline int __init clean_parse(int v)
{
	return v + clean_opts[v & 3];
}

int __init clean_probe(void)
{
	return clean_parse(1) + clean_open(2) + clean_device.state;
}

void __exit clean_remove(void)
{
	clean_device.state = clean_open(0);
}

int (*const clean_init_hooks[2])(int) __initconst = { clean_parse, clean_open };

EXPORT_SYMBOL(clean_open);
EXPORT_SYMBOL_GPL(clean_count);
