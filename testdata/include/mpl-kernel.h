/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * mpl-kernel.h - the few Linux 6.12 annotations the modpost-lite test cases
 * need, written for freestanding compilation (-nostdinc, no libc headers).
 *
 * Works for C and, with -D__ASSEMBLY__, for preprocessed .S files.
 * Section names and the .export_symbol record layout follow Linux 6.12
 * (include/linux/init.h, include/linux/export.h); the macros themselves are
 * written from scratch for this test suite.
 *
 * With -DMPL_KERNEL_6_1 the header speaks Linux 6.1 instead (Debian's
 * linux-headers-6.1.0-*-common, include/linux/init.h, include/linux/export.h
 * and include/asm-generic/export.h, x86 with
 * CONFIG_HAVE_ARCH_PREL32_RELOCATIONS):
 *  - EXPORT_SYMBOL*(sym) emits, instead of a .export_symbol record, an entry
 *    in a section of its own, "___ksymtab+sym" ("___ksymtab_gpl+sym" for
 *    the GPL variants), labelled __ksymtab_sym and made of three 32-bit
 *    PC-relative words: sym, __kstrtab_sym and __kstrtabns_sym.  Those two
 *    strings (name and namespace) are labels in "__ksymtab_strings".  From
 *    assembly the entry is sym, __kstrtab_sym and 0, and there is no
 *    namespace string, as in asm-generic/export.h.
 *  - __meminit, __meminitdata and __meminitconst (and __MEMINIT,
 *    __MEMINITDATA, __MEMINITRODATA in .S files) put code and data into
 *    the .meminit.* sections, which 6.1's modpost has rules for.
 */
#ifndef MPL_KERNEL_H
#define MPL_KERNEL_H

#define __mpl_stringify_1(x...)	#x
#define __mpl_stringify(x...)	__mpl_stringify_1(x)
#define __mpl_paste_1(a, b)	a##b
#define __mpl_paste(a, b)	__mpl_paste_1(a, b)

#if defined(__ASSEMBLY__) || defined(__ASSEMBLER__)

/* like the kernel's .S files: no executable stack (.note.* is whitelisted) */
	.pushsection .note.GNU-stack,"",@progbits
	.popsection

/* ---- assembly: section switches (same names/flags as <linux/init.h>) ---- */
#define __HEAD		.section ".head.text","ax"
#define __INIT		.section ".init.text","ax"
#define __EXIT		.section ".exit.text","ax"
#define __INITDATA	.section ".init.data","aw",@progbits
#define __INITRODATA	.section ".init.rodata","a",@progbits
#define __EXITDATA	.section ".exit.data","aw",@progbits
#define __REF		.section ".ref.text","ax"
#define __REFDATA	.section ".ref.data","aw"
#define __FINIT		.previous

#define ENTRY_GLOBAL(name)	.globl name; .type name, @function; name:
#define ENTRY_LOCAL(name)	.type name, @function; name:
#define END(name)		.size name, . - name

#ifdef MPL_KERNEL_6_1
#define __MEMINIT	.section ".meminit.text","ax"
#define __MEMINITDATA	.section ".meminit.data","aw"
#define __MEMINITRODATA	.section ".meminit.rodata","a"

/* 6.1's ___EXPORT_SYMBOL assembler macro (asm-generic/export.h, PREL32) */
	.macro __mpl_export_61 name, sec
	.section ___ksymtab\sec+\name,"a"
	.balign 4
__ksymtab_\name:
	.long \name - ., __kstrtab_\name - ., 0
	.previous
	.section __ksymtab_strings,"aMS",%progbits,1
__kstrtab_\name:
	.asciz "\name"
	.previous
	.endm
#define EXPORT_SYMBOL(sym)	__mpl_export_61 sym,
#define EXPORT_SYMBOL_GPL(sym)	__mpl_export_61 sym, _gpl
#else
/* ".export_symbol" record as emitted by Linux 6.12 for EXPORT_SYMBOL*() */
#define __MPL_EXPORT(sym, license)			\
	.pushsection ".export_symbol","a";		\
	__export_symbol_##sym:				\
	.asciz license;					\
	.asciz "";					\
	.balign 8;					\
	.quad sym;					\
	.popsection
