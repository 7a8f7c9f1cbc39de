// SPDX-License-Identifier: GPL-2.0-only
/* Rule ids, explanations and the usual fixes, symbol descriptions. */
#include <string.h>

#include <modpost-lite/explain.h>
#include <modpost-lite/util.h>

static const struct explanation rules[R_NR] = {
	[R_TEXT_TO_INIT_EXIT] = {
		"text-to-init-exit",
		"Code or data that stays in memory references __init or __exit code or data",
		"add __init (__initdata) to the referencing symbol, drop __init from the referenced one, or mark the reference __ref/__refdata if it is known to be safe",
		"Code in .text and data in .data stay in memory after boot, but\n"
		"the kernel frees .init.* sections once booting is over, and a\n"
		"built-in kernel discards .exit.* sections at link time.  A\n"
		"reference from the first to the second is a dangling pointer\n"
		"waiting to be followed.\n"
		"\n"
		"Fix it in one of these ways:\n"
		"- if the referencing function or variable is itself only used\n"
		"  during boot, mark it __init (__initdata, __initconst) too;\n"
		"- if the referenced symbol is needed after boot, remove its\n"
		"  __init/__initdata/__exit annotation;\n"
		"- if the reference is only followed while the target still\n"
		"  exists (for example behind a check of system_state), mark the\n"
		"  referencing function __ref or the variable __refdata, which\n"
		"  tells modpost the reference is intended.\n",
	},
	[R_INIT_TO_EXIT] = {
		"init-to-exit",
		"__init code or data references __exit code or data",
		"drop __exit from the referenced function, or stop calling it from init code",
		"A built-in kernel discards .exit.* sections at link time, so\n"
		"init code calling an __exit function (typically to clean up\n"
		"after a failed probe) calls code that does not exist.\n"
		"\n"
		"Remove __exit from the function that the init path needs (it\n"
		"is then kept in .text), or factor the shared part out into an\n"
		"ordinary function that both the init and the exit path call.\n",
	},
	[R_EXIT_TO_INIT] = {
		"exit-to-init",
		"__exit code or data references __init code or data",
		"drop __init from the referenced symbol, or move the shared part into ordinary code",
		"Exit code runs when a module is unloaded, long after its .init.*\n"
		"sections were freed, so it must not call __init functions or\n"
		"read __initdata.\n"
		"\n"
		"Remove __init (__initdata) from what the exit path needs, or\n"
		"move the shared part into an ordinary function.\n",
	},
	[R_MEMINIT_TO_INIT] = {
		"meminit-to-init",
		"__meminit code or data references __init code or data",
		"drop __init from the referenced symbol, or make the referencing one __init too",
		"Linux 6.1 still has __meminit: code and data kept after boot\n"
		"when memory hotplug is configured, freed like __init otherwise.\n"
		"Such code must not use __init code or data, which is always\n"
		"freed after boot.  (Later kernels dropped __meminit's own\n"
		"sections, so this rule exists in the 6.1 profile only.)\n"
		"\n"
		"Remove __init from what the __meminit code needs, or mark the\n"
		"referencing symbol __init too if it is only used during boot.\n",
	},
	[R_PCI_FIXUP_TO_INIT] = {
		"pci-fixup-to-init",
		"A PCI fixup table entry references __init code",
		"drop __init from the fixup hook",
		"PCI fixups (DECLARE_PCI_FIXUP_*) can run after boot, for\n"
		"example when a device is hot-plugged or resumed, when .init.text\n"
		"is gone.  The hook must not be __init and must not call __init\n"
		"code.\n"
		"\n"
		"Remove __init from the fixup hook and from what it calls.\n",
	},
	[R_EXTABLE_TO_NON_TEXT] = {
		"extable-to-non-text",
		"An __ex_table entry references something that is not code",
		"make the exception table entry point at the faulting instruction and its fixup code",
		"Each __ex_table entry names an instruction that may fault and\n"
		"the code to continue at when it does.  Both must be code in one\n"
		"of the text sections modpost knows.  An entry pointing at data\n"
		"usually means a wrong label in an _ASM_EXTABLE() use, or\n"
		"inline assembly that switched sections without restoring them.\n"
		"\n"
		"Check the labels of the _ASM_EXTABLE*() entries in the function\n"
		"named, and the .pushsection/.popsection pairs around them.\n",
	},
	[R_EXTABLE_SECTION] = {
		"extable-section",
		"An __ex_table entry references a section that is not allowed",
		"point the entry at code in an authorized text section, or add the section to OTHER_TEXT_SECTIONS in scripts/mod/modpost.c",
		"modpost adds a second message to a bad __ex_table entry, naming\n"
		"the section it references: a non-executable section (an error),\n"
		".altinstr_replacement (an error: exception table entries must\n"
		"not point into alternative replacement code), or an executable\n"
		"section modpost does not know.\n"
		"\n"
		"If the new section is meant to hold code that may fault, add it\n"
		"to OTHER_TEXT_SECTIONS in scripts/mod/modpost.c; otherwise fix\n"
		"the entry's labels.\n",
	},
	[R_EXPORT_INIT_EXIT] = {
		"export-init-exit",
		"EXPORT_SYMBOL of an __init or __exit symbol",
		"remove __init/__exit from the symbol or remove the EXPORT_SYMBOL",
		"An exported symbol can be used by modules at any time, but an\n"
		"__init symbol is freed after boot and an __exit symbol is\n"
		"discarded from a built-in kernel.  A module using it would\n"
		"follow a dangling pointer.\n"
		"\n"
		"Remove the __init/__exit annotation if modules need the symbol,\n"
		"or remove the EXPORT_SYMBOL if they do not.\n",
	},
	[R_EXPORT_MALFORMED] = {
		"export-malformed",
		"A malformed .export_symbol entry",
		"export symbols only with EXPORT_SYMBOL*() on global symbols, with a valid licence",
		"Entries in .export_symbol are written by the EXPORT_SYMBOL*()\n"
		"macros.  modpost rejects entries with a strange label, a local\n"
		"symbol, a label that does not match the referenced symbol, or an\n"
		"unknown licence string.\n"
		"\n"
		"Use EXPORT_SYMBOL() or EXPORT_SYMBOL_GPL() on a global (not\n"
		"static) symbol, and do not write .export_symbol by hand.\n",
	},
	[R_EXPORTED_TWICE] = {
		"exported-twice",
		"A symbol is exported twice",
		"keep one EXPORT_SYMBOL of the symbol and remove the other",
		"Each symbol may be exported once in the whole kernel.  Two\n"
		"definitions exported under one name (in vmlinux or in modules)\n"
		"clash when modules are loaded.\n"
		"\n"
		"Remove one of the exports, or rename one of the symbols.\n",
	},
	[R_NONALLOC_SECTION] = {
		"non-alloc-section",
		"An unexpected non-allocatable section",
		"use \"ax\" or \"aw\" section flags in .S files (the macros of <linux/init.h> do)",
		"A section that is not allocatable is not loaded into memory,\n"
		"so code or data put there is lost.  This usually comes from a\n"
		".section directive in an assembly file without flags.\n"
		"\n"
		"Give the section its flags (\"ax\" for code, \"aw\" for data), or\n"
		"use the section macros of <linux/init.h> such as __INIT and\n"
		"__INITDATA, which carry them.\n",
	},
	[R_COMMON_SYMBOL] = {
		"common-symbol",
		"A COMMON symbol",
		"initialise the variable, make it static, or build with -fno-common",
		"A tentative definition (a global variable without initialiser,\n"
		"compiled with -fcommon) becomes a COMMON symbol, which the\n"
		"kernel does not support.\n"
		"\n"
		"Define the variable once with an initialiser or make it static;\n"
		"Kbuild compiles with -fno-common.\n",
	},
	[R_EXPORT_NO_CRC] = {
		"export-without-crc",
		"An exported symbol has no modversions CRC",
		"declare the symbol in a header genksyms sees (for assembly: <asm/asm-prototypes.h>)",
		"With CONFIG_MODVERSIONS, genksyms computes a CRC of each\n"
		"exported symbol's C declaration, and Kbuild records it in the\n"
		"object's .cmd file.  A symbol exported from assembly has no C\n"
		"declaration there unless a header included for genksyms\n"
		"declares it, so it gets no CRC and modules using it are not\n"
		"version-checked against it.\n"
		"\n"
		"Declare the symbol in <asm/asm-prototypes.h> (or the header\n"
		"the architecture uses for that).\n",
	},
};

