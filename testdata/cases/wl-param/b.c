// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case wl-param (mixed), b.c: targets in .init.data, .init.rodata,
 * .init.setup, .init.text, .exit.text and .exit.data.
 */
#include "mpl-kernel.h"

int dbg_level __initdata = 1;
int boot_mode[2] __initdata = { 2, 3 };
const char boot_str[] __initconst = "boot";
struct { int x; } setup_rec __in_section(".init.setup") = { 4 };
int exit_val __exitdata = 5;

int __init set_boot(const char *s) { return s[0] + mpl_sink; }
int __init get_boot(char *s) { s[0] = 'x'; return 1; }
void __exit quit_hook(void) { mpl_sink = 0; }
