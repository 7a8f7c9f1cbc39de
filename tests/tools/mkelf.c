// SPDX-License-Identifier: GPL-2.0-only
/*
 * mkelf - write a small relocatable ELF object from a text description.
 *
 * Used by modpost-lite's tests to make objects for machines without a
 * cross toolchain (LoongArch), with relocation types a compiler would not
 * emit where we want them, or with more than 65279 sections.
 *
 * Usage: mkelf -o OUT.o [SPEC]      (SPEC defaults to standard input)
 *
 * SPEC is line based; '#' starts a comment; fields are blank separated.
 * Numbers are C style (0x.. hex, 0.. octal, decimal, optional '-').
 *
 *   elf CLASS DATA MACHINE [FLAGS]
 *	CLASS 32|64, DATA lsb|msb, MACHINE a number or one of x86_64 i386
 *	arm aarch64 mips ppc ppc64 riscv loongarch s390 sparcv9 parisc.
 *	Must come first.
 *   section NAME [TYPE [FLAGS [ALIGN]]]
 *	TYPE progbits (default), nobits, note; FLAGS letters from "awx"
 *	or "-" (default "a"); ALIGN default 4. Every section gets a
 *	(nameless, local) STT_SECTION symbol, referred to as "@NAME".
 *   bytes SECTION HEX...		append bytes, e.g. "bytes .text 00 ff"
 *   fill SECTION COUNT [BYTE]	append COUNT copies of BYTE (default 0)
 *   word SECTION SIZE VALUE...	append SIZE (1/2/4/8) byte values in the
 *				object's byte order
 *   symbol NAME SECTION VALUE [SIZE [BIND [TYPE]]]
 *	SECTION: a section name, UND or ABS. BIND local|global|weak
 *	(default global), TYPE notype|object|func|section|file (default
 *	notype). Locals are written before globals, each in spec order.
 *   rel SECTION OFFSET TYPE SYM		an SHT_REL entry (in .relSECTION)
 *   rela SECTION OFFSET TYPE SYM [ADDEND]	an SHT_RELA entry (in .relaSECTION)
 *	TYPE a number or a name from the small table below; SYM a symbol
 *	name, "@SECTION" for the section symbol, or "-" for index 0.
 *	For 64-bit MIPS the r_info field uses MIPS64's own layout.
 *
 * Relocation sections come after all other sections, then .symtab,
 * .symtab_shndx (only when needed), .strtab and .shstrtab. Section
 * counts >= SHN_LORESERVE use the ELF extended numbering (e_shnum = 0,
 * e_shstrndx = SHN_XINDEX, symbol st_shndx = SHN_XINDEX + .symtab_shndx).
 */
#include <errno.h>
#include <fcntl.h>
#include <gelf.h>
#include <libelf.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef EM_LOONGARCH
#define EM_LOONGARCH 258
#endif
#ifndef EM_RISCV
#define EM_RISCV 243
#endif
#ifndef SHT_SYMTAB_SHNDX
#define SHT_SYMTAB_SHNDX 18
#endif

static const char *spec_name = "<stdin>";
static unsigned long lineno;

static void die(const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "mkelf: %s:%lu: ", spec_name, lineno);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(1);
}

static void die_elf(const char *what)
{
	fprintf(stderr, "mkelf: %s: %s\n", what, elf_errmsg(-1));
	exit(1);
}

static void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p) {
		fprintf(stderr, "mkelf: out of memory\n");
		exit(1);
	}
	return p;
}

static char *xstrdup(const char *s)
{
	size_t n = strlen(s) + 1;

	return memcpy(xrealloc(NULL, n), s, n);
}

/* ---- a string -> index hash table ---- */

struct hash {
	char **keys;
	size_t *vals;
	size_t size, used;
};

static uint64_t hash_str(const char *s)
{
	uint64_t h = 1469598103934665603ULL;

	while (*s)
		h = (h ^ (unsigned char)*s++) * 1099511628211ULL;
	return h;
}

static void hash_put(struct hash *h, const char *key, size_t val);

static void hash_grow(struct hash *h)
{
	struct hash n = { 0 };
	size_t i;

	n.size = h->size ? h->size * 2 : 1024;
	n.keys = xrealloc(NULL, n.size * sizeof(*n.keys));
	n.vals = xrealloc(NULL, n.size * sizeof(*n.vals));
	memset(n.keys, 0, n.size * sizeof(*n.keys));
	for (i = 0; i < h->size; i++)
		if (h->keys[i])
			hash_put(&n, h->keys[i], h->vals[i]);
	free(h->keys);
	free(h->vals);
	*h = n;
}

static void hash_put(struct hash *h, const char *key, size_t val)
{
	size_t i;

	if ((h->used + 1) * 2 > h->size)
		hash_grow(h);
	for (i = hash_str(key) & (h->size - 1); h->keys[i];
	     i = (i + 1) & (h->size - 1))
		if (!strcmp(h->keys[i], key)) {
			h->vals[i] = val;
			return;
		}
	h->keys[i] = (char *)key;
	h->vals[i] = val;
	h->used++;
}

static int hash_get(const struct hash *h, const char *key, size_t *val)
{
	size_t i;

	if (!h->size)
		return 0;
	for (i = hash_str(key) & (h->size - 1); h->keys[i];
	     i = (i + 1) & (h->size - 1))
		if (!strcmp(h->keys[i], key)) {
			*val = h->vals[i];
			return 1;
		}
	return 0;
}

/* ---- the object being described ---- */

struct reloc {
	uint64_t offset;
	uint32_t type;
	char *sym;		/* NULL: index 0 */
	int64_t addend;
};

struct relsec {
	struct reloc *r;
	size_t n, cap;
	size_t shndx;		/* of the relocation section, once laid out */
};

struct section {
	char *name;
	uint32_t type;
	uint64_t flags, align;
	unsigned char *data;
	size_t size, cap;
	struct relsec rel, rela;
	size_t shndx;
};

struct symbol {
	char *name;
	char *secname;		/* NULL for UND/ABS */
	unsigned int special;	/* SHN_UNDEF or SHN_ABS when secname is NULL */
	uint64_t value, size;
	unsigned char bind, type;
	size_t index;		/* in .symtab, once laid out */
};

static int elf_class, elf_data, have_header;
static unsigned int machine;
static uint64_t eflags;

static struct section *secs;
static size_t nsecs, capsecs;
static struct hash sec_by_name;

static struct symbol *syms;
static size_t nsyms, capsyms;
static struct hash sym_by_name;

static const struct {
	const char *name;
	unsigned int em;
} machines[] = {
	{ "x86_64", EM_X86_64 }, { "i386", EM_386 }, { "arm", EM_ARM },
	{ "aarch64", EM_AARCH64 }, { "mips", EM_MIPS }, { "ppc", EM_PPC },
	{ "ppc64", EM_PPC64 }, { "riscv", EM_RISCV },
	{ "loongarch", EM_LOONGARCH }, { "s390", EM_S390 },
	{ "sparcv9", EM_SPARCV9 }, { "parisc", EM_PARISC },
};

/* Relocation type names accepted in specs (others: use the number). */
static const struct {
	unsigned int em;
	const char *name;
	unsigned int type;
} reltypes[] = {
	{ EM_LOONGARCH, "R_LARCH_NONE", 0 },
	{ EM_LOONGARCH, "R_LARCH_32", 1 },
	{ EM_LOONGARCH, "R_LARCH_64", 2 },
	{ EM_LOONGARCH, "R_LARCH_ADD32", 50 },
	{ EM_LOONGARCH, "R_LARCH_SUB32", 55 },
	{ EM_LOONGARCH, "R_LARCH_B26", 66 },
	{ EM_LOONGARCH, "R_LARCH_PCALA_HI20", 71 },
	{ EM_LOONGARCH, "R_LARCH_PCALA_LO12", 72 },
	{ EM_LOONGARCH, "R_LARCH_RELAX", 100 },
	{ EM_LOONGARCH, "R_LARCH_ALIGN", 102 },
	{ EM_LOONGARCH, "R_LARCH_32_PCREL", 99 },
	{ EM_RISCV, "R_RISCV_NONE", 0 },
	{ EM_RISCV, "R_RISCV_32", 1 },
	{ EM_RISCV, "R_RISCV_64", 2 },
	{ EM_RISCV, "R_RISCV_CALL_PLT", 19 },
	{ EM_RISCV, "R_RISCV_PCREL_HI20", 23 },
	{ EM_RISCV, "R_RISCV_PCREL_LO12_I", 24 },
	{ EM_RISCV, "R_RISCV_ADD32", 35 },
	{ EM_RISCV, "R_RISCV_SUB32", 39 },
	{ EM_RISCV, "R_RISCV_ALIGN", 43 },
	{ EM_RISCV, "R_RISCV_RELAX", 51 },
	{ EM_RISCV, "R_RISCV_32_PCREL", 57 },
	{ EM_X86_64, "R_X86_64_64", 1 },
	{ EM_X86_64, "R_X86_64_PC32", 2 },
	{ EM_X86_64, "R_X86_64_PLT32", 4 },
	{ EM_X86_64, "R_X86_64_32", 10 },
	{ EM_X86_64, "R_X86_64_32S", 11 },
	{ EM_AARCH64, "R_AARCH64_ABS64", 257 },
	{ EM_AARCH64, "R_AARCH64_CALL26", 283 },
};

