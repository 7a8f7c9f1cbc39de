// SPDX-License-Identifier: GPL-2.0-only
/* .vmlinux.export.c and modules.builtin.modinfo, from the objects. */
#include <limits.h>
#include <string.h>

#include <modpost-lite/exports.h>
#include <modpost-lite/finding.h>
#include <modpost-lite/kbuild-out.h>
#include <modpost-lite/layout.h>
#include <modpost-lite/strbuf.h>
#include <modpost-lite/summary.h>
#include <modpost-lite/util.h>

static void no_crc(const struct export *e, const struct export_owner *o,
		   unsigned int unit, size_t idx, struct findings *out)
{
	struct finding *f = findings_new(out, R_EXPORT_NO_CRC);

	/* modpost prints these when it writes the file: after the checks */
	f->unit = unit;
	f->input = UINT_MAX;
	f->sec = UINT32_MAX;
	f->idx = idx;
	f->tosym = xstrdup(e->name);
	f->detail = o->is_vmlinux;
}

void kbuild_export_c(struct strbuf *sb, const struct exports *ex,
		     const struct export_owner *owner, bool modversions,
		     unsigned int unit, struct findings *out)
{
	size_t n = owner ? owner->n : 0, i;

	sb_printf(sb, "#include <linux/export-internal.h>\n\n");
	for (i = 0; i < n; i++) {
		const struct export *e = &ex->v[owner->idx[i]];

		sb_printf(sb, "KSYMTAB_%s(%s, \"%s\", \"%s\");\n",
			  e->is_func ? "FUNC" : "DATA", e->name,
			  e->gpl ? "_gpl" : "", e->ns);
	}
	if (!modversions)
		return;
	sb_printf(sb, "\n");
	for (i = 0; i < n; i++) {
		const struct export *e = &ex->v[owner->idx[i]];

		if (!e->crc_valid)
			no_crc(e, owner, unit, i, out);
		sb_printf(sb, "SYMBOL_CRC(%s, 0x%08x, \"%s\");\n", e->name,
			  e->crc, e->gpl ? "_gpl" : "");
	}
}

static const struct smodinfo *modinfo_of(const struct objsum *s, uint32_t sec)
{
	size_t i;

	for (i = 0; i < s->nmodinfo; i++)
		if (s->modinfo[i].sec == sec)
			return &s->modinfo[i];
	return NULL;
}

void kbuild_builtin_modinfo(struct strbuf *sb, const struct objsum *sums,
			    struct layout *layout, unsigned int unit)
{
	const struct contrib *c;
	static const char zeros[64];
	size_t n, k;

	c = layout_section(layout, unit, ".modinfo", &n);
	for (k = 0; k < n; k++) {
		const struct smodinfo *m = modinfo_of(&sums[c[k].input],
						      c[k].sec);

		while (sb->len < c[k].off)	/* the alignment gap */
			sb_add(sb, zeros, c[k].off - sb->len > sizeof(zeros) ?
				       sizeof(zeros) : c[k].off - sb->len);
		if (m && m->size)
			sb_add(sb, m->bytes, m->size);
	}
}
