/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * One ELF relocatable object, read with libelf's gelf_* layer and checked
 * for consistency before anyone looks at it: every index, offset and size
 * used later is validated here, so the rest of the program can trust it.
 *
 * The object's bytes are read with one pread() into a buffer its worker
 * reuses (or, for the scan, only its tables: ELFOBJ_TABLES), and handed
 * to libelf with elf_memory(); the file descriptor is closed at once (at
 * elfobj_close() when sections may still be read).  (mmap()ing thousands
 * of objects costs more in munmap() TLB shootdowns than the reads: see
 * README, Performance.)
 */
#ifndef _MPL_ELFOBJ_H
#define _MPL_ELFOBJ_H

#include <gelf.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <modpost-lite/arch.h>

struct input;

struct esec;
struct esym;
struct span;
struct byterange;

/*
 * A worker's memory for reading objects, reused from object to object:
 * the file's bytes and the section and symbol arrays of struct elfobj
 * point into it until the next elfobj_open() with the same buffer.
 */
struct objbuf {
	char *p;
	size_t cap;
	char *z;		/* the other byte buffer of a compressed object */
	size_t capz;		/* (decompress.c swaps it with p) */
	struct esec *sec;
	size_t capsec;
	struct esym *sym;
	size_t capsym;
	struct span *span;
	size_t capspan;		/* twice the sections, for merging */
	/*
	 * ELFOBJ_TABLES: the parts of the file read so far (the ELF header,
	 * the section header table, the runs of tables in offset order,
	 * some of them into @tabs rather than at their offsets in @p), and
	 * what elfobj_bytes() needs to read a section later.
	 */
	struct byterange *range;
	size_t nrange, caprange;
	char *tabs;		/* runs of tables, one after another */
	size_t captabs;
	uint64_t sh_off, sh_end;	/* the section header table */
	int fd;
	off_t base;		/* of the object in its file */
	char *late_err;		/* elfobj_bytes() could not read */
};

void objbuf_free(struct objbuf *buf);
/*
 * Room for @size bytes in @buf's byte buffer, and as many for the tables
 * read apart from it (ELFOBJ_TABLES); both only grow, and both start on
 * a cache line (COPY_ALIGN in elfobj.c says why).  Each
 * growth is fresh memory, a page fault per 4 KiB: a worker that is given
 * the largest object's size before it starts reads every object into one
 * buffer (on the clean corpus the regrowths were a third of the faults).
 */
void objbuf_reserve(struct objbuf *buf, size_t size);

/* A special section index (SHN_ABS, SHN_COMMON, ...) or none at all. */
#define SEC_NONE UINT32_MAX

struct esec {
	const char *name;
	uint32_t type;
	uint32_t link;
	uint32_t info;
	uint64_t flags;
	uint64_t size;
	uint64_t align;
	/*
	 * The section's bytes as in the file; NULL for SHT_NOBITS, SHT_NULL,
	 * and, when the object was opened with ELFOBJ_TABLES, for the
	 * SHT_PROGBITS sections not read yet: elfobj_bytes() reads those.
	 */
	const unsigned char *bytes;
	uint64_t offset;	/* sh_offset */
	/*
	 * SHT_SYMTAB, SHT_SYMTAB_SHNDX, SHT_REL, SHT_RELA: libelf's array of
	 * the entries (Elf32_* or Elf64_*, in the host's byte order) and
	 * their number; NULL and 0 for other sections.
	 */
	const void *table;
	size_t nent;
};

struct esym {
	const char *name;
	uint64_t value;
	uint32_t shndx;		/* real section index, or SEC_NONE */
	uint16_t raw_shndx;	/* st_shndx as stored (SHN_UNDEF, SHN_COMMON..) */
	uint8_t bind;
	uint8_t type;
};

struct elfobj {
	const char *display;	/* name for messages */
	Elf *elf;
	uint16_t machine;
	bool is64;
	bool msb;
	const struct arch *arch;
	size_t nsec;
	struct esec *sec;
	size_t nsym;
	struct esym *sym;
	size_t nlocal;		/* symtab sh_info: index of the first global */
	char *err;		/* why opening failed */
	int open_errno;		/* open() failed with it; else 0 */
	/* ELFOBJ_TABLES: the buffer whose file stays open until
	 * elfobj_close(), for elfobj_bytes(); NULL when it was read whole */
	struct objbuf *lazy;
};

enum elfobj_read {
	ELFOBJ_WHOLE,		/* every byte of the object, in one pread() */
	/*
	 * The ELF header, the section header table and every section that
	 * is not SHT_PROGBITS (the symbol, string and relocation tables):
	 * about 60% of a kernel object's bytes, and what the scan reads of
	 * all but a few sections.  The contents of code and data are read
	 * only when elfobj_bytes() asks for them.  A file that is anything
	 * but a plain relocatable ELF object (compressed, truncated,
	 * extended section numbering, a table out of the file) is read
	 * whole, and validated as with ELFOBJ_WHOLE.
	 */
	ELFOBJ_TABLES,
};

/*
 * Read and validate input @in into @buf.  Returns 0; or -1 with o->err
 * set (the caller frees it) and nothing left open.
 */