static long long parse_num(const char *s)
{
	char *end;
	long long v;

	errno = 0;
	if (*s == '-')
		v = -(long long)strtoull(s + 1, &end, 0);
	else
		v = (long long)strtoull(s, &end, 0);
	if (errno || end == s || *end)
		die("bad number '%s'", s);
	return v;
}

static struct section *find_section(const char *name, int must)
{
	size_t i;

	if (hash_get(&sec_by_name, name, &i))
		return &secs[i];
	if (must)
		die("unknown section '%s'", name);
	return NULL;
}

static void need_header(void)
{
	if (!have_header)
		die("the 'elf' line must come first");
}

static void sec_append(struct section *s, const void *p, size_t n)
{
	if (s->type == SHT_NOBITS) {
		s->size += n;
		return;
	}
	if (s->size + n > s->cap) {
		s->cap = (s->size + n) * 2 + 64;
		s->data = xrealloc(s->data, s->cap);
	}
	memcpy(s->data + s->size, p, n);
	s->size += n;
}

static void do_elf(char **f, int n)
{
	size_t i;

	if (have_header)
		die("duplicate 'elf' line");
	if (n < 4)
		die("usage: elf 32|64 lsb|msb MACHINE [FLAGS]");
	if (!strcmp(f[1], "32"))
		elf_class = ELFCLASS32;
	else if (!strcmp(f[1], "64"))
		elf_class = ELFCLASS64;
	else
		die("bad class '%s'", f[1]);
	if (!strcmp(f[2], "lsb"))
		elf_data = ELFDATA2LSB;
	else if (!strcmp(f[2], "msb"))
		elf_data = ELFDATA2MSB;
	else
		die("bad byte order '%s'", f[2]);
	machine = ~0U;
	for (i = 0; i < sizeof(machines) / sizeof(machines[0]); i++)
		if (!strcmp(f[3], machines[i].name))
			machine = machines[i].em;
	if (machine == ~0U)
		machine = (unsigned int)parse_num(f[3]);
	if (n > 4)
		eflags = (uint64_t)parse_num(f[4]);
	have_header = 1;
}

static void do_section(char **f, int n)
{
	struct section *s;
	const char *p;

	need_header();
	if (n < 2)
		die("usage: section NAME [TYPE [FLAGS [ALIGN]]]");
	if (find_section(f[1], 0))
		die("duplicate section '%s'", f[1]);
	if (nsecs == capsecs) {
		capsecs = capsecs ? capsecs * 2 : 64;
		secs = xrealloc(secs, capsecs * sizeof(*secs));
	}
	s = &secs[nsecs];
	memset(s, 0, sizeof(*s));
	s->name = xstrdup(f[1]);
	s->type = SHT_PROGBITS;
	s->flags = SHF_ALLOC;
	s->align = 4;
	if (n > 2) {
		if (!strcmp(f[2], "progbits"))
			s->type = SHT_PROGBITS;
		else if (!strcmp(f[2], "nobits"))
			s->type = SHT_NOBITS;
		else if (!strcmp(f[2], "note"))
			s->type = SHT_NOTE;
		else
			die("bad section type '%s'", f[2]);
	}
	if (n > 3) {
		s->flags = 0;
		for (p = f[3]; *p; p++) {
			if (*p == 'a')
				s->flags |= SHF_ALLOC;
			else if (*p == 'w')
				s->flags |= SHF_WRITE;
			else if (*p == 'x')
				s->flags |= SHF_EXECINSTR;
			else if (*p != '-')
				die("bad section flag '%c'", *p);
		}
	}
	if (n > 4)
		s->align = (uint64_t)parse_num(f[4]);
	hash_put(&sec_by_name, s->name, nsecs);
	nsecs++;
}

