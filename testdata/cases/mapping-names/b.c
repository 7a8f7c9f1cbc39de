// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case mapping-names (fires), b.c: C code referencing a.S's oddly named
 * symbols through asm labels: the call to "L0_entry" (.text -> .text) is
 * fine; the one to "L0_init_near" fires and, since modpost skips L0* names,
 * is printed as mn_init (the relocation points 4 bytes before
 * L0_init_near, i.e. exactly at mn_init).
 */
#include "mpl-kernel.h"

extern int l0_entry(void) __asm__("L0_entry");
extern int l0_init_near(void) __asm__("L0_init_near");

noinline int mn_user(int v)
{
	return v ? l0_entry() : l0_init_near();
}
