/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Archives linked selectively (--lib: Kbuild's KBUILD_VMLINUX_LIBS, which
 * ld links with --start-group ... --end-group after --whole-archive
 * vmlinux.a): which members ld pulls into the link, and in which order.
 */
#ifndef _MPL_SELECT_H
#define _MPL_SELECT_H

struct inputs;
struct objsum;

/*
 * Add to each unit the --lib members ld would pull, in the order it
 * pulls them: a member is pulled when it defines (strong, weak or, over a
 * common symbol, non-common) a name that is still undefined (strongly
 * referenced and defined nowhere yet) at the moment ld's scan of its
 * archive reaches it; each archive is rescanned until it yields nothing,
 * and the group until no archive yields anything.  Members not pulled
 * stay out of the unit (their .cmd files still count for -m, as modpost's
 * .vmlinux.objs lists every member).  Needs the summaries' undefined
 * names (scan_opts::undefined).
 */
void select_lib_members(struct inputs *ins, const struct objsum *sums);

#endif
