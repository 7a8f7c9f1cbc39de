/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The order of the global symbols in the symbol table of ld -r's output
 * (GNU ld, binutils 2.40): not the input order but the order of ld's hash
 * table, which bfd_hash_traverse() walks bucket by bucket.  Linux 6.1's
 * modpost scans vmlinux.o's symbol table in that order and lets the last
 * (or first) of equal candidates win, so a checker that reads the objects
 * computes it here from the names alone: every global or weak symbol of
 * every object, defined or not, entered in link order as ld enters them.
 * Checked against ld -r on a Linux 6.12 defconfig (39,836 globals).
 */
#ifndef _MPL_LDORDER_H
#define _MPL_LDORDER_H

#include <stddef.h>
#include <stdint.h>

struct ldorder;

struct ldorder *ldorder_new(void);
void ldorder_free(struct ldorder *o);

/* Enter @name (@len bytes) as ld does; a name already there is ignored. */
void ldorder_add(struct ldorder *o, const char *name, size_t len);

/*
 * After the last ldorder_add(): the position of @name among the globals
 * of the output symbol table (0 first), or UINT32_MAX if never added.
 */
uint32_t ldorder_rank(struct ldorder *o, const char *name, size_t len);

#endif
