// SPDX-License-Identifier: GPL-2.0-only
/* Allocation and string helpers. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include <modpost-lite/util.h>

void oom(void)
{
	fputs("modpost-lite: out of memory\n", stderr);
	exit(2);
}

void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (!p)
		oom();
	return p;
}

void *xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);

	if (!p)
		oom();
	return p;
}

void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		oom();
	return p;
}

char *xstrdup(const char *s)
{
	size_t n = strlen(s) + 1;

	return memcpy(xmalloc(n), s, n);
}

char *xasprintf(const char *fmt, ...)
{
	va_list ap;
	char *s;

	va_start(ap, fmt);
	if (vasprintf(&s, fmt, ap) < 0)
		oom();
	va_end(ap);
	return s;
}

void prefault(void *p, size_t n)
{
	const uintptr_t page = 4096;
	uintptr_t lo = ((uintptr_t)p + page - 1) & ~(page - 1);
	uintptr_t hi = ((uintptr_t)p + n) & ~(page - 1);

#ifdef MADV_POPULATE_WRITE
	/* only ever faster or nothing (before Linux 5.14: EINVAL) */
	if (hi > lo)
		(void)madvise((void *)lo, hi - lo, MADV_POPULATE_WRITE);
#endif
}

void grow(void **p, size_t *cap, size_t need, size_t size)
{
	size_t n;

	if (need < *cap)
		return;
	n = *cap ? *cap * 2 : 16;
	while (n <= need)
		n *= 2;
	*p = xrealloc(*p, n * size);
	*cap = n;
}

size_t modpost_name_len(const char *s)
{
	size_t n = strcspn(s, ".");

	if (n && s[n]) {
		size_t m = strspn(s + n + 1, "0123456789");

		if (m && (s[n + m + 1] == '.' || !s[n + m + 1]))
			return n;
	}
	return n + strlen(s + n);
}

char *modpost_name(const char *s)
{
	size_t n = modpost_name_len(s);
	char *p = xmalloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

int str_ends(const char *s, const char *suffix)
{
	size_t a = strlen(s), b = strlen(suffix);

	return a >= b && !memcmp(s + a - b, suffix, b);
}
