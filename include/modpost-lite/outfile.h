/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Output files (Module.symvers, .vmlinux.export.c, modules.builtin.modinfo)
 * are written atomically: into a temporary file beside the target, then
 * renamed over it, so an interrupted or failed run never leaves half a file
 * for make to trust.
 */
#ifndef _MPL_OUTFILE_H
#define _MPL_OUTFILE_H

#include <stdbool.h>
#include <stddef.h>

/*
 * Write @len bytes at @data to @path.  With @only_if_changed, a file that
 * already holds exactly these bytes is left alone (its time stamp too, so
 * make rebuilds nothing from it), as modpost's write_if_changed().
 * 0, or -1 after one line "modpost-lite: PATH: reason" on stderr.
 */
int outfile_write(const char *path, const void *data, size_t len,
		  bool only_if_changed);

#endif
