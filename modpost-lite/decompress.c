// SPDX-License-Identifier: GPL-2.0-only
/*
 * Expanding compressed objects (xz, zstd, gzip) in memory, bounded, with
 * the libraries Debian packages for them: liblzma, libzstd, zlib.
 */
#include <limits.h>
#include <lzma.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <zlib.h>
#include <zstd.h>

#include <modpost-lite/decompress.h>
#include <modpost-lite/elfobj.h>
#include <modpost-lite/util.h>

/* Where the expansion goes: a reused buffer, and the bound for this input. */
struct zout {
	char *p;
	size_t cap;
	size_t len;
	size_t limit;
};

static const char *const zname[] = {
	[Z_NONE] = "plain", [Z_XZ] = "xz", [Z_ZSTD] = "zstd", [Z_GZIP] = "gzip",
};

enum zkind decompress_kind(const void *p, size_t n)
{
	const unsigned char *b = p;

	if (n >= 6 && !memcmp(b, "\xfd" "7zXZ\0", 6))
		return Z_XZ;
	if (n >= 4 && !memcmp(b, "\x28\xb5\x2f\xfd", 4))
		return Z_ZSTD;
	if (n >= 2 && b[0] == 0x1f && b[1] == 0x8b)
		return Z_GZIP;
	return Z_NONE;
}

size_t decompress_limit(size_t n)
{
	size_t lim = n > DECOMPRESS_MAX / DECOMPRESS_RATIO ? DECOMPRESS_MAX :
		     n * DECOMPRESS_RATIO;

	return lim < DECOMPRESS_FLOOR ? DECOMPRESS_FLOOR : lim;
}

/*
 * Room for more output: the free bytes of the buffer, grown (doubling)
 * when full, up to limit + 1 bytes so that one byte too many shows.
 */
static size_t zout_room(struct zout *o)
{
	size_t end = o->limit + 1;

	if (o->len >= o->cap && o->cap < end) {
		size_t want = o->cap < 65536 ? 65536 : o->cap * 2;

		o->cap = want < end ? want : end;
		o->p = xrealloc(o->p, o->cap);
	}
	if (end > o->cap)
		end = o->cap;
	return end - o->len;
}

