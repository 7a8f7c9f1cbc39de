// SPDX-License-Identifier: GPL-2.0-only
/* What every profile's renderers share. */
#include <modpost-lite/finding.h>
#include <modpost-lite/inputs.h>
#include <modpost-lite/profile.h>
#include <modpost-lite/render.h>
#include <modpost-lite/strbuf.h>

void render_prefix(struct strbuf *sb, const struct render_ctx *c,
		   enum severity sev)
{
	const char *word = sev == SEV_FATAL ? c->p->data->fatal_word :
			   sev == SEV_ERROR ? "ERROR" : "WARNING";

	sb_printf(sb, "%s: modpost: ", word);
}

const char *render_module(const struct render_ctx *c, const struct finding *f)
{
	if (f->owner)
		return f->owner;
	return f->unit < c->ins->nunits ? c->ins->units[f->unit].name : "?";
}

void render_unit(struct strbuf *sb, const struct render_ctx *c,
		 const struct finding *f)
{
	sb_printf(sb, "%s%s", render_module(c, f), c->p->data->unit_suffix);
}
