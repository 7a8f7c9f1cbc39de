/* SPDX-License-Identifier: GPL-2.0-only */
/* Writing JSON values (for the json and sarif formats). */
#ifndef _MPL_JSONW_H
#define _MPL_JSONW_H

#include <stdint.h>
#include <stdio.h>

/*
 * @s as a JSON string, quoted and escaped; NULL as null.  Bytes that are
 * not valid UTF-8 become U+FFFD.
 */
void json_str(FILE *out, const char *s);
/* @s as a URI path: unreserved characters and '/' kept, the rest %XX. */
void json_uri_path(FILE *out, const char *s);

#endif
