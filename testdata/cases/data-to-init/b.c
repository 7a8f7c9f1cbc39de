// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case data-to-init (fires), b.c: the init side, plus its own .data
 * variable referencing a static __initdata array at an offset (a
 * section-symbol relocation) and a static __init function.
 */
#include "mpl-kernel.h"

int init_words[16] __initdata = { 1 };
const char init_msg[] __initconst = "init message";
static int local_cfg[8] __initdata = { 5, 6, 7 };

int __init setup_a(void) { return init_words[0] + mpl_sink; }
int __init setup_b(void) { return local_cfg[1] + mpl_sink; }
static int __init setup_static(void) { return mpl_sink + 1; }

noinline int normal_fn(void) { return mpl_sink; }

void *b_refs[3] = { &local_cfg[4], setup_static, normal_fn };
