/* SPDX-License-Identifier: GPL-2.0-only */
/* An assembly export: genksyms gives it no CRC, modpost warns. */
#include "mpl-kernel.h"

	.text
ENTRY_GLOBAL(crc_asm_func)
	ret
END(crc_asm_func)
	EXPORT_SYMBOL(crc_asm_func)
