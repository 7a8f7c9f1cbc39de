// SPDX-License-Identifier: GPL-2.0-only
/*
 * The gnu format, as compilers print diagnostics:
 *   FILE:LINE: warning: MESSAGE        (DWARF line information found)
 *   OBJECT: warning: MESSAGE           (else; symbols carry +0xOFFSET)
 *   LOCATION: note: THE USUAL FIX
 * and with --explain the explanation as more note lines.
 */
#include <stdlib.h>

#include <modpost-lite/color.h>
#include <modpost-lite/explain.h>
#include <modpost-lite/format.h>
#include <modpost-lite/util.h>

void format_gnu(FILE *out, const struct format_ctx *c,
		const struct findings *f, size_t n)
{
	const struct options *opt = c->opt;
	struct palette pal;
	size_t i;

	color_palette(&pal, opt->color, out);
	for (i = 0; i < n; i++) {
		const struct finding *x = &f->v[i];
		const struct explanation *e = explain_rule(x->rule);
		const char *sev = format_severity(c, x);
		char *msg = format_message(x, !x->srcfile);
		char *loc, *prefix;

		if (x->srcfile)
			loc = xasprintf("%s:%u:", x->srcfile, x->srcline);
		else
			loc = xasprintf("%s:", format_object(c->ins, x));
		fprintf(out, "%s%s%s %s%s:%s %s [%s]\n", pal.locus, loc,
			pal.reset, sev[0] == 'e' ? pal.error : pal.warning, sev,
			pal.reset, msg, e->id);
		fprintf(out, "%s%s%s %snote:%s %s\n", pal.locus, loc, pal.reset,
			pal.note, pal.reset, e->fix);
		if (opt->explain) {
			prefix = xasprintf("%s%s%s %snote:%s", pal.locus, loc,
					   pal.reset, pal.note, pal.reset);
			explain_print(out, e, prefix);
			free(prefix);
		}
		free(loc);
		free(msg);
	}
}
