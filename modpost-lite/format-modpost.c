// SPDX-License-Identifier: GPL-2.0-only
/*
 * modpost's own format: the profile's words, byte for byte, on stderr;
 * with --explain each finding is followed by its explanation as "note:"
 * lines.
 */
#include <modpost-lite/explain.h>
#include <modpost-lite/format.h>
#include <modpost-lite/render.h>
#include <modpost-lite/strbuf.h>

void format_modpost(FILE *out, const struct format_ctx *c,
		    const struct findings *f, size_t n)
{
	struct render_ctx rc = { c->ins, c->prof };
	struct strbuf sb = { 0 };
	size_t i;

	for (i = 0; i < n; i++) {
		const struct finding *x = &f->v[i];

		sb.len = 0;
		profile_words(c->prof, x->rule)->render(&sb, &rc, x);
		fputs(sb_str(&sb), out);
		if (c->opt->explain)
			explain_print(out, explain_rule(x->rule), "note:");
	}
	sb_free(&sb);
}
