// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case clean (silent), c.c: an object with no code or data at all (only
 * empty sections and a file symbol); it must simply be accepted.
 */
#include "mpl-kernel.h"
