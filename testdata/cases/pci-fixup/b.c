// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case pci-fixup (mixed), b.c: the hooks, and one more early fixup in the
 * second object pointing at init code (fires, second entry of the merged
 * .pci_fixup_early).
 */
#include "mpl-kernel.h"

void __init quirk_init_a(void *d) { mpl_sink = (d != 0); }
void __init quirk_init_b(void *d) { mpl_sink = (d == 0); }
noinline void quirk_text(void *d) { mpl_sink = 3 + (d != 0); }
void __exit quirk_exit(void *d) { mpl_sink = 4 + (d != 0); }

DECLARE_PCI_FIXUP_EARLY(e2, 0x8086, 0x4321, quirk_init_b);	/* fires */
DECLARE_PCI_FIXUP_RESUME(r2, 0x8086, 0x4322, quirk_init_a);	/* fires */
