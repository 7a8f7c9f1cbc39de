// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case export-errors (errors), b.S: records whose label does not match:
 * the label says wrong_name but the relocation names real_fn -> ".export_symbol
 * section references 'real_fn', but it does not seem to be an export
 * symbol"; a record whose label lacks the __export_symbol_ prefix ->
 * ".export_symbol section contains strange symbol 'odd_label'".
 * A correct GPL export of real_fn follows (silent).
 */
#include "mpl-kernel.h"

	.text
ENTRY_GLOBAL(real_fn)
	ret
END(real_fn)

	.pushsection ".export_symbol","a"
__export_symbol_wrong_name:
	.asciz ""
	.asciz ""
	.balign 8
	.quad real_fn
odd_label:
	.asciz "GPL"
	.asciz ""
	.balign 8
	.quad real_fn
	.popsection

	EXPORT_SYMBOL_GPL(real_fn)
