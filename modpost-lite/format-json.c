// SPDX-License-Identifier: GPL-2.0-only
/*
 * The json format: JSON Lines, one object per finding, every field always
 * present (null when it does not apply).  The fields are documented in
 * the manual page; their names do not change.
 */
#include <stdlib.h>

#include <modpost-lite/explain.h>
#include <modpost-lite/format.h>
#include <modpost-lite/jsonw.h>

static void field(FILE *out, const char *name, const char *val, bool first)
{
	fprintf(out, "%s\"%s\":", first ? "" : ",", name);
	json_str(out, val);
}

static void num(FILE *out, const char *name, bool known, uint64_t val)
{
	fprintf(out, ",\"%s\":", name);
	if (known)
		fprintf(out, "%llu", (unsigned long long)val);
	else
		fputs("null", out);
}

void format_json(FILE *out, const struct format_ctx *c,
		 const struct findings *f, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		const struct finding *x = &f->v[i];
		const struct explanation *e = explain_rule(x->rule);
		bool mismatch = rule_is_mismatch(x->rule);
		const char *fromsym = mismatch ? format_from_symbol(x) : NULL;
		bool from = fromsym != NULL;
		bool has_target = mismatch || x->rule == R_EXPORT_INIT_EXIT;
		const char *sym = NULL, *tkind = NULL;
		char *msg = format_message(x, true);
		char *text = format_modpost_text(c, x);
		char *target = has_target ? format_target(x) : NULL;
		bool func;

		if (from)
			sym = fromsym;
		else if (x->rule == R_EXPORTED_TWICE ||
			 x->rule == R_COMMON_SYMBOL ||
			 x->rule == R_EXPORT_MALFORMED ||
			 x->rule == R_EXPORT_NO_CRC)
			sym = x->tosym;
		if (has_target)
			tkind = explain_symbol_kind(x->tosec, &func);
		putc('{', out);
		field(out, "kind", explain_kind_name(x->rule), true);
		field(out, "rule", e->id, false);
		field(out, "severity", format_severity(c, x), false);
		field(out, "unit", format_unit(c, x), false);
		field(out, "object", format_object(c->ins, x), false);
		field(out, "section", x->fromsec, false);
		num(out, "offset", x->objsec != 0, x->objoff);
		field(out, "symbol", sym, false);
		num(out, "symbol_offset", from && fromsym == x->fromsym,
		    x->fromoff_exact);
		field(out, "target", target, false);
		field(out, "target_kind", tkind, false);
		field(out, "target_section", has_target ||
		      x->rule == R_EXTABLE_SECTION ? x->tosec : NULL, false);
		field(out, "file", x->srcfile, false);
		num(out, "line", x->srcfile != NULL, x->srcline);
		field(out, "description", msg, false);
		field(out, "message", text, false);
		fputs("}\n", out);
		free(msg);
		free(text);
		free(target);
	}
}
