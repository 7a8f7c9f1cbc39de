// SPDX-License-Identifier: GPL-2.0-only
/* Exports mpl_probe, which vmlinux exports too: "exported twice". */
#include <linux/kernel.h>
#include <linux/module.h>

int mpl_probe(int x);

int mpl_probe(int x)
{
	return x;
}
EXPORT_SYMBOL(mpl_probe);

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("modpost-lite Kbuild test: an export vmlinux has too");
