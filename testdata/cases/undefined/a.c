// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case undefined (silent), a.c: references from .text, .data, .init.text
 * and __ex_table to symbols no object defines (they stay undefined in the
 * linked object; modpost skips them: the target section is empty).  Also a
 * weak undefined reference and an export of an undefined symbol.
 */
#include "mpl-kernel.h"

extern int missing_fn(int);
extern int missing_data[4];
extern int __weak maybe_there(void);
extern int missing_export(void);

noinline int u_text(int v)
{
	if (maybe_there)
		v += maybe_there();
	return missing_fn(v) + missing_data[2];
}

void *u_table[3] = { missing_fn, missing_data, maybe_there };

int __init u_init(void)
{
	return missing_fn(1);
}

MPL_EXTABLE_ENTRY(u_text, missing_fixup);
EXPORT_SYMBOL(missing_export);
