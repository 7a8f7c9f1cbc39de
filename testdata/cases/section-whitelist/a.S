// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case section-whitelist (silent), a.S: sections matching
 * section_white_list[] (.comment*, .debug*, .GCC.command.line, .mdebug*,
 * .pdr, .note*, .toc*, .xt.prop, .xt.lit, .arcextmap*, .cmem*, .fmt_slot*,
 * .discard.*, .llvm.call-graph-profile) are exempt from both checks: as
 * non-allocatable PROGBITS sections they give no "unexpected
 * non-allocatable section" warning, and their relocations to init/exit
 * code are never looked at.  Allocatable .discard.* and .note.* sections
 * with such relocations are silent as well.
 */
#include "mpl-kernel.h"

#define NONALLOC(name)				\
	.section name, "", @progbits;		\
	.quad wl_init_fn;			\
	.quad wl_exit_fn

	NONALLOC(.comment.mpl)
	NONALLOC(.debug_mpl)
	NONALLOC(.GCC.command.line)
	NONALLOC(.mdebug.mpl)
	NONALLOC(.pdr)
	NONALLOC(.note.mpl)
	NONALLOC(.toc.mpl)
	NONALLOC(.xt.prop)
	NONALLOC(.xt.lit)
	NONALLOC(.arcextmap.mpl)
	NONALLOC(.cmem.mpl)
	NONALLOC(.fmt_slot.mpl)
	NONALLOC(.discard.mpl_nonalloc)
	NONALLOC(.llvm.call-graph-profile)

	.section .discard.mpl_alloc, "aw", @progbits
	.quad wl_init_fn
	.section .note.mpl_alloc, "a", @progbits
	.quad wl_exit_fn
