/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * An export from assembly with no prototype in <asm/asm-prototypes.h>:
 * genksyms gives it no CRC, so modpost warns "version generation failed"
 * for vmlinux and "has no CRC!" for each module using it.
 */
#include <linux/linkage.h>
#include <linux/export.h>

	.text
SYM_FUNC_START(mpl_asm_nocrc)
#ifdef CONFIG_X86
	RET
#else
	ret
#endif
SYM_FUNC_END(mpl_asm_nocrc)
EXPORT_SYMBOL(mpl_asm_nocrc)
