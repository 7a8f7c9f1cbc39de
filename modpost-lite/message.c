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
#include <modpost-lite/export.h>
#include <modpost-lite/render.h>
#include <modpost-lite/strbuf.h>
#include <modpost-lite/util.h>

const char *format_severity(const struct format_ctx *c,
			    const struct finding *x)
{
	return profile_severity(c->prof, x) != SEV_WARNING ||
	       (profile_words(c->prof, x->rule)->counts &&
		c->opt->error_on_mismatch) ? "error" : "warning";
}

const char *format_object(const struct inputs *ins, const struct finding *x)
{
	return x->input < ins->nin ? ins->in[x->input].display : "?";
}

const char *format_unit(const struct format_ctx *c, const struct finding *x)
{
	struct render_ctx rc = { c->ins, c->prof };

	return render_module(&rc, x);
}

char *format_target(const struct finding *x)
{
	if (x->tosym)
		return xstrdup(x->tosym);
	if (rule_is_mismatch(x->rule))
		return xasprintf("0x%x", (unsigned int)x->toaddr);
	return NULL;
}

char *format_modpost_text(const struct format_ctx *c,
			  const struct finding *x)
{
	struct render_ctx rc = { c->ins, c->prof };
	struct strbuf sb = { 0 };
	char *s;

	profile_words(c->prof, x->rule)->render(&sb, &rc, x);
	while (sb.len && sb.p[sb.len - 1] == '\n')
		sb.p[--sb.len] = '\0';
	s = xstrdup(sb_str(&sb));
	sb_free(&sb);
	return s;
}

/*
 * The from-symbol worth naming.  modpost's is the nearest symbol before
 * the reference in the merged section: in a .ko, or when the object has
 * no symbol there, it can be a neighbour from another source file.  When
 * DWARF knows the function the reference is in, it decides: a symbol that
 * is that function (or a clone of it, "name.constprop.0") stays; else the
 * function DWARF names; else none (assembly: the section and offset).
 */
const char *format_from_symbol(const struct finding *x)
{
	const char *sym = x->fromsym && x->fromsym[0] && x->from_in_object ?
			  x->fromsym : NULL;
	size_t n;

	if (!x->srcfunc)
		return sym;
	n = strlen(x->srcfunc);
	if (sym && n && !strncmp(sym, x->srcfunc, n) &&
	    (!sym[n] || sym[n] == '.'))
		return sym;
	return x->srcfunc[0] ? x->srcfunc : NULL;
}

/* "bar()", "bar()+0x12", or ".text+0x12" (no from-symbol here). */
static char *from_part(const struct finding *x, bool offsets)
{
	const char *name = format_from_symbol(x);
	bool func;

	if (name) {
		explain_symbol_kind(x->fromsec, &func);
		if (offsets && name == x->fromsym)
			return xasprintf("%s%s+0x%llx (%s)", name,
					 func ? "()" : "",
					 (unsigned long long)x->fromoff_exact,
					 x->fromsec);
		return xasprintf("%s%s (%s)", name, func ? "()" : "",
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
	if (!x->tosym)	/* modpost prints a merged address */
		return xasprintf("an unnamed location in %s",
				 x->tosec ? x->tosec : "?");
	return xasprintf("%s %s%s (%s)", kind, x->tosym, func ? "()" : "",
			 x->tosec ? x->tosec : "?");
}

/* The words of a malformed .export_symbol entry. */
static char *export_problem(const struct finding *x)
{
	const char *label = x->fromsym ? x->fromsym : "";

	switch (x->detail) {
	case EXP_STRANGE_LABEL:
		return xasprintf(".export_symbol section contains strange symbol '%s'",
				 label);
	case EXP_LOCAL:
		return xasprintf("local symbol '%s' was exported",
				 label + strlen(EXPORT_LABEL_PREFIX));
	case EXP_NAME_MISMATCH:
		return xasprintf(".export_symbol section references '%s', but it does not seem to be an export symbol",
				 x->tosym);
	case EXP_NS_ORPHAN:
		return xasprintf("namespace '%s' given for '%s', which is not exported",
				 x->extra ? x->extra : "", x->tosym);
	default:
		return xasprintf("unknown license '%s' was specified for '%s'",
				 x->extra ? x->extra : "", x->tosym);
	}
}

static char *extable_note(const struct finding *x)
{
	unsigned long long off = x->objoff;

	switch (x->detail) {
	case EXN_BLACKLISTED:
		return xasprintf("__ex_table entry at %s+0x%llx references black-listed section '%s'",
				 x->fromsec, off, x->tosec);
	case EXN_UNKNOWN_TEXT:
		return xasprintf("__ex_table entry at %s+0x%llx references section '%s', which is not in modpost's list of authorized sections",
				 x->fromsec, off, x->tosec);
	default:
		return xasprintf("__ex_table entry at %s+0x%llx references non-executable section '%s'",
				 x->fromsec, off, x->tosec);
	}
}

char *format_message(const struct finding *x, bool offsets)
{
	char *from, *to, *s;

	if (rule_is_mismatch(x->rule)) {
		from = from_part(x, offsets);
		to = target_part(x);
		if (x->rule == R_EXTABLE_TO_NON_TEXT)
			s = xasprintf("exception table entry %s references %s, which is not in an authorized text section",
				      from, to);
		else
			s = xasprintf("section mismatch: %s references %s",
				      from, to);
		free(from);
		free(to);
		return s;
	}
	switch (x->rule) {
	case R_EXTABLE_SECTION:
		return extable_note(x);
	case R_EXPORT_INIT_EXIT:
		to = target_part(x);
		s = xasprintf("EXPORT_SYMBOL used for %s", to);
		free(to);
		return s;
	case R_EXPORT_MALFORMED:
		return export_problem(x);
	case R_EXPORTED_TWICE:
		return xasprintf("'%s' exported twice. Previous export was in %s%s",
				 x->tosym, x->extra, x->detail ? "" : ".ko");
	case R_NONALLOC_SECTION:
		return xasprintf("unexpected non-allocatable section '%s'",
				 x->fromsec ? x->fromsec : "?");
	case R_COMMON_SYMBOL:
		return xasprintf("'%s' is a COMMON symbol",
				 x->tosym ? x->tosym : "?");
	case R_EXPORT_NO_CRC:
		return xasprintf("exported symbol '%s' has no modversions CRC",
				 x->tosym ? x->tosym : "?");
	default:
		return xstrdup("?");
	}
}
