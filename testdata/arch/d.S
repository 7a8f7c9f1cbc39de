// SPDX-License-Identifier: GPL-2.0-only
/*
 * d.S - fourth object, written with data directives only so that it
 * assembles for every target: modpost's name-based whitelists, symbol
 * names that modpost shortens (remove_dot), exports of symbols defined in
 * other objects, __ex_table entries, executable and non-allocatable
 * sections, a weak __init symbol overridden elsewhere.
 */
#include "mpl-arch.h"

/* ---- .text.* : "functions" that only hold absolute pointers ---- */
	.section ".text.mpl_d","ax"
	.balign 16
	.globl mpl_d_text
mpl_d_text:
	.long 0
	MPL_PTR mpl_b_setup		/* -> .init.text (b.o) */
	MPL_PTR d_init_local + 4	/* -> .init.text (this object, + addend) */
	MPL_PTR mpl_b_table + 12	/* -> .init.data (b.o) */

/* pattern 5: *.constprop.* in a text section may refer to init */
mpl_cp.constprop.3:
	MPL_PTR mpl_b_setup
	MPL_PTR d_init_data
/* remove_dot() turns this into "mpl_cp2": not whitelisted any more */
mpl_cp2.7.constprop.1:
	MPL_PTR d_init_data + 8
/* and this one into "mpl_nd" */
mpl_nd.12:
	MPL_PTR d_exit_fn

/* .head.text may refer to any init section (pattern 3) */
	.section ".head.text","ax"
	.balign 8
mpl_d_head:
	MPL_PTR mpl_b_setup
	MPL_PTR d_init_data

/* ---- init / exit code ---- */
	.section ".init.text","ax"
	.balign 32
	.globl d_init_global
d_init_global:
	.long 0, 0
d_init_local:
	.long 0, 0, 0
	MPL_PTR d_exit_fn		/* init -> exit */
	MPL_PTR mpl_b_exit + 8		/* init -> exit (b.o) */
	/* a weak __init symbol that e.o defines strongly in .text */
	.weak mpl_d_weak
mpl_d_weak:
	.long 0
	/* the end-of-init-text marker of the kernel's linker script */
	.globl _einittext
_einittext:
	.long 0

	.section ".exit.text","ax"
	.balign 4
	.globl d_exit_fn
d_exit_fn:
	.long 0
	MPL_PTR d_init_global		/* exit -> init */

/* ---- init data, with a dotted local name ---- */
	.section ".init.data","aw"
	.balign 64
d_init_data:
	.long 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12
mpl_dotted.42:
	.long 42
__init_begin:
	.long 0

/* ---- .data: whitelisted and non-whitelisted pointers ---- */
	.data
	.balign 8
	.globl mpl_d_data
mpl_d_data:
	MPL_PTR mpl_dotted.42		/* printed as "mpl_dotted" */
	MPL_PTR d_init_data + 24	/* 24 bytes from any symbol: raw address */
	MPL_PTR d_init_data + 36	/* 12 bytes before mpl_dotted.42 */
/* pattern 1: __param* in .data -> init data is fine */
__param_mpl_d:
	MPL_PTR d_init_data
	MPL_PTR d_init_global		/* ...but not -> .init.text */
/* pattern 1a: __param_ops_* -> .init.text is fine */
__param_ops_mpl_d:
	MPL_PTR d_init_global
	MPL_PTR mpl_b_setup
/* pattern 4: a reference to __init_begin/_sinittext/_einittext */
mpl_d_marks:
	MPL_PTR _einittext
	MPL_PTR __init_begin
	MPL_PTR _sinittext		/* undefined: nothing */
	MPL_PTR mpl_d_weak		/* weak __init here, .text in e.o */

/* .data.rel.local is not one of modpost's data sections */
	.section ".data.rel.local","aw"
	.balign 8
mpl_d_unchecked:
	MPL_PTR d_init_global

/* An executable section modpost does not know */
	.section ".mpl_exec","ax"
	.balign 4
mpl_d_exec:
	.long 0

/* ---- __ex_table: what exception fixups may point at ---- */
	.section "__ex_table","a"
	.balign 4
	.long mpl_d_text		/* .text.*: fine */
	.long d_init_local		/* .init.text: fine */
	.long mpl_d_exec		/* executable but unknown: warning */
	.long mpl_d_data + 4		/* .data: error */
	.long d_init_data + 44		/* .init.data, section symbol: error */
	.long mpl_undefined_sym		/* undefined: nothing */

/* ---- a non-allocatable PROGBITS section (also in c.o) ---- */
	.section ".mpl_noalloc",""
	.long 0x55667788
/* whitelisted non-allocatable sections */
	.section ".comment.mpl",""
	.long 0

/* ---- exports ---- */
	EXPORT_SYMBOL(d_init_global)		/* init symbol */
	EXPORT_SYMBOL_GPL(d_exit_fn)		/* exit symbol */
	EXPORT_SYMBOL(mpl_d_text)		/* fine */
	EXPORT_SYMBOL(mpl_c_exit_alias)		/* defined in e.o's .exit.text */
	EXPORT_SYMBOL(mpl_d_weak)		/* weak here, strong in e.o */
	EXPORT_SYMBOL(d_init_local)		/* local symbol: error */
