/* SPDX-License-Identifier: GPL-2.0-only */
/* The whole program as a function, for main() and the fuzz harness. */
#ifndef _MPL_MPL_H
#define _MPL_MPL_H

#define MPL_VERSION "0.1.0"

/* Exit status: 0 clean or warnings, 1 errors (or -E mismatches), 2 bad input. */
int mpl_main(int argc, char **argv);

#endif
