// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case othertext-not-checked (silent), a.c: code in sections that are not a
 * "fromsec" of any sectioncheck[] rule references init and exit code/data of
 * b.c.  OTHER_TEXT_SECTIONS (.ref.text, .head.text, .spinlock.text, .fixup,
 * .entry.text, .exception.text, .coldtext, .softirqentry.text,
 * .irqentry.text) and look-alikes that match no pattern (".textual",
 * ".text_x", ".datax", ".rodata"): no warning at all.
 */
#include "mpl-kernel.h"

extern int hw_init(int);
extern void hw_exit(void);
extern int init_table[4];

#define USER(sec, name)							\
	__in_section(sec) noinline int name(int v)			\
	{								\
		if (v == 3)						\
			hw_exit();					\
		return hw_init(v) + init_table[v & 3];			\
	}

USER(".ref.text", o_ref)
USER(".head.text", o_head)
USER(".spinlock.text", o_spinlock)
USER(".fixup", o_fixup)
USER(".entry.text", o_entry)
USER(".exception.text", o_exception)
USER(".coldtext", o_coldtext)
USER(".softirqentry.text", o_softirq)
USER(".irqentry.text", o_irqentry)
USER(".textual", o_textual)
USER(".text_x", o_text_x)

/* data sections that are not DATA_SECTIONS */
void *o_datax[] __in_section(".datax") = { hw_init, init_table };
void *const o_rodata[] = { hw_init, hw_exit, init_table };
