// SPDX-License-Identifier: GPL-2.0-only
/*
 * A weak data definition exported here, overridden by d.c's strong
 * function: the export is KSYMTAB_FUNC, as the winning definition's type
 * is in vmlinux.o.  Its CRC is in .c.o.cmd and again in .d.o.cmd: the
 * last one read wins.
 */
#include "mpl-kernel.h"

__weak int crc_weak[2];
EXPORT_SYMBOL(crc_weak);
