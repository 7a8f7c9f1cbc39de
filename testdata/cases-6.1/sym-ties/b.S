// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case sym-ties (6.1 only), b.S (second): its .text part begins exactly
 * where a.S's ended (a.S's .text is 20 bytes, .text here is 1-aligned),
 * at a.S's zero-size global st_a_end, and with a local st_b_start of
 * its own: the global wins in 6.1 although it belongs to the other
 * object; 6.12 names st_b_start (locals come first).  In .data, b.S's
 * zero-size local st_b_tail ends its part, where c.S's local
 * st_c_first begins: 6.1 takes c.S's (the later object's locals come
 * later), 6.12 b.S's.
 */
#include "mpl-kernel.h"

	.text
st_b_start:
	call st_init

	.data
	.quad 0
st_b_tail:
