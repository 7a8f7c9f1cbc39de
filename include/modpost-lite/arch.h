/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * What differs between architectures, behind one small interface.  Each
 * architecture lives in modpost-lite/arch/<arch>.c and is listed in
 * modpost-lite/arch.c; adding one touches those two places and a test.
 */
#ifndef _MPL_ARCH_H
#define _MPL_ARCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* One relocation as the checker sees it. */
struct reloc {
	uint64_t offset;	/* r_offset within the section it applies to */
	int64_t addend;		/* r_addend (RELA only) */
	uint32_t sym;		/* symbol index */
	uint32_t type;		/* relocation type */
};

/* The in-place field of a REL relocation, for the decoders. */
struct rel_field {
	const unsigned char *loc;	/* bytes at r_offset */
	size_t avail;			/* bytes readable at loc */
	bool msb;			/* target byte order is big-endian */
	uint64_t symval;		/* st_value of the symbol (as linked) */
	/*
	 * What ld -r adds to the in-place addend when it moves a
	 * section-symbol relocation into the merged output section.
	 */
	uint64_t adjust;
};

struct arch {
	uint16_t machine;		/* EM_* */
	const char *name;
	/*
	 * Relocations modpost does not check: they name no symbol, or are
	 * the second half of a pair (riscv/loongarch SUB32 in __ex_table).
	 */
	bool (*skip)(uint32_t type, bool from_extable);
	/*
	 * REL only: the target address modpost derives from the bytes at the
	 * relocated place.  false when the type is not one modpost decodes
	 * (it then uses (Elf_Addr)-1).  NULL: this arch has no REL decoder.
	 */
	bool (*rel_addend)(const struct rel_field *f, uint32_t type,
			   uint64_t *taddr);
	/* ARM: bit 0 of function symbols marks Thumb code */
	bool thumb_bit;
	/*
	 * RELA, but the addend is kept in the section contents and r_addend
	 * stays 0 (SuperH): ld -r then moves section-symbol addends in place,
	 * and modpost's st_value + r_addend ignores them.
	 */
	bool rela_in_place;
};

/* What a profile's REL decoder made of one relocation (profile.h). */
enum rel_outcome {
	REL_ADDR,		/* *taddr is the address modpost searches */
	REL_NO_ADDR,		/* modpost's address is junk: no name is near */
	REL_SKIP,		/* modpost does not check this relocation */
};

struct rel_decoder {
	uint16_t machine;	/* EM_*; 0 ends a table */
	enum rel_outcome (*decode)(const struct rel_field *f, uint32_t type,
				   uint64_t *taddr);
};

const struct arch *arch_find(uint16_t machine);

/* r_info split as modpost does (MIPS64 has its own layout). */
void arch_split_info(uint16_t machine, bool is64, bool msb, uint64_t info,
		     uint32_t *sym, uint32_t *type);

/* Read a 16/32-bit value in the target's byte order. */
static inline uint32_t get_u32(const unsigned char *p, bool msb)
{
	return msb ? (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 |
		     (uint32_t)p[2] << 8 | p[3] :
		     (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 |
		     (uint32_t)p[1] << 8 | p[0];
}

static inline uint32_t get_u16(const unsigned char *p, bool msb)
{
	return msb ? (uint32_t)p[0] << 8 | p[1] : (uint32_t)p[1] << 8 | p[0];
}

static inline int32_t sext32(uint32_t v, unsigned int topbit)
{
	unsigned int shift = 31 - topbit;

	return (int32_t)(v << shift) >> shift;
}

extern const struct arch arch_x86_64, arch_i386, arch_arm, arch_mips,
	arch_riscv, arch_loongarch, arch_sh;

/* Linux 6.1's section_rel() decoders (profile-6.1.c's table). */
enum rel_outcome i386_rel_addend_6_1(const struct rel_field *f, uint32_t type,
				     uint64_t *taddr);
enum rel_outcome arm_rel_addend_6_1(const struct rel_field *f, uint32_t type,
				    uint64_t *taddr);
enum rel_outcome mips_rel_addend_6_1(const struct rel_field *f, uint32_t type,
				     uint64_t *taddr);

#endif
