// SPDX-License-Identifier: GPL-2.0-only
/* Growable strings. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <modpost-lite/strbuf.h>
#include <modpost-lite/util.h>

static void sb_reserve(struct strbuf *sb, size_t n)
{
	if (sb->len + n + 1 <= sb->cap)
		return;
	sb->cap = (sb->len + n + 1) * 2;
	sb->p = xrealloc(sb->p, sb->cap);
}

void sb_add(struct strbuf *sb, const void *data, size_t n)
{
	sb_reserve(sb, n);
	memcpy(sb->p + sb->len, data, n);
	sb->len += n;
	sb->p[sb->len] = '\0';
}

void sb_printf(struct strbuf *sb, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		oom();
	sb_reserve(sb, (size_t)n);
	va_start(ap, fmt);
	vsnprintf(sb->p + sb->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	sb->len += (size_t)n;
}

const char *sb_str(const struct strbuf *sb)
{
	return sb->p ? sb->p : "";
}

void sb_free(struct strbuf *sb)
{
	free(sb->p);
	sb->p = NULL;
	sb->len = sb->cap = 0;
}
