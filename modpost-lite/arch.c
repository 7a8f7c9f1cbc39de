// SPDX-License-Identifier: GPL-2.0-only
/* The table of architectures with something of their own. */
#include <gelf.h>

#include <modpost-lite/arch.h>

#ifndef EM_LOONGARCH
#define EM_LOONGARCH 258
#endif

static const struct arch *const arches[] = {
	&arch_x86_64, &arch_i386, &arch_arm, &arch_mips, &arch_riscv,
	&arch_loongarch, &arch_sh,
};

/*
 * Every other machine (arm64, powerpc, s390, sparc, parisc, ...) uses RELA
 * relocations that modpost takes as they are.
 */
static const struct arch arch_generic_rela = { .name = "generic" };

const struct arch *arch_find(uint16_t machine)
{
	size_t i;

	for (i = 0; i < sizeof(arches) / sizeof(arches[0]); i++)
		if (arches[i]->machine == machine)
			return arches[i];
	return &arch_generic_rela;
}

void arch_split_info(uint16_t machine, bool is64, bool msb, uint64_t info,
		     uint32_t *sym, uint32_t *type)
{
	if (machine == EM_MIPS && is64) {
		/*
		 * MIPS64: a 32-bit symbol index, then four one-byte fields,
		 * the first relocation type last.  libelf converted the word
		 * as one 64-bit integer in the file's byte order.
		 */
		if (msb) {
			*sym = (uint32_t)(info >> 32);
			*type = (uint32_t)(info & 0xff);
		} else {
			*sym = (uint32_t)info;
			*type = (uint32_t)(info >> 56);
		}
		return;
	}
	/* gelf hands out r_info in the 64-bit form for both classes */
	*sym = (uint32_t)GELF_R_SYM(info);
	*type = (uint32_t)GELF_R_TYPE(info);
}
