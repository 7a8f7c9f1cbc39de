// SPDX-License-Identifier: GPL-2.0-only
/*
 * Linked whole (vmlinux.a): it needs lib_pulled_a from lib1.a, and refers
 * weakly to lib_weak_target, which must not pull w.o (ld pulls no archive
 * member for a weak reference).
 */
#include "mpl-kernel.h"

extern int lib_pulled_a(void);
extern int lib_weak_target(void) __weak;

noinline int main_text(void)
{
	return lib_pulled_a() + (lib_weak_target ? lib_weak_target() : 0);
}
MPL_MODINFO("main.file=init/main");
