// SPDX-License-Identifier: GPL-2.0-only
/* Case wl-versions, b.c: the __init target. */
#include "mpl-kernel.h"

int __init ver_init(void) { return mpl_sink; }
