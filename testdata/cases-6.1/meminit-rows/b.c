// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case meminit-rows (6.1 only), b.c: the same rows from C, with the
 * header's 6.1 __meminit, __meminitdata and __meminitconst: calls and
 * pointers between .text/.data, __init, __exit and __meminit code and
 * data.  __init -> __meminit is the one direction that is fine.
 */
#include "mpl-kernel.h"

int hp_pages[4] __meminitdata = { 1, 2, 3, 4 };
const char hp_name[] __meminitconst = "hotplug";

noinline int __meminit hp_add(int v)
{
	return v + hp_pages[v & 3] + mpl_sink;
}

noinline int __init hp_boot(int v)
{
	return hp_add(v) + 1;			/* init -> meminit: fine */
}

noinline int __meminit hp_online(int v)
{
	return hp_boot(v) + hp_name[0];		/* meminit -> init: warn */
}

noinline void __exit hp_remove(void)
{
	mpl_sink = hp_add(2);			/* exit -> meminit: warn */
}

noinline int __meminit hp_offline(void)
{
	hp_remove();				/* meminit -> exit: warn */
	return 0;
}

noinline int hp_runtime(int v)
{
	return hp_add(v) + hp_online(v);	/* text -> meminit: warn */
}

int *hp_page_ptr = &hp_pages[1];		/* data -> meminit: warn */
const char *hp_name_ptr = hp_name;		/* .data -> meminit.rodata */