int elfobj_open(struct elfobj *o, const struct input *in, struct objbuf *buf,
		enum elfobj_read how);
void elfobj_close(struct elfobj *o);

/*
 * The bytes of section @i (see esec::bytes), read now if the object was
 * opened with ELFOBJ_TABLES and they were not read yet; NULL for sections
 * without bytes, and when reading fails: elfobj_late_error() then says
 * why, and the object is not to be trusted.
 */
const unsigned char *elfobj_bytes(const struct elfobj *o, size_t i);

/* Why elfobj_bytes() failed since elfobj_open(), or NULL. */
static inline const char *elfobj_late_error(const struct elfobj *o)
{
	return o->lazy ? o->lazy->late_err : NULL;
}

/* true when @s is a REL or RELA section that applies to a section. */
static inline bool esec_is_reloc(const struct esec *s)
{
	return s->type == SHT_REL || s->type == SHT_RELA;
}

static inline size_t elfobj_nrelocs(const struct elfobj *o, size_t relsec)
{
	return o->sec[relsec].nent;
}

/*
 * Relocation @i of relocation section @relsec, read straight from libelf's
 * translated array (its indexes and offsets were validated on open).
 */
static inline void elfobj_reloc(const struct elfobj *o, size_t relsec,
				size_t i, struct reloc *r)
{
	const struct esec *s = &o->sec[relsec];
	const unsigned char *p = s->table;
	uint64_t info;

	if (o->is64) {
		if (s->type == SHT_RELA) {
			p += i * sizeof(Elf64_Rela);
			memcpy(&r->addend, p + offsetof(Elf64_Rela, r_addend),
			       sizeof(r->addend));
		} else {
			p += i * sizeof(Elf64_Rel);
			r->addend = 0;
		}
		/* r_offset and r_info: the same place in both */
		memcpy(&r->offset, p + offsetof(Elf64_Rel, r_offset),
		       sizeof(r->offset));
		memcpy(&info, p + offsetof(Elf64_Rel, r_info), sizeof(info));
		if (o->machine == EM_MIPS) {
			arch_split_info(o->machine, true, o->msb, info,
					&r->sym, &r->type);
			return;
		}
		r->sym = (uint32_t)ELF64_R_SYM(info);
		r->type = (uint32_t)ELF64_R_TYPE(info);
		return;
	}
	if (s->type == SHT_RELA) {
		Elf32_Rela e;

		memcpy(&e, p + i * sizeof(e), sizeof(e));
		r->addend = e.r_addend;
		r->offset = e.r_offset;
		info = e.r_info;
	} else {
		Elf32_Rel e;

		memcpy(&e, p + i * sizeof(e), sizeof(e));
		r->addend = 0;
		r->offset = e.r_offset;
		info = e.r_info;
	}
	r->sym = ELF32_R_SYM(info);
	r->type = ELF32_R_TYPE(info);
}

/*
 * Every relocation of section @relsec in order, objtool style:
 *	size_t j;
 *	struct reloc r;
 *
 *	for_each_reloc(o, relsec, j, &r)
 *		... r is relocation j ...
 */
#define for_each_reloc(o, relsec, j, r)					\
	for ((j) = 0; (j) < elfobj_nrelocs((o), (relsec)) &&		\
		      (elfobj_reloc((o), (relsec), (j), (r)), true); (j)++)



/* Which symbol names a nearest-symbol search may return (profile.h). */
enum name_filter {
	/* 6.12's is_mapping_symbol(): no ".L*", "L0*" or "$*" */
	NAMES_NO_LOCAL_LABELS,
	/* 6.1's is_valid_name(): only ARM's "$a", "$d", "$t", "$x" (alone or
	 * followed by '.') are skipped; ".L*" labels are names */
	NAMES_NO_ARM_MAPPING,
};

/*
 * modpost's is_valid_name(): names a nearest-symbol search may return.
 * Section symbols are nameless once ld -r has merged their sections.
 */
static inline bool name_is_valid(const char *n)
{
	if (!n[0])
		return false;
	if ((n[0] == '.' && n[1] == 'L') || (n[0] == 'L' && n[1] == '0') ||
	    n[0] == '$')
		return false;
	return true;
}

/* The same under filter @f. */
static inline bool name_passes(enum name_filter f, const char *n)
{
	if (f == NAMES_NO_LOCAL_LABELS)
		return name_is_valid(n);
	if (!n[0])
		return false;
	return !(n[0] == '$' &&
		 (n[1] == 'a' || n[1] == 'd' || n[1] == 't' || n[1] == 'x') &&
		 (n[2] == '\0' || n[2] == '.'));
}

static inline bool esym_searchable_by(const struct esym *s,
				      enum name_filter f)
{
	return s->type != STT_SECTION && s->shndx != SEC_NONE &&
	       s->shndx != 0 && name_passes(f, s->name);
}

static inline bool esym_searchable(const struct esym *s)
{
	return esym_searchable_by(s, NAMES_NO_LOCAL_LABELS);
}

static inline bool esym_is_global(const struct esym *s)
{
	return s->bind == STB_GLOBAL || s->bind == STB_WEAK ||
	       s->bind == STB_GNU_UNIQUE;
}
#endif
