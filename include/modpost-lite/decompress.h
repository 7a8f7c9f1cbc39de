/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Compressed objects: the .ko.xz, .ko.zst and .ko.gz files distributions
 * install.  They are recognised by their magic bytes (not their names)
 * right after an object's bytes are read, and expanded in memory with
 * liblzma, libzstd or zlib into the worker's reused read buffer, so the
 * rest of the program sees the plain ELF object.
 *
 * The expansion is bounded: at most DECOMPRESS_RATIO times the compressed
 * size, but never less than DECOMPRESS_FLOOR nor more than DECOMPRESS_MAX
 * bytes.  Debian 12's 6.12 modules expand at most 109 times (a 4.7 MiB
 * module) and to at most 28 MiB, so the floor admits every real module
 * while a decompression bomb costs at most DECOMPRESS_MAX per worker.
 * The decoders' own memory is bounded too (xz: DECOMPRESS_XZ_MEMLIMIT;
 * zstd: its default window limit, 128 MiB).
 */
#ifndef _MPL_DECOMPRESS_H
#define _MPL_DECOMPRESS_H

#include <stddef.h>

struct objbuf;

#define DECOMPRESS_RATIO	64
#define DECOMPRESS_FLOOR	((size_t)32 << 20)
#define DECOMPRESS_MAX		((size_t)256 << 20)
#define DECOMPRESS_XZ_MEMLIMIT	((unsigned long long)64 << 20)

enum zkind {
	Z_NONE,
	Z_XZ,
	Z_ZSTD,
	Z_GZIP,
};

/* The compression format of @n bytes at @p, by magic bytes; Z_NONE. */
enum zkind decompress_kind(const void *p, size_t n);

/* The most bytes @n compressed bytes may expand to. */
size_t decompress_limit(size_t n);

/*
 * When the *@len bytes in @buf->p are compressed, replace them by their
 * expansion (@buf's two byte buffers swap roles, both are kept for the
 * next object) and set *@len.  Returns 0, or -1 with the reason in @why
 * (@whysz bytes), e.g. "xz data is corrupt".
 */
int decompress_objbuf(struct objbuf *buf, size_t *len, char *why,
		      size_t whysz);

#endif
