/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The output formats (format-*.c) and the words they share (message.c).
 * modpost's own format is the profile's renderers' (profile-*.c); the
 * others use words of their own, the same in every profile.  Each prints
 * findings [0, n) of @f.
 */
#ifndef _MPL_FORMAT_H
#define _MPL_FORMAT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include <modpost-lite/finding.h>
#include <modpost-lite/inputs.h>
#include <modpost-lite/options.h>
#include <modpost-lite/profile.h>

struct format_ctx {
	const struct options *opt;
	const struct inputs *ins;
	const struct profile *prof;
};

void format_modpost(FILE *out, const struct format_ctx *c,
		    const struct findings *f, size_t n);
void format_gnu(FILE *out, const struct format_ctx *c,
		const struct findings *f, size_t n);
void format_json(FILE *out, const struct format_ctx *c,
		 const struct findings *f, size_t n);
void format_sarif(FILE *out, const struct format_ctx *c,
		  const struct findings *f, size_t n);

/*
 * One line in the gnu format's words, without location or severity:
 * "section mismatch: bar() (.text) references __init function foo()
 * (.init.text)".  With @offsets, from-symbols carry "+0x..." (their real
 * offset); a reference without a from-symbol in the object always names
 * its section and offset in the object.
 */
char *format_message(const struct finding *x, bool offsets);
/* "error" or "warning" (mismatches are errors with -E). */
const char *format_severity(const struct format_ctx *c,
			    const struct finding *x);
/* The object the finding is in, as it is named in messages. */
const char *format_object(const struct inputs *ins, const struct finding *x);
/* The module the finding is about, as modpost names it (no suffix). */
const char *format_unit(const struct format_ctx *c, const struct finding *x);
/*
 * The from-symbol of a mismatch worth naming (NULL: none, name the place):
 * modpost's, unless DWARF puts the reference in another function.
 */
const char *format_from_symbol(const struct finding *x);
/* The target as modpost prints it: its name, or "0x..." (NULL: none). */
char *format_target(const struct finding *x);
/* modpost's text of @x ("WARNING: modpost: ..."), no final newline. */
char *format_modpost_text(const struct format_ctx *c,
			  const struct finding *x);

#endif
