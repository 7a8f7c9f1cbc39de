/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The output formats other than modpost's (format-*.c) and the words they
 * share (message.c).  Each prints findings [0, n) of @f.
 */
#ifndef _MPL_FORMAT_H
#define _MPL_FORMAT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include <modpost-lite/finding.h>
#include <modpost-lite/inputs.h>
#include <modpost-lite/options.h>

void format_gnu(FILE *out, const struct options *opt,
		const struct inputs *ins, const struct findings *f, size_t n);
void format_json(FILE *out, const struct options *opt,
		 const struct inputs *ins, const struct findings *f, size_t n);
void format_sarif(FILE *out, const struct options *opt,
		  const struct inputs *ins, const struct findings *f,
		  size_t n);

/*
 * One line in the gnu format's words, without location or severity:
 * "section mismatch: bar() (.text) references __init function foo()
 * (.init.text)".  With @offsets, from-symbols carry "+0x..." (their real
 * offset); a reference without a from-symbol in the object always names
 * its section and offset in the object.
 */
char *format_message(const struct inputs *ins, const struct finding *x,
		     bool offsets);
/* "error" or "warning" (mismatches are errors with -E). */
const char *format_severity(const struct options *opt,
			    const struct finding *x);
/* The object the finding is in, as it is named in messages. */
const char *format_object(const struct inputs *ins, const struct finding *x);
/* The modpost format's text of @x ("WARNING: modpost: ..."), no final \n. */
char *format_modpost_text(const struct finding *x);

#endif
