// SPDX-License-Identifier: GPL-2.0-only
/*
 * The words of the gnu, json and sarif formats.  modpost's quirks are
 * corrected here: offsets are from the symbol's real start (no Thumb bit),
 * a reference without a from-symbol in its own object is named by the
 * object's section and offset, not the merged section's.
 */
#include <stdlib.h>
#include <string.h>

#include <modpost-lite/explain.h>
#include <modpost-lite/format.h>
#include <modpost-lite/rules.h>
#include <modpost-lite/util.h>

const char *format_severity(const struct options *opt,
			    const struct finding *x)
{
	return x->error || (x->counts && opt->error_on_mismatch) ?
	       "error" : "warning";
}

const char *format_object(const struct inputs *ins, const struct finding *x)
{
	return x->input < ins->nin ? ins->in[x->input].display : "?";
}

char *format_modpost_text(const struct finding *x)
{
	const char *t = x->text ? x->text : "";
	size_t n = strlen(t);

	while (n && t[n - 1] == '\n')
		n--;
	return xasprintf("%s: modpost: %.*s", x->error ? "ERROR" : "WARNING",
			 (int)n, t);
}

/* modpost's text after "unit: ", on one line. */
static char *text_tail(const struct inputs *ins, const struct finding *x)
{
	const char *t = x->text ? x->text : "";
	const char *unit = x->unit < ins->nunits ? ins->units[x->unit].name :
			   NULL;
	char *s, *p;
	size_t n;

	if (unit && str_starts(t, unit) && !strncmp(t + strlen(unit), ": ", 2))
		t += strlen(unit) + 2;
	s = xstrdup(t);
	n = strlen(s);
	while (n && s[n - 1] == '\n')
		s[--n] = 0;
	for (p = s; *p; p++)
		if (*p == '\n')
			*p = ' ';
	return s;
}

/* "bar()", "bar()+0x12", or ".text+0x12" (no from-symbol here). */
static char *from_part(const struct finding *x, bool offsets)
{
	bool func;

	if (x->fromsym && x->fromsym[0] && x->from_in_object) {
		explain_symbol_kind(x->fromsec, &func);
		if (offsets)
			return xasprintf("%s%s+0x%llx (%s)", x->fromsym,
					 func ? "()" : "",
					 (unsigned long long)x->fromoff_exact,
					 x->fromsec);
		return xasprintf("%s%s (%s)", x->fromsym, func ? "()" : "",
				 x->fromsec);
	}
	return xasprintf("%s+0x%llx", x->fromsec ? x->fromsec : "?",
			 (unsigned long long)x->objoff);
}

/* "__init function foo() (.init.text)" */
static char *target_part(const struct finding *x)
{
	bool func;
	const char *kind = explain_symbol_kind(x->tosec, &func);
	const char *name = x->tosym ? x->tosym : "?";

	if (str_starts(name, "0x"))	/* modpost's merged address */
		return xasprintf("an unnamed location in %s",
				 x->tosec ? x->tosec : "?");
	return xasprintf("%s %s%s (%s)", kind, name, func ? "()" : "",
			 x->tosec ? x->tosec : "?");
}

char *format_message(const struct inputs *ins, const struct finding *x,
		     bool offsets)
{
	char *from, *to, *s;

	switch (x->kind) {
	case F_MISMATCH:
		from = from_part(x, offsets);
		to = target_part(x);
		if (x->rule == MM_EXTABLE_TO_NON_TEXT)
			s = xasprintf("exception table entry %s references %s, which is not in an authorized text section",
				      from, to);
		else
			s = xasprintf("section mismatch: %s references %s",
				      from, to);
		free(from);
		free(to);
		return s;
	case F_EXTABLE_NOTE:
		if (x->fatal)
			return xasprintf("__ex_table entry at %s+0x%llx references black-listed section '%s'",
					 x->fromsec, (unsigned long long)x->objoff,
					 x->tosec);
		if (!x->error)
			return xasprintf("__ex_table entry at %s+0x%llx references section '%s', which is not in modpost's list of authorized sections",
					 x->fromsec, (unsigned long long)x->objoff,
					 x->tosec);
		return xasprintf("__ex_table entry at %s+0x%llx references non-executable section '%s'",
				 x->fromsec, (unsigned long long)x->objoff,
				 x->tosec);
	case F_EXPORT_INIT:
		to = target_part(x);
		s = xasprintf("EXPORT_SYMBOL used for %s", to);
		free(to);
		return s;
	case F_NONALLOC:
		return xasprintf("unexpected non-allocatable section '%s'",
				 x->fromsec ? x->fromsec : "?");
	case F_COMMON:
		return xasprintf("'%s' is a COMMON symbol",
				 x->tosym ? x->tosym : "?");
	case F_EXPORT_NOCRC:
		return xasprintf("exported symbol '%s' has no modversions CRC",
				 x->tosym ? x->tosym : "?");
	case F_EXPORT_ERROR:
	case F_EXPORT_TWICE:
		break;
	}
	return text_tail(ins, x);
}
