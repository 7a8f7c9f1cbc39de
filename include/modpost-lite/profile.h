/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Kernel profiles: the modpost of one range of kernel releases, as data.
 * A run speaks exactly one profile, chosen by --kernel, else by what the
 * inputs say about their kernel (profile_detect), else the newest profile
 * that has a reference binary to test against (6.12).
 */
#ifndef _MPL_PROFILE_H
#define _MPL_PROFILE_H

#include <stdbool.h>
#include <stdio.h>

struct profile_data;

struct profile {
	const char *name;	/* "6.12": what --kernel=6.12 selects */
	unsigned int first;	/* first release covered, major*1000+minor */
	unsigned int last;	/* last release covered (UINT_MAX: open) */
	const char *covers;	/* "6.12 to 6.18", for --help */
	const char *note;	/* what sets it apart, or NULL */
	/* the Debian package whose modpost it was checked against, or NULL */
	const char *reference;
	const struct profile_data *data;	/* rules, sections, quirks */
};

/* Every profile, oldest first, NULL-terminated. */
extern const struct profile *const profiles[];

/* The profile when nothing says otherwise. */
const struct profile *profile_default(void);

/*
 * The profile of kernel release @release ("6.1", "6.1.0-57-amd64",
 * "6.15.3", "7.2-rc1"): NULL with *err set (freed by the caller) when the
 * text is not a release or no profile covers it.
 */
const struct profile *profile_for_release(const char *release, char **err);

/* "  6.1    Linux 6.1 (checked against linux-kbuild-6.1)" lines. */
void profile_print_list(FILE *out, const char *prefix);

#endif
