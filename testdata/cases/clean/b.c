// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case clean (silent), b.c: the "hardware" side, with an exception-table
 * entry and a PCI fixup that both point at .text.
 */
#include "mpl-kernel.h"

int clean_regs[4] = { 4, 3, 2, 1 };

noinline int clean_hw_read(int v)
{
	return v + mpl_sink;
}

noinline void clean_quirk(void *dev)
{
	mpl_sink = (dev != 0);
}

DECLARE_PCI_FIXUP_FINAL(clean, 0x1234, 0x5678, clean_quirk);
MPL_EXTABLE_ENTRY(clean_hw_read, clean_quirk);
