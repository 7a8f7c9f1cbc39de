// SPDX-License-Identifier: GPL-2.0-only
/* Exports a name vmlinux exports too: crc_ccitt (lib/crc-ccitt.c). */
#include <linux/init.h>
#include <linux/module.h>
#include <linux/types.h>

u16 crc_ccitt(u16 crc, const u8 *buffer, size_t len);

u16 crc_ccitt(u16 crc, const u8 *buffer, size_t len)
{
	while (len--)
		crc = (crc >> 8) ^ *buffer++;
	return crc;
}
EXPORT_SYMBOL(crc_ccitt);

static int __init oot_vmdup_init(void)
{
	return 0;
}
module_init(oot_vmdup_init);

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("modpost-lite test: an export vmlinux has already");
