// SPDX-License-Identifier: GPL-2.0-only
/*
 * The rule table and the allow-list of Linux 6.12's modpost, on section
 * classes.  Rules are tried in modpost's order; the first match wins.
 */
#include <fnmatch.h>
#include <string.h>

#include <modpost-lite/rules.h>
#include <modpost-lite/secclass.h>

enum mismatch_kind rule_match(uint32_t fromcls, uint32_t tocls)
{
	/* A target with no section (undefined, absolute) is never judged. */
	if (tocls & SC_NONE)
		return MM_NONE;
	if ((fromcls & (SC_TEXT | SC_DATA)) && (tocls & (SC_INIT | SC_EXIT)))
		return MM_TEXTDATA_TO_INIT_EXIT;
	if ((fromcls & SC_INIT) && (tocls & SC_EXIT))
		return MM_INIT_TO_EXIT;
	if ((fromcls & SC_EXIT) && (tocls & SC_INIT))
		return MM_EXIT_TO_INIT;
	if ((fromcls & SC_PCI_FIXUP) && (tocls & SC_INIT))
		return MM_PCI_TO_INIT;
	if ((fromcls & SC_EXTABLE) &&
	    ((tocls & SC_ALTINSTR) || !(tocls & SC_ALL_TEXT)))
		return MM_EXTABLE_TO_NON_TEXT;
	return MM_NONE;
}

enum reloc_walk rule_walk(uint32_t fromcls, bool exports)
{
	if (fromcls & SC_SKIP)
		return WALK_SKIP;
	if (exports && (fromcls & SC_EXPORT))
		return WALK_EXPORT;
	return (fromcls & SC_FROM_ANY) ? WALK_RULES : WALK_SKIP;
}

static int starts(const char *s, const char *prefix)
{
	return !strncmp(s, prefix, strlen(prefix));
}

bool rule_allowed(uint32_t fromcls, const char *fromsym, uint32_t tocls,
		  const char *tosym)
{
	/* module parameters declared __initdata */
	if ((tocls & SC_INIT_DATA) && (fromcls & SC_DATA) &&
	    starts(fromsym, "__param"))
		return true;
	/* module_param_call() ops with an __init set function */
	if ((tocls & SC_INIT_TEXT) && (fromcls & SC_DATA) &&
	    starts(fromsym, "__param_ops_"))
		return true;
	/* driver and ops structures in data may point to init/exit code */
	if ((fromcls & SC_DATA) && (tocls & (SC_INIT | SC_EXIT)) &&
	    (!fnmatch("*_ops", fromsym, 0) || !fnmatch("*_probe", fromsym, 0) ||
	     !fnmatch("*_console", fromsym, 0)))
		return true;
	/* early boot code */
	if ((fromcls & SC_HEAD) && (tocls & SC_INIT))
		return true;
	/* section boundary markers */
	if (!strcmp(tosym, "__init_begin") || !strcmp(tosym, "_sinittext") ||
	    !strcmp(tosym, "_einittext"))
		return true;
	/* gcc's constant-propagated clones of static inlines */
	if ((fromcls & SC_ALL_TEXT) && (tocls & SC_INIT) &&
	    !fnmatch("*.constprop.*", fromsym, 0))
		return true;
	return false;
}

bool rule_may_warn(uint32_t fromcls, uint32_t tocls)
{
	if ((fromcls & SC_EXPORT) && (tocls & (SC_INIT | SC_EXIT)))
		return true;
	return rule_match(fromcls, tocls) != MM_NONE;
}