static int say(char *why, size_t whysz, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static int say(char *why, size_t whysz, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(why, whysz, fmt, ap);
	va_end(ap);
	return -1;
}

static int too_big(enum zkind k, size_t n, const struct zout *o, char *why,
		   size_t whysz)
{
	return say(why, whysz,
		   "%s data expands to more than %zu bytes, the limit for %zu compressed bytes (%d times that, at least %zu MiB, at most %zu MiB)",
		   zname[k], o->limit, n, DECOMPRESS_RATIO,
		   DECOMPRESS_FLOOR >> 20, DECOMPRESS_MAX >> 20);
}

static int unxz(const unsigned char *in, size_t n, struct zout *o, char *why,
		size_t whysz)
{
	lzma_stream s = LZMA_STREAM_INIT;
	lzma_ret r;

	r = lzma_stream_decoder(&s, DECOMPRESS_XZ_MEMLIMIT, LZMA_CONCATENATED);
	if (r == LZMA_MEM_ERROR)
		oom();
	if (r != LZMA_OK)
		return say(why, whysz, "cannot start the xz decoder (%d)", r);
	s.next_in = in;
	s.avail_in = n;
	do {
		size_t room = zout_room(o);

		s.next_out = (uint8_t *)o->p + o->len;
		s.avail_out = room;
		r = lzma_code(&s, LZMA_FINISH);
		o->len += room - s.avail_out;
	} while (r == LZMA_OK && o->len <= o->limit);
	lzma_end(&s);
	if (o->len > o->limit)
		return too_big(Z_XZ, n, o, why, whysz);
	switch (r) {
	case LZMA_STREAM_END:
		return 0;
	case LZMA_MEM_ERROR:
		oom();
	case LZMA_MEMLIMIT_ERROR:
		return say(why, whysz,
			   "xz data needs more than %llu MiB of decoder memory",
			   DECOMPRESS_XZ_MEMLIMIT >> 20);
	case LZMA_BUF_ERROR:
		return say(why, whysz, "truncated xz data");
	case LZMA_OPTIONS_ERROR:
		return say(why, whysz, "xz data with unsupported options");
	case LZMA_FORMAT_ERROR:
	case LZMA_DATA_ERROR:
	default:
		return say(why, whysz, "corrupt xz data");
	}
}

static int unzstd(const unsigned char *in, size_t n, struct zout *o,
		  char *why, size_t whysz)
{
	ZSTD_inBuffer ib = { in, n, 0 };
	ZSTD_DCtx *d = ZSTD_createDCtx();
	size_t r;

	if (!d)
		oom();
	do {
		size_t room = zout_room(o);
		ZSTD_outBuffer ob = { o->p, o->len + room, o->len };

		r = ZSTD_decompressStream(d, &ob, &ib);
		o->len = ob.pos;
		if (ZSTD_isError(r))
			break;
		/* all input used, room left, and the frame still open */
		if (r && ib.pos == ib.size && ob.pos < ob.size)
			break;
	} while ((r || ib.pos < ib.size) && o->len <= o->limit);
	ZSTD_freeDCtx(d);
	if (o->len > o->limit)
		return too_big(Z_ZSTD, n, o, why, whysz);
	if (ZSTD_isError(r))
		return say(why, whysz, "corrupt zstd data (%s)",
			   ZSTD_getErrorName(r));
	if (r)
		return say(why, whysz, "truncated zstd data");
	return 0;
}

static int ungzip(const unsigned char *in, size_t n, struct zout *o,
		  char *why, size_t whysz)
{
	z_stream z;
	int r;

	if (n > UINT_MAX)
		return say(why, whysz, "gzip data of %zu bytes: too large", n);
	memset(&z, 0, sizeof(z));
	r = inflateInit2(&z, 16 + MAX_WBITS);
	if (r == Z_MEM_ERROR)
		oom();
	if (r != Z_OK)
		return say(why, whysz, "cannot start the gzip decoder (%d)", r);
	z.next_in = (unsigned char *)in;
	z.avail_in = (unsigned int)n;
	for (;;) {
		size_t room = zout_room(o);

		z.next_out = (unsigned char *)o->p + o->len;
		z.avail_out = room > UINT_MAX ? UINT_MAX : (unsigned int)room;
		room = z.avail_out;
		r = inflate(&z, Z_NO_FLUSH);
		o->len += room - z.avail_out;
		if (o->len > o->limit)
			break;
		if (r == Z_STREAM_END) {
			/* concatenated members, as gzip(1) reads them */
			if (z.avail_in < 2 || z.next_in[0] != 0x1f ||
			    z.next_in[1] != 0x8b)
				break;
			inflateReset(&z);
			continue;
		}
		if (r == Z_BUF_ERROR && !z.avail_in)
			break;
		if (r != Z_OK && r != Z_BUF_ERROR)
			break;
	}
	inflateEnd(&z);
	if (o->len > o->limit)
		return too_big(Z_GZIP, n, o, why, whysz);
	if (r == Z_MEM_ERROR)
		oom();
	if (r == Z_STREAM_END && z.avail_in)
		return say(why, whysz, "%u bytes of trailing data after the gzip data",
			   z.avail_in);
	if (r == Z_STREAM_END)
		return 0;
	if (r == Z_BUF_ERROR)
		return say(why, whysz, "truncated gzip data");
	return say(why, whysz, "corrupt gzip data (%s)",
		   z.msg ? z.msg : "zlib error");
}

int decompress_objbuf(struct objbuf *buf, size_t *len, char *why,
		      size_t whysz)
{
	const unsigned char *in = (const unsigned char *)buf->p;
	enum zkind k = decompress_kind(in, *len);
	struct zout o;
	char *tp;
	size_t tc;
	int rc;

	if (k == Z_NONE)
		return 0;
	o.p = buf->z;
	o.cap = buf->capz;
	o.len = 0;
	o.limit = decompress_limit(*len);
	switch (k) {
	case Z_XZ:
		rc = unxz(in, *len, &o, why, whysz);
		break;
	case Z_ZSTD:
		rc = unzstd(in, *len, &o, why, whysz);
		break;
	case Z_GZIP:
	default:
		rc = ungzip(in, *len, &o, why, whysz);
		break;
	}
	buf->z = o.p;
	buf->capz = o.cap;
	if (!rc && !o.len)
		rc = say(why, whysz, "%s data expands to nothing", zname[k]);
	if (rc)
		return -1;
	tp = buf->p;
	tc = buf->cap;
	buf->p = buf->z;
	buf->cap = buf->capz;
	buf->z = tp;
	buf->capz = tc;
	*len = o.len;
	return 0;
}
