// SPDX-License-Identifier: GPL-2.0-only
/* Writing output files atomically, and only when they change. */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <modpost-lite/outfile.h>
#include <modpost-lite/util.h>

/* Does @path hold exactly @len bytes equal to @data? */
static bool same_content(const char *path, const void *data, size_t len)
{
	struct stat st;
	bool same = false;
	char *old;
	int fd;

	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return false;
	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) &&
	    (uint64_t)st.st_size == len) {
		old = xmalloc(len ? len : 1);
		same = read(fd, old, len) == (ssize_t)len &&
		       !memcmp(old, data, len);
		free(old);
	}
	close(fd);
	return same;
}

static int write_all(int fd, const char *p, size_t len)
{
	while (len) {
		ssize_t n = write(fd, p, len);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			if (!n)
				errno = EIO;
			return -1;
		}
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

/* The mode fopen(path, "w") would give a new file: 0666 less the umask. */
static mode_t new_file_mode(void)
{
	mode_t mask = umask(0);	/* the only way to read it; put back at once */

	umask(mask);
	return 0666 & ~mask;
}

int outfile_write(const char *path, const void *data, size_t len,
		  bool only_if_changed)
{
	char *tmp;
	int fd, err;

	if (only_if_changed && same_content(path, data, len))
		return 0;
	tmp = xasprintf("%s.tmp.XXXXXX", path);
	fd = mkstemp(tmp);
	if (fd < 0) {
		fprintf(stderr, "modpost-lite: %s: %s\n", path,
			strerror(errno));
		free(tmp);
		return -1;
	}
	/* mkstemp makes it 0600: give it the mode modpost's file would have */
	if (fchmod(fd, new_file_mode()) || write_all(fd, data, len)) {
		err = errno;
		close(fd);
	} else {
		err = close(fd) ? errno : 0;
	}
	if (err) {
		unlink(tmp);
		fprintf(stderr, "modpost-lite: %s: write error: %s\n", path,
			strerror(err));
		free(tmp);
		return -1;
	}
	if (rename(tmp, path)) {
		err = errno;
		unlink(tmp);
		fprintf(stderr, "modpost-lite: %s: %s\n", path, strerror(err));
		free(tmp);
		return -1;
	}
	free(tmp);
	return 0;
}
