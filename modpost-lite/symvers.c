// SPDX-License-Identifier: GPL-2.0-only
/* Reading and writing Module.symvers lines. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <modpost-lite/exports.h>
#include <modpost-lite/strbuf.h>
#include <modpost-lite/symvers.h>
#include <modpost-lite/util.h>

/* Split @line at its first TAB: the rest, or NULL. */
static char *field(char *line)
{
	char *tab = strchr(line, '\t');

	if (!tab)
		return NULL;
	*tab = '\0';
	return tab + 1;
}

/*
 * One line, checked as modpost's read_dump() checks it: four TABs, a hex
 * CRC and no empty name or module.  modpost only skips a line with an
 * unknown export type (with an error that counts); here it is bad input.
 */
static char *parse_line(char *line, struct symvers_line *l)
{
	char *name, *module, *export, *ns, *end;
	unsigned long crc;

	if (!(name = field(line)) || !(module = field(name)) ||
	    !(export = field(module)) || !(ns = field(export)))
		return xstrdup("not a Module.symvers line (5 fields separated by TABs)");
	errno = 0;
	crc = strtoul(line, &end, 16);
	if (*end || end == line || errno || crc > UINT32_MAX)
		return xasprintf("bad CRC '%s'", line);
	if (!*name || !*module)
		return xstrdup("empty symbol or module name");
	if (!strcmp(export, "EXPORT_SYMBOL_GPL"))
		l->gpl = true;
	else if (!strcmp(export, "EXPORT_SYMBOL"))
		l->gpl = false;
	else
		return xasprintf("unknown export type '%s' of '%s'", export,
				 name);
	l->crc = (uint32_t)crc;
	l->name = name;
	l->module = module;
	l->ns = ns;
	return NULL;
}

int symvers_read(const char *path,
		 void (*fn)(void *ctx, const struct symvers_line *line),
		 void *ctx, char **err)
{
	struct symvers_line l = { 0 };
	char *line = NULL, *why;
	size_t cap = 0;
	ssize_t n;
	FILE *f;
	int rc = 0;

	f = fopen(path, "r");
	if (!f) {
		*err = xasprintf("%s: %s", path, strerror(errno));
		return -1;
	}
	while ((n = getline(&line, &cap, f)) >= 0) {
		l.lineno++;
		if (n && line[n - 1] == '\n')
			line[--n] = '\0';
		if (memchr(line, '\0', (size_t)n)) {
			*err = xasprintf("%s:%u: a NUL byte in the line", path,
					 l.lineno);
			rc = -1;
			break;
		}
		why = parse_line(line, &l);
		if (why) {
			*err = xasprintf("%s:%u: %s", path, l.lineno, why);
			free(why);
			rc = -1;
			break;
		}
		fn(ctx, &l);
	}
	if (!rc && ferror(f)) {
		*err = xasprintf("%s: read error", path);
		rc = -1;
	}
	free(line);
	fclose(f);
	return rc;
}

void symvers_format(struct strbuf *sb, const struct exports *ex,
		    const struct export_owner *owner)
{
	size_t i;

	for (i = 0; i < owner->n; i++) {
		const struct export *e = &ex->v[owner->idx[i]];

		sb_printf(sb, "0x%08x\t%s\t%s\tEXPORT_SYMBOL%s\t%s\n", e->crc,
			  e->name, owner->name, e->gpl ? "_GPL" : "", e->ns);
	}
}
