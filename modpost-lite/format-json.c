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

void format_json(FILE *out, const struct options *opt,
		 const struct inputs *ins, const struct findings *f, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		const struct finding *x = &f->v[i];
		const struct explanation *e = explain_rule(explain_rule_of(x));
		bool from = x->kind == F_MISMATCH && x->fromsym &&
			    x->fromsym[0] && x->from_in_object;
		bool has_target = x->kind == F_MISMATCH ||
				  x->kind == F_EXPORT_INIT;
		const char *sym = NULL, *tkind = NULL;
		char *msg = format_message(ins, x, true);
		char *text = format_modpost_text(x);
		bool func;

		if (from)
			sym = x->fromsym;
		else if (x->kind == F_EXPORT_TWICE || x->kind == F_COMMON ||
			 x->kind == F_EXPORT_ERROR)
			sym = x->tosym;
		if (has_target)
			tkind = explain_symbol_kind(x->tosec, &func);
		putc('{', out);
		field(out, "kind", explain_kind_name(x->kind), true);
		field(out, "rule", e->id, false);
		field(out, "severity", format_severity(opt, x), false);
		field(out, "unit", x->unit < ins->nunits ?
		      ins->units[x->unit].name : NULL, false);
		field(out, "object", format_object(ins, x), false);
		field(out, "section", x->fromsec, false);
		num(out, "offset", x->objsec != 0, x->objoff);
		field(out, "symbol", sym, false);
		num(out, "symbol_offset", from, x->fromoff_exact);
		field(out, "target", has_target ? x->tosym : NULL, false);
		field(out, "target_kind", tkind, false);
		field(out, "target_section", has_target || x->kind ==
		      F_EXTABLE_NOTE ? x->tosec : NULL, false);
		field(out, "file", x->srcfile, false);
		num(out, "line", x->srcfile != NULL, x->srcline);
		field(out, "description", msg, false);
		field(out, "message", text, false);
		fputs("}\n", out);
		free(msg);
		free(text);
	}
}
