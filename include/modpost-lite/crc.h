/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Symbol versions (modversions CRCs): Kbuild records the CRC genksyms
 * computed for each symbol an object exports as "#SYMVER name 0xCRC" lines
 * in the object's .cmd file (dir/.name.o.cmd).  Read as modpost's
 * extract_crcs_for_object() reads them.
 */
#ifndef _MPL_CRC_H
#define _MPL_CRC_H

#include <stddef.h>
#include <stdint.h>

struct jobserver;

struct crc_entry {
	const char *name;	/* points into crc_file::names */
	uint32_t crc;
};

struct crc_file {
	char *path;		/* the .cmd file */
	char *names;		/* the #SYMVER names, NUL-separated */
	struct crc_entry *v;	/* in file order */
	size_t n;
	char *err;		/* it could not be read */
};

/* The .cmd file of object @obj: "dir/obj.o" -> "dir/.obj.o.cmd". */
char *crc_cmd_path(const char *obj);

/* Read the .cmd files of objects @objs[0..n) into @files, in parallel. */
void crc_read(struct crc_file *files, const char *const *objs, size_t n,
	      unsigned int nthreads, struct jobserver *js);
void crc_free(struct crc_file *files, size_t n);

#endif
