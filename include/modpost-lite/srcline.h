/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Source lines of findings, from the objects' DWARF line tables (libdw).
 * Only the objects with findings are opened, each once.
 */
#ifndef _MPL_SRCLINE_H
#define _MPL_SRCLINE_H

struct findings;
struct inputs;

/*
 * Set srcfile/srcline of every finding with an object location (objsec)
 * whose object has line information, on @nthreads workers.  File names
 * under the current directory are made relative to it.
 */
void srcline_fill(const struct inputs *ins, struct findings *f,
		  unsigned int nthreads);

#endif
