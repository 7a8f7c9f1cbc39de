/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The section pattern lists the profiles' tables (profile-*.c) share:
 * modpost.c's TEXT_SECTIONS, OTHER_TEXT_SECTIONS, the PCI fixup sections
 * and section_white_list[] as far as 6.1 and 6.12 have them alike.  A
 * version's own patterns are added where its table uses these.
 */
#ifndef _MPL_PATTERNS_H
#define _MPL_PATTERNS_H

#include <stddef.h>

/* a NULL-terminated list of glob patterns */
#define PATTERNS(...) ((const char *const[]){ __VA_ARGS__, NULL })

#define TEXT_SECTIONS ".text", ".text.*", ".sched.text", ".kprobes.text", \
	".cpuidle.text", ".noinstr.text", ".ltext", ".ltext.*"
#define OTHER_TEXT_SECTIONS ".ref.text", ".head.text", ".spinlock.text", \
	".fixup", ".entry.text", ".exception.text", ".coldtext", \
	".softirqentry.text", ".irqentry.text"
#define PCI_FIXUP_SECTIONS ".pci_fixup_early", ".pci_fixup_header", \
	".pci_fixup_final", ".pci_fixup_enable", ".pci_fixup_resume", \
	".pci_fixup_resume_early", ".pci_fixup_suspend"
/* section_white_list[]: sections never checked */
#define SECTION_WHITE_LIST ".comment*", ".debug*", ".zdebug*", \
	".GCC.command.line", ".mdebug*", ".pdr", ".stab*", ".note*", \
	".got*", ".toc*", ".xt.prop", ".xt.lit", ".arcextmap*", \
	".gnu.linkonce.arcext*", ".cmem*", ".fmt_slot*", ".gnu.lto*", \
	".discard.*"

#endif
