/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Module.symvers files, as modpost reads (-i) and writes (-o) them: one
 * export a line, "0xCRC<TAB>name<TAB>module<TAB>EXPORT_SYMBOL[_GPL]<TAB>
 * namespace".
 */
#ifndef _MPL_SYMVERS_H
#define _MPL_SYMVERS_H

#include <stdbool.h>
#include <stdint.h>

struct exports;
struct export_owner;
struct strbuf;

struct symvers_line {
	unsigned int lineno;
	uint32_t crc;
	const char *name;
	const char *module;
	const char *ns;
	bool gpl;
};

/*
 * Call @fn for each line of Module.symvers file @path, in order (the
 * strings live until @fn returns).  0; or -1 with *err set ("PATH: ..."
 * or "PATH:LINE: ..."; freed by the caller) when the file cannot be read
 * or a line is not what modpost accepts.
 */
int symvers_read(const char *path,
		 void (*fn)(void *ctx, const struct symvers_line *line),
		 void *ctx, char **err);

/* Append @owner's exports to @sb as modpost's write_dump() prints them. */
void symvers_format(struct strbuf *sb, const struct exports *ex,
		    const struct export_owner *owner);

#endif
