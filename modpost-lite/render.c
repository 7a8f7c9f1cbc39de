// SPDX-License-Identifier: GPL-2.0-only
/* What every profile's renderers share. */
#include <stdbool.h>

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

const enum severity render_extable_sev[] = {
	[EXN_BLACKLISTED] = SEV_FATAL,
	[EXN_UNKNOWN_TEXT] = SEV_WARNING,
	[EXN_NOT_EXEC] = SEV_ERROR,
};

void render_extable_note(struct strbuf *sb, const struct render_ctx *c,
			 const struct finding *f)
{
	bool bare = c->p->data->extable_note_bare;
	unsigned long long at = f->fromaddr;

	if (!bare || f->detail != EXN_UNKNOWN_TEXT)
		render_prefix(sb, c, render_extable_sev[f->detail]);
	switch (f->detail) {
	case EXN_BLACKLISTED:
		sb_printf(sb, "The relocation at %s+0x%llx references\n"
			  "section \"%s\" which is black-listed.\n"
			  "Something is seriously wrong and should be fixed.\n"
			  "You might get more information about where this is\n"
			  "coming from by using scripts/check_extable.sh ",
			  f->fromsec, at, f->tosec);
		render_unit(sb, c, f);
		sb_printf(sb, "\n");
		break;
	case EXN_UNKNOWN_TEXT:
		sb_printf(sb, "The relocation at %s+0x%llx references\n"
			  "section \"%s\" which is not in the list of\n"
			  "authorized sections.  If you're adding a new section\n"
			  "and/or if this reference is valid, add \"%s\" to the\n"
			  "list of authorized sections to jump to on fault.\n"
			  "This can be achieved by adding \"%s\" to%s\n"
			  "OTHER_TEXT_SECTIONS in scripts/mod/modpost.c.\n",
			  f->fromsec, at, f->tosec, f->tosec, f->tosec,
			  bare ? " " : "");
		break;
	default:
		sb_printf(sb, "%s+0x%llx references non-executable section '%s'\n",
			  f->fromsec, at, f->tosec);
		break;
	}
}

void render_nonalloc(struct strbuf *sb, const struct render_ctx *c,
		     const struct finding *f)
{
	render_prefix(sb, c, SEV_WARNING);
	render_unit(sb, c, f);
	sb_printf(sb, " (%s): unexpected non-allocatable section.\n"
		  "Did you forget to use \"ax\"/\"aw\" in a .S file?\n"
		  "Note that for example <linux/init.h> contains\n"
		  "section definitions for use in .S files.\n\n", f->fromsec);
}
