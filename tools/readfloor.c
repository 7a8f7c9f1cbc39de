// SPDX-License-Identifier: GPL-2.0-only
/*
 * The benchmark's floor: read, single-threaded, the bytes any checker of
 * these objects must read, as cheaply as this machine allows, and do
 * nothing with them.  Those bytes are the ELF header, the section header
 * table and every symbol table (with its SHT_SYMTAB_SHNDX), string table
 * (symbol and section names) and relocation table.  Per object: open(),
 * one pread() of the ELF header, one of the section header table, then
 * one pread() per run of those sections that lie next to each other in
 * the file (an assembler writes them in one or two blocks after the
 * contents), into one buffer reused from file to file, and close().
 *
 * libelf is not used here: its lazy file mode (elf_begin(ELF_C_READ) and
 * elf_getdata()) does one pread() and one malloc() per section, which
 * made the floor 1.6 times slower on the corpus (0.055 s against
 * 0.033 s): that is libelf's cost, not the cost of reading.
 *
 * With -w, read every whole file with one pread() instead (open, fstat,
 * pread, close: what modpost-lite does).  The benchmark takes the faster
 * of the two as the floor.
 *
 * Usage: readfloor [-w] FILE... (or @LIST).  Prints the bytes read.
 */
#include <elf.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Sections whose bytes are apart by at most this much are read at once. */
#define GAP 64

struct rbuf {
	char *p;
	size_t cap;
};

struct range {
	uint64_t off, end;
};

static void *reserve(struct rbuf *b, size_t n)
{
	if (n > b->cap) {
		free(b->p);
		b->cap = n;
		b->p = malloc(n);
		if (!b->p)
			exit(2);
	}
	return b->p;
}

static bool readall(int fd, void *p, size_t n, uint64_t off)
{
	return pread(fd, p, n, (off_t)off) == (ssize_t)n;
}

static uint64_t get(const unsigned char *p, size_t n, bool msb)
{
	uint64_t v = 0;
	size_t i;

	for (i = 0; i < n; i++)
		v = msb ? v << 8 | p[i] : v | (uint64_t)p[i] << (8 * i);
	return v;
}

static bool needed(uint32_t type)
{
	return type == SHT_SYMTAB || type == SHT_SYMTAB_SHNDX ||
	       type == SHT_STRTAB || type == SHT_RELA || type == SHT_REL;
}

static int cmp_range(const void *a, const void *b)
{
	const struct range *x = a, *y = b;

	return x->off < y->off ? -1 : x->off > y->off;
}

/* The sections any checker needs, in runs of neighbouring ones. */
static unsigned long long read_sections(int fd, const unsigned char *sh,
					size_t shnum, bool is64, bool msb,
					struct rbuf *b)
{
	size_t shsz = is64 ? sizeof(Elf64_Shdr) : sizeof(Elf32_Shdr);
	struct range *r = malloc(shnum * sizeof(*r) + 1);
	unsigned long long bytes = 0;
	size_t i, n = 0, m;

	if (!r)
		exit(2);
	for (i = 1; i < shnum; i++) {
		const unsigned char *s = sh + i * shsz;
		uint64_t off, size;

		if (!needed((uint32_t)get(s + 4, 4, msb)))
			continue;
		off = is64 ? get(s + 24, 8, msb) : get(s + 16, 4, msb);
		size = is64 ? get(s + 32, 8, msb) : get(s + 20, 4, msb);
		if (size)
			r[n++] = (struct range){ off, off + size };
	}
	qsort(r, n, sizeof(*r), cmp_range);
	for (i = 0, m = 0; i < n; i++) {
		if (m && r[i].off <= r[m - 1].end + GAP) {
			if (r[i].end > r[m - 1].end)
				r[m - 1].end = r[i].end;
		} else {
			r[m++] = r[i];
		}
	}
	for (i = 0; i < m; i++) {
		size_t len = (size_t)(r[i].end - r[i].off);

		if (readall(fd, reserve(b, len), len, r[i].off))
			bytes += len;
	}
	free(r);
	return bytes;
}

static unsigned long long read_needed(int fd, struct rbuf *b)
{
	unsigned char eh[sizeof(Elf64_Ehdr)], *sh;
	unsigned long long bytes = 0;
	uint64_t shoff, shnum, shsz;
	bool is64, msb;

	ssize_t n = pread(fd, eh, sizeof(eh), 0);	/* either class's */

	if (n < (ssize_t)sizeof(Elf32_Ehdr) || memcmp(eh, ELFMAG, SELFMAG))
		return 0;
	is64 = eh[EI_CLASS] == ELFCLASS64;
	msb = eh[EI_DATA] == ELFDATA2MSB;
	if (is64 && n < (ssize_t)sizeof(Elf64_Ehdr))
		return 0;
	bytes += is64 ? sizeof(Elf64_Ehdr) : sizeof(Elf32_Ehdr);
	shoff = is64 ? get(eh + 40, 8, msb) : get(eh + 32, 4, msb);
	shnum = get(eh + (is64 ? 60 : 48), 2, msb);
	shsz = is64 ? sizeof(Elf64_Shdr) : sizeof(Elf32_Shdr);
	if (!shoff || !shnum)
		return bytes;	/* (extended numbering: not in the corpus) */
	sh = malloc(shnum * shsz);
	if (!sh)
		exit(2);
	if (readall(fd, sh, shnum * shsz, shoff))
		bytes += shnum * shsz +
			 read_sections(fd, sh, shnum, is64, msb, b);
	free(sh);
	return bytes;
}

static unsigned long long read_whole(int fd, struct rbuf *b)
{
	struct stat st;

	if (fstat(fd, &st) || !st.st_size)
		return 0;
	if (!readall(fd, reserve(b, (size_t)st.st_size), (size_t)st.st_size,
		     0))
		return 0;
	return (unsigned long long)st.st_size;
}

static unsigned long long read_one(const char *path, bool whole,
				   struct rbuf *b)
{
	unsigned long long bytes;
	int fd = open(path, O_RDONLY);

	if (fd < 0)
		return 0;
	bytes = whole ? read_whole(fd, b) : read_needed(fd, b);
	close(fd);
	return bytes;
}

int main(int argc, char **argv)
{
	unsigned long long total = 0;
	struct rbuf b = { NULL, 0 };
	bool whole = false;
	char line[4096];
	int i = 1;

	if (i < argc && !strcmp(argv[i], "-w")) {
		whole = true;
		i++;
	}
	for (; i < argc; i++) {
		FILE *f;

		if (argv[i][0] != '@') {
			total += read_one(argv[i], whole, &b);
			continue;
		}
		f = fopen(argv[i] + 1, "r");
		if (!f)
			return 2;
		while (fgets(line, sizeof(line), f)) {
			line[strcspn(line, "\n")] = '\0';
			total += read_one(line, whole, &b);
		}
		fclose(f);
	}
	free(b.p);
	printf("%llu\n", total);
	return 0;
}
