// SPDX-License-Identifier: GPL-2.0-only
/*
 * mpl-arch.h - a tiny stand-in for the few kernel headers the arch test
 * sources need (<linux/init.h>, <linux/export.h>, <linux/compiler.h>).
 * Written for modpost-lite's tests; it only reproduces the section names
 * and the .export_symbol layout that Linux 6.12's modpost reads.
 *
 * With -DMPL_KERNEL_6_1 the exports are Linux 6.1's instead (Debian's
 * linux-headers-6.1.0-*-common: include/linux/export.h and
 * include/asm-generic/export.h): an entry labelled __ksymtab_<sym> in a
 * section of its own, "___ksymtab+<sym>" ("___ksymtab_gpl+<sym>"), with
 * the name and namespace strings (__kstrtab_<sym>, __kstrtabns_<sym>) in
 * "__ksymtab_strings".  On x86 and arm64 (CONFIG_HAVE_ARCH_PREL32_RELOCATIONS)
 * the entry is three 32-bit PC-relative words; elsewhere it is a
 * struct kernel_symbol of three pointers, initialised from C (absolute
 * relocations), and .S files write pointer-sized words.  6.1's .S exports
 * have no namespace string (the third word is 0).
 *
 * Usable from C and from assembler (.S) files.
 */
#ifndef MPL_ARCH_H
#define MPL_ARCH_H

#define __mpl_str1(x...)	#x
#define __mpl_str(x...)	__mpl_str1(x)

#if defined(__LP64__) || defined(_LP64)
#define MPL_PTR		.quad
#define MPL_PTR_ALIGN	8
#else
#define MPL_PTR		.long
#define MPL_PTR_ALIGN	4
#endif

/*
 * Statement separator inside one asm line (the kernel's ASM_NL): ';'
 * everywhere except parisc, where ';' starts a comment and '!' separates.
 */
#if defined(__hppa__)
#define ASM_NL		!
#else
#define ASM_NL		;
#endif

/*
 * Linux 6.12's ___EXPORT_SYMBOL: a local label __export_symbol_<sym> in
 * section .export_symbol, the license string, the namespace string, then
 * a pointer-sized reference to the symbol (.balign 8 + .quad on 64-bit,
 * .balign 4 + .long on 32-bit, as include/linux/export.h does).
 */
#define MPL_EXPORT_ASM(sym, license, ns)		\
	.section ".export_symbol","a"		ASM_NL	\
	__export_symbol_##sym:			ASM_NL	\
	.asciz license				ASM_NL	\
	.asciz ns				ASM_NL	\
	.balign MPL_PTR_ALIGN			ASM_NL	\
	MPL_PTR sym				ASM_NL	\
	.previous

#if defined(__x86_64__) || defined(__i386__) || defined(__aarch64__)
#define MPL_PREL32_KSYMTAB	1	/* CONFIG_HAVE_ARCH_PREL32_RELOCATIONS */
#endif

#ifdef __ASSEMBLER__

#ifdef MPL_KERNEL_6_1
/* 6.1's ___EXPORT_SYMBOL assembler macro (asm-generic/export.h) */
	.macro __mpl_export_61 name, sec
	.section ___ksymtab\sec+\name,"a"
#ifdef MPL_PREL32_KSYMTAB
	.balign 4
__ksymtab_\name:
	.long \name - ., __kstrtab_\name - ., 0
#else
	.balign MPL_PTR_ALIGN
__ksymtab_\name:
	MPL_PTR \name, __kstrtab_\name, 0
#endif
	.previous
	.section __ksymtab_strings,"aMS",%progbits,1
__kstrtab_\name:
	.asciz "\name"
	.previous
	.endm
#define EXPORT_SYMBOL(sym)	__mpl_export_61 sym,
#define EXPORT_SYMBOL_GPL(sym)	__mpl_export_61 sym, _gpl
#else
#define EXPORT_SYMBOL(sym)	MPL_EXPORT_ASM(sym, "", "")
#define EXPORT_SYMBOL_GPL(sym)	MPL_EXPORT_ASM(sym, "GPL", "")
#endif

