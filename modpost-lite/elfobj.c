// SPDX-License-Identifier: GPL-2.0-only
/*
 * Reading one relocatable ELF object with libelf and validating everything
 * the checker will rely on: section, symbol and string indexes, relocation
 * symbol indexes and offsets.  A bad object gets one message naming the
 * reason; nothing is left open.
 *
 * Two ways to read (enum elfobj_read): the whole object in one pread()
 * (read_bytes(), for the check, which needs code and data bytes, and for
 * every unusual file), or only its tables (read_tables(), for the scan,
 * which looks at the bytes of a few sections only and asks for them with
 * elfobj_bytes()).  Both leave the same bytes where libelf and the
 * validation read them; the second copies 40% less of a kernel's objects,
 * and reads the symbol, string and relocation tables of a larger object
 * one run after another into a buffer of their own (packable()), which
 * the caches keep, rather than at their offsets in the image.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <modpost-lite/decompress.h>
#include <modpost-lite/elfobj.h>
#include <modpost-lite/inputs.h>
#include <modpost-lite/util.h>

static int fail(struct elfobj *o, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static int fail(struct elfobj *o, const char *fmt, ...)
{
	va_list ap;

	if (!o->err) {
		va_start(ap, fmt);
		if (vasprintf(&o->err, fmt, ap) < 0)
			o->err = NULL;
		va_end(ap);
	}
	elfobj_close(o);
	return -1;
}

static const char *type_name(unsigned int t)
{
	switch (t) {
	case ET_EXEC:
		return "an executable";
	case ET_DYN:
		return "a shared object or PIE executable";
	case ET_CORE:
		return "a core file";
	default:
		return "of an unknown type";
	}
}

#define HOST_MSB (__BYTE_ORDER__ == __ORDER_BIG_ENDIAN__)

/* LLVM bitcode, bare or in its wrapper: what CONFIG_LTO_CLANG leaves. */
static bool is_bitcode(const unsigned char *p, size_t n)
{
	return n >= 4 && (!memcmp(p, "BC\xc0\xde", 4) ||
			  !memcmp(p, "\xde\xc0\x17\x0b", 4));
}

/*
 * Where a read puts its bytes.  The page cache is in whole pages, so the
 * bytes at file offset F start at F mod 64 in a cache line; the kernel's
 * copy to user space (rep movsb) is fastest when the destination starts
 * at the same place in its line, and on AMD EPYC (the development VM) it
 * ran at an eighth of its speed when the destination was 8 to 24 bytes
 * further on (64 KiB copies of one cached file, every pair of offsets).
 * malloc() hands out big blocks 16 bytes into a page: every read at a
 * file offset into the image was just that, and the scan's copies took
 * 15.4 ms per run of the clean corpus against the read floor's 6.4 for
 * 12% fewer bytes.  So both buffers start on a line, the image is read at
 * file offsets (an object at a file offset that is a multiple of 64, as
 * every file of its own and every thin archive member is, is then read at
 * the same place in the line), and each packed run starts in objbuf::tabs
 * at its file offset's place in the line (pack_at()).
 */
#define COPY_ALIGN 64

/* @size bytes of fresh buffer, on a line (COPY_ALIGN). */
static char *line_alloc(size_t size)
{
	void *p;

	if (posix_memalign(&p, COPY_ALIGN, size ? size : 1))
		oom();
	return p;
}

/*
 * Room for @size bytes in the image only: for a whole read.  A buffer the
 * decompressor swapped in (decompress.c) is malloc()'s, not on a line.
 */
static void reserve_image(struct objbuf *buf, size_t size)
{
	if (size <= buf->cap && !((uintptr_t)buf->p & (COPY_ALIGN - 1)))
		return;
	free(buf->p);
	buf->p = line_alloc(size);
	buf->cap = size;
}

/* Room for @size bytes of packed runs (their content need not stay). */
static void reserve_tabs(struct objbuf *buf, size_t size)
{
	if (size <= buf->captabs)
		return;
	free(buf->tabs);
	buf->tabs = line_alloc(size);
	buf->captabs = size;
}

void objbuf_reserve(struct objbuf *buf, size_t size)
{
	reserve_image(buf, size);
	/*
	 * The tables of an object are less than the object; read_ranges()
	 * grows this when the runs' alignment (pack_at()) needs more.
	 */
	reserve_tabs(buf, size);
}

/*
 * A thin archive's member, read in one pread() of the size its header
 * records and one byte more, without an fstat(): true when exactly that
 * many bytes came (a short read of a regular file is its end).  A file
 * that changed size since, a directory or a FIFO (pread() fails on both),
 * anything else goes the way of other files.
 */
static bool read_as_recorded(int fd, uint64_t size, struct objbuf *buf)
{
	ssize_t n;

	if (size >= SIZE_MAX / 2)
		return false;
	reserve_image(buf, (size_t)size + 1);
	do
		n = pread(fd, buf->p, (size_t)size + 1, 0);
	while (n < 0 && errno == EINTR);
	return n >= 0 && (uint64_t)n == size;
}

/*
 * Read the object's bytes: the whole file, or an archive member's data.
 * This fills @buf with the bytes elfobj_open() reads as ELF.
 */
static int read_bytes(struct elfobj *o, const struct input *in,
		      struct objbuf *buf, size_t *len)
{
	struct stat st;
	uint64_t size;
	size_t done = 0;
	off_t base = 0;
	int fd;

