// SPDX-License-Identifier: GPL-2.0-only
/*
 * Case textsecs-to-init (fires), a.c: every TEXT_SECTIONS member other than
 * plain .text -- .text.unlikely, .text.<anything>, .sched.text,
 * .kprobes.text, .cpuidle.text, .noinstr.text, .ltext and .ltext.<x> --
 * calls __init/__exit code of b.c: one mismatch per section.
 */
#include "mpl-kernel.h"

extern int early_init_hw(int);
extern void late_exit_hw(void);

__text_unlikely noinline int in_unlikely(int v)	{ return early_init_hw(v) + 1; }
__in_section(".text.hot_path") noinline int in_text_dot(int v) { return early_init_hw(v) + 2; }
__sched int in_sched(int v)			{ return early_init_hw(v) + 3; }
__kprobes noinline int in_kprobes(int v)	{ return early_init_hw(v) + 4; }
__cpuidle int in_cpuidle(int v)			{ return early_init_hw(v) + 5; }
noinstr int in_noinstr(int v)			{ return early_init_hw(v) + 6; }
__in_section(".ltext") noinline void in_ltext(void) { late_exit_hw(); mpl_sink = 1; }
__in_section(".ltext.cold") noinline void in_ltext_dot(void) { late_exit_hw(); mpl_sink = 2; }
