/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef OOT_CTR_H
#define OOT_CTR_H

/*
 * A registration macro as drivers write them: each use defines a pointer
 * with a name of its own, made by __UNIQUE_ID() from __COUNTER__.
 */
#define CTR_HOOK(fn) \
	static void (*__UNIQUE_ID(ctr_hook))(void) __used = fn

void ctr_run_hooks(void);
int ctr_lookup(int i);

#endif