	fd = open(in->path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0) {
		o->open_errno = errno;
		return fail(o, "%s", strerror(errno));
	}
	if (in->off < 0 && in->size && read_as_recorded(fd, in->size, buf)) {
		close(fd);
		*len = (size_t)in->size;
		return 0;
	}
	if (fstat(fd, &st) < 0) {
		close(fd);
		return fail(o, "%s", strerror(errno));
	}
	if (S_ISDIR(st.st_mode) || !S_ISREG(st.st_mode)) {
		close(fd);
		return fail(o, S_ISDIR(st.st_mode) ? "is a directory" :
			    "not a regular file");
	}
	size = (uint64_t)st.st_size;
	if (in->off >= 0) {
		if ((uint64_t)in->off > size || in->size > size - (uint64_t)in->off) {
			close(fd);
			return fail(o, "archive member runs past the end of the archive");
		}
		base = in->off;
		size = in->size;
	}
	if (size == 0) {
		close(fd);
		return fail(o, "empty file");
	}
	if (size >= SIZE_MAX / 2) {
		close(fd);
		return fail(o, "too large to read: %llu bytes",
			    (unsigned long long)size);
	}
	reserve_image(buf, (size_t)size);
	while (done < size) {
		ssize_t n = pread(fd, buf->p + done, (size_t)size - done,
				  base + (off_t)done);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			close(fd);
			return fail(o, "%s", n ? strerror(errno) :
				    "file shrank while being read");
		}
		done += (size_t)n;
	}
	close(fd);
	*len = (size_t)size;
	return 0;
}

static uint64_t get_u64(const unsigned char *p, bool msb)
{
	uint64_t a = get_u32(p, msb), b = get_u32(p + 4, msb);

	return msb ? a << 32 | b : b << 32 | a;
}

/*
 * The ELF header's fields that say what the object is and where its
 * section header table lies, for check_header() and tables_header():
 * @p holds at least the ELF header of a known class and byte order.
 */
struct ehdr_fields {
	bool is64, msb;
	uint16_t type;
	uint64_t shoff, shentsize, shnum, shstrndx;
};

static void ehdr_fields(const unsigned char *p, struct ehdr_fields *h)
{
	h->is64 = p[EI_CLASS] == ELFCLASS64;
	h->msb = p[EI_DATA] == ELFDATA2MSB;
	h->type = get_u16(p + 16, h->msb);
	h->shoff = h->is64 ? get_u64(p + 40, h->msb) : get_u32(p + 32, h->msb);
	h->shentsize = get_u16(p + (h->is64 ? 58 : 46), h->msb);
	h->shnum = get_u16(p + (h->is64 ? 60 : 48), h->msb);
	h->shstrndx = get_u16(p + (h->is64 ? 62 : 50), h->msb);
}

/*
 * Bytes [off, end) of an object read in parts (ELFOBJ_TABLES), and where
 * they are: at @off in the image libelf is handed (objbuf::p), or with
 * @packed at @at in objbuf::tabs.
 */
struct byterange {
	uint64_t off, end;
	uint64_t at;
	bool packed;
};

/*
 * Tables at most this far apart are read in one pread(): a few KiB more
 * to copy cost less than another system call.
 */
#define RANGE_GAP 4096

/*
 * An object this small is read whole with one pread(): its code and data
 * cost less to copy than the three or four system calls of reading its
 * tables apart (65% of a kernel's objects are this small; with 8 KiB or
 * 32 KiB the corpus took 1 to 2 ms longer).
 */
#define TABLES_SMALL 16384

/*
 * Read @r's bytes with one pread(), asking for one more when @eof: then
 * exactly @r's must come, the file ending there.  A short read of a
 * regular file is its end (as in read_as_recorded()): the whole read
 * then says what is wrong.  True on success.
 */
static bool read_range(struct objbuf *buf, const struct byterange *r,
		       bool eof)
{
	size_t n = (size_t)(r->end - r->off);
	char *to = r->packed ? buf->tabs + r->at : buf->p + r->off;
	ssize_t got;

	do
		got = pread(buf->fd, to, n + eof, buf->base + (off_t)r->off);
	while (got < 0 && errno == EINTR);
	return got == (ssize_t)n;
}

/* Where the object lies in its file and how long it is; false: unusual. */
static bool tables_extent(int fd, const struct input *in, uint64_t *size,
			  off_t *base)
{
	struct stat st;

	*base = 0;
	if (in->off < 0 && in->size) {
		*size = in->size;	/* a thin member: checked at its end */
		return true;
	}
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode))
		return false;
	*size = (uint64_t)st.st_size;
	if (in->off >= 0) {
		if ((uint64_t)in->off > *size ||
		    in->size > *size - (uint64_t)in->off)
			return false;
		*base = in->off;
		*size = in->size;
	}
	return true;
}

/*
 * The section header table of a plain relocatable object, from its ELF
 * header: false for anything else, which is read whole and judged by
 * check_header().
 */
static bool tables_header(const unsigned char *p, uint64_t size,
			  struct objbuf *buf, uint64_t *shnum)
{
	struct ehdr_fields h;

	if (memcmp(p, ELFMAG, SELFMAG) ||
	    (p[EI_CLASS] != ELFCLASS32 && p[EI_CLASS] != ELFCLASS64) ||
	    (p[EI_DATA] != ELFDATA2LSB && p[EI_DATA] != ELFDATA2MSB))
		return false;
	ehdr_fields(p, &h);
	if (h.type != ET_REL ||
	    h.shentsize != (h.is64 ? sizeof(Elf64_Shdr) : sizeof(Elf32_Shdr)) ||
	    !h.shoff || !h.shnum || h.shstrndx == SHN_UNDEF ||
	    h.shstrndx >= h.shnum || h.shoff > size ||
	    h.shnum > (size - h.shoff) / h.shentsize)
		return false;
	*shnum = h.shnum;
	buf->sh_off = h.shoff;
	buf->sh_end = h.shoff + h.shnum * h.shentsize;
	return true;
}

/* Sort @n ranges by offset (they come nearly sorted: insertion sort). */
static void sort_ranges(struct byterange *r, size_t n)
{
	size_t i, j;

	for (i = 1; i < n; i++) {
		struct byterange x = r[i];

		for (j = i; j > 0 && r[j - 1].off > x.off; j--)
			r[j] = r[j - 1];
		r[j] = x;
	}
}

