// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case pci-fixup (mixed), a.c: PCI quirk tables (.pci_fixup_early,
 * _header, _final, _resume) whose hooks live in b.c.  Rule 4:
 * ALL_PCI_INIT_SECTIONS -> ALL_INIT_SECTIONS fires (hooks in .init.text);
 * hooks in .text or .exit.text are not flagged by this rule.
 */
#include "mpl-kernel.h"

extern void quirk_init_a(void *), quirk_init_b(void *);
extern void quirk_text(void *), quirk_exit(void *);

DECLARE_PCI_FIXUP_EARLY(e1, 0x8086, 0x1234, quirk_init_a);	/* fires */
DECLARE_PCI_FIXUP_HEADER(h1, 0x8086, 0x1235, quirk_text);	/* silent */
DECLARE_PCI_FIXUP_FINAL(f1, 0x10de, 0x0001, quirk_init_b);	/* fires */
DECLARE_PCI_FIXUP_FINAL(f2, 0x10de, 0x0002, quirk_exit);	/* silent */
DECLARE_PCI_FIXUP_RESUME(r1, 0x1af4, 0x1000, quirk_text);	/* silent */
