// SPDX-License-Identifier: GPL-2.0-only
/*
 * libFuzzer target: the whole program on one input file.  The input is
 * written to a file in a private temporary directory (on /dev/shm when
 * there is one) and handed to mpl_main() by name, the way a user names an
 * object on the command line.  (Not a memfd: a thin archive's members are
 * found relative to its directory, and /proc/self/fd/ is full of the
 * fuzzer's own files.)  Built by "make fuzz"
 * as build-fuzz/fuzz-object; with -DFUZZ_ARCHIVE as build-fuzz/fuzz-archive,
 * where the input is the body of a regular ar archive ("!<arch>\n" is put
 * in front of it), so the fuzzer spends its time on member headers and
 * the objects inside.
 *
 * The last byte of the input picks options (-M, -E, --module, -j 2), so
 * those paths are fuzzed too; it is still part of the file.  (Objects
 * end in section headers, mostly zeros: -M, -j 1 for the seeds.)
 */
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <limits.h>
#include <unistd.h>

#include <modpost-lite/mpl.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int fd = -1;
static FILE *quiet;
static char dir[PATH_MAX], path[PATH_MAX];

static void cleanup(void)
{
	unlink(path);
	rmdir(dir);
}

static void setup(void)
{
	const char *base = getenv("TMPDIR");

	if (!access("/dev/shm", W_OK))
		base = "/dev/shm";
	else if (!base)
		base = "/tmp";
	snprintf(dir, sizeof(dir), "%s/mpl-fuzz.XXXXXX", base);
	if (!mkdtemp(dir))
		abort();
	snprintf(path, sizeof(path), "%s/input.o", dir);
	fd = open(path, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	quiet = fopen("/dev/null", "we");
	if (fd < 0 || !quiet)
		abort();
	atexit(cleanup);
}

static int write_all(int to, const void *p, size_t n, off_t off)
{
	while (n) {
		ssize_t w = pwrite(to, p, n, off);

		if (w <= 0)
			return -1;
		p = (const char *)p + w;
		n -= (size_t)w;
		off += w;
	}
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *argv[8];
	FILE *saved;
	int argc = 0;
	unsigned int pick = size ? data[size - 1] : 0;
	off_t off = 0;

	if (fd < 0)
		setup();
	if (ftruncate(fd, 0))
		abort();
#ifdef FUZZ_ARCHIVE
	if (write_all(fd, "!<arch>\n", 8, 0))
		abort();
	off = 8;
#endif
	if (write_all(fd, data, size, off))
		abort();

	argv[argc++] = "modpost-lite";
	if (!(pick & 1))
		argv[argc++] = "-M";
	if (pick & 2)
		argv[argc++] = "-E";
	if (pick & 4)
		argv[argc++] = "--module=fuzz";
	argv[argc++] = (pick & 8) ? "-j2" : "-j1";
	argv[argc++] = path;
	argv[argc] = NULL;

	/*
	 * The messages are not what is tested here: keep them quiet.  Only
	 * the stdio stream is swapped; the sanitizers' reports still go to
	 * file descriptor 2.
	 */
	saved = stderr;
	stderr = quiet;
	mpl_main(argc, argv);
	fflush(stderr);
	stderr = saved;
	return 0;
}
