// SPDX-License-Identifier: GPL-2.0-only
/*
 * The sarif format: one SARIF 2.1.0 log with one run.  Every rule id is a
 * reportingDescriptor (help: the explanation); each finding is a result
 * located at its source line (DWARF) or else at its object file, with the
 * symbols involved as logical locations.  Relative paths are relative to
 * the SRCROOT base, the current directory.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <modpost-lite/explain.h>
#include <modpost-lite/format.h>
#include <modpost-lite/jsonw.h>
#include <modpost-lite/mpl.h>
#include <modpost-lite/util.h>

static void text_obj(FILE *out, const char *name, const char *text)
{
	fprintf(out, "\"%s\":{\"text\":", name);
	json_str(out, text);
	putc('}', out);
}

/* "text-to-init-exit" -> "TextToInitExit": SARIF wants name != id. */
static void camel(FILE *out, const char *id)
{
	bool up = true;

	putc('"', out);
	for (; *id; id++) {
		if (*id == '-') {
			up = true;
			continue;
		}
		putc(up && *id >= 'a' && *id <= 'z' ? *id - 'a' + 'A' : *id,
		     out);
		up = false;
	}
	putc('"', out);
}

static void rules(FILE *out, const struct profile *p)
{
	unsigned int r;

	fputs("\"rules\":[", out);
	for (r = 0; r < R_NR; r++) {
		const struct explanation *e = explain_rule(r);
		char *help = xasprintf("%s\nUsual fix: %s.", e->text, e->fix);

		fputs(r ? ",\n{" : "\n{", out);
		fputs("\"id\":", out);
		json_str(out, e->id);
		fputs(",\"name\":", out);
		camel(out, e->id);
		putc(',', out);
		text_obj(out, "shortDescription", e->title);
		putc(',', out);
		text_obj(out, "fullDescription", e->text);
		putc(',', out);
		text_obj(out, "help", help);
		fprintf(out, ",\"defaultConfiguration\":{\"level\":\"%s\"}}",
			profile_words(p, r)->sev == SEV_WARNING ?
			"warning" : "error");
		free(help);
	}
	fputs("]", out);
}

static void artifact(FILE *out, const char *path)
{
	fputs("\"artifactLocation\":{\"uri\":\"", out);
	if (path[0] == '/') {
		fputs("file://", out);
		json_uri_path(out, path);
		putc('"', out);
	} else {
		json_uri_path(out, path);
		fputs("\",\"uriBaseId\":\"SRCROOT\"", out);
	}
	putc('}', out);
}

static void logical(FILE *out, const char *name, const char *sec,
		    bool *first)
{
	bool func;

	if (!name || !name[0] || str_starts(name, "0x"))
		return;
	explain_symbol_kind(sec, &func);
	fputs(*first ? "" : ",", out);
	fputs("{\"name\":", out);
	json_str(out, name);
	fprintf(out, ",\"kind\":\"%s\"}", func ? "function" : "variable");
	*first = false;
}

static void result(FILE *out, const struct format_ctx *c,
		   const struct finding *x)
{
	const struct inputs *ins = c->ins;
	enum rule_id r = x->rule;
	char *msg = format_message(x, !x->srcfile);
	char *text = format_modpost_text(c, x);
	char *target = format_target(x);
	bool first = true;

	fprintf(out, "{\"ruleId\":\"%s\",\"ruleIndex\":%u,\"level\":\"%s\",",
		explain_rule(r)->id, (unsigned int)r, format_severity(c, x));
	text_obj(out, "message", msg);
	fputs(",\"locations\":[{\"physicalLocation\":{", out);
	artifact(out, x->srcfile ? x->srcfile : format_object(ins, x));
	if (x->srcfile)
		fprintf(out, ",\"region\":{\"startLine\":%u}", x->srcline);
	fputs("},\"logicalLocations\":[", out);
	if (rule_is_mismatch(r) && format_from_symbol(x))
		logical(out, format_from_symbol(x), x->fromsec, &first);
	if (rule_is_mismatch(r) || r == R_EXPORT_INIT_EXIT ||
	    r == R_EXPORTED_TWICE || r == R_COMMON_SYMBOL)
		logical(out, target, x->tosec, &first);
	fputs("]}],\"properties\":{\"unit\":", out);
	json_str(out, format_unit(c, x));
	fputs(",\"object\":", out);
	json_str(out, format_object(ins, x));
	if (x->objsec)
		fprintf(out, ",\"offset\":%llu",
			(unsigned long long)x->objoff);
	fputs(",\"modpostMessage\":", out);
	json_str(out, text);
	fputs("}}", out);
	free(msg);
	free(text);
	free(target);
}

void format_sarif(FILE *out, const struct format_ctx *c,
		  const struct findings *f, size_t n)
{
	char cwd[PATH_MAX];
	size_t i;

	fputs("{\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\",\n"
	      "\"version\":\"2.1.0\",\n\"runs\":[{\n"
	      "\"tool\":{\"driver\":{\"name\":\"modpost-lite\",", out);
	fprintf(out, "\"version\":\"%s\",", MPL_VERSION);
	fputs("\"informationUri\":\"https://www.kernel.org/doc/html/latest/kbuild/modpost.html\",\n",
	      out);
	rules(out, c->prof);
	fputs("}},\n", out);
	if (getcwd(cwd, sizeof(cwd))) {
		fputs("\"originalUriBaseIds\":{\"SRCROOT\":{\"uri\":\"file://",
		      out);
		json_uri_path(out, cwd);
		fputs(strcmp(cwd, "/") ? "/\"}},\n" : "\"}},\n", out);
	}
	fputs("\"results\":[", out);
	for (i = 0; i < n; i++) {
		fputs(i ? ",\n" : "\n", out);
		result(out, c, &f->v[i]);
	}
	fputs("]}]}\n", out);
}
