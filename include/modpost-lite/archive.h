/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Listing the members of ar(1) archives.  Regular archives are walked with
 * libelf; thin archives ("!<thin>\n", as Kbuild's vmlinux.a and built-in.a),
 * which libelf does not read, are parsed here: their members are paths
 * relative to the archive's directory.
 */
#ifndef _MPL_ARCHIVE_H
#define _MPL_ARCHIVE_H

#include <stdint.h>

enum file_kind {
	FK_ERROR,	/* could not be read: see the message */
	FK_OBJECT,	/* anything else: opened as an ELF object later */
	FK_ARCHIVE,	/* "!<arch>\n" */
	FK_THIN,	/* "!<thin>\n" */
};

/* On FK_ERROR, *err says why and *errnum is the errno (0: not a system error). */
enum file_kind file_kind(const char *path, char **err, int *errnum);

/*
 * Call @fn for each member.  For thin archives @member is the member's path
 * as the file system sees it, @off is -1 and @size the size the member's
 * header records (the file's size when the archive was written); for
 * regular archives @member is the member name and @off, @size locate its
 * data in the archive.
 * Returns 0, or -1 with *err set (a malformed archive).
 */
typedef void (*member_fn)(void *ctx, const char *member, int64_t off,
			  uint64_t size);
int archive_walk(const char *path, enum file_kind kind, member_fn fn,
		 void *ctx, char **err);

#endif
