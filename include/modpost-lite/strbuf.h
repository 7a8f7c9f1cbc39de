/* SPDX-License-Identifier: GPL-2.0-only */
/* Growable strings, for output files and messages made piece by piece. */
#ifndef _MPL_STRBUF_H
#define _MPL_STRBUF_H

#include <stddef.h>

struct strbuf {
	char *p;		/* NUL-terminated once anything was added */
	size_t len, cap;
};

void sb_printf(struct strbuf *sb, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void sb_add(struct strbuf *sb, const void *data, size_t n);
/* The string built so far ("" when empty); the buffer keeps it. */
const char *sb_str(const struct strbuf *sb);
void sb_free(struct strbuf *sb);

#endif