/*
 * Sections whose bytes are only ever read through esec::bytes (the
 * symbol, string and relocation tables, when in the host's byte order:
 * read_data() hands libelf none of them), so that they can be read into
 * objbuf::tabs, one run after another, rather than at their offsets in
 * the image.  Copying into the few hundred KiB a worker keeps reusing
 * costs less than into the image's megabyte: the copies at file offsets
 * missed the caches, and took the read floor from 36 to 56 ms.
 */
static bool packable(uint32_t type, bool msb)
{
	return msb == HOST_MSB &&
	       (type == SHT_STRTAB || type == SHT_SYMTAB ||
		type == SHT_SYMTAB_SHNDX || type == SHT_REL ||
		type == SHT_RELA);
}

/*
 * Every section's extent but those of SHT_PROGBITS (and of no bytes) into
 * buf->range, in offset order; false when one lies outside the file.
 */
static bool table_ranges(struct objbuf *buf, uint64_t shnum, uint64_t size,
			 bool check_eof)
{
	const unsigned char *p = (const unsigned char *)buf->p;
	bool is64 = p[EI_CLASS] == ELFCLASS64, msb = p[EI_DATA] == ELFDATA2MSB;
	size_t esz = is64 ? sizeof(Elf64_Shdr) : sizeof(Elf32_Shdr), i, n = 0;

	GROW(buf->range, buf->caprange, shnum + 1);
	for (i = 1; i < shnum; i++) {
		const unsigned char *sh = p + buf->sh_off + i * esz;
		uint32_t type = get_u32(sh + 4, msb);
		uint64_t off = is64 ? get_u64(sh + 24, msb) : get_u32(sh + 16, msb);
		uint64_t sz = is64 ? get_u64(sh + 32, msb) : get_u32(sh + 20, msb);

		if (type == SHT_NOBITS || type == SHT_NULL ||
		    type == SHT_PROGBITS || !sz)
			continue;
		if (off > size || sz > size - off)
			return false;
		buf->range[n++] = (struct byterange){
			.off = off, .end = off + sz,
			.packed = packable(type, msb) };
	}
	/* a read must reach the end, to see that the file ends there */
	if (check_eof && buf->sh_end != size)
		buf->range[n++] = (struct byterange){ .off = size - 1,
						      .end = size };
	sort_ranges(buf->range, n);
	buf->nrange = n;
	return true;
}

/*
 * Read the ranges of buf->range, those less than RANGE_GAP apart in one
 * go, leaving out the section header table, already read; buf->range is
 * left holding what was read.  A run holding a packable() section is read
 * into objbuf::tabs, after the runs before it.  False when the file is
 * shorter than it says, or longer (@check_eof).
 */
/*
 * Where in objbuf::tabs a packed run of file offset @off goes, the runs
 * before it taking @used bytes: the first place from there at the same
 * place in a cache line as @off in the file (see COPY_ALIGN).
 */
static uint64_t pack_at(const struct objbuf *buf, uint64_t used, uint64_t off)
{
	return used + (((uint64_t)buf->base + off - used) & (COPY_ALIGN - 1));
}

static bool read_ranges(struct objbuf *buf, uint64_t size, bool check_eof)
{
	struct byterange *r = buf->range;
	size_t i = 0, n = 0;
	uint64_t packed = 0;

	while (i < buf->nrange) {
		struct byterange m = r[i];

		while (++i < buf->nrange && r[i].off <= m.end + RANGE_GAP) {
			if (r[i].end > m.end)
				m.end = r[i].end;
			m.packed |= r[i].packed;
		}
		/*
		 * The tables end where the section header table starts; a
		 * run that went on into it is cut there and read into the
		 * image, next to the table, so that a section reaching into
		 * the table (an overlap the checks then report) is whole
		 * somewhere.
		 */
		if (m.off < buf->sh_off && m.end > buf->sh_off &&
		    m.end <= buf->sh_end) {
			m.end = buf->sh_off;
			m.packed = false;
		}
		if (m.off >= buf->sh_off && m.end <= buf->sh_end)
			continue;
		if (m.packed) {
			m.at = pack_at(buf, packed, m.off);
			packed = m.at + (m.end - m.off);
		}
		r[n++] = m;	/* never past the ranges still to merge */
	}
	buf->nrange = n;
	reserve_tabs(buf, (size_t)packed);
	for (i = 0; i < n; i++)
		if (!read_range(buf, &r[i], check_eof && r[i].end == size))
			return false;
	return true;
}

/* What read_tables() did. */
enum tables_read {
	TABLES_READ,		/* the tables are in the buffer, the file open */
	TABLES_WHOLE,		/* all of the object is, the file closed */
	TABLES_NOT,		/* nothing: read_bytes() must */
};

/*
 * The rest of an object whose first @have bytes are in @buf: for a file
 * that is no plain relocatable object (a compressed module, say), which
 * elfobj_open() then treats as it treats every whole read.
 */
static enum tables_read read_rest(struct objbuf *buf, uint64_t have,
				  uint64_t size, bool check_eof)
{
	struct byterange rest = { .off = have, .end = size };
	bool ok = have == size || read_range(buf, &rest, check_eof);

	close(buf->fd);
	buf->fd = -1;
	return ok ? TABLES_WHOLE : TABLES_NOT;
}

/*
 * ELFOBJ_TABLES: read the ELF header, the section header table, and every
 * section that is not SHT_PROGBITS, into @buf at their file offsets; the
 * file stays open (buf->fd) for elfobj_bytes().  A file that is no plain
 * relocatable ELF object is read whole.  A file that is not what its
 * headers say, or that cannot be read, is left to read_bytes() (with
 * nothing left open), which reports it as it reports every bad input.
 */
static enum tables_read read_tables(const struct input *in,
				    struct objbuf *buf, size_t *len)
{
	struct byterange hdr = { .off = 0, .end = sizeof(Elf64_Ehdr) }, sh;
	bool check_eof = in->off < 0;	/* a file of its own */
	uint64_t size, shnum;

