// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case data-rel (mixed), a.c: DATA_SECTIONS is exactly ".data" and
 * ".data.rel" (no wildcard).  With -fno-pic the compiler never emits
 * .data.rel itself, so it is requested explicitly: .data.rel -> init/exit
 * fires.  .data.rel.ro, .data.rel.local, .data.once, .data..ro_after_init,
 * .rodata and .bss-like look-alikes are not checked: silent.
 */
#include "mpl-kernel.h"

extern int rel_init(void);
extern void rel_exit(void);
extern int rel_initdata[4];

/* fires */
void *rel_tbl[3] __in_section(".data.rel") = { rel_init, rel_exit, &rel_initdata[1] };

/* silent: section names outside DATA_SECTIONS */
void *relro_tbl[2] __in_section(".data.rel.ro") = { rel_init, rel_exit };
void *rellocal_tbl[2] __in_section(".data.rel.local") = { rel_init, rel_exit };
void *once_tbl[2] __in_section(".data.once") = { rel_init, &rel_initdata[0] };
void *roai_tbl[2] __in_section(".data..ro_after_init") = { rel_init, rel_exit };
void *const ro_tbl[2] = { rel_init, rel_exit };
