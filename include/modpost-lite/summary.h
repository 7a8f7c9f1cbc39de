/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The object summary: what the first pass keeps of one object, as plain
 * data (no pointers into libelf or other objects; its section names are
 * the scanning worker's name memo's): its sections (for the merged
 * layout), its global definitions and the global names it refers to (for
 * the link), and whether anything in it may need a closer look.
 */
#ifndef _MPL_SUMMARY_H
#define _MPL_SUMMARY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <modpost-lite/arena.h>
#include <modpost-lite/elfobj.h>
#include <modpost-lite/secclass.h>

struct profile;
struct input;

/*
 * The summaries of a kernel are some ten megabytes written once, a page
 * fault per 4 KiB: the fields are ordered so that nothing is padding.
 * A section is 16 bytes (75,000 of them in an x86-64 defconfig): its size
 * fits in 32 bits but for the rare section of 4 GiB or more (a huge
 * .bss), whose size is kept whole in objsum::bigsize (ssec::big); its
 * alignment is kept as ld uses it (sum_secalign()). Read the size with
 * sum_secsize().
 */
struct ssec {
	uint32_t size;		/* sh_size; with @big the index in objsum::bigsize */
	uint32_t nameid;	/* the name's id in the scanning worker's name
				 * memo (objsum::names): sum_secname(); not
				 * set for section 0 */
	uint32_t nsyms;		/* symbols a nearest-symbol search can find */
	uint16_t cls;		/* section class bits (all SC_* fit) */
	uint8_t align_log2;	/* see sum_secalign() */
	bool exec : 1;		/* SHF_EXECINSTR */
	bool nonalloc : 1;	/* PROGBITS without SHF_ALLOC, not skipped */
	/* a REL or RELA section: nothing asks for it by name (ld -r makes
	 * no output section of them), sum_secname() says "" */
	bool reloc : 1;
	bool big : 1;		/* the size is in objsum::bigsize */
};

struct sdef {			/* a global or weak definition */
	uint64_t value;
	uint32_t name;
	uint32_t len;		/* of the name */
	uint32_t hash;		/* link_hash() of the name */
	uint32_t symidx;
	uint32_t shndx;		/* SEC_NONE for SHN_ABS/SHN_COMMON */
	uint8_t bind : 4;	/* STB_* */
	uint8_t type : 4;	/* STT_* */
	bool common : 1;
	bool won : 1;		/* the link's winner for its name (link.c) */
	/*
	 * The class of its section (ssec::cls; SC_NONE without one): the
	 * link reads it for every definition, and the section table is
	 * elsewhere in memory (a cache miss a definition).
	 */
	uint16_t cls;
};

/*
 * A global name referred to, by its hash alone: the link judges it against
 * every definition of that hash (link_judge_refs()), which can only mark
 * an object suspect when no name would, and suspects are checked by name.
 */
struct sref {
	uint32_t hash;		/* link_hash() of the name */
	uint32_t fromcls;	/* class of the referring section */
};

struct sundef {			/* a strong undefined global (for --lib) */
	uint32_t name;
	uint32_t len;
	uint32_t hash;
};

/* A sound EXPORT_SYMBOL entry, as modpost registers it. */
struct sexp {
	uint32_t name;		/* the exported name, as modpost prints it */
	uint32_t len;		/* of the name (add_export in scan.c only) */
	uint32_t hash;		/* link_hash() of it (same) */
	/* the object's own definition of the name (index in objsum::def)
	 * or UINT32_MAX: when it won the link, it is the export's */
	uint32_t def;
	uint32_t ns;		/* its namespace, "" for none */
	bool gpl;		/* EXPORT_SYMBOL_GPL */
};

struct smodinfo {		/* a .modinfo section's bytes (--builtin-modinfo) */
	uint32_t sec;
	size_t size;
	const unsigned char *bytes;
};

