// SPDX-License-Identifier: GPL-2.0-only
/*
 * 32-bit ARM: REL relocations, so the addend is decoded from the ARM or
 * Thumb-2 instruction at the relocated place, the way modpost does.  When
 * ld -r moves a section-symbol relocation it adds the section's new offset
 * to that in-place addend, wrapping in the field's width: modelled here.
 */
#include <elf.h>

#include <modpost-lite/arch.h>

/* Add the ld -r adjustment to a field of @bits bits (the low @lsb zero). */
static int32_t wrap_add(int32_t a, uint64_t adjust, unsigned int bits)
{
	uint32_t v = (uint32_t)a + (uint32_t)adjust;

	if (bits >= 32)
		return (int32_t)v;
	return sext32(v & ((1u << bits) - 1), bits - 1);
}

static bool arm_rel_addend(const struct rel_field *f, uint32_t type,
			   uint64_t *taddr)
{
	uint32_t inst, upper, lower, sign, j1, j2, sv = (uint32_t)f->symval;
	int32_t off;

	if (f->avail < 4)
		return false;
	inst = get_u32(f->loc, f->msb);
	upper = get_u16(f->loc, f->msb);
	lower = get_u16(f->loc + 2, f->msb);

	switch (type) {
	case R_ARM_ABS32:
	case R_ARM_REL32:
		*taddr = (uint32_t)(inst + (uint32_t)f->adjust + sv);
		return true;
	case R_ARM_MOVW_ABS_NC:
	case R_ARM_MOVT_ABS:
		off = sext32(((inst & 0xf0000) >> 4) | (inst & 0xfff), 15);
		off = wrap_add(off, type == R_ARM_MOVT_ABS ? f->adjust >> 16 :
			       f->adjust, 16);
		*taddr = (uint32_t)(off + sv);
		return true;
	case R_ARM_PC24:
	case R_ARM_CALL:
	case R_ARM_JUMP24:
		off = sext32((inst & 0x00ffffff) << 2, 25);
		off = wrap_add(off, f->adjust, 26);
		*taddr = (uint32_t)(off + sv + 8);
		return true;
	case R_ARM_THM_MOVW_ABS_NC:
	case R_ARM_THM_MOVT_ABS:
		off = sext32(((upper & 0x000f) << 12) | ((upper & 0x0400) << 1) |
			     ((lower & 0x7000) >> 4) | (lower & 0x00ff), 15);
		off = wrap_add(off, type == R_ARM_THM_MOVT_ABS ?
			       f->adjust >> 16 : f->adjust, 16);
		*taddr = (uint32_t)(off + sv);
		return true;
	case R_ARM_THM_JUMP19:
		/* encoding T3: S:J2:J1:imm6:imm11:'0' */
		sign = (upper >> 10) & 1;
		j1 = (lower >> 13) & 1;
		j2 = (lower >> 11) & 1;
		off = sext32((sign << 20) | (j2 << 19) | (j1 << 18) |
			     ((upper & 0x03f) << 12) | ((lower & 0x07ff) << 1),
			     20);
		off = wrap_add(off, f->adjust, 21);
		*taddr = (uint32_t)(off + sv + 4);
		return true;
	case R_ARM_THM_PC22:
	case R_ARM_THM_JUMP24:
		/* encoding T4: S:I1:I2:imm10:imm11:'0', In = !(Jn ^ S) */
		sign = (upper >> 10) & 1;
		j1 = (lower >> 13) & 1;
		j2 = (lower >> 11) & 1;
		off = sext32((sign << 24) | ((~(j1 ^ sign) & 1) << 23) |
			     ((~(j2 ^ sign) & 1) << 22) |
			     ((upper & 0x03ff) << 12) | ((lower & 0x07ff) << 1),
			     24);
		off = wrap_add(off, f->adjust, 25);
		*taddr = (uint32_t)(off + sv + 4);
		return true;
	}
	return false;
}

const struct arch arch_arm = {
	.machine = EM_ARM,
	.name = "arm",
	.rel_addend = arm_rel_addend,
	.thumb_bit = true,
};
