// SPDX-License-Identifier: GPL-2.0-only
/* Colours: gcc's defaults (bold locus, magenta warning, red error, cyan note). */
#include <unistd.h>

#include <modpost-lite/color.h>

void color_palette(struct palette *p, enum color_when when, FILE *stream)
{
	int on = when == COLOR_ALWAYS ||
		 (when == COLOR_AUTO && isatty(fileno(stream)));

	p->locus = on ? "\033[1m" : "";
	p->warning = on ? "\033[1;35m" : "";
	p->error = on ? "\033[1;31m" : "";
	p->note = on ? "\033[1;36m" : "";
	p->reset = on ? "\033[0m" : "";
}