#define EXPORT_SYMBOL(sym)	__MPL_EXPORT(sym, "")
#define EXPORT_SYMBOL_GPL(sym)	__MPL_EXPORT(sym, "GPL")
#endif

/* One exception-table entry: two 32-bit PC-relative words plus a type. */
#define _ASM_EXTABLE(from, to)				\
	.pushsection "__ex_table","a";			\
	.balign 4;					\
	.long (from) - .;				\
	.long (to) - .;					\
	.long 0;					\
	.popsection

#else /* !__ASSEMBLY__ */

#define NULL		((void *)0)
typedef unsigned long	size_t;
typedef unsigned long	uintptr_t;

#define __section(s)	__attribute__((__section__(s)))
#define __used		__attribute__((__used__))
#define __weak		__attribute__((__weak__))
#define __cold		__attribute__((__cold__))
#define __aligned(x)	__attribute__((__aligned__(x)))
#define noinline	__attribute__((__noinline__))
#define __always_inline	inline __attribute__((__always_inline__))
#define notrace		__attribute__((__no_instrument_function__))

/*
 * Test bodies read or bump this (never defined: it stays an undefined
 * symbol) so that the compilers cannot fold calls or constant-propagate
 * return values away.
 */
extern volatile int mpl_sink;

/* <linux/init.h> */
#define __init		__section(".init.text") __cold notrace
#define __exit		__section(".exit.text") __used __cold notrace
#define __initdata	__section(".init.data")
#define __initconst	__section(".init.rodata")
#define __exitdata	__section(".exit.data")
#define __ref		__section(".ref.text") noinline
#define __refdata	__section(".ref.data")
#define __refconst	__section(".ref.rodata")
#define __head		__section(".head.text")

/* other text sections modpost knows about */
#define __sched		__section(".sched.text") noinline
#define noinstr		__section(".noinstr.text") noinline notrace
#define __kprobes	__section(".kprobes.text")
#define __cpuidle	__section(".cpuidle.text") noinline
#define __text_unlikely	__section(".text.unlikely")
#define __in_section(s)	__section(s)

/* PCI quirk tables (<linux/pci.h> DECLARE_PCI_FIXUP_SECTION, simplified) */
struct mpl_pci_fixup {
	unsigned short vendor, device;
	void (*hook)(void *dev);
};
#define DECLARE_PCI_FIXUP(sec, name, vendor, device, hook)		\
	static const struct mpl_pci_fixup				\
	__mpl_pci_fixup_##name __used __section(sec) __aligned(8) =	\
		{ vendor, device, hook }
#define DECLARE_PCI_FIXUP_EARLY(name, v, d, hook)	\
	DECLARE_PCI_FIXUP(".pci_fixup_early", name, v, d, hook)
#define DECLARE_PCI_FIXUP_HEADER(name, v, d, hook)	\
	DECLARE_PCI_FIXUP(".pci_fixup_header", name, v, d, hook)
#define DECLARE_PCI_FIXUP_FINAL(name, v, d, hook)	\
	DECLARE_PCI_FIXUP(".pci_fixup_final", name, v, d, hook)
#define DECLARE_PCI_FIXUP_RESUME(name, v, d, hook)	\
	DECLARE_PCI_FIXUP(".pci_fixup_resume", name, v, d, hook)

#ifdef MPL_KERNEL_6_1
/* <linux/init.h> of 6.1: memory hotplug code and data */
#define __meminit	__section(".meminit.text") __cold notrace
#define __meminitdata	__section(".meminit.data")
#define __meminitconst	__section(".meminit.rodata")

/*
 * EXPORT_SYMBOL*() of 6.1 (x86, CONFIG_HAVE_ARCH_PREL32_RELOCATIONS): the
 * name and namespace strings in __ksymtab_strings, the symbol kept
 * addressable through .discard.addressable, then the ksymtab entry, three
 * PC-relative words, in section ___ksymtab<sec>+<sym> at label
 * __ksymtab_<sym>.
 */
#define ___MPL_KSYMTAB_61(sym, sec)					\
	"	.section \"___ksymtab" sec "+" #sym "\", \"a\"\n"	\
	"	.balign	4\n"						\
	"__ksymtab_" #sym ":\n"						\
	"	.long	" #sym " - .\n"					\
	"	.long	__kstrtab_" #sym " - .\n"			\
	"	.long	__kstrtabns_" #sym " - .\n"			\
	"	.previous\n"
