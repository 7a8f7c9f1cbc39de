// SPDX-License-Identifier: GPL-2.0-only
/*
 * The benchmark's floor: read just the bytes modpost-lite needs from each
 * object (ELF header and section headers through libelf's lazy pread mode,
 * then the symbol, string and relocation tables with one pread() each into
 * a buffer reused from file to file), and do nothing with them.
 * Usage: readfloor FILE... (or @LIST).  Prints the byte count.
 */
#include <fcntl.h>
#include <gelf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct rbuf {
	char *p;
	size_t cap;
};

static unsigned long long read_one(const char *path, struct rbuf *b)
{
	unsigned long long bytes = 0;
	Elf_Scn *scn = NULL;
	Elf *e;
	int fd;

	fd = open(path, O_RDONLY);
	if (fd < 0)
		return 0;
	e = elf_begin(fd, ELF_C_READ, NULL);
	while (e && (scn = elf_nextscn(e, scn))) {
		GElf_Shdr sh;

		if (!gelf_getshdr(scn, &sh))
			break;
		if (sh.sh_type != SHT_SYMTAB && sh.sh_type != SHT_STRTAB &&
		    sh.sh_type != SHT_RELA && sh.sh_type != SHT_REL)
			continue;
		if (sh.sh_size > b->cap) {
			free(b->p);
			b->cap = sh.sh_size;
			b->p = malloc(b->cap);
			if (!b->p)
				exit(2);
		}
		if (pread(fd, b->p, sh.sh_size, (off_t)sh.sh_offset) ==
		    (ssize_t)sh.sh_size)
			bytes += sh.sh_size;
	}
	elf_end(e);
	close(fd);
	return bytes;
}

int main(int argc, char **argv)
{
	unsigned long long total = 0;
	struct rbuf b = { NULL, 0 };
	char line[4096];
	int i;

	elf_version(EV_CURRENT);
	for (i = 1; i < argc; i++) {
		FILE *f;

		if (argv[i][0] != '@') {
			total += read_one(argv[i], &b);
			continue;
		}
		f = fopen(argv[i] + 1, "r");
		if (!f)
			return 2;
		while (fgets(line, sizeof(line), f)) {
			line[strcspn(line, "\n")] = '\0';
			total += read_one(line, &b);
		}
		fclose(f);
	}
	free(b.p);
	printf("%llu\n", total);
	return 0;
}
