// SPDX-License-Identifier: GPL-2.0-only
/* GNU make jobserver client (fifo and pipe forms). */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <modpost-lite/jobserver.h>
#include <modpost-lite/util.h>

struct jobserver {
	int rfd;		/* non-blocking read end; -1: no tokens */
	int wfd;
	pthread_mutex_t lock;
	char *tokens;		/* the bytes taken, given back as they were */
	size_t ntokens, cap;
};

static struct jobserver *js_new(int rfd, int wfd)
{
	struct jobserver *js = xcalloc(1, sizeof(*js));

	js->rfd = rfd;
	js->wfd = wfd;
	pthread_mutex_init(&js->lock, NULL);
	return js;
}

/*
 * Reopen an inherited pipe end non-blocking, not sharing make's flags.  The
 * descriptor must be a pipe or fifo: make 4.3 passes its pipe only to
 * recipes marked '+' (or running $(MAKE)), and elsewhere the numbers in
 * MAKEFLAGS may name a closed descriptor or some unrelated file.
 */
static int reopen_fd(int fd, int flags, struct stat *st)
{
	char path[64];

	if (fcntl(fd, F_GETFD) < 0 || fstat(fd, st) || !S_ISFIFO(st->st_mode))
		return -1;
	snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
	return open(path, flags | O_CLOEXEC);
}

/* MPL_DEBUG_JOBS set, non-empty and not 0 (see pool.c) */
static bool debug_jobs(void)
{
	const char *e = getenv("MPL_DEBUG_JOBS");

	return e && *e && strcmp(e, "0");
}

static bool is_fifo(int fd)
{
	struct stat st;

	return !fstat(fd, &st) && S_ISFIFO(st.st_mode);
}

struct jobserver *jobserver_open(const char *makeflags)
{
	const char *auth = NULL, *p;
	struct stat rst, wst;
	char *val;
	int rfd = -1, wfd = -1, r, w;

	if (!makeflags)
		return NULL;
	/* the last one counts */
	for (p = makeflags; (p = strstr(p, "--jobserver-")); p++) {
		if (!strncmp(p, "--jobserver-auth=", 17))
			auth = p + 17;
		else if (!strncmp(p, "--jobserver-fds=", 16))
			auth = p + 16;
	}
	if (!auth)
		return NULL;
	val = xstrdup(auth);
	val[strcspn(val, " ")] = '\0';
	if (!strncmp(val, "fifo:", 5)) {
		rfd = open(val + 5, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
		if (rfd >= 0 && is_fifo(rfd))
			wfd = open(val + 5, O_WRONLY | O_CLOEXEC);
	} else if (sscanf(val, "%d,%d", &r, &w) == 2 && r >= 0 && w >= 0) {
		rfd = reopen_fd(r, O_RDONLY | O_NONBLOCK, &rst);
		wfd = reopen_fd(w, O_WRONLY, &wst);
		/* both ends of one pipe */
		if (rfd >= 0 && wfd >= 0 &&
		    (rst.st_dev != wst.st_dev || rst.st_ino != wst.st_ino)) {
			close(wfd);
			wfd = -1;
		}
	}
	if (rfd < 0 || wfd < 0) {
		if (rfd >= 0)
			close(rfd);
		if (wfd >= 0)
			close(wfd);
		/*
		 * Under make -jN without access to its jobserver, run one
		 * worker, as make itself falls back to -j1.
		 */
		if (debug_jobs())
			fprintf(stderr,
				"modpost-lite: jobserver %s unusable: one worker\n",
				val);
		free(val);
		return js_new(-1, -1);
	}
	if (debug_jobs())
		fprintf(stderr, "modpost-lite: jobserver %s\n", val);
	free(val);
	return js_new(rfd, wfd);
}

void jobserver_close(struct jobserver *js)
{
	if (!js)
		return;
	while (js->ntokens)
		jobserver_release(js);
	if (js->rfd >= 0) {
		close(js->rfd);
		close(js->wfd);
	}
	pthread_mutex_destroy(&js->lock);
	free(js->tokens);
	free(js);
}

static bool take(struct jobserver *js, int timeout_ms)
{
	struct pollfd pfd = { .fd = js->rfd, .events = POLLIN };
	char c;

	if (js->rfd < 0)
		return false;
	for (;;) {
		ssize_t n = read(js->rfd, &c, 1);

		if (n == 1)
			break;
		if (n == 0)
			return false;	/* make went away */
		if (errno == EINTR)
			continue;
		if (errno != EAGAIN || timeout_ms == 0)
			return false;
		if (poll(&pfd, 1, timeout_ms) < 0 && errno != EINTR)
			return false;
	}
	pthread_mutex_lock(&js->lock);
	GROW(js->tokens, js->cap, js->ntokens);
	js->tokens[js->ntokens++] = c;
	pthread_mutex_unlock(&js->lock);
	return true;
}

bool jobserver_try_acquire(struct jobserver *js)
{
	return take(js, 0);
}

bool jobserver_acquire(struct jobserver *js)
{
	return take(js, -1);
}

void jobserver_release(struct jobserver *js)
{
	char c;

	pthread_mutex_lock(&js->lock);
	if (!js->ntokens) {
		pthread_mutex_unlock(&js->lock);
		return;
	}
	c = js->tokens[--js->ntokens];
	pthread_mutex_unlock(&js->lock);
	while (write(js->wfd, &c, 1) < 0 && errno == EINTR)
		;
}
