// SPDX-License-Identifier: GPL-2.0-only
/*
 * SuperH: RELA relocations whose r_addend is 0, the addend living in the
 * section contents.  ld -r adjusts section-symbol addends there, so modpost
 * sees the target at the start of the merged section plus r_addend.
 */
#include <elf.h>

#include <modpost-lite/arch.h>

const struct arch arch_sh = {
	.machine = EM_SH,
	.name = "sh",
	.rela_in_place = true,
};
