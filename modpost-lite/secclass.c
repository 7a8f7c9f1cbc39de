// SPDX-License-Identifier: GPL-2.0-only
/*
 * Section name -> class bits.  The pattern lists are those of Linux 6.12's
 * scripts/mod/modpost.c, matched with fnmatch(3) and no flags as modpost
 * does; the result is memoised per worker thread.
 */
#include <fnmatch.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <uthash.h>

#include <modpost-lite/secclass.h>
#include <modpost-lite/util.h>

static const char *const text_sections[] = {
	".text", ".text.*", ".sched.text", ".kprobes.text", ".cpuidle.text",
	".noinstr.text", ".ltext", ".ltext.*", NULL
};

static const char *const other_text_sections[] = {
	".ref.text", ".head.text", ".spinlock.text", ".fixup", ".entry.text",
	".exception.text", ".coldtext", ".softirqentry.text",
	".irqentry.text", NULL
};

static const char *const data_sections[] = { ".data", ".data.rel", NULL };

static const char *const init_data_sections[] = {
	".init.setup", ".init.rodata", ".init.data", NULL
};

static const char *const pci_fixup_sections[] = {
	".pci_fixup_early", ".pci_fixup_header", ".pci_fixup_final",
	".pci_fixup_enable", ".pci_fixup_resume", ".pci_fixup_resume_early",
	".pci_fixup_suspend", NULL
};

/* modpost's section_white_list[]: sections never checked. */
static const char *const skipped_sections[] = {
	".comment*", ".debug*", ".zdebug*", ".GCC.command.line", ".mdebug*",
	".pdr", ".stab*", ".note*", ".got*", ".toc*", ".xt.prop", ".xt.lit",
	".arcextmap*", ".gnu.linkonce.arcext*", ".cmem*", ".fmt_slot*",
	".gnu.lto*", ".discard.*", ".llvm.call-graph-profile", NULL
};

static bool match_any(const char *s, const char *const *pat)
{
	for (; *pat; pat++)
		if (!fnmatch(*pat, s, 0))
			return true;
	return false;
}

uint32_t secclass_of(const char *name)
{
	uint32_t c = 0;

	if (!name[0])
		return SC_NONE;
	if (match_any(name, text_sections))
		c |= SC_TEXT | SC_ALL_TEXT;
	if (match_any(name, other_text_sections))
		c |= SC_ALL_TEXT;
	if (match_any(name, data_sections))
		c |= SC_DATA;
	if (!fnmatch(".init.*", name, 0))
		c |= SC_INIT;
	if (!fnmatch(".exit.*", name, 0))
		c |= SC_EXIT;
	if (!strcmp(name, ".init.text") || !strcmp(name, ".exit.text"))
		c |= SC_ALL_TEXT;
	if (!strcmp(name, ".init.text"))
		c |= SC_INIT_TEXT;
	if (match_any(name, init_data_sections))
		c |= SC_INIT_DATA;
	if (match_any(name, pci_fixup_sections))
		c |= SC_PCI_FIXUP;
	if (!strcmp(name, "__ex_table"))
		c |= SC_EXTABLE;
	if (!strcmp(name, ".altinstr_replacement"))
		c |= SC_ALTINSTR;
	if (!strncmp(name, ".head.text", 10))
		c |= SC_HEAD;
	if (match_any(name, skipped_sections))
		c |= SC_SKIP;
	if (!strcmp(name, ".export_symbol"))
		c |= SC_EXPORT;
	return c;
}

struct secclass_entry {
	UT_hash_handle hh;
	uint32_t cls;
	char name[];
};

struct secclass_cache {
	struct secclass_entry *head;
};

struct secclass_cache *secclass_cache_new(void)
{
	return xcalloc(1, sizeof(struct secclass_cache));
}

void secclass_cache_free(struct secclass_cache *c)
{
	struct secclass_entry *e, *tmp;

	if (!c)
		return;
	HASH_ITER(hh, c->head, e, tmp) {
		HASH_DEL(c->head, e);
		free(e);
	}
	free(c);
}

uint32_t secclass_lookup(struct secclass_cache *c, const char *name)
{
	struct secclass_entry *e;
	size_t len = strlen(name);

	HASH_FIND(hh, c->head, name, len, e);
	if (e)
		return e->cls;
	e = xmalloc(sizeof(*e) + len + 1);
	memcpy(e->name, name, len + 1);
	e->cls = secclass_of(name);
	HASH_ADD_KEYPTR(hh, c->head, e->name, len, e);
	return e->cls;
}
