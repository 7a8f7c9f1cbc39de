// SPDX-License-Identifier: GPL-2.0-only
/* The profile registry: which profile speaks for which kernel releases. */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <modpost-lite/finding.h>
#include <modpost-lite/profile.h>
#include <modpost-lite/util.h>

#define REL(major, minor) ((major) * 1000u + (minor))

static const struct profile profile_6_1 = {
	.name = "6.1",
	.first = REL(6, 1),
	.last = REL(6, 1),
	.covers = "6.1",
	.note = "LTS, Debian 12's kernel",
	.reference = "linux-kbuild-6.1",
	.data = &profile_data_6_1,
};

static const struct profile profile_6_12 = {
	.name = "6.12",
	.first = REL(6, 12),
	.last = REL(6, 18),
	.covers = "6.12 to 6.18",
	.reference = "linux-kbuild-6.12.*+deb12",
	.data = &profile_data_6_12,
};

static const struct profile profile_7_0 = {
	.name = "7.0",
	.first = REL(7, 0),
	.last = REL(7, 1),
	.covers = "7.0 and 7.1",
	.note = "no *_probe in the allow-list",
	.data = &profile_data_7_0,
};

static const struct profile profile_7_2 = {
	.name = "7.2",
	.first = REL(7, 2),
	.last = UINT_MAX,
	.covers = "7.2 and later",
	.note = "*_ops.llvm.* allowed like *_ops",
	.data = &profile_data_7_2,
};

const struct profile *const profiles[] = {
	&profile_6_1, &profile_6_12, &profile_7_0, &profile_7_2, NULL
};

const struct profile *profile_named(const char *name)
{
	size_t i;

	for (i = 0; profiles[i]; i++)
		if (!strcmp(profiles[i]->name, name))
			return profiles[i];
	return NULL;
}

const struct profile *profile_default(void)
{
	return &profile_6_12;
}

/* "6.1", "6.1.0-57-amd64", "v6.15.3", "7.2-rc1": major*1000+minor, or 0. */
unsigned int profile_release_number(const char *s)
{
	unsigned long major, minor;
	char *end;

	if (*s == 'v')
		s++;
	if (*s < '0' || *s > '9')
		return 0;
	major = strtoul(s, &end, 10);
	if (*end != '.' || end[1] < '0' || end[1] > '9')
		return 0;
	minor = strtoul(end + 1, &end, 10);
	if (*end && *end != '.' && *end != '-' && *end != '+' && *end != '_')
		return 0;
	if (major > 1000 || minor >= 1000)
		return 0;
	return REL((unsigned int)major, (unsigned int)minor);
}

static char *profile_names(void)
{
	char *s = xstrdup(""), *t;
	size_t i;

	for (i = 0; profiles[i]; i++) {
		t = xasprintf("%s%s%s (%s)", s, i ? ", " : "",
			      profiles[i]->name, profiles[i]->covers);
		free(s);
		s = t;
	}
	return s;
}

const struct profile *profile_of_number(unsigned int rel)
{
	size_t i;

	for (i = 0; rel && profiles[i]; i++)
		if (rel >= profiles[i]->first && rel <= profiles[i]->last)
			return profiles[i];
	return NULL;
}

/* The oldest profile for releases from @rel on (a bound hint's words). */
static const struct profile *first_from(unsigned int rel)
{
	size_t i;

	for (i = 0; profiles[i]; i++)
		if (profiles[i]->last >= rel)
			return profiles[i];
	return NULL;
}

const struct profile *profile_choose(const struct profile_hint *hints,
				     size_t n, const struct profile *fallback,
				     char **err)
{
	const struct profile *p = fallback, *b;
	size_t i, first = n;

	for (i = 0; i < n; i++) {
		if (!hints[i].p)
			continue;
		if (first == n) {
			first = i;
			p = hints[i].p;
		} else if (hints[i].p != p) {
			*err = xasprintf("the inputs are for different kernels: %s (profile %s), %s (profile %s); choose one with --kernel",
					 hints[first].why, p->name,
					 hints[i].why, hints[i].p->name);
			return NULL;
		}
	}
	for (i = 0; i < n; i++) {
		if (hints[i].p || !hints[i].at_least ||
		    p->last >= hints[i].at_least)
			continue;
		b = first_from(hints[i].at_least);
		*err = xasprintf("the inputs are for different kernels: %s (profile %s), %s (profile %s or later); choose one with --kernel",
				 first < n ? hints[first].why : "the default",
				 p->name, hints[i].why, b ? b->name : "?");
		return NULL;
	}
	if (!p->data) {
		*err = xasprintf("profile %s is not available yet", p->name);
		return NULL;
	}
	return p;
}

const struct profile *profile_for_release(const char *release, char **err)
{
	unsigned int rel = profile_release_number(release);
	const struct profile *p = profile_of_number(rel);
	char *names;

	if (p)
		return p;
	names = profile_names();
	if (!rel)
		*err = xasprintf("'%s' is not a kernel release; the profiles are %s",
				 release, names);
	else
		*err = xasprintf("no profile for Linux %u.%u; the profiles are %s",
				 rel / 1000, rel % 1000, names);
	free(names);
	return NULL;
}

void profile_print_list(FILE *out, const char *prefix)
{
	size_t i;

	for (i = 0; profiles[i]; i++) {
		const struct profile *p = profiles[i];

		fprintf(out, "%s%-5s Linux %s%s%s%s\n", prefix, p->name,
			p->covers, p->note ? ": " : "", p->note ? p->note : "",
			p == profile_default() ? " (the default)" : "");
		if (p->reference)
			fprintf(out, "%s      checked against Debian's %s\n",
				prefix, p->reference);
		else
			fprintf(out, "%s      no reference binary: tested by cases of our own\n",
				prefix);
	}
}

bool (*profile_arch_skip(const struct profile *p,
			 const struct arch *a))(uint32_t type, bool from_extable)
{
	const uint16_t *m = p->data->skip_machines;

	for (; m && *m && *m != a->machine; m++)
		;
	return !m || *m ? a->skip : NULL;
}

static const struct rel_decoder *rel_find(const struct profile *p,
					  uint16_t machine)
{
	const struct rel_decoder *d;

	for (d = p->data->rel; d && d->machine; d++)
		if (d->machine == machine)
			return d;
	return NULL;
}

bool profile_rel_supported(const struct profile *p, const struct arch *a)
{
	if (!p->data->rel)
		return a->rel_addend != NULL;
	return rel_find(p, a->machine) || p->data->rel_unknown_zero;
}

enum rel_outcome profile_rel_decode(const struct profile *p,
				    const struct arch *a,
				    const struct rel_field *f, uint32_t type,
				    uint64_t *taddr)
{
	const struct rel_decoder *d;

	if (!p->data->rel) {
		if (!f->loc || !a->rel_addend || !a->rel_addend(f, type, taddr))
			*taddr = ~(uint64_t)0;
		return REL_ADDR;
	}
	d = rel_find(p, a->machine);
	if (!d || !f->loc) {
		*taddr = 0;	/* section_rel() leaves r_addend 0 */
		return REL_ADDR;
	}
	return d->decode(f, type, taddr);
}

const struct rule_words *profile_words(const struct profile *p,
				       enum rule_id r)
{
	return &p->data->words[r < R_NR ? r : R_TEXT_TO_INIT_EXIT];
}

enum severity profile_severity(const struct profile *p,
			       const struct finding *f)
{
	const struct rule_words *w = profile_words(p, f->rule);

	return w->sev_by_detail ? w->sev_by_detail[f->detail] : w->sev;
}
