// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case data-to-init (fires), a.c: writable data in .data (with -fno-pic,
 * pointer-initialised data lands in .data) pointing at __init code and
 * __initdata/__initconst of b.c: a function-pointer table, a struct with a
 * callback, a plain pointer, a pointer into the middle of an init array.
 * DATA_SECTIONS -> ALL_INIT_SECTIONS (rule 1).
 */
#include "mpl-kernel.h"

extern int setup_a(void), setup_b(void), normal_fn(void);
extern int init_words[16];
extern const char init_msg[];

int (*setup_table[4])(void) = { normal_fn, setup_a, normal_fn, setup_b };

struct driver {
	const char *name;
	int (*probe)(void);
	int *config;
} my_driver = { "drv", setup_a, &init_words[2] };

const char *msg_ptr = init_msg;
int *words_mid = &init_words[9];
int plain_value = 42;
void *fine_ptr = &plain_value;