static void do_bytes(char **f, int n)
{
	struct section *s;
	unsigned char b;
	int i;

	need_header();
	if (n < 2)
		die("usage: bytes SECTION HEX...");
	s = find_section(f[1], 1);
	for (i = 2; i < n; i++) {
		char *end;
		unsigned long v = strtoul(f[i], &end, 16);

		if (*end || end == f[i] || v > 0xff)
			die("bad byte '%s'", f[i]);
		b = (unsigned char)v;
		sec_append(s, &b, 1);
	}
}

static void do_fill(char **f, int n)
{
	struct section *s;
	long long count;
	unsigned char b = 0;

	need_header();
	if (n < 3)
		die("usage: fill SECTION COUNT [BYTE]");
	s = find_section(f[1], 1);
	count = parse_num(f[2]);
	if (count < 0)
		die("negative fill count");
	if (n > 3)
		b = (unsigned char)parse_num(f[3]);
	while (count--)
		sec_append(s, &b, 1);
}

static void do_word(char **f, int n)
{
	struct section *s;
	unsigned char buf[8];
	long long size;
	int i, j;

	need_header();
	if (n < 4)
		die("usage: word SECTION SIZE VALUE...");
	s = find_section(f[1], 1);
	size = parse_num(f[2]);
	if (size != 1 && size != 2 && size != 4 && size != 8)
		die("bad word size %lld", size);
	for (i = 3; i < n; i++) {
		uint64_t v = (uint64_t)parse_num(f[i]);

		for (j = 0; j < size; j++) {
			int shift = elf_data == ELFDATA2LSB ? j : (int)size - 1 - j;

			buf[j] = (unsigned char)(v >> (8 * shift));
		}
		sec_append(s, buf, (size_t)size);
	}
}

static void do_symbol(char **f, int n)
{
	struct symbol *y;
	size_t dummy;

	need_header();
	if (n < 4)
		die("usage: symbol NAME SECTION VALUE [SIZE [BIND [TYPE]]]");
	if (hash_get(&sym_by_name, f[1], &dummy))
		die("duplicate symbol '%s'", f[1]);
	if (nsyms == capsyms) {
		capsyms = capsyms ? capsyms * 2 : 64;
		syms = xrealloc(syms, capsyms * sizeof(*syms));
	}
	y = &syms[nsyms];
	memset(y, 0, sizeof(*y));
	y->name = xstrdup(f[1]);
	if (!strcmp(f[2], "UND")) {
		y->special = SHN_UNDEF;
	} else if (!strcmp(f[2], "ABS")) {
		y->special = SHN_ABS;
	} else {
		find_section(f[2], 1);
		y->secname = xstrdup(f[2]);
	}
	y->value = (uint64_t)parse_num(f[3]);
	if (n > 4)
		y->size = (uint64_t)parse_num(f[4]);
	y->bind = STB_GLOBAL;
	if (n > 5) {
		if (!strcmp(f[5], "local"))
			y->bind = STB_LOCAL;
		else if (!strcmp(f[5], "global"))
			y->bind = STB_GLOBAL;
		else if (!strcmp(f[5], "weak"))
			y->bind = STB_WEAK;
		else
			die("bad binding '%s'", f[5]);
	}
	y->type = STT_NOTYPE;
	if (n > 6) {
		if (!strcmp(f[6], "notype"))
			y->type = STT_NOTYPE;
		else if (!strcmp(f[6], "object"))
			y->type = STT_OBJECT;
		else if (!strcmp(f[6], "func"))
			y->type = STT_FUNC;
		else if (!strcmp(f[6], "section"))
			y->type = STT_SECTION;
		else if (!strcmp(f[6], "file"))
			y->type = STT_FILE;
		else
			y->type = (unsigned char)parse_num(f[6]);
	}
	hash_put(&sym_by_name, y->name, nsyms);
	nsyms++;
}

