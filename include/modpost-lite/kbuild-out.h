/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The files Kbuild made from vmlinux.o, made from the objects instead:
 * .vmlinux.export.c (the kernel's ksymtab and CRCs, compiled into vmlinux)
 * and modules.builtin.modinfo (vmlinux's .modinfo section).
 */
#ifndef _MPL_KBUILD_OUT_H
#define _MPL_KBUILD_OUT_H

#include <stdbool.h>

struct exports;
struct export_owner;
struct findings;
struct layout;
struct objsum;
struct strbuf;

/*
 * .vmlinux.export.c as modpost's write_vmlinux_export_c_file() writes it
 * for @owner (NULL: a vmlinux that exports nothing).  With @modversions,
 * the SYMBOL_CRC lines and, for each export without a CRC, the warning
 * modpost prints (a finding of unit @unit).
 */
void kbuild_export_c(struct strbuf *sb, const struct exports *ex,
		     const struct export_owner *owner, bool modversions,
		     unsigned int unit, struct findings *out);

/*
 * vmlinux's .modinfo section as ld -r lays it out (the members' .modinfo
 * sections in link order, each aligned, the gaps zero), which is what
 * objcopy -j .modinfo -O binary vmlinux.o writes.
 */
void kbuild_builtin_modinfo(struct strbuf *sb, const struct objsum *sums,
			    struct layout *layout, unsigned int unit);

#endif
