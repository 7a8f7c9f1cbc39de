// SPDX-License-Identifier: GPL-2.0-only
/* RISC-V: __ex_table entries are ADD32/SUB32 pairs; the SUB32 is skipped. */
#include <modpost-lite/arch.h>

#define EM_RISCV_ 243
#define R_RISCV_SUB32_ 39

static bool riscv_skip(uint32_t type, bool from_extable)
{
	return from_extable && type == R_RISCV_SUB32_;
}

const struct arch arch_riscv = {
	.machine = EM_RISCV_,
	.name = "riscv",
	.skip = riscv_skip,
};