const struct explanation *explain_rule(enum rule_id r)
{
	return &rules[r < R_NR ? r : R_TEXT_TO_INIT_EXIT];
}

const struct explanation *explain_find(const char *id)
{
	unsigned int i;

	for (i = 0; i < R_NR; i++)
		if (!strcmp(rules[i].id, id))
			return &rules[i];
	return NULL;
}

const char *explain_kind_name(enum rule_id r)
{
	return rule_is_mismatch(r) ? "section-mismatch" : explain_rule(r)->id;
}

void explain_print(FILE *out, const struct explanation *e,
		   const char *prefix)
{
	const char *p = e->text, *nl;

	while (*p) {
		nl = strchr(p, '\n');
		if (!nl)
			nl = p + strlen(p);
		if (nl == p)
			fprintf(out, "%s\n", prefix);
		else
			fprintf(out, "%s %.*s\n", prefix, (int)(nl - p), p);
		p = *nl ? nl + 1 : nl;
	}
}

void explain_list(FILE *out)
{
	unsigned int i;

	for (i = 0; i < R_NR; i++)
		fprintf(out, "%-20s %s\n", rules[i].id, rules[i].title);
}

/* A section name is @base or @base followed by a '.' suffix. */
static bool sec_is(const char *sec, const char *base)
{
	size_t n = strlen(base);

	return !strncmp(sec, base, n) && (!sec[n] || sec[n] == '.');
}

const char *explain_symbol_kind(const char *sec, bool *is_func)
{
	static const struct {
		const char *sec;
		const char *kind;
		bool func;
	} known[] = {
		{ ".init.text", "__init function", true },
		{ ".exit.text", "__exit function", true },
		{ ".init.data", "__initdata variable", false },
		{ ".init.rodata", "__initconst variable", false },
		{ ".exit.data", "__exitdata variable", false },
		{ ".init.setup", "__setup() entry", false },
		{ ".ref.text", "__ref function", true },
		{ ".ref.data", "__refdata variable", false },
	};
	unsigned int i;

	if (!sec)
		sec = "";
	for (i = 0; i < sizeof(known) / sizeof(known[0]); i++) {
		if (sec_is(sec, known[i].sec)) {
			*is_func = known[i].func;
			return known[i].kind;
		}
	}
	if (str_starts(sec, ".init.")) {
		*is_func = strstr(sec, "text") != NULL;
		return "init-section symbol";
	}
	if (str_starts(sec, ".exit.")) {
		*is_func = strstr(sec, "text") != NULL;
		return "exit-section symbol";
	}
	*is_func = strstr(sec, "text") != NULL;
	if (*is_func)
		return "function";
	if (strstr(sec, "data") || strstr(sec, "bss"))
		return "variable";
	return "symbol";
}
