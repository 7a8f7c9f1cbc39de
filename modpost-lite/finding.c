// SPDX-License-Identifier: GPL-2.0-only
/* Lists of findings: growing, merging, sorting into a stable order. */
#include <stdlib.h>
#include <string.h>

#include <modpost-lite/finding.h>
#include <modpost-lite/util.h>

struct finding *findings_new(struct findings *f, enum rule_id rule)
{
	struct finding *x;

	GROW(f->v, f->cap, f->n);
	x = &f->v[f->n++];
	memset(x, 0, sizeof(*x));
	x->rule = rule;
	return x;
}

void findings_move(struct findings *dst, struct findings *src)
{
	size_t i;

	for (i = 0; i < src->n; i++)
		*findings_new(dst, src->v[i].rule) = src->v[i];
	free(src->v);
	memset(src, 0, sizeof(*src));
}

static int cmp_finding(const void *a, const void *b)
{
	const struct finding *x = a, *y = b;

	if (x->unit != y->unit)
		return x->unit < y->unit ? -1 : 1;
	if (x->input != y->input)
		return x->input < y->input ? -1 : 1;
	if (x->sec != y->sec)
		return x->sec < y->sec ? -1 : 1;
	if (x->idx != y->idx)
		return x->idx < y->idx ? -1 : 1;
	if (x->sub != y->sub)
		return x->sub < y->sub ? -1 : 1;
	return 0;
}

void findings_sort(struct findings *f)
{
	if (f->n)	/* f->v is NULL then: qsort's pointer is nonnull */
		qsort(f->v, f->n, sizeof(*f->v), cmp_finding);
}

void finding_clear(struct finding *x)
{
	free(x->fromsym);
	free(x->fromsec);
	free(x->tosym);
	free(x->tosec);
	free(x->extra);
	free(x->owner);
	free(x->srcfile);
	free(x->srcfunc);
	x->fromsym = x->fromsec = x->tosym = x->tosec = NULL;
	x->extra = x->owner = x->srcfile = x->srcfunc = NULL;
}

void findings_free(struct findings *f)
{
	size_t i;

	for (i = 0; i < f->n; i++)
		finding_clear(&f->v[i]);
	free(f->v);
	memset(f, 0, sizeof(*f));
}
