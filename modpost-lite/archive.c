// SPDX-License-Identifier: GPL-2.0-only
/*
 * ar(1) archives: regular ones through libelf, thin ones (which libelf
 * does not understand) by reading their 60-byte member headers.
 */
#include <errno.h>
#include <stdbool.h>
#include <fcntl.h>
#include <gelf.h>
#include <libelf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <modpost-lite/archive.h>
#include <modpost-lite/util.h>

#define AR_HDR_SIZE 60

enum file_kind file_kind(const char *path, char **err, int *errnum)
{
	char magic[8];
	struct stat st;
	ssize_t n;
	int fd;

	*errnum = 0;
	fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0) {
		*errnum = errno;
		*err = xasprintf("%s", strerror(errno));
		return FK_ERROR;
	}
	if (fstat(fd, &st) < 0) {
		*errnum = errno;
		*err = xasprintf("%s", strerror(errno));
		close(fd);
		return FK_ERROR;
	}
	if (!S_ISREG(st.st_mode)) {
		/* opened without blocking: a FIFO must not hang us */
		*err = xstrdup(S_ISDIR(st.st_mode) ? "is a directory" :
			       "not a regular file");
		close(fd);
		return FK_ERROR;
	}
	n = pread(fd, magic, sizeof(magic), 0);
	close(fd);
	if (n == (ssize_t)sizeof(magic) && !memcmp(magic, "!<arch>\n", 8))
		return FK_ARCHIVE;
	if (n == (ssize_t)sizeof(magic) && !memcmp(magic, "!<thin>\n", 8))
		return FK_THIN;
	return FK_OBJECT;
}

static int parse_dec(const char *s, size_t n, uint64_t *out);

/*
 * libelf clamps a truncated member's size to the file and takes a size
 * field with junk in it for what it can parse: check the header itself.
 * Returns the reason the member at @base is bad, or NULL.
 */
static char *member_bad(int fd, int64_t base, uint64_t filesize,
			const char *name)
{
	char hdr[AR_HDR_SIZE];
	uint64_t want;

	if (base < AR_HDR_SIZE ||
	    pread(fd, hdr, sizeof(hdr), base - AR_HDR_SIZE) != AR_HDR_SIZE ||
	    memcmp(hdr + 58, "`\n", 2) || parse_dec(hdr + 48, 10, &want))
		return xasprintf("bad member header at offset %lld",
				 (long long)(base - AR_HDR_SIZE));
	if (want > filesize - (uint64_t)base)
		return xasprintf("member %s is truncated: %llu of %llu bytes present",
				 name,
				 (unsigned long long)(filesize -
						      (uint64_t)base),
				 (unsigned long long)want);
	return NULL;
}

static int walk_regular(const char *path, member_fn fn, void *ctx, char **err)
{
	Elf_Cmd cmd = ELF_C_READ_MMAP;
	uint64_t end = 8;	/* just past the last member seen */
	struct stat st;
	Elf *ar, *m;
	int fd, ret = 0;

	fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0 || fstat(fd, &st) < 0) {
		*err = xasprintf("%s", strerror(errno));
		if (fd >= 0)
			close(fd);
		return -1;
	}
	ar = elf_begin(fd, ELF_C_READ_MMAP, NULL);
	if (!ar || elf_kind(ar) != ELF_K_AR) {
		*err = xasprintf("bad archive: %s", elf_errmsg(-1));
		elf_end(ar);
		close(fd);
		return -1;
	}
	while ((m = elf_begin(fd, cmd, ar)) != NULL) {
		Elf_Arhdr *h = elf_getarhdr(m);
		int64_t base = elf_getbase(m);

		if (!h || base < 0) {
			*err = xasprintf("bad archive member header: %s",
					 elf_errmsg(-1));
			elf_end(m);
			ret = -1;
			break;
		}
		*err = member_bad(fd, base, (uint64_t)st.st_size, h->ar_name);
		if (*err) {
			elf_end(m);
			ret = -1;
			break;
		}
		end = (uint64_t)base + h->ar_size + (h->ar_size & 1);
		if (h->ar_name[0] != '/')
			fn(ctx, h->ar_name, base, h->ar_size);
		cmd = elf_next(m);
		elf_end(m);
	}
	/*
	 * libelf ends the walk the same way at the end of the archive and at
	 * a member header it cannot read: tell them apart by where we are.
	 */
	if (!ret && end < (uint64_t)st.st_size) {
		*err = xasprintf("%s member header at offset %llu",
				 (uint64_t)st.st_size - end < AR_HDR_SIZE ?
				 "truncated" : "bad",
				 (unsigned long long)end);
		ret = -1;
	}
	elf_end(ar);
	close(fd);
	return ret;
}

/*
 * A decimal field of a member header, space padded.  GNU ar ends the
 * long-name reference of thin archive members with a '/': allowed.
 */
