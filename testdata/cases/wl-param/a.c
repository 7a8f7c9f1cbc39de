// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case wl-param (mixed), a.c: secref_whitelist() patterns 1 and 1a.
 * Silent: data in .data/.data.rel whose symbol starts with "__param" and
 * points into .init.data/.init.rodata/.init.setup (pattern 1), and
 * "__param_ops_*" data pointing into .init.text (pattern 1a).
 * Fires: "__param*" pointing into .init.text without the _ops_ infix,
 * "__param*" pointing into exit sections, a name without the "__" prefix,
 * and a .text function called __param_fn (not a data section).
 */
#include "mpl-kernel.h"

struct kparam {
	const char *name;
	const void *ops;
	void *arg;
};
struct kparam_ops {
	int (*set)(const char *);
	int (*get)(char *);
};

extern int dbg_level, boot_mode[2];
extern const char boot_str[];
extern struct { int x; } setup_rec;
extern int exit_val;
extern int set_boot(const char *), get_boot(char *);
extern void quit_hook(void);

/* silent: pattern 1a */
struct kparam_ops __param_ops_boot = { set_boot, get_boot };
/* silent: pattern 1 */
struct kparam __param_dbg_level = { "dbg", &__param_ops_boot, &dbg_level };
struct kparam __paramxyz = { "xyz", 0, (void *)boot_str };
struct kparam __param_setup __in_section(".data.rel") = { "s", 0, &setup_rec };
struct kparam_ops __param_ops_rel __in_section(".data.rel") = { set_boot, 0 };
/* fires: pattern 1 covers init *data* only */
struct kparam __param_cb = { "cb", 0, (void *)set_boot };
/* fires: exit sections are never whitelisted here */
struct kparam __param_quit = { "quit", 0, &exit_val };
void (*__param_ops_exit)(void) = quit_hook;
/* fires: no "__param" prefix */
struct kparam param_mode = { "mode", 0, &boot_mode[1] };

/* fires: fromsec .text is not DATA_SECTIONS */
noinline int __param_fn(void)
{
	return dbg_level + mpl_sink;
}
