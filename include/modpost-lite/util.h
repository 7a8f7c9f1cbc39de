/* SPDX-License-Identifier: GPL-2.0-only */
/* Allocation helpers that never return NULL (out of memory is fatal). */
#ifndef _MPL_UTIL_H
#define _MPL_UTIL_H

#include <stddef.h>
#include <stdint.h>

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* "modpost-lite: out of memory", exit status 2. */
void oom(void) __attribute__((noreturn));

/*
 * Fault in the whole pages of [@p, @p + @n) for writing, in one system
 * call (MADV_POPULATE_WRITE), for memory about to be written all over:
 * the contents stay as they are.  A page fault costs a trap into the
 * kernel each; on the development VM, 8 MiB written page by page took
 * 4.3 ms, populated 256 KiB at a time 3.2 to 3.5.  Where the kernel
 * cannot, the pages fault as before.
 */
void prefault(void *p, size_t n);

/*
 * Start loading the cache lines of [@p, @p + @n) to be read soon: an
 * object's array in a summary is a few lines, away from the last
 * object's, and reading it cold was a miss a line.  @p may be NULL when
 * @n is 0 (no arithmetic on it then).
 */
static inline void prefetch_range(const void *p, size_t n)
{
	const char *c = p;
	size_t off;

	for (off = 0; off < n; off += 64)
		__builtin_prefetch(c + off);
}

/* Grow *p (holding *cap elements of @size) so that index @need fits. */
void grow(void **p, size_t *cap, size_t need, size_t size);
#define GROW(p, cap, need) grow((void **)&(p), &(cap), (need), sizeof(*(p)))

static inline int str_starts(const char *s, const char *prefix)
{
	while (*prefix)
		if (*s++ != *prefix++)
			return 0;
	return 1;
}

int str_ends(const char *s, const char *suffix);

/*
 * modpost truncates every symbol name "name.<digits>[.<anything>]" to
 * "name" in place before checking (remove_dot() in read_symbols()), so
 * that is the name it prints and matches the allow-list against.  This
 * returns such a copy of @s; modpost_name_len() the length of that name,
 * a prefix of @s.
 */
char *modpost_name(const char *s);
size_t modpost_name_len(const char *s);

#endif
