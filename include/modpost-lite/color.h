/* SPDX-License-Identifier: GPL-2.0-only */
/* Terminal colours for the gnu format (as gcc colours its diagnostics). */
#ifndef _MPL_COLOR_H
#define _MPL_COLOR_H

#include <stdio.h>

#include <modpost-lite/options.h>

struct palette {
	const char *locus;	/* "file:line:" */
	const char *warning;
	const char *error;
	const char *note;
	const char *reset;	/* "" each when colour is off */
};

/* The palette for @stream: escapes for always, or auto on a terminal. */
void color_palette(struct palette *p, enum color_when when, FILE *stream);

#endif