#define INIT_TEXT	.section ".init.text","ax"
#define EXIT_TEXT	.section ".exit.text","ax"
#define INIT_DATA	.section ".init.data","aw"

#else /* !__ASSEMBLER__ */

#define __section(s)	__attribute__((__section__(s)))
#define __used		__attribute__((__used__))
#define __weak		__attribute__((__weak__))
#define noinline	__attribute__((__noinline__))
#define __cold		__attribute__((__cold__))

/* <linux/init.h> */
#define __init		__section(".init.text") __cold noinline
#define __initdata	__section(".init.data")
#define __initconst	__section(".init.rodata")
#define __exit		__section(".exit.text") __used __cold noinline
#define __exitdata	__section(".exit.data")
#define __ref		__section(".ref.text") noinline

/* <linux/compiler.h>: keep a reference alive in a discarded section. */
#define __mpl_cat2(a, b)	a##b
#define __mpl_cat(a, b)		__mpl_cat2(a, b)
#define __ADDRESSABLE(sym)						\
	static void *__mpl_cat(__addressable_##sym, __LINE__)		\
	__used __section(".discard.addressable") = (void *)&(sym);

/* <linux/export.h> */
#ifdef MPL_KERNEL_6_1
#define __mpl_kstrtab_61(sym, ns)					\
	asm("	.section \"__ksymtab_strings\",\"aMS\",%progbits,1\n"	\
	    "__kstrtab_" #sym ":\n"						\
	    "	.asciz \"" #sym "\"\n"					\
	    "__kstrtabns_" #sym ":\n"					\
	    "	.asciz \"" ns "\"\n"					\
	    "	.previous\n");
#ifdef MPL_PREL32_KSYMTAB
#define __mpl_ksymtab_61(sym, sec)					\
	__ADDRESSABLE(sym)						\
	asm("	.section \"___ksymtab" sec "+" #sym "\", \"a\"\n"	\
	    "	.balign 4\n"						\
	    "__ksymtab_" #sym ":\n"						\
	    "	.long " #sym " - .\n"					\
	    "	.long __kstrtab_" #sym " - .\n"				\
	    "	.long __kstrtabns_" #sym " - .\n"			\
	    "	.previous\n")
#else
struct mpl_kernel_symbol {
	unsigned long value;
	const char *name;
	const char *namespace;
};
#define __mpl_ksymtab_61(sym, sec)					\
	static const struct mpl_kernel_symbol __ksymtab_##sym		\
	__section("___ksymtab" sec "+" #sym) __used			\
	__attribute__((__aligned__(sizeof(void *)))) =			\
	{ (unsigned long)&sym, __kstrtab_##sym, __kstrtabns_##sym }
#endif
#define __EXPORT_SYMBOL(sym, sec, ns)					\
	extern typeof(sym) sym;						\
	extern const char __kstrtab_##sym[];				\
	extern const char __kstrtabns_##sym[];				\
	__mpl_kstrtab_61(sym, ns)					\
	__mpl_ksymtab_61(sym, sec)

#define EXPORT_SYMBOL(sym)	__EXPORT_SYMBOL(sym, "", "")
#define EXPORT_SYMBOL_GPL(sym)	__EXPORT_SYMBOL(sym, "_gpl", "")
#define EXPORT_SYMBOL_NS_GPL(sym, ns) __EXPORT_SYMBOL(sym, "_gpl", #ns)
#else
#define __EXPORT_SYMBOL(sym, license, ns)				\
	extern typeof(sym) sym;						\
	__ADDRESSABLE(sym)						\
	asm(__mpl_str(MPL_EXPORT_ASM(sym, license, ns)))

#define EXPORT_SYMBOL(sym)	__EXPORT_SYMBOL(sym, "", "")
#define EXPORT_SYMBOL_GPL(sym)	__EXPORT_SYMBOL(sym, "GPL", "")
#define EXPORT_SYMBOL_NS_GPL(sym, ns) __EXPORT_SYMBOL(sym, "GPL", #ns)
#endif

#endif /* __ASSEMBLER__ */

#endif /* MPL_ARCH_H */
