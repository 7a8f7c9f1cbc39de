// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case wl-versions (mixed), a.c: the data allow-list patterns that differ
 * between kernel profiles.  6.12 allows "*_ops", "*_probe", "*_console";
 * 7.0 dropped "*_probe" (so dev_probe fires there); 7.2 also allows
 * "*_ops.llvm.*", the name ThinLTO gives a promoted static (modpost keeps
 * the suffix: ".llvm" is not ".<digits>"), so dev_ops.llvm.1234 fires in
 * 6.12 and 7.0 but not in 7.2.  plain_ops is silent everywhere and
 * x_table fires everywhere.
 */
#include "mpl-kernel.h"

extern int ver_init(void);

int (*dev_probe)(void) = ver_init;
int (*dev_ops_llvm)(void) __asm__("dev_ops.llvm.1234") = ver_init;
int (*plain_ops)(void) = ver_init;
int (*x_table)(void) = ver_init;
