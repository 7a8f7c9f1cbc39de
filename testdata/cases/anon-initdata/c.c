// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case anon-initdata (fires), c.c: a large static __initconst string
 * referenced 40 bytes in (section-symbol relocation; the nearest symbol,
 * big_text itself, is more than 20 bytes away -> an address), and at its
 * start + 4 (-> "big_text").
 */
#include "mpl-kernel.h"

static const char big_text[] __initconst =
	"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

const char *c_far = &big_text[40];
const char *c_near = &big_text[4];
