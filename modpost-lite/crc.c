// SPDX-License-Identifier: GPL-2.0-only
/* Reading the #SYMVER lines of Kbuild's .cmd files. */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <modpost-lite/crc.h>
#include <modpost-lite/pool.h>
#include <modpost-lite/util.h>

#define SYMVER "\n#SYMVER "

char *crc_cmd_path(const char *obj)
{
	const char *base = strrchr(obj, '/');

	base = base ? base + 1 : obj;
	return xasprintf("%.*s.%s.cmd", (int)(base - obj), obj, base);
}

static char *read_text(const char *path, char **err)
{
	struct stat st;
	size_t done = 0;
	char *buf;
	int fd;

	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0 || fstat(fd, &st) < 0) {
		*err = xasprintf("%s: %s", path, strerror(errno));
		if (fd >= 0)
			close(fd);
		return NULL;
	}
	buf = xmalloc((size_t)st.st_size + 1);
	while (done < (size_t)st.st_size) {
		ssize_t n = read(fd, buf + done, (size_t)st.st_size - done);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		done += (size_t)n;
	}
	close(fd);
	buf[done] = '\0';
	return buf;
}

/*
 * Every "\n#SYMVER NAME CRC\n" with a CRC strtoul() reads whole, as
 * modpost takes them: a line that does not fit is skipped, the search
 * goes on after its name.
 */
static void parse_symvers(struct crc_file *f, char *text)
{
	size_t cap = 0;
	char *p = text;

	while ((p = strstr(p, SYMVER))) {
		char *name = p + strlen(SYMVER), *end;
		unsigned long crc;

		p = strchr(name, ' ');
		if (!p)
			break;
		end = p++;
		if (!isdigit((unsigned char)*p))
			continue;
		crc = strtoul(p, &p, 0);
		if (*p != '\n')
			continue;
		*end = '\0';
		GROW(f->v, cap, f->n);
		f->v[f->n].name = name;
		f->v[f->n++].crc = (uint32_t)crc;
	}
}

/*
 * Keep only the names: a .cmd file is mostly the compiler's dependency
 * list, and holding every text until the exports were built made a
 * defconfig's -m run peak at 230 MiB (31 MiB with the names only).
 */
static void keep_names(struct crc_file *f)
{
	size_t i, len = 0;
	char *q;

	for (i = 0; i < f->n; i++)
		len += strlen(f->v[i].name) + 1;
	q = f->names = xmalloc(len ? len : 1);
	for (i = 0; i < f->n; i++) {
		size_t l = strlen(f->v[i].name) + 1;

		memcpy(q, f->v[i].name, l);
		f->v[i].name = q;
		q += l;
	}
}

struct crc_job {
	struct crc_file *files;
	const char *const *objs;
};

static void read_one(void *p, size_t job, unsigned int worker)
{
	struct crc_job *j = p;
	struct crc_file *f = &j->files[job];
	char *text;

	(void)worker;
	memset(f, 0, sizeof(*f));
	f->path = crc_cmd_path(j->objs[job]);
	text = read_text(f->path, &f->err);
	if (!text)
		return;
	parse_symvers(f, text);
	keep_names(f);
	free(text);
}

void crc_read(struct crc_file *files, const char *const *objs, size_t n,
	      unsigned int nthreads, struct jobserver *js)
{
	struct crc_job j = { files, objs };

	pool_run(nthreads, js, n, read_one, &j);
}

void crc_free(struct crc_file *files, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(files[i].path);
		free(files[i].names);
		free(files[i].v);
		free(files[i].err);
	}
}