#define ___MPL_KSTRTAB_61(sym, ns)					\
	"	.section \"__ksymtab_strings\",\"aMS\",%progbits,1\n"	\
	"__kstrtab_" #sym ":\n"						\
	"	.asciz \"" #sym "\"\n"					\
	"__kstrtabns_" #sym ":\n"					\
	"	.asciz \"" ns "\"\n"					\
	"	.previous\n"
#define __MPL_EXPORT_61(sym, sec, ns)					\
	extern __typeof__(sym) sym;					\
	extern const char __mpl_paste(__kstrtab_, sym)[];		\
	extern const char __mpl_paste(__kstrtabns_, sym)[];		\
	__asm__(___MPL_KSTRTAB_61(sym, ns));				\
	static void *__mpl_paste(__mpl_addressable_, sym)		\
		__used __section(".discard.addressable") =		\
		(void *)(uintptr_t)&sym;				\
	__asm__(___MPL_KSYMTAB_61(sym, sec))
#define EXPORT_SYMBOL(sym)		__MPL_EXPORT_61(sym, "", "")
#define EXPORT_SYMBOL_GPL(sym)		__MPL_EXPORT_61(sym, "_gpl", "")
#define EXPORT_SYMBOL_NS(sym, ns)	__MPL_EXPORT_61(sym, "", #ns)
#define EXPORT_SYMBOL_NS_GPL(sym, ns)	__MPL_EXPORT_61(sym, "_gpl", #ns)
#else
/*
 * EXPORT_SYMBOL*(): like Linux 6.12, keep the symbol addressable through
 * .discard.addressable and emit the .export_symbol record from top-level
 * asm: local label __export_symbol_<sym>, license string, namespace string,
 * then an 8-byte aligned absolute reference to <sym>.
 */
#define ___MPL_EXPORT_ASM(sym, license, ns)			\
	"	.pushsection \".export_symbol\",\"a\"\n"	\
	"__export_symbol_" #sym ":\n"				\
	"	.asciz \"" license "\"\n"			\
	"	.asciz \"" ns "\"\n"				\
	"	.balign 8\n"					\
	"	.quad " #sym "\n"				\
	"	.popsection\n"
#define __MPL_EXPORT(sym, license, ns)					\
	extern __typeof__(sym) sym;					\
	static void *__mpl_paste(__mpl_addressable_, sym)		\
		__used __section(".discard.addressable") =		\
		(void *)(uintptr_t)&sym;				\
	__asm__(___MPL_EXPORT_ASM(sym, license, ns))
#define EXPORT_SYMBOL(sym)	__MPL_EXPORT(sym, "", "")
#define EXPORT_SYMBOL_GPL(sym)	__MPL_EXPORT(sym, "GPL", "")
#define EXPORT_SYMBOL_NS(sym, ns)	__MPL_EXPORT(sym, "", #ns)
#define EXPORT_SYMBOL_NS_GPL(sym, ns)	__MPL_EXPORT(sym, "GPL", #ns)

#endif /* MPL_KERNEL_6_1 */

/*
 * MODULE_INFO(): a "tag=value" string in .modinfo.  Built-in code prefixes
 * the tag with the module name (KBUILD_MODNAME.tag), modules do not.
 */
#define MPL_MODINFO(tagvalue)						\
	static const char __mpl_paste(__mpl_modinfo_, __COUNTER__)[]	\
		__used __section(".modinfo") __aligned(1) = tagvalue
#define MODULE_LICENSE(l)	MPL_MODINFO("license=" l)

/*
 * One __ex_table entry (x86 layout: insn, fixup, type as 32-bit
 * PC-relative words) pointing at an arbitrary symbol, emitted from C.
 */
#define MPL_EXTABLE_ENTRY(from, to)			\
	__asm__("	.pushsection \"__ex_table\",\"a\"\n"	\
		"	.balign 4\n"				\
		"	.long " #from " - .\n"			\
		"	.long " #to " - .\n"			\
		"	.long 0\n"				\
		"	.popsection\n")

#endif /* __ASSEMBLY__ */

#endif /* MPL_KERNEL_H */
