// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case export-crossobj (fires), a.c: EXPORT_SYMBOL of symbols this object
 * does not define.  In the linked vmlinux.o the .export_symbol relocation
 * resolves to the definition in b.c or c.c, whose section decides the
 * warning: remote_init (.init.text, fires), remote_data (.init.data,
 * fires), remote_exit (.exit.text, fires), remote_text (.text, silent),
 * never_defined (stays undefined: silent).
 */
#include "mpl-kernel.h"

extern int remote_init(void), remote_text(void), never_defined(void);
extern void remote_exit(void);
extern int remote_data[2];

EXPORT_SYMBOL(remote_init);
EXPORT_SYMBOL_GPL(remote_text);
EXPORT_SYMBOL(remote_data);
EXPORT_SYMBOL_GPL(remote_exit);
EXPORT_SYMBOL(never_defined);

noinline int a_uses(void)
{
	return remote_text() + never_defined();
}
