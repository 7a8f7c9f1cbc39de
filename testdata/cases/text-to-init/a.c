// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case text-to-init (fires), a.c: the init side.  Global __init code and
 * init data in .init.text, .init.data, .init.rodata and .init.setup; b.c
 * and c.c reference all of them from ordinary .text, so every reference is
 * a TEXT_SECTIONS -> ALL_INIT_SECTIONS mismatch (sectioncheck[] rule 1).
 * References from init code to init code/data in this file are legal.
 */
#include "mpl-kernel.h"

int boot_flags[4] __initdata = { 1, 2, 3, 4 };
const char boot_banner[] __initconst = "text-to-init banner";

int __init board_setup(int x)
{
	return x + boot_flags[1] + mpl_sink;
}

int __init board_probe_early(void)
{
	mpl_sink = boot_banner[0];
	return board_setup(2);
}

struct setup_entry {
	const char *name;
	int (*fn)(int);
};
struct setup_entry early_param_x __in_section(".init.setup") __used = {
	"x", board_setup
};