static int parse_dec(const char *s, size_t n, uint64_t *out)
{
	uint64_t v = 0;
	size_t i = 0;

	while (i < n && s[i] == ' ')
		i++;
	if (i == n || s[i] < '0' || s[i] > '9')
		return -1;
	for (; i < n && s[i] >= '0' && s[i] <= '9'; i++) {
		if (v > (UINT64_MAX - 9) / 10)
			return -1;
		v = v * 10 + (uint64_t)(s[i] - '0');
	}
	for (; i < n; i++)
		if (s[i] != ' ' && !(s[i] == '/' && i == n - 1))
			return -1;
	*out = v;
	return 0;
}

/*
 * The path of member @name (@len bytes) of thin archive @arpath, in *@p
 * (of *@cap bytes, grown as needed), which is reused from member to
 * member: a kernel's thin archive has thousands.  @dir is the length of
 * @arpath's directory part, with its slash.
 */
static char *thin_member_path(char **p, size_t *cap, const char *arpath,
			      size_t dir, const char *name, size_t len)
{
	if (name[0] == '/')
		dir = 0;
	if (dir + len + 1 > *cap) {
		*cap = (dir + len + 1) * 2;
		*p = xrealloc(*p, *cap);
	}
	memcpy(*p, arpath, dir);
	memcpy(*p + dir, name, len);
	(*p)[dir + len] = '\0';
	return *p;
}

static int walk_thin(const char *path, member_fn fn, void *ctx, char **err)
{
	const char *slash = strrchr(path, '/');
	size_t dir = slash ? (size_t)(slash - path) + 1 : 0, cap = 0;
	char *buf = NULL;
	const char *names = NULL;
	uint64_t names_len = 0, pos = 8;
	struct stat st;
	char *map;
	int fd, ret = 0;

	fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0 || fstat(fd, &st) < 0) {
		*err = xasprintf("%s", strerror(errno));
		if (fd >= 0)
			close(fd);
		return -1;
	}
	map = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
	close(fd);
	if (map == MAP_FAILED) {
		*err = xasprintf("%s", strerror(errno));
		return -1;
	}
	while (pos < (uint64_t)st.st_size) {
		const char *h = map + pos, *name = h;
		uint64_t size, off;
		size_t len;
		char *member;

		if ((uint64_t)st.st_size - pos < AR_HDR_SIZE ||
		    memcmp(h + 58, "`\n", 2) || parse_dec(h + 48, 10, &size)) {
			bool cut = (uint64_t)st.st_size - pos < AR_HDR_SIZE;

			*err = xasprintf("%s member header at offset %llu",
					 cut ? "truncated" : "bad",
					 (unsigned long long)pos);
			ret = -1;
			break;
		}
		pos += AR_HDR_SIZE;
		if (name[0] == '/' && (name[1] == ' ' || name[1] == '/' ||
				       !memcmp(name, "/SYM64/", 7))) {
			/* symbol table or long-name table: data follows */
			if (size > (uint64_t)st.st_size - pos) {
				*err = xasprintf("member table at offset %llu runs past the end",
						 (unsigned long long)(pos - AR_HDR_SIZE));
				ret = -1;
				break;
			}
			if (name[1] == '/') {
				names = map + pos;
				names_len = size;
			}
			pos += size + (size & 1);
			continue;
		}
		if (name[0] == '/') {
			const char *end;

			if (parse_dec(name + 1, 15, &off) || !names ||
			    off >= names_len) {
				*err = xasprintf("bad long member name at offset %llu",
						 (unsigned long long)(pos - AR_HDR_SIZE));
				ret = -1;
				break;
			}
			name = names + off;
			end = memchr(name, '\n', names_len - off);
			if (!end || end == name || end[-1] != '/') {
				*err = xasprintf("bad long member name at offset %llu",
						 (unsigned long long)(pos - AR_HDR_SIZE));
				ret = -1;
				break;
			}
			len = (size_t)(end - name - 1);
		} else {
			const char *end = memchr(name, '/', 16);

			if (!end) {
				*err = xasprintf("bad member name at offset %llu",
						 (unsigned long long)(pos - AR_HDR_SIZE));
				ret = -1;
				break;
			}
			len = (size_t)(end - name);
		}
		member = thin_member_path(&buf, &cap, path, dir, name, len);
		fn(ctx, member, -1, size);
		/* thin archives hold no member data */
	}
	free(buf);
	munmap(map, (size_t)st.st_size);
	return ret;
}

int archive_walk(const char *path, enum file_kind kind, member_fn fn,
		 void *ctx, char **err)
{
	if (kind == FK_THIN)
		return walk_thin(path, fn, ctx, err);
	return walk_regular(path, fn, ctx, err);
}
