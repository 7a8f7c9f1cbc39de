/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Kernel profiles: the modpost of one range of kernel releases, as data.
 * A run speaks exactly one profile, chosen by --kernel, else by what the
 * inputs say about their kernel (profile_detect), else the newest profile
 * that has a reference binary to test against (6.12).
 *
 * A profile's data is its section classes (the pattern lists of its
 * modpost.c), its rule rows (sectioncheck[]) and allow-list
 * (secref_whitelist()), for every rule modpost's words and severity, and
 * the switches for what else differs between versions.  Adding a kernel
 * version is one more profile_data, usually made of another's tables.
 */
#ifndef _MPL_PROFILE_H
#define _MPL_PROFILE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include <modpost-lite/rule.h>

struct class_pattern;
struct rule_row;
struct allow_row;
struct finding;
struct inputs;
struct strbuf;

/* What rendering a finding in modpost's words needs. */
struct render_ctx {
	const struct inputs *ins;
	const struct profile *p;
};

/* One rule as one kernel's modpost reports it. */
struct rule_words {
	enum severity sev;
	/* R_EXTABLE_SECTION: the severity by finding::detail */
	const enum severity *sev_by_detail;
	bool counts;		/* a section mismatch, for -E */
	/* modpost's line(s), prefix included, each ending in '\n' */
	void (*render)(struct strbuf *sb, const struct render_ctx *c,
		       const struct finding *f);
};

struct profile_data {
	const struct class_pattern *classes;	/* ended by cls 0 */
	const struct rule_row *rows;		/* ended by from 0 */
	const struct allow_row *allow;		/* ended by an empty row */
	const struct rule_words *words;		/* [R_NR]; render NULL: never */
	/* exports are .export_symbol entries, checked with -M (6.12 on) */
	bool export_entries;
	/* what modpost prints before ": modpost: " for fatal() */
	const char *fatal_word;
	/* appended to a unit's name where modpost prints it (6.1: ".o") */
	const char *unit_suffix;
};

struct profile {
	const char *name;	/* "6.12": what --kernel=6.12 selects */
	unsigned int first;	/* first release covered, major*1000+minor */
	unsigned int last;	/* last release covered (UINT_MAX: open) */
	const char *covers;	/* "6.12 to 6.18", for --help */
	const char *note;	/* what sets it apart, or NULL */
	/* the Debian package whose modpost it was checked against, or NULL */
	const char *reference;
	const struct profile_data *data;	/* NULL: not available yet */
};

/* Every profile, oldest first, NULL-terminated. */
extern const struct profile *const profiles[];

/* The data of each profile (profile-*.c). */
extern const struct profile_data profile_data_6_12, profile_data_7_0,
	profile_data_7_2;

/* The profile called @name ("6.1"), or NULL. */
const struct profile *profile_named(const char *name);

/* The profile when nothing says otherwise. */
const struct profile *profile_default(void);

/*
 * The profile of kernel release @release ("6.1", "6.1.0-57-amd64",
 * "6.15.3", "7.2-rc1"): NULL with *err set (freed by the caller) when the
 * text is not a release or no profile covers it.
 */
const struct profile *profile_for_release(const char *release, char **err);

/* A release ("6.1.0-57-amd64") as major*1000+minor; 0: not a release. */
unsigned int profile_release_number(const char *release);
/* The profile covering release number @rel, or NULL. */
const struct profile *profile_of_number(unsigned int rel);

/* What one input or option says the kernel is. */
struct profile_hint {
	const struct profile *p;
	char *why;		/* "drivers/x.ko: vermagic 6.1.0-57-amd64" */
};

/*
 * The profile all @hints agree on, or @fallback when there are none;
 * NULL with *err set (freed by the caller) when they disagree or name a
 * profile this build does not have.
 */
const struct profile *profile_choose(const struct profile_hint *hints,
				     size_t n, const struct profile *fallback,
				     char **err);

/* "  6.1    Linux 6.1 (checked against linux-kbuild-6.1)" lines. */
void profile_print_list(FILE *out, const char *prefix);

/* The words and severity of finding @f's rule in profile @p. */
const struct rule_words *profile_words(const struct profile *p,
				       enum rule_id r);
enum severity profile_severity(const struct profile *p,
			       const struct finding *f);

#endif
