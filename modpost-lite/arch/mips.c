// SPDX-License-Identifier: GPL-2.0-only
/*
 * MIPS: 32-bit objects use REL relocations whose addend is in the
 * instruction; 64-bit objects use RELA with their own r_info layout
 * (see arch_split_info()).
 */
#include <elf.h>

#include <modpost-lite/arch.h>

static bool mips_rel_addend(const struct rel_field *f, uint32_t type,
			    uint64_t *taddr)
{
	uint32_t inst, adj = (uint32_t)f->adjust;

	if (f->avail < 4)
		return false;
	inst = get_u32(f->loc, f->msb);
	switch (type) {
	case R_MIPS_LO16:
		*taddr = ((inst & 0xffff) + adj) & 0xffff;
		return true;
	case R_MIPS_26:
		*taddr = (((inst & 0x03ffffff) << 2) + adj) & 0x0ffffffc;
		return true;
	case R_MIPS_32:
		*taddr = (uint32_t)(inst + adj);
		return true;
	}
	return false;
}

const struct arch arch_mips = {
	.machine = EM_MIPS,
	.name = "mips",
	.rel_addend = mips_rel_addend,
};

/*
 * Linux 6.1's addend_mips_rel(): R_MIPS_HI16 is not checked; LO16, 26 and
 * 32 are decoded as above; any other type keeps addend 0.
 */
enum rel_outcome mips_rel_addend_6_1(const struct rel_field *f, uint32_t type,
				     uint64_t *taddr)
{
	if (type == R_MIPS_HI16)
		return REL_SKIP;
	if (!mips_rel_addend(f, type, taddr))
		*taddr = 0;
	return REL_ADDR;
}
