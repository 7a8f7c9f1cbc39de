// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case wl-data-names (6.1 only), b.c: structures in .data named like the
 * kernel's driver, template and ops tables.  In 6.1:
 *  - *_template, *_timer, *_sht, *_ops, *_probe, *_probe_one, *_console
 *    may point into any init, meminit or exit section (6.12 keeps only
 *    *_ops, *_probe, *_console);
 *  - *driver (no underscore needed) may point into .meminit.*, and into
 *    .exit.* unless modpost runs with -W (W=1); into .init.* it warns;
 *  - near misses (*_templates, *_timer2, driver_tbl) are not allowed.
 * The case is also run with -W (file flags-6.1).
 */
#include "mpl-kernel.h"

extern int wd_init(void), wd_meminit(void);
extern void wd_exit(void);
extern int wd_initdata[2], wd_exitdata[2], wd_meminitdata[2];

struct wd_ops {
	void *a, *b, *c;
};

#define WD_TABLE(name) \
	struct wd_ops name = { wd_init, wd_exit, wd_meminit }

WD_TABLE(scsi_host_template);
WD_TABLE(arm_timer);
WD_TABLE(my_sht);
WD_TABLE(net_ops);
WD_TABLE(bus_probe);
WD_TABLE(pci_probe_one);
WD_TABLE(early_console);
WD_TABLE(host_templates);		/* warns: three times */
WD_TABLE(arm_timer2);			/* warns */
WD_TABLE(probe_one_tbl);		/* warns */

/* *driver: .meminit.* fine, .exit.* fine without -W, .init.* warns */
struct wd_ops foo_driver = { wd_init, wd_exit, wd_meminit };
struct wd_ops mydriver = { wd_meminitdata, wd_exitdata, wd_initdata };
struct wd_ops driver_tbl = { wd_meminit, wd_exit, wd_init };

/* pattern 1: __param* may point at .init.data and .meminit.data */
struct wd_ops __param_wd = { wd_initdata, wd_meminitdata, wd_exitdata };
/* pattern 1a: __param_ops_* may point at .init.text (not .meminit.text) */
struct wd_ops __param_ops_wd = { wd_init, wd_meminit, wd_exit };
