// SPDX-License-Identifier: GPL-2.0-only
/*
 * The rule engine over a profile's tables: sectioncheck[] rows tried in
 * order, the first match wins; secref_whitelist() patterns, any match
 * excuses.
 */
#include <fnmatch.h>
#include <string.h>

#include <modpost-lite/profile.h>
#include <modpost-lite/rules.h>
#include <modpost-lite/secclass.h>

enum rule_id rule_match(const struct profile *p, uint32_t fromcls,
			uint32_t tocls)
{
	const struct rule_row *r;

	/* A target with no section (undefined, absolute) is never judged. */
	if (tocls & SC_NONE)
		return R_NONE;
	for (r = p->data->rows; r->from; r++) {
		if (!(fromcls & r->from))
			continue;
		if (tocls & r->bad_to)
			return r->rule;
		if (r->good_to && !(tocls & r->good_to))
			return r->rule;
	}
	return R_NONE;
}

/* The classes any row checks relocations from. */
static uint32_t checked_from(const struct profile *p)
{
	const struct rule_row *r;
	uint32_t c = 0;

	for (r = p->data->rows; r->from; r++)
		c |= r->from;
	return c;
}

enum reloc_walk rule_walk(const struct profile *p, uint32_t fromcls,
			  bool exports)
{
	if (fromcls & SC_SKIP)
		return WALK_SKIP;
	if (exports && (fromcls & SC_EXPORT))
		return WALK_EXPORT;
	return (fromcls & checked_from(p)) ? WALK_RULES : WALK_SKIP;
}

static bool match_any(const char *s, const char *const *pat)
{
	for (; *pat; pat++)
		if (!fnmatch(*pat, s, 0))
			return true;
	return false;
}

static bool exact_any(const char *s, const char *const *names)
{
	for (; *names; names++)
		if (!strcmp(*names, s))
			return true;
	return false;
}

bool rule_excusable(const struct profile *p, enum rule_id r)
{
	const struct rule_row *row;

	for (row = p->data->rows; row->from; row++)
		if (row->rule == r && row->no_allow)
			return false;
	return true;
}

bool rule_allowed(const struct profile *p, uint32_t fromcls,
		  const char *fromsym, uint32_t tocls, const char *tosym,
		  bool extra_warn)
{
	const struct allow_row *a;

	for (a = p->data->allow; a->from || a->to || a->fromsym || a->tosym;
	     a++) {
		if (a->from && !(fromcls & a->from))
			continue;
		if (a->to && !(tocls & a->to))
			continue;
		if (a->fromsym && !match_any(fromsym, a->fromsym))
			continue;
		if (a->tosym && !exact_any(tosym, a->tosym))
			continue;
		if (a->unless_extra_warn && extra_warn)
			continue;
		return true;
	}
	return false;
}

uint32_t rule_open_from(const struct profile *p)
{
	const struct rule_row *r;
	uint32_t c = 0;

	for (r = p->data->rows; r->from; r++)
		if (r->good_to)
			c |= r->from;
	return c;
}

bool rule_may_warn(const struct profile *p, uint32_t fromcls, uint32_t tocls)
{
	if ((fromcls & SC_EXPORT) && (tocls & (SC_INIT | SC_EXIT)))
		return true;
	return rule_match(p, fromcls, tocls) != R_NONE;
}
