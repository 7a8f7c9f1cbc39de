// SPDX-License-Identifier: GPL-2.0-only
/*
 * 32-bit ARM: REL relocations, so the addend is decoded from the ARM or
 * Thumb-2 instruction at the relocated place, the way modpost does.
 *
 * When ld -r moves a section-symbol relocation into the merged output
 * section, it adds the section's new offset to that in-place addend with
 * its own generic rule (GNU ld's arm_add_to_rel): the bits of the howto's
 * mask, sign-extended from its top bit, plus the offset, masked back in.
 * For the Thumb-2 branch encodings that rule does not follow the real bit
 * layout, and ld 2.40 garbles the instruction; modpost then decodes what is
 * there.  We apply the same rule to a copy of the bytes, then decode.
 */
#include <elf.h>
#include <string.h>

#include <modpost-lite/arch.h>

static void put_u16(unsigned char *p, uint32_t v, bool msb)
{
	p[msb ? 0 : 1] = (unsigned char)(v >> 8);
	p[msb ? 1 : 0] = (unsigned char)v;
}

static void put_u32(unsigned char *p, uint32_t v, bool msb)
{
	put_u16(p + (msb ? 0 : 2), v >> 16, msb);
	put_u16(p + (msb ? 2 : 0), v & 0xffff, msb);
}

/* The field mask of each type, and whether it counts in words. */
static bool howto(uint32_t type, uint32_t *mask, bool *words)
{
	*words = false;
	switch (type) {
	case R_ARM_ABS32:
	case R_ARM_REL32:
		*mask = 0xffffffff;
		return true;
	case R_ARM_PC24:
	case R_ARM_CALL:
	case R_ARM_JUMP24:
		*mask = 0x00ffffff;
		*words = true;
		return true;
	case R_ARM_MOVW_ABS_NC:
	case R_ARM_MOVT_ABS:
		*mask = 0x000f0fff;
		return true;
	case R_ARM_THM_MOVW_ABS_NC:
	case R_ARM_THM_MOVT_ABS:
		*mask = 0x040f70ff;
		return true;
	case R_ARM_THM_JUMP19:
		*mask = 0x043f2fff;
		return true;
	}
	return false;
}

/* What ld -r writes when it adds @inc to the addend held at @b. */
static void ld_add_to_rel(unsigned char *b, bool msb, uint32_t type,
			  int64_t inc)
{
	uint32_t mask, contents;
	int64_t addend;
	bool words;

	if (type == R_ARM_THM_PC22 || type == R_ARM_THM_JUMP24) {
		uint32_t upper = get_u16(b, msb), lower = get_u16(b + 2, msb);

		addend = (int64_t)(((upper & 0x7ff) << 12) |
				   ((lower & 0x7ff) << 1));
		addend = (addend + inc) >> 1;
		put_u16(b, (upper & 0xf800) | ((uint32_t)(addend >> 11) & 0x7ff),
			msb);
		put_u16(b + 2, (lower & 0xf800) | ((uint32_t)addend & 0x7ff),
			msb);
		return;
	}
	if (!howto(type, &mask, &words))
		return;
	contents = get_u32(b, msb);
	addend = contents & mask;
	if (addend & (((int64_t)mask + 1) >> 1))
		addend |= ~(int64_t)mask;
	if (words)
		addend = (addend * 4 + inc) >> 2;
	else
		addend += inc;
	contents = (contents & ~mask) | ((uint32_t)addend & mask);
	put_u32(b, contents, msb);
}

static bool arm_rel_addend(const struct rel_field *f, uint32_t type,
			   uint64_t *taddr)
{
	uint32_t inst, upper, lower, sign, j1, j2, sv = (uint32_t)f->symval;
	unsigned char b[4];
	int32_t off;

	if (f->avail < 4)
		return false;
	memcpy(b, f->loc, 4);
	if (f->adjust)
		ld_add_to_rel(b, f->msb, type, (int64_t)(int32_t)f->adjust);
	inst = get_u32(b, f->msb);
	upper = get_u16(b, f->msb);
	lower = get_u16(b + 2, f->msb);

	switch (type) {
	case R_ARM_ABS32:
	case R_ARM_REL32:
		*taddr = (uint32_t)(inst + sv);
		return true;
	case R_ARM_MOVW_ABS_NC:
	case R_ARM_MOVT_ABS:
		off = sext32(((inst & 0xf0000) >> 4) | (inst & 0xfff), 15);
		*taddr = (uint32_t)(off + sv);
		return true;
	case R_ARM_PC24:
	case R_ARM_CALL:
	case R_ARM_JUMP24:
		off = sext32((inst & 0x00ffffff) << 2, 25);
		*taddr = (uint32_t)(off + sv + 8);
		return true;
	case R_ARM_THM_MOVW_ABS_NC:
	case R_ARM_THM_MOVT_ABS:
		off = sext32(((upper & 0x000f) << 12) | ((upper & 0x0400) << 1) |
			     ((lower & 0x7000) >> 4) | (lower & 0x00ff), 15);
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

/*
 * Linux 6.1's addend_arm_rel(): R_ARM_ABS32 and the ARM branches as above
 * (fixed in 6.1.52); the Thumb branches take the low 32 bits of a host
 * pointer into modpost's copy of the file, which is never near a symbol,
 * so their target is named only when the relocation's symbol has a name;
 * every other type is not checked at all.
 */
enum rel_outcome arm_rel_addend_6_1(const struct rel_field *f, uint32_t type,
				    uint64_t *taddr)
{
	switch (type) {
	case R_ARM_ABS32:
	case R_ARM_PC24:
	case R_ARM_CALL:
	case R_ARM_JUMP24:
		if (!arm_rel_addend(f, type, taddr))
			*taddr = 0;
		return REL_ADDR;
	case R_ARM_THM_PC22:	/* R_ARM_THM_CALL */
	case R_ARM_THM_JUMP24:
	case R_ARM_THM_JUMP19:
		return REL_NO_ADDR;
	}
	return REL_SKIP;
}