static void do_rel(char **f, int n, int rela)
{
	struct section *s;
	struct relsec *rs;
	struct reloc *r;
	size_t i;

	need_header();
	if (n < 5 || (!rela && n > 5) || n > 6)
		die(rela ? "usage: rela SECTION OFFSET TYPE SYM [ADDEND]"
			 : "usage: rel SECTION OFFSET TYPE SYM");
	s = find_section(f[1], 1);
	rs = rela ? &s->rela : &s->rel;
	if (rs->n == rs->cap) {
		rs->cap = rs->cap ? rs->cap * 2 : 16;
		rs->r = xrealloc(rs->r, rs->cap * sizeof(*rs->r));
	}
	r = &rs->r[rs->n++];
	memset(r, 0, sizeof(*r));
	r->offset = (uint64_t)parse_num(f[2]);
	r->type = ~0U;
	for (i = 0; i < sizeof(reltypes) / sizeof(reltypes[0]); i++)
		if (reltypes[i].em == machine && !strcmp(reltypes[i].name, f[3]))
			r->type = reltypes[i].type;
	if (r->type == ~0U)
		r->type = (uint32_t)parse_num(f[3]);
	if (strcmp(f[4], "-")) {
		if (f[4][0] == '@')
			find_section(f[4] + 1, 1);
		r->sym = xstrdup(f[4]);
	}
	if (n > 5)
		r->addend = parse_num(f[5]);
}

static void parse_spec(FILE *in)
{
	char *line = NULL, *p, *f[64];
	size_t cap = 0;
	int n;

	while (getline(&line, &cap, in) > 0) {
		lineno++;
		p = strchr(line, '#');
		if (p)
			*p = '\0';
		n = 0;
		for (p = strtok(line, " \t\r\n"); p; p = strtok(NULL, " \t\r\n")) {
			if (n == 64)
				die("too many fields");
			f[n++] = p;
		}
		if (!n)
			continue;
		if (!strcmp(f[0], "elf"))
			do_elf(f, n);
		else if (!strcmp(f[0], "section"))
			do_section(f, n);
		else if (!strcmp(f[0], "bytes"))
			do_bytes(f, n);
		else if (!strcmp(f[0], "fill"))
			do_fill(f, n);
		else if (!strcmp(f[0], "word"))
			do_word(f, n);
		else if (!strcmp(f[0], "symbol"))
			do_symbol(f, n);
		else if (!strcmp(f[0], "rel"))
			do_rel(f, n, 0);
		else if (!strcmp(f[0], "rela"))
			do_rel(f, n, 1);
		else
			die("unknown directive '%s'", f[0]);
	}
	free(line);
	lineno = 0;
	if (!have_header)
		die("no 'elf' line");
}

/* ---- string tables ---- */

struct strtab {
	char *buf;
	size_t size, cap;
};

static size_t strtab_add(struct strtab *t, const char *s)
{
	size_t n = strlen(s) + 1, off;

	if (!t->size) {
		t->cap = 4096;
		t->buf = xrealloc(NULL, t->cap);
		t->buf[0] = '\0';
		t->size = 1;
	}
	if (!*s)
		return 0;
	if (t->size + n > t->cap) {
		while (t->size + n > t->cap)
			t->cap *= 2;
		t->buf = xrealloc(t->buf, t->cap);
	}
	off = t->size;
	memcpy(t->buf + off, s, n);
	t->size += n;
	return off;
}

/* ---- writing ---- */

static Elf_Scn *new_section(Elf *e, struct strtab *shstr, const char *name,
			    uint32_t type, uint64_t flags, uint64_t align,
			    uint64_t entsize, void *buf, size_t size,
			    Elf_Type dtype, size_t *index)
{
	Elf_Scn *scn = elf_newscn(e);
	Elf_Data *d;
	GElf_Shdr sh;

	if (!scn)
		die_elf("elf_newscn");
	d = elf_newdata(scn);
	if (!d)
		die_elf("elf_newdata");
	d->d_buf = buf;
	d->d_size = size;
	d->d_type = dtype;
	d->d_align = align ? align : 1;
	d->d_version = EV_CURRENT;
	if (!gelf_getshdr(scn, &sh))
		die_elf("gelf_getshdr");
	sh.sh_name = strtab_add(shstr, name);
	sh.sh_type = type;
	sh.sh_flags = flags;
	sh.sh_addralign = align;
	sh.sh_entsize = entsize;
	if (!gelf_update_shdr(scn, &sh))
		die_elf("gelf_update_shdr");
	*index = elf_ndxscn(scn);
	return scn;
}

