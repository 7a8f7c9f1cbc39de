/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Helpers for the profiles' renderers of modpost's words (profile-*.c):
 * the "WARNING: modpost: " prefix and the unit's name as modpost prints
 * them.
 */
#ifndef _MPL_RENDER_H
#define _MPL_RENDER_H

#include <stdbool.h>

#include <modpost-lite/rule.h>

struct finding;
struct render_ctx;
struct strbuf;

/* "WARNING: modpost: ", "ERROR: modpost: ", or the profile's fatal word. */
void render_prefix(struct strbuf *sb, const struct render_ctx *c,
		   enum severity sev);
/* The module's name (the unit's, or the finding's owner), as modpost's. */
void render_unit(struct strbuf *sb, const struct render_ctx *c,
		 const struct finding *f);
/* The module name without the profile's suffix (modpost's mod->name). */
const char *render_module(const struct render_ctx *c, const struct finding *f);

/*
 * The words every profile has: report_extable_warnings()'s notes on an
 * __ex_table reference (their severities by enum extable_note) and the
 * unexpected non-allocatable section.
 */
extern const enum severity render_extable_sev[];
void render_extable_note(struct strbuf *sb, const struct render_ctx *c,
			 const struct finding *f);
void render_nonalloc(struct strbuf *sb, const struct render_ctx *c,
		     const struct finding *f);

#endif
