// SPDX-License-Identifier: GPL-2.0-only
/*
 * The growth benchmark's copier: write a renamed copy of relocatable
 * objects so that N copies of the corpus can be linked and checked
 * together.  Like "objcopy --prefix-symbols=PFX", every named symbol
 * (defined or undefined, except section and file symbols) gets PFX in
 * front, so references between the copied objects stay consistent and
 * no two copies define the same global.  Unlike objcopy, an export label
 * "__export_symbol_NAME" becomes "__export_symbol_PFXNAME": the copy
 * keeps exporting its (renamed) symbol instead of carrying a label that
 * modpost calls strange.  One process does all files, which is what
 * makes x8 copies of a kernel take seconds instead of half an hour.
 *
 * Usage: mkcopy PFX SRCDIR DSTDIR < LIST   (LIST: paths relative to SRCDIR)
 */
#include <errno.h>
#include <fcntl.h>
#include <gelf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define EXPORT_LABEL "__export_symbol_"

static int fail(const char *path, const char *what)
{
	fprintf(stderr, "mkcopy: %s: %s: %s\n", path, what,
		elf_errno() ? elf_errmsg(-1) : strerror(errno));
	return -1;
}

static int mkdirs(char *path)
{
	char *p;

	for (p = strchr(path + 1, '/'); p; p = strchr(p + 1, '/')) {
		*p = '\0';
		if (mkdir(path, 0755) && errno != EEXIST)
			return -1;
		*p = '/';
	}
	return 0;
}

/* Append the renamed NAME to the string buffer; return its offset. */
static size_t add_name(char **buf, size_t *len, size_t *cap,
		       const char *pfx, const char *name)
{
	size_t need = strlen(pfx) + strlen(name) + 1, off = *len;

	if (*len + need > *cap) {
		*cap = (*len + need) * 2;
		*buf = realloc(*buf, *cap);
		if (!*buf) {
			perror("mkcopy");
			exit(2);
		}
	}
	if (!strncmp(name, EXPORT_LABEL, strlen(EXPORT_LABEL)))
		sprintf(*buf + off, "%s%s%s", EXPORT_LABEL, pfx,
			name + strlen(EXPORT_LABEL));
	else
		sprintf(*buf + off, "%s%s", pfx, name);
	*len += need;
	return off;
}

static int rename_symtab(Elf *e, Elf_Scn *symscn, const char *pfx,
			 const char *path)
{
	Elf_Data *syms, *strs, *nd;
	GElf_Shdr sh;
	Elf_Scn *strscn;
	size_t len, cap, i, n;
	char *buf;

	if (!gelf_getshdr(symscn, &sh) || !(syms = elf_getdata(symscn, NULL)))
		return fail(path, "symbol table");
	strscn = elf_getscn(e, sh.sh_link);
	if (!strscn || !(strs = elf_getdata(strscn, NULL)))
		return fail(path, "string table");
	/* Keep the old bytes (the table may also name sections), append. */
	len = strs->d_size;
	cap = len * 2 + 64;
	buf = malloc(cap);
	if (!buf)
		return fail(path, "out of memory");
	memcpy(buf, strs->d_buf, len);
	n = sh.sh_entsize ? sh.sh_size / sh.sh_entsize : 0;
	for (i = 1; i < n; i++) {
		GElf_Sym sym;
		int type;

		if (!gelf_getsym(syms, i, &sym))
			return fail(path, "symbol");
		type = GELF_ST_TYPE(sym.st_info);
		if (!sym.st_name || type == STT_SECTION || type == STT_FILE ||
		    sym.st_name >= strs->d_size)
			continue;
		sym.st_name = add_name(&buf, &len, &cap, pfx,
				       (char *)strs->d_buf + sym.st_name);
		gelf_update_sym(syms, i, &sym);
	}
	elf_flagdata(syms, ELF_C_SET, ELF_F_DIRTY);
	/* Replace the table's data with one buffer holding old + new names. */
	nd = strs;
	nd->d_buf = buf;
	nd->d_size = len;
	elf_flagdata(nd, ELF_C_SET, ELF_F_DIRTY);
	return 0;
}

static int copy_one(const char *pfx, const char *src, char *dst)
{
	Elf_Scn *scn = NULL;
	int in, out, rc = -1;
	char buf[1 << 16];
	ssize_t r;
	Elf *e;

	in = open(src, O_RDONLY);
	if (in < 0)
		return fail(src, "open");
	if (mkdirs(dst))
		return fail(dst, "mkdir");
	out = open(dst, O_RDWR | O_CREAT | O_TRUNC, 0644);
	if (out < 0)
		return fail(dst, "create");
	while ((r = read(in, buf, sizeof(buf))) > 0)
		if (write(out, buf, r) != r)
			return fail(dst, "write");
	close(in);
	e = elf_begin(out, ELF_C_RDWR, NULL);
	if (!e || elf_kind(e) != ELF_K_ELF)
		return fail(src, "not an ELF object");
	while ((scn = elf_nextscn(e, scn))) {
		GElf_Shdr sh;

		if (gelf_getshdr(scn, &sh) && sh.sh_type == SHT_SYMTAB &&
		    rename_symtab(e, scn, pfx, src))
			goto out;
	}
	if (elf_update(e, ELF_C_WRITE) < 0)
		fail(dst, "write ELF");
	else
		rc = 0;
out:
	elf_end(e);
	close(out);
	return rc;
}

int main(int argc, char **argv)
{
	char line[4096], src[8192], dst[8192];
	int bad = 0;

	if (argc != 4) {
		fprintf(stderr, "usage: mkcopy PFX SRCDIR DSTDIR < LIST\n");
		return 2;
	}
	elf_version(EV_CURRENT);
	while (fgets(line, sizeof(line), stdin)) {
		line[strcspn(line, "\n")] = '\0';
		if (!line[0])
			continue;
		snprintf(src, sizeof(src), "%s/%s", argv[2], line);
		snprintf(dst, sizeof(dst), "%s/%s", argv[3], line);
		if (copy_one(argv[1], src, dst))
			bad = 1;
	}
	return bad ? 2 : 0;
}