static void set_link_info(Elf_Scn *scn, uint32_t link, uint32_t info)
{
	GElf_Shdr sh;

	if (!gelf_getshdr(scn, &sh))
		die_elf("gelf_getshdr");
	sh.sh_link = link;
	sh.sh_info = info;
	if (!gelf_update_shdr(scn, &sh))
		die_elf("gelf_update_shdr");
}

static uint64_t r_info(size_t sym, uint32_t type)
{
	if (machine == EM_MIPS && elf_class == ELFCLASS64) {
		/* Elf64_Mips_R_Info: r_sym (4 bytes), ssym, type3, type2, type */
		if (elf_data == ELFDATA2LSB)
			return (uint64_t)sym | ((uint64_t)(type & 0xff) << 56);
		return ((uint64_t)sym << 32) | (type & 0xff);
	}
	/* gelf_update_rel{,a} repack this for ELFCLASS32 */
	return GELF_R_INFO((uint64_t)sym, type);
}

static void write_object(const char *out)
{
	struct strtab shstr = { 0 }, str = { 0 };
	size_t i, j, nsym, nlocal, idx, symtab_idx, strtab_idx, shstr_idx;
	size_t shndx_idx = 0, total_sections;
	size_t *secsym;
	int need_xindex, fd;
	Elf *e;
	GElf_Ehdr eh;
	Elf_Scn *symscn, *scn, **relscns;
	Elf_Data *symdata;
	uint32_t *xshndx = NULL;
	void *symbuf;
	size_t symsize;

	if (elf_version(EV_CURRENT) == EV_NONE)
		die_elf("elf_version");
	fd = open(out, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	if (fd < 0) {
		fprintf(stderr, "mkelf: %s: %s\n", out, strerror(errno));
		exit(1);
	}
	e = elf_begin(fd, ELF_C_WRITE, NULL);
	if (!e)
		die_elf("elf_begin");
	if (!gelf_newehdr(e, elf_class))
		die_elf("gelf_newehdr");
	if (!gelf_getehdr(e, &eh))
		die_elf("gelf_getehdr");
	eh.e_ident[EI_DATA] = elf_data;
	eh.e_ident[EI_OSABI] = ELFOSABI_NONE;
	eh.e_type = ET_REL;
	eh.e_machine = machine;
	eh.e_version = EV_CURRENT;
	eh.e_flags = eflags;
	if (!gelf_update_ehdr(e, &eh))
		die_elf("gelf_update_ehdr");

	strtab_add(&shstr, "");
	strtab_add(&str, "");

	/* user sections */
	for (i = 0; i < nsecs; i++) {
		struct section *s = &secs[i];

		new_section(e, &shstr, s->name, s->type, s->flags, s->align, 0,
			    s->type == SHT_NOBITS ? NULL : s->data, s->size,
			    ELF_T_BYTE, &s->shndx);
	}

	/* the total, to know whether extended numbering is needed */
	total_sections = 1 + nsecs + 3;	/* null, user, symtab/strtab/shstrtab */
	for (i = 0; i < nsecs; i++)
		total_sections += (secs[i].rel.n > 0) + (secs[i].rela.n > 0);
	need_xindex = total_sections + 1 >= SHN_LORESERVE;
	if (need_xindex)
		total_sections++;

	/* symbol table: null, section symbols, locals, globals */
	nsym = 1 + nsecs + nsyms;
	secsym = xrealloc(NULL, nsecs * sizeof(*secsym));
	idx = 1;
	for (i = 0; i < nsecs; i++)
		secsym[i] = idx++;
	for (i = 0; i < nsyms; i++)
		if (syms[i].bind == STB_LOCAL)
			syms[i].index = idx++;
	nlocal = idx;
	for (i = 0; i < nsyms; i++)
		if (syms[i].bind != STB_LOCAL)
			syms[i].index = idx++;

	symsize = gelf_fsize(e, ELF_T_SYM, nsym, EV_CURRENT);
	symbuf = xrealloc(NULL, symsize);
	memset(symbuf, 0, symsize);
	if (need_xindex) {
		xshndx = xrealloc(NULL, nsym * sizeof(*xshndx));
		memset(xshndx, 0, nsym * sizeof(*xshndx));
	}

	/* relocation sections (indices known after creation) */
	relscns = xrealloc(NULL, 2 * nsecs * sizeof(*relscns));
	for (i = 0; i < nsecs; i++) {
		struct section *s = &secs[i];
		int k;

		for (k = 0; k < 2; k++) {
			struct relsec *rs = k ? &s->rela : &s->rel;
			Elf_Type t = k ? ELF_T_RELA : ELF_T_REL;
			size_t ent = gelf_fsize(e, t, 1, EV_CURRENT);
			char *name;

			relscns[2 * i + k] = NULL;
			if (!rs->n)
				continue;
			name = xrealloc(NULL, strlen(s->name) + 6);
			sprintf(name, "%s%s", k ? ".rela" : ".rel", s->name);
			relscns[2 * i + k] = new_section(e, &shstr, name,
				k ? SHT_RELA : SHT_REL, SHF_INFO_LINK,
				elf_class == ELFCLASS64 ? 8 : 4, ent,
				xrealloc(NULL, ent * rs->n), ent * rs->n, t,
				&rs->shndx);
			free(name);
		}
	}

	symscn = new_section(e, &shstr, ".symtab", SHT_SYMTAB, 0,
			     elf_class == ELFCLASS64 ? 8 : 4,
			     gelf_fsize(e, ELF_T_SYM, 1, EV_CURRENT),
			     symbuf, symsize, ELF_T_SYM, &symtab_idx);
	symdata = elf_getdata(symscn, NULL);
	if (need_xindex) {
		scn = new_section(e, &shstr, ".symtab_shndx", SHT_SYMTAB_SHNDX,
				  0, 4, 4, xshndx, nsym * sizeof(*xshndx),
				  ELF_T_WORD, &shndx_idx);
		set_link_info(scn, symtab_idx, 0);
	}

	/* fill the symbols */
	for (i = 0; i < nsecs; i++) {
		GElf_Sym gs = { 0 };
		size_t sx = secs[i].shndx;

		gs.st_info = GELF_ST_INFO(STB_LOCAL, STT_SECTION);
		if (sx >= SHN_LORESERVE) {
			gs.st_shndx = SHN_XINDEX;
			xshndx[secsym[i]] = (uint32_t)sx;
		} else {
			gs.st_shndx = (uint16_t)sx;
		}
		if (!gelf_update_sym(symdata, (int)secsym[i], &gs))
			die_elf("gelf_update_sym");
	}
	for (i = 0; i < nsyms; i++) {
		GElf_Sym gs = { 0 };
		struct symbol *y = &syms[i];

		gs.st_name = strtab_add(&str, y->name);
		gs.st_value = y->value;
		gs.st_size = y->size;
		gs.st_info = GELF_ST_INFO(y->bind, y->type);
		if (y->secname) {
			size_t sx = find_section(y->secname, 1)->shndx;

			if (sx >= SHN_LORESERVE) {
				gs.st_shndx = SHN_XINDEX;
				xshndx[y->index] = (uint32_t)sx;
			} else {
				gs.st_shndx = (uint16_t)sx;
			}
		} else {
			gs.st_shndx = (uint16_t)y->special;
		}
		if (!gelf_update_sym(symdata, (int)y->index, &gs))
			die_elf("gelf_update_sym");
	}

	scn = new_section(e, &shstr, ".strtab", SHT_STRTAB, 0, 1, 0,
			  str.buf, str.size, ELF_T_BYTE, &strtab_idx);
	set_link_info(symscn, strtab_idx, (uint32_t)nlocal);

	/* fill the relocations */
	for (i = 0; i < nsecs; i++) {
		int k;

		for (k = 0; k < 2; k++) {
			struct relsec *rs = k ? &secs[i].rela : &secs[i].rel;
			Elf_Data *d;

			if (!rs->n)
				continue;
			set_link_info(relscns[2 * i + k], symtab_idx,
				      (uint32_t)secs[i].shndx);
			d = elf_getdata(relscns[2 * i + k], NULL);
			for (j = 0; j < rs->n; j++) {
				struct reloc *r = &rs->r[j];
				size_t symi = 0;

				if (r->sym && r->sym[0] == '@') {
					hash_get(&sec_by_name, r->sym + 1, &symi);
					symi = secsym[symi];
				} else if (r->sym) {
					size_t yi;

					if (!hash_get(&sym_by_name, r->sym, &yi)) {
						fprintf(stderr, "mkelf: relocation against unknown symbol '%s'\n",
							r->sym);
						exit(1);
					}
					symi = syms[yi].index;
				}
				if (k) {
					GElf_Rela ra;

					ra.r_offset = r->offset;
					ra.r_info = r_info(symi, r->type);
					ra.r_addend = r->addend;
					if (!gelf_update_rela(d, (int)j, &ra))
						die_elf("gelf_update_rela");
				} else {
					GElf_Rel rl;

					rl.r_offset = r->offset;
					rl.r_info = r_info(symi, r->type);
					if (!gelf_update_rel(d, (int)j, &rl))
						die_elf("gelf_update_rel");
				}
			}
		}
	}

	/* .shstrtab last: its own name must be in it before it is sized */
	strtab_add(&shstr, ".shstrtab");
	{
		size_t namepos = shstr.size - sizeof(".shstrtab");
		GElf_Shdr sh;

		scn = new_section(e, &shstr, "", SHT_STRTAB, 0, 1, 0,
				  shstr.buf, shstr.size, ELF_T_BYTE, &shstr_idx);
		if (!gelf_getshdr(scn, &sh))
			die_elf("gelf_getshdr");
		sh.sh_name = (uint32_t)namepos;
		if (!gelf_update_shdr(scn, &sh))
			die_elf("gelf_update_shdr");
		/* new_section may have grown the buffer: point at it again */
		elf_getdata(scn, NULL)->d_buf = shstr.buf;
		elf_getdata(scn, NULL)->d_size = shstr.size;
	}

	/* extended numbering */
	if (!gelf_getehdr(e, &eh))
		die_elf("gelf_getehdr");
	{
		Elf_Scn *scn0 = elf_getscn(e, 0);
		GElf_Shdr sh0;
		size_t count = shstr_idx + 1;

		if (!scn0 || !gelf_getshdr(scn0, &sh0))
			die_elf("section 0");
		if (count >= SHN_LORESERVE) {
			sh0.sh_size = count;
			eh.e_shnum = 0;
		}
		if (shstr_idx >= SHN_LORESERVE) {
			sh0.sh_link = (uint32_t)shstr_idx;
			eh.e_shstrndx = SHN_XINDEX;
		} else {
			eh.e_shstrndx = (uint16_t)shstr_idx;
		}
		if (!gelf_update_shdr(scn0, &sh0))
			die_elf("gelf_update_shdr(0)");
	}
	if (!gelf_update_ehdr(e, &eh))
		die_elf("gelf_update_ehdr");
	if (need_xindex && total_sections != shstr_idx + 1) {
		fprintf(stderr, "mkelf: internal error: %zu sections, expected %zu\n",
			shstr_idx + 1, total_sections);
		exit(1);
	}

	if (elf_update(e, ELF_C_WRITE) < 0)
		die_elf("elf_update");
	elf_end(e);
	if (close(fd)) {
		fprintf(stderr, "mkelf: %s: %s\n", out, strerror(errno));
		exit(1);
	}
	free(secsym);
	free(relscns);
}

int main(int argc, char **argv)
{
	const char *out = NULL;
	FILE *in = stdin;
	int c;

	while ((c = getopt(argc, argv, "o:")) != -1) {
		switch (c) {
		case 'o':
			out = optarg;
			break;
		default:
			goto usage;
		}
	}
	if (!out || argc - optind > 1)
		goto usage;
	if (optind < argc) {
		spec_name = argv[optind];
		in = fopen(spec_name, "r");
		if (!in) {
			fprintf(stderr, "mkelf: %s: %s\n", spec_name, strerror(errno));
			return 1;
		}
	}
	parse_spec(in);
	if (in != stdin)
		fclose(in);
	write_object(out);
	return 0;
usage:
	fprintf(stderr, "usage: mkelf -o OUT.o [SPEC]\n");
	return 2;
}
