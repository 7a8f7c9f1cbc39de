// SPDX-License-Identifier: GPL-2.0-only
/*
 * LoongArch: SUB32 halves of __ex_table pairs are skipped, and RELAX and
 * ALIGN relocations name no symbol at all.
 */
#include <modpost-lite/arch.h>

#define EM_LOONGARCH_ 258
#define R_LARCH_SUB32_ 55
#define R_LARCH_RELAX_ 100
#define R_LARCH_ALIGN_ 102

static bool loongarch_skip(uint32_t type, bool from_extable)
{
	if (type == R_LARCH_SUB32_)
		return from_extable;
	return type == R_LARCH_RELAX_ || type == R_LARCH_ALIGN_;
}

const struct arch arch_loongarch = {
	.machine = EM_LOONGARCH_,
	.name = "loongarch",
	.skip = loongarch_skip,
};