struct objsum {
	char *err;		/* the object could not be read */
	int open_errno;		/* because open() failed with it; else 0 */
	uint16_t machine;
	bool is64;
	bool msb;
	unsigned int scanner;	/* the worker that scanned it (ssec::nameid) */
	/* that worker's name memo, where the section names are */
	const struct secclass_cache *names;
	bool suspect;		/* a local reference or export looks wrong */
	/* what the object says of its kernel (profile_detect) */
	unsigned int release;	/* a module's vermagic, major*1000+minor */
	bool ksymtab_sections;	/* ___ksymtab* sections (6.1's exports) */
	bool export_symbol;	/* an .export_symbol section (6.5 on) */
	/* the arrays are in the scanning worker's arena (struct scanner) */
	size_t nsec;
	struct ssec *sec;
	size_t nbig;
	uint64_t *bigsize;	/* the sizes of the sections with ssec::big */
	size_t nnonalloc;	/* sections with ssec::nonalloc */
	size_t ndef;
	struct sdef *def;
	size_t nref;
	struct sref *ref;
	size_t nexp;
	struct sexp *exp;	/* exports (with -M), in entry order */
	size_t nundef;
	struct sundef *undef;	/* with scan_opts::undefined only */
	size_t nmodinfo;
	struct smodinfo *modinfo;	/* with scan_opts::modinfo only */
	/* every global or weak symbol's name, defined or not, in symbol-table
	 * order: what ld enters in its hash table (profiles with ld_order) */
	size_t nglob;
	uint32_t *glob;		/* offsets in strs */
	/* __kstrtabns_NAME labels (ksymtab_exports): NAME and the string */
	size_t nnsl;
	struct sexp *nsl;	/* name, ns; gpl unused */
	size_t nstrs;
	char *strs;
};

static inline const char *sum_str(const struct objsum *s, uint32_t off)
{
	return s->strs + off;
}

static inline uint64_t sum_secsize(const struct objsum *s, uint32_t i)
{
	const struct ssec *e = &s->sec[i];

	return e->big ? s->bigsize[e->size] : e->size;
}

/*
 * Section @i's alignment in the merged layout: the lowest set bit of its
 * sh_addralign, which is what ld.bfd takes (an alignment that is no power
 * of two is out of the ELF specification; 24 aligns as 8), 1 for 0.
 */
static inline uint64_t sum_secalign(const struct objsum *s, uint32_t i)
{
	return (uint64_t)1 << s->sec[i].align_log2;
}

/* The name of section @i of @s ("" for section 0 and relocation ones). */
static inline const char *sum_secname(const struct objsum *s, uint32_t i)
{
	if (!i || s->sec[i].reloc)
		return "";
	return secclass_cache_name(s->names, s->sec[i].nameid);
}

struct scan_opts {
	const struct profile *prof;
	bool exports;		/* -M */
	bool undefined;		/* keep strong undefined names (--lib) */
	bool modinfo;		/* keep .modinfo bytes (--builtin-modinfo) */
};

/*
 * One worker's scanning memory.  Objects are read into @buf; a summary is
 * built in the growable scratch arrays, which keep their size from object
 * to object, then copied at its exact size into @arena, where it stays
 * until scanner_free().
 */
struct scanner {
	unsigned int id;	/* which worker: objsum::scanner */
	struct objbuf buf;
	struct secclass_cache *cc;
	struct arena arena;
	struct objsum tmp;
	size_t capsec, capdef, capref, capexp, capundef, capmodinfo, capstrs;
	size_t capglob, capnsl, capbig;
	uint32_t *acc, *labels;	/* per symbol */
	size_t capacc, caplabels;
	uint8_t *namebits;	/* per name memo id (scan.c) */
	size_t nnamebits, capnamebits;
};

/* Worker @id's scanner; section classes are those of profile @p. */
void scanner_init(struct scanner *sc, unsigned int id,
		  const struct profile *p);
/* Frees the summaries made with @sc as well. */
void scanner_free(struct scanner *sc);

/* First pass over one object: fill @sum (sum->err on a bad object). */
void scan_object(const struct input *in, const struct scan_opts *opt,
		 struct scanner *sc, struct objsum *sum);
void objsum_free(struct objsum *sum);

#endif
