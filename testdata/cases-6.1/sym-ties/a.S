// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case sym-ties (6.1 only), a.S: several symbols at one address.  6.1
 * names the source of a reference by the nearest symbol at or before it
 * in a section of the same name (find_elf_symbol2(), modpost.c line
 * 1205), and on a tie the LAST one in vmlinux.o's symbol table wins
 * ("<=" in the loop).  ld -r writes the locals object by object, then the
 * globals in the order of its hash table (bfd_hash_hash() of the name,
 * bucket = hash % table size), so:
 *  - local then global alias: the global (6.12: the local);
 *  - global then local: the global (6.12: the local);
 *  - two locals: the later one (6.12: the earlier);
 *  - two globals: the one later in ld's hash order; with ld's initial
 *    4051 buckets st_zeta (bucket 2174) comes after st_alpha (bucket
 *    538) (6.12: the earlier, st_alpha).
 */
#include "mpl-kernel.h"

	__INIT
	.globl st_init
st_init:
	ret

	.text
st_loc_first:
	.globl st_glob_second
st_glob_second:
	call st_init
	.globl st_glob_first
st_glob_first:
st_loc_second:
	call st_init
st_loc_a:
st_loc_b:
	call st_init
	.globl st_zeta
	.globl st_alpha
st_zeta:
st_alpha:
	call st_init
	.globl st_a_end
st_a_end:
