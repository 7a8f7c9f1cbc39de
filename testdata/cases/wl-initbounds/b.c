// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case wl-initbounds (mixed), b.c: .text and .data references to the
 * boundary symbols of a.S (silent), to __init_begin_x (fires) and to
 * boot_step (fires; it shares its address with _sinittext, but the
 * relocation names boot_step).
 */
#include "mpl-kernel.h"

extern char _sinittext[], _einittext[], __init_begin[], __init_begin_x[];
extern int boot_step(void);

noinline int in_init_area(const char *p)
{
	return p >= _sinittext && p < _einittext;
}

noinline unsigned long init_size(void)
{
	return (unsigned long)__init_begin + (unsigned long)__init_begin_x;
}

void *bounds[3] = { _sinittext, _einittext, __init_begin };
void *step_ptr = boot_step;
