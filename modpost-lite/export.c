// SPDX-License-Identifier: GPL-2.0-only
/* Soundness of one EXPORT_SYMBOL entry, checked in modpost's order. */
#include <string.h>

#include <modpost-lite/export.h>
#include <modpost-lite/util.h>

enum export_problem export_entry_check(const char *label, bool global,
				       const char *name, const char *lic,
				       size_t avail)
{
	if (!str_starts(label, EXPORT_LABEL_PREFIX))
		return EXP_STRANGE_LABEL;
	if (!global)
		return EXP_LOCAL;
	if (strcmp(label + strlen(EXPORT_LABEL_PREFIX), name))
		return EXP_NAME_MISMATCH;
	if (!lic || !memchr(lic, '\0', avail))
		return EXP_BAD_LICENSE;
	if (strcmp(lic, "GPL") && strcmp(lic, ""))
		return EXP_BAD_LICENSE;
	return EXP_OK;
}