	buf->fd = open(in->path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	if (buf->fd < 0)
		return TABLES_NOT;
	if (!tables_extent(buf->fd, in, &size, &buf->base) ||
	    size < sizeof(Elf64_Ehdr) || size >= SIZE_MAX / 2)
		goto not;
	objbuf_reserve(buf, (size_t)size + 1);
	*len = (size_t)size;
	if (size <= TABLES_SMALL)	/* all of it, in one pread() */
		hdr.end = size;
	if (!read_range(buf, &hdr, check_eof && hdr.end == size))
		goto not;
	if (!tables_header((const unsigned char *)buf->p, size, buf, &shnum))
		return read_rest(buf, hdr.end, size, check_eof);
	if (hdr.end == size) {
		GROW(buf->range, buf->caprange, 1);
		buf->range[0] = hdr;
		buf->nrange = 1;
		goto done;
	}
	sh = (struct byterange){ .off = buf->sh_off, .end = buf->sh_end };
	if (!read_range(buf, &sh, check_eof && sh.end == size) ||
	    !table_ranges(buf, shnum, size, check_eof) ||
	    !read_ranges(buf, size, check_eof))
		goto not;
done:
	free(buf->late_err);
	buf->late_err = NULL;
	return TABLES_READ;
not:
	close(buf->fd);
	buf->fd = -1;
	return TABLES_NOT;
}

/*
 * Where bytes [@off, @end) of the object are in @buf, or NULL when they
 * were not read (ELFOBJ_TABLES).
 */
static const unsigned char *range_bytes(const struct objbuf *buf,
					uint64_t off, uint64_t end)
{
	const unsigned char *image = (const unsigned char *)buf->p;
	const struct byterange *r;
	size_t lo = 0, hi = buf->nrange;

	if (end <= sizeof(Elf64_Ehdr) ||
	    (off >= buf->sh_off && end <= buf->sh_end))
		return image + off;
	while (lo < hi) {	/* the last range starting at or before @off */
		size_t mid = lo + (hi - lo) / 2;

		if (buf->range[mid].off <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (!lo || end > buf->range[lo - 1].end)
		return NULL;
	r = &buf->range[lo - 1];
	if (!r->packed)
		return image + off;
	return (const unsigned char *)buf->tabs + r->at + (off - r->off);
}

const unsigned char *elfobj_bytes(const struct elfobj *o, size_t i)
{
	struct esec *s = &o->sec[i];
	struct objbuf *b = o->lazy;
	struct byterange r = { .off = s->offset,
				 .end = s->offset + s->size };

	if (s->bytes || !b || s->type == SHT_NOBITS || s->type == SHT_NULL)
		return s->bytes;
	if (b->late_err)
		return NULL;
	errno = 0;
	if (!read_range(b, &r, false)) {	/* (into the image) */
		b->late_err = xasprintf("section %zu (%s): %s", i, s->name,
					errno ? strerror(errno) :
						"file shrank while being read");
		return NULL;
	}
	s->bytes = (const unsigned char *)b->p + s->offset;
	return s->bytes;
}

/*
 * The ELF header and the extent of the section header table, checked on
 * the raw bytes before libelf sees them: libelf's own messages for these
 * ("invalid ELF file data", or none at all) do not say what is wrong.
 * Every count is checked against the file size here, so nothing later
 * allocates more than the file could describe.
 */
static int check_header(struct elfobj *o, const unsigned char *p, size_t len)
{
	struct ehdr_fields h;
	size_t ehsize, shsize;

	if (len < EI_NIDENT)
		return fail(o, "truncated ELF header: %zu of %d bytes", len,
			    EI_NIDENT);
	if (p[EI_CLASS] != ELFCLASS32 && p[EI_CLASS] != ELFCLASS64)
		return fail(o, "unknown ELF class %u", p[EI_CLASS]);
	if (p[EI_DATA] != ELFDATA2LSB && p[EI_DATA] != ELFDATA2MSB)
		return fail(o, "unknown ELF byte order %u", p[EI_DATA]);
	ehsize = p[EI_CLASS] == ELFCLASS64 ? sizeof(Elf64_Ehdr) :
					      sizeof(Elf32_Ehdr);
	if (len < ehsize)
		return fail(o, "truncated ELF header: %zu of %llu bytes", len,
			    (unsigned long long)ehsize);
	ehdr_fields(p, &h);
	shsize = h.is64 ? sizeof(Elf64_Shdr) : sizeof(Elf32_Shdr);
	if (h.type != ET_REL)
		return fail(o, "not a relocatable object: it is %s",
			    type_name(h.type));
	if (!h.shoff)
		return fail(o, "no section header table");
	if (h.shentsize != shsize)
		return fail(o, "section header size %llu, expected %zu",
			    (unsigned long long)h.shentsize, shsize);
	if (h.shoff > len || len - h.shoff < h.shentsize)
		return fail(o, "truncated: section header table at offset %llu is past the end of the file (%zu bytes)",
			    (unsigned long long)h.shoff, len);
	/* more than 65279 sections: the numbers are in section 0 */
	if (h.shnum == 0)
		h.shnum = h.is64 ? get_u64(p + h.shoff + 32, h.msb) :
				   get_u32(p + h.shoff + 20, h.msb);
	if (h.shstrndx == SHN_XINDEX)
		h.shstrndx = get_u32(p + h.shoff + (h.is64 ? 40 : 24), h.msb);
	if (h.shnum == 0)
		return fail(o, "no sections");
	if (h.shnum > (len - h.shoff) / h.shentsize)
		return fail(o, "truncated: section header table (%llu entries at offset %llu) runs past the end of the file (%zu bytes)",
			    (unsigned long long)h.shnum,
			    (unsigned long long)h.shoff, len);
	if (h.shstrndx == SHN_UNDEF || h.shstrndx >= h.shnum)
		return fail(o, "section name table index %llu out of range (%llu sections)",
			    (unsigned long long)h.shstrndx,
			    (unsigned long long)h.shnum);
	return 0;
}

/* The size of one entry of a section of this type; 0: not a table. */
static size_t entry_size(const struct elfobj *o, uint32_t type)
{
	switch (type) {
	case SHT_SYMTAB:
		return o->is64 ? sizeof(Elf64_Sym) : sizeof(Elf32_Sym);
	case SHT_RELA:
		return o->is64 ? sizeof(Elf64_Rela) : sizeof(Elf32_Rela);
	case SHT_REL:
		return o->is64 ? sizeof(Elf64_Rel) : sizeof(Elf32_Rel);
	case SHT_SYMTAB_SHNDX:
		return sizeof(Elf32_Word);
	default:
		return 0;
	}
}

/* Where section @i's bytes are in the file, and the table entry size. */
static int check_extent(struct elfobj *o, size_t i, const char *name,
			const GElf_Shdr *sh, size_t len)
{
	size_t esz = entry_size(o, sh->sh_type);

	if (sh->sh_type == SHT_NOBITS || sh->sh_type == SHT_NULL)
		return 0;
	if (sh->sh_offset > len || sh->sh_size > len - sh->sh_offset)
		return fail(o, "section %zu (%s): truncated: %llu bytes at offset %llu run past the end of the file (%zu bytes)",
			    i, name, (unsigned long long)sh->sh_size,
			    (unsigned long long)sh->sh_offset, len);
	/* libelf would hand out the compressed bytes, not the entries */
	if ((esz || sh->sh_type == SHT_STRTAB) &&
	    (sh->sh_flags & SHF_COMPRESSED))
		return fail(o, "section %zu (%s): a compressed symbol, string or relocation table",
			    i, name);
	if (!esz)
		return 0;
	if (sh->sh_entsize != esz)
		return fail(o, "section %zu (%s): entry size %llu, expected %zu",
			    i, name, (unsigned long long)sh->sh_entsize, esz);
	if (sh->sh_size % esz)
		return fail(o, "section %zu (%s): size %llu is not a multiple of the entry size %zu",
			    i, name, (unsigned long long)sh->sh_size, esz);
	return 0;
}

/* Where a section, or the ELF header or section header table, lies. */
struct span {
	uint64_t off, size;
	size_t sec;	/* SIZE_MAX: ELF header; SIZE_MAX - 1: shdrs */
	unsigned int pile;	/* for deal_spans() */
};

static int cmp_span(const void *a, const void *b)
{
	const struct span *x = a, *y = b;

	if (x->off != y->off)
		return x->off < y->off ? -1 : 1;
	return x->sec < y->sec ? -1 : x->sec > y->sec;
}

static bool span_before(const struct span *x, const struct span *y)
{
	return x->off != y->off ? x->off < y->off : x->sec < y->sec;
}

#define SPAN_PILES 8

/*
 * Deal @n spans, in section order, onto at most SPAN_PILES ascending
 * piles by (offset, section): an assembler's output is a few ascending
 * runs taken in turn (contents, their relocations, the symbol and string
 * tables).  @ord (room for @n) gets the span indexes pile by pile, @start
 * where each pile begins there.  The number of piles, or 0 when more
 * would be needed.
 */
static unsigned int deal_spans(struct span *sp, size_t n, uint32_t *ord,
			       size_t start[SPAN_PILES + 1])
{
	const struct span *tail[SPAN_PILES];
	size_t pos[SPAN_PILES];
	unsigned int npiles = 0, k;
	size_t i;

	memset(start, 0, (SPAN_PILES + 1) * sizeof(*start));
	for (i = 0; i < n; i++) {
		for (k = 0; k < npiles && span_before(&sp[i], tail[k]); k++)
			;
		if (k == SPAN_PILES)
			return 0;
		if (k == npiles)
			npiles++;
		sp[i].pile = k;
		tail[k] = &sp[i];
		start[k + 1]++;
	}
	for (k = 0; k < npiles; k++) {
		start[k + 1] += start[k];
		pos[k] = start[k];
	}
	for (i = 0; i < n; i++)
		ord[pos[sp[i].pile]++] = (uint32_t)i;
	return npiles;
}

static const char *span_name(const struct elfobj *o, const struct span *s,
			     char *buf, size_t n)
{
	if (s->sec == SIZE_MAX)
		return "the ELF header";
	if (s->sec == SIZE_MAX - 1)
		return "the section header table";
	snprintf(buf, n, "section %zu (%.200s)", s->sec, o->sec[s->sec].name);
	return buf;
}

/*
 * No two sections' bytes may overlap, nor overlap the headers: an
 * assembler never writes that, and a checker that reads one table as
 * another would report nonsense.  Empty sections may share an offset.
 * The spans are visited in (offset, section) order by merging the piles
 * deal_spans() made, each compared with the one that reaches furthest
 * so far; spans too mixed for the piles are sorted with qsort() first.
 * @sp has room for 2 * @n spans.
 */
static int check_overlap(struct elfobj *o, struct span *sp, size_t n)
{
	uint32_t *ord = (uint32_t *)(void *)(sp + n);
	size_t start[SPAN_PILES + 1], pos[SPAN_PILES], i;
	const struct span *last = NULL, *cur;
	unsigned int npiles, k;
	char a[256], b[256];

	npiles = deal_spans(sp, n, ord, start);
	if (!npiles) {
		qsort(sp, n, sizeof(*sp), cmp_span);
		for (i = 0; i < n; i++)
			ord[i] = (uint32_t)i;
		npiles = 1;
		start[0] = 0;
		start[1] = n;
	}
	for (k = 0; k < npiles; k++)
		pos[k] = start[k];
	for (i = 0; i < n; i++) {
		unsigned int best = 0;

		while (pos[best] == start[best + 1])
			best++;
		for (k = best + 1; k < npiles; k++)
			if (pos[k] < start[k + 1] &&
			    span_before(&sp[ord[pos[k]]], &sp[ord[pos[best]]]))
				best = k;
		cur = &sp[ord[pos[best]++]];
		if (last && last->off + last->size > cur->off) {
			const char *na = span_name(o, cur, a, sizeof(a));
			const char *nb = span_name(o, last, b, sizeof(b));

			fail(o, "%s overlaps %s", na, nb);
			return -1;
		}
		if (!last || cur->off + cur->size > last->off + last->size)
			last = cur;
	}
	return 0;
}

/*
 * The NUL-terminated string at @off of string table @s, or NULL: what
 * elf_strptr() returns, without its locking and lookups per call.
 */
static const char *str_at(const struct esec *s, uint64_t off)
{
	const char *p = (const char *)s->bytes;

	if (off >= s->size)
		return NULL;
	if (!p[s->size - 1] || memchr(p + off, '\0', s->size - off))
		return p + off;
	return NULL;
}

/*
 * Sections whose bytes libelf hands out untranslated (ELF_T_BYTE), so
 * that elf_getdata() can neither fail on them once their extent is
 * checked nor change them: they are used in place, from the file's bytes.
 */
static bool plain_bytes(uint32_t type)
{
	return type == SHT_PROGBITS || type == SHT_STRTAB;
}

static bool is_table(uint32_t type)
{
	return type == SHT_SYMTAB || type == SHT_SYMTAB_SHNDX ||
	       type == SHT_REL || type == SHT_RELA;
}

/*
 * libelf's view of every other section: its translated array for the
 * tables read here, and for the rest only the check that libelf can read
 * it (elf_getdata() refuses, for instance, a SHT_GROUP or SHT_INIT_ARRAY
 * whose size is not a multiple of its entries).
 */
static int read_data(struct elfobj *o, size_t i)
{
	struct esec *s = &o->sec[i];
	Elf_Data *d;

	if (s->type == SHT_NOBITS || s->type == SHT_NULL ||
	    plain_bytes(s->type))
		return 0;
	/*
	 * In the host's byte order libelf's translation of a table is the
	 * file's bytes (its layout is the file's, and entries are read with
	 * memcpy(), so alignment does not matter), and elf_getdata() could
	 * only refuse what check_extent() has refused: use them in place.
	 */
	if (is_table(s->type) && o->msb == HOST_MSB) {
		s->table = s->bytes;
		s->nent = s->size / entry_size(o, s->type);
		return 0;
	}
	d = elf_getdata(elf_getscn(o->elf, i), NULL);
	if (!d && s->size)
		return fail(o, "section %zu (%s): cannot read its data: %s",
			    i, s->name, elf_errmsg(-1));
	if (d && is_table(s->type)) {
		s->table = d->d_buf;
		s->nent = d->d_size / entry_size(o, s->type);
	}
	return 0;
}

/*
 * Where the bytes of the section of header @sh are: in the image, or for
 * an object read in parts (ELFOBJ_TABLES) where range_bytes() says; NULL
 * for code or data not read yet.  Any other section not read whole (one
 * that runs into the section header table: an overlap the checks report)
 * is pointed at in the image, as for a whole read.  Bytes that libelf may
 * be asked for (all but the packable() ones) are in the image: those
 * that a packed run holds are copied there.
 */
static const unsigned char *section_bytes(const struct elfobj *o,
					  struct objbuf *buf,
					  const GElf_Shdr *sh)
{
	unsigned char *image = (unsigned char *)buf->p + sh->sh_offset;
	const unsigned char *p;

	if (!o->lazy || !sh->sh_size)
		return image;
	p = range_bytes(buf, sh->sh_offset, sh->sh_offset + sh->sh_size);
	if (!p)		/* code and data come later (elfobj_bytes()) */
		return sh->sh_type == SHT_PROGBITS ? NULL : image;
	if (p == image || packable(sh->sh_type, o->msb))
		return p;
	memcpy(image, p, sh->sh_size);
	return image;
}

static int read_sections(struct elfobj *o, struct objbuf *buf,
			 size_t shstrndx, size_t len)
{
	struct span *sp;
	size_t nsp = 0;
	GElf_Ehdr eh;
	Elf_Scn *strscn = elf_getscn(o->elf, shstrndx);
	struct esec names = { 0 };
	GElf_Shdr sh;
	size_t i;

	if (!strscn || !gelf_getshdr(strscn, &sh))
		return fail(o, "section %zu: bad header: %s", shstrndx,
			    elf_errmsg(-1));
	if (sh.sh_type != SHT_STRTAB)
		return fail(o, "section name table (section %zu) is not a string table",
			    shstrndx);
	if (check_extent(o, shstrndx, "section names", &sh, len))
		return -1;
	names.bytes = section_bytes(o, buf, &sh);	/* (SHT_STRTAB) */
	names.size = sh.sh_size;
	if (!gelf_getehdr(o->elf, &eh))
		return fail(o, "bad ELF header: %s", elf_errmsg(-1));
	GROW(buf->sec, buf->capsec, o->nsec);
	GROW(buf->span, buf->capspan, 2 * (o->nsec + 2));
	o->sec = buf->sec;
	sp = buf->span;
	memset(o->sec, 0, o->nsec * sizeof(*o->sec));
	sp[nsp++] = (struct span){ 0, o->is64 ? sizeof(Elf64_Ehdr) :
						  sizeof(Elf32_Ehdr),
				   SIZE_MAX, 0 };
	for (i = 0; i < o->nsec; i++) {
		Elf_Scn *scn = elf_getscn(o->elf, i);
		struct esec *s = &o->sec[i];

		if (!scn || !gelf_getshdr(scn, &sh))
			return fail(o, "section %zu: bad header: %s", i,
				    elf_errmsg(-1));
		s->name = i ? str_at(&names, sh.sh_name) : "";
		if (!s->name)
			return fail(o, "section %zu: name offset %u out of range",
				    i, sh.sh_name);
		if (check_extent(o, i, s->name, &sh, len))
			return -1;
		s->offset = sh.sh_offset;
		if (sh.sh_type != SHT_NOBITS && sh.sh_type != SHT_NULL) {
			/* ELFOBJ_TABLES: elfobj_bytes() reads the rest */
			s->bytes = section_bytes(o, buf, &sh);
			if (sh.sh_size)
				sp[nsp++] = (struct span){ sh.sh_offset,
							   sh.sh_size, i, 0 };
		}
		s->type = sh.sh_type;
		s->link = sh.sh_link;
		s->info = sh.sh_info;
		s->flags = sh.sh_flags;
		s->size = sh.sh_size;
		s->align = sh.sh_addralign;
	}
	/* last: the table is at the end of an assembler's output */
	sp[nsp++] = (struct span){ eh.e_shoff,
				   (uint64_t)o->nsec * eh.e_shentsize,
				   SIZE_MAX - 1, 0 };
	if (check_overlap(o, sp, nsp))
		return -1;
	for (i = 0; i < o->nsec; i++)
		if (read_data(o, i))
			return -1;
	return 0;
}

/* Symbol @i of the symbol table: libelf's entry, in the 64-bit form. */
static void get_sym(const struct elfobj *o, const void *tab, size_t i,
		    GElf_Sym *s)
{
	if (o->is64) {
		memcpy(s, (const Elf64_Sym *)tab + i, sizeof(*s));
	} else {
		Elf32_Sym e;

		memcpy(&e, (const Elf32_Sym *)tab + i, sizeof(e));
		s->st_name = e.st_name;
		s->st_info = e.st_info;
		s->st_other = e.st_other;
		s->st_shndx = e.st_shndx;
		s->st_value = e.st_value;
		s->st_size = e.st_size;
	}
}

static int read_symbols(struct elfobj *o, struct objbuf *buf)
{
	size_t i, symtab = 0, shndx = 0, strtab, nx = 0;
	const Elf32_Word *xtab = NULL;
	const struct esec *strs;
	const void *tab;

	for (i = 1; i < o->nsec; i++) {
		if (o->sec[i].type == SHT_SYMTAB) {
			if (symtab)
				return fail(o, "more than one symbol table");
			symtab = i;
		}
	}
	if (!symtab)
		return fail(o, "no symbol table");
	for (i = 1; i < o->nsec; i++)
		if (o->sec[i].type == SHT_SYMTAB_SHNDX &&
		    o->sec[i].link == symtab)
			shndx = i;
	strtab = o->sec[symtab].link;
	if (strtab == 0 || strtab >= o->nsec ||
	    o->sec[strtab].type != SHT_STRTAB)
		return fail(o, "symbol table: string table index %zu is not a string table",
			    strtab);
	strs = &o->sec[strtab];
	tab = o->sec[symtab].table;
	if (!tab && o->sec[symtab].size)
		return fail(o, "empty symbol table");
	if (shndx) {
		xtab = o->sec[shndx].table;
		nx = o->sec[shndx].nent;
	}
	o->nsym = o->sec[symtab].nent;
	o->nlocal = o->sec[symtab].info;
	if (o->nlocal > o->nsym)
		return fail(o, "symbol table: first global %zu beyond %zu symbols",
			    o->nlocal, o->nsym);
	GROW(buf->sym, buf->capsym, o->nsym);
	o->sym = buf->sym;
	for (i = 0; i < o->nsym; i++) {
		struct esym *e = &o->sym[i];
		GElf_Sym s;

		get_sym(o, tab, i, &s);
		/* gelf_getsymshndx() wants an entry for every symbol */
		if (s.st_shndx == SHN_XINDEX && shndx && i >= nx)
			return fail(o, "symbol %zu: no SHN_XINDEX entry", i);
		e->name = str_at(strs, s.st_name);
		if (!e->name)
			return fail(o, "symbol %zu: name offset %u out of range",
				    i, s.st_name);
		e->value = s.st_value;
		e->bind = GELF_ST_BIND(s.st_info);
		e->type = GELF_ST_TYPE(s.st_info);
		e->raw_shndx = s.st_shndx;
		if (s.st_shndx == SHN_XINDEX) {
			if (!shndx)
				return fail(o, "symbol %zu (%s) uses SHN_XINDEX but there is no SHT_SYMTAB_SHNDX section",
					    i, e->name);
			memcpy(&e->shndx, xtab + i, sizeof(e->shndx));
		} else if (s.st_shndx >= SHN_LORESERVE) {
			e->shndx = SEC_NONE;
			continue;
		} else {
			e->shndx = s.st_shndx;
		}
		if (e->shndx >= o->nsec)
			return fail(o, "symbol %zu (%s): section index %u out of range",
				    i, e->name, e->shndx);
	}
	return 0;
}

/*
 * The first relocation of @s whose symbol index or offset is out of range
 * (or the count): only r_offset and r_info's symbol are read, in a loop
 * the compiler specialises for each of the four entry layouts (called
 * with constants).  MIPS64 splits r_info its own way: elfobj_reloc().
 */
static inline size_t first_bad_reloc(const struct elfobj *o,
				     const struct esec *s, uint64_t tsize,
				     bool is64, bool rela)
{
	const size_t esz = is64 ? (rela ? sizeof(Elf64_Rela) :
					  sizeof(Elf64_Rel)) :
				  (rela ? sizeof(Elf32_Rela) :
					  sizeof(Elf32_Rel));
	const unsigned char *p = s->table;
	size_t j;

	for (j = 0; j < s->nent; j++, p += esz) {
		uint64_t off, info;
		uint32_t off32, info32, sym;

		if (is64) {
			memcpy(&off, p, sizeof(off));
			memcpy(&info, p + sizeof(off), sizeof(info));
			sym = (uint32_t)ELF64_R_SYM(info);
		} else {
			memcpy(&off32, p, sizeof(off32));
			memcpy(&info32, p + sizeof(off32), sizeof(info32));
			off = off32;
			sym = ELF32_R_SYM(info32);
		}
		if (sym >= o->nsym || off >= tsize)
			return j;
	}
	return j;
}

static size_t first_bad(const struct elfobj *o, size_t relsec, uint64_t tsize)
{
	const struct esec *s = &o->sec[relsec];
	bool rela = s->type == SHT_RELA;
	struct reloc r;
	size_t j;

	if (o->is64 && o->machine == EM_MIPS) {
		for_each_reloc(o, relsec, j, &r)
			if (r.sym >= o->nsym || r.offset >= tsize)
				break;
		return j;
	}
	if (o->is64)
		return rela ? first_bad_reloc(o, s, tsize, true, true) :
			      first_bad_reloc(o, s, tsize, true, false);
	return rela ? first_bad_reloc(o, s, tsize, false, true) :
		      first_bad_reloc(o, s, tsize, false, false);
}

static int check_relocs(struct elfobj *o)
{
	struct reloc r;
	size_t i, j;

	for (i = 1; i < o->nsec; i++) {
		const struct esec *s = &o->sec[i];
		const struct esec *t;

		if (!esec_is_reloc(s))
			continue;
		if (s->link >= o->nsec || o->sec[s->link].type != SHT_SYMTAB)
			return fail(o, "relocation section %zu (%s): sh_link %u is not the symbol table",
				    i, s->name, s->link);
		if (s->info == 0 || s->info >= o->nsec)
			return fail(o, "relocation section %zu (%s): applies to section %u, out of range",
				    i, s->name, s->info);
		t = &o->sec[s->info];
		j = first_bad(o, i, t->size);
		if (j == s->nent)
			continue;
		elfobj_reloc(o, i, j, &r);
		if (r.sym >= o->nsym)
			return fail(o, "relocation section %zu (%s): entry %zu: symbol index %u out of range",
				    i, s->name, j, r.sym);
		return fail(o, "relocation section %zu (%s): entry %zu: offset 0x%llx beyond section %s",
			    i, s->name, j, (unsigned long long)r.offset,
			    t->name);
	}
	return 0;
}

int elfobj_open(struct elfobj *o, const struct input *in, struct objbuf *buf,
		enum elfobj_read how)
{
	size_t shstrndx, len = 0;
	char why[256];
	GElf_Ehdr eh;

	memset(o, 0, sizeof(*o));
	o->display = in->display;
	switch (how == ELFOBJ_TABLES ? read_tables(in, buf, &len) : TABLES_NOT) {
	case TABLES_READ:
		o->lazy = buf;
		break;
	case TABLES_WHOLE:
		break;
	case TABLES_NOT:
		if (read_bytes(o, in, buf, &len))
			return -1;
		break;
	}
	/* a compressed module (.ko.xz, .ko.zst, .ko.gz) is expanded here */
	if (!o->lazy && decompress_objbuf(buf, &len, why, sizeof(why)))
		return fail(o, "%s", why);
	if (len >= SELFMAG && !memcmp(buf->p, ELFMAG, SELFMAG) &&
	    check_header(o, (const unsigned char *)buf->p, len))
		return -1;
	o->elf = elf_memory(buf->p, len);
	if (!o->elf)
		return fail(o, "cannot read: %s", elf_errmsg(-1));
	if (elf_kind(o->elf) != ELF_K_ELF) {
		if (is_bitcode((const unsigned char *)buf->p, len))
			return fail(o, "LLVM bitcode, not ELF (an LTO build?): modpost-lite needs the ELF objects of a non-LTO build");
		if (elf_kind(o->elf) == ELF_K_AR)
			return fail(o, "archive inside an archive");
		return fail(o, "not an ELF object file");
	}
	if (!gelf_getehdr(o->elf, &eh))
		return fail(o, "bad ELF header: %s", elf_errmsg(-1));
	if (eh.e_ident[EI_CLASS] != ELFCLASS32 &&
	    eh.e_ident[EI_CLASS] != ELFCLASS64)
		return fail(o, "unknown ELF class %u", eh.e_ident[EI_CLASS]);
	if (eh.e_ident[EI_DATA] != ELFDATA2LSB &&
	    eh.e_ident[EI_DATA] != ELFDATA2MSB)
		return fail(o, "unknown ELF byte order %u", eh.e_ident[EI_DATA]);
	if (eh.e_type != ET_REL)
		return fail(o, "not a relocatable object: it is %s",
			    type_name(eh.e_type));
	o->is64 = eh.e_ident[EI_CLASS] == ELFCLASS64;
	o->msb = eh.e_ident[EI_DATA] == ELFDATA2MSB;
	o->machine = eh.e_machine;
	o->arch = arch_find(o->machine);
	if (elf_getshdrnum(o->elf, &o->nsec) || o->nsec == 0)
		return fail(o, "bad section header table: %s", elf_errmsg(-1));
	if (elf_getshdrstrndx(o->elf, &shstrndx) || shstrndx >= o->nsec)
		return fail(o, "bad section name table index: %s",
			    elf_errmsg(-1));
	if (read_sections(o, buf, shstrndx, len) || read_symbols(o, buf) ||
	    check_relocs(o))
		return -1;
	return 0;
}

void elfobj_close(struct elfobj *o)
{
	if (o->elf)
		elf_end(o->elf);
	o->elf = NULL;
	if (o->lazy) {
		close(o->lazy->fd);
		o->lazy->fd = -1;
		o->lazy = NULL;
	}
	o->sec = NULL;
	o->sym = NULL;
	o->nsec = o->nsym = 0;
}

void objbuf_free(struct objbuf *buf)
{
	free(buf->p);
	free(buf->tabs);
	free(buf->z);
	free(buf->sec);
	free(buf->sym);
	free(buf->span);
	free(buf->range);
	free(buf->late_err);
	memset(buf, 0, sizeof(*buf));
}
