// SPDX-License-Identifier: GPL-2.0-only
/* x86: x86-64 uses RELA; i386 keeps addends in place (REL). */
#include <elf.h>

#include <modpost-lite/arch.h>

static bool i386_rel_addend(const struct rel_field *f, uint32_t type,
			    uint64_t *taddr)
{
	uint32_t v;

	if (f->avail < 4)
		return false;
	v = get_u32(f->loc, f->msb) + (uint32_t)f->adjust;
	switch (type) {
	case R_386_32:
		*taddr = v;
		return true;
	case R_386_PC32:
		*taddr = (uint32_t)(v + 4);
		return true;
	}
	return false;
}

const struct arch arch_x86_64 = {
	.machine = EM_X86_64,
	.name = "x86_64",
};

const struct arch arch_i386 = {
	.machine = EM_386,
	.name = "i386",
	.rel_addend = i386_rel_addend,
};

/*
 * Linux 6.1's addend_386_rel(): R_386_32 and R_386_PC32 as above; any
 * other type (R_386_PLT32, ...) keeps addend 0 and is checked.
 */
enum rel_outcome i386_rel_addend_6_1(const struct rel_field *f, uint32_t type,
				     uint64_t *taddr)
{
	if (!i386_rel_addend(f, type, taddr))
		*taddr = 0;
	return REL_ADDR;
}
