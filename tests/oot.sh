# SPDX-License-Identifier: GPL-2.0-only
# Helpers for the out-of-tree module tests (sourced after lib.sh): build a
# module directory with Kbuild against Debian's linux-headers-6.12.*-amd64
# and replay the modpost command Kbuild ran, for its exit status (make
# reports only its own).

# oot_setup LABEL [6.1]: set KDIR to Debian's headers for 6.12 (or 6.1;
# MPL_OOT_KDIR, MPL_OOT_KDIR_61 choose others), or skip the whole test
# (exit 0).
oot_setup() {
	local d pkg
	if [ "${2:-}" = 6.1 ]; then
		KDIR=${MPL_OOT_KDIR_61:-}
		[ -n "$KDIR" ] || KDIR=$(mpl_headers_61) || KDIR=
		[ -n "$KDIR" ] && return 0
		pkg=$(apt-cache pkgnames linux-headers-6.1.0 2>/dev/null |
			grep -E '^linux-headers-6\.1\.0-[0-9]+-amd64$' | sort -V | tail -n1)
		skip "$1: no /usr/src/linux-headers-6.1.0-*-amd64 (apt-get install ${pkg:-linux-headers-6.1.0-NN-amd64})"
		exit 0
	fi
	KDIR=${MPL_OOT_KDIR:-}
	if [ -z "$KDIR" ]; then
		for d in /usr/src/linux-headers-6.12.117+deb12-amd64 \
			 /usr/src/linux-headers-6.12.*-amd64; do
			[ -f "$d/Makefile" ] && { KDIR=$d; break; }
		done
	fi
	if [ -z "$KDIR" ]; then
		skip "$1: no /usr/src/linux-headers-6.12.*-amd64 (apt-get install linux-headers-6.12.117+deb12-amd64)"
		exit 0
	fi
}

# oot_need_tools LABEL TOOL...: skip the whole test unless every TOOL is
# installed.
oot_need_tools() {
	local label=$1 t
	shift
	for t in "$@"; do
		command -v "$t" >/dev/null ||
			{ skip "$label: no $t (bash tools/deps.sh)"; exit 0; }
	done
}

# oot_build LABEL DIR: make -C KDIR M=DIR V=1 modules, log in DIR.log; the
# WARNING/ERROR lines Kbuild's modpost printed go to DIR.kbuild.  Fails
# (after a FAIL line) when the build does.
oot_build() {
	if ! make -C "$KDIR" M="$2" V=1 modules >"$2.log" 2>&1; then
		fail "$1: make -C $KDIR M=$2 modules"
		tail -20 "$2.log" | sed 's/^/    /'
		return 1
	fi
	grep '^WARNING: modpost: \|^ERROR: modpost: ' "$2.log" >"$2.kbuild"
	return 0
}

# oot_replay DIR OUT [ARG...]: run again the modpost command Kbuild ran for
# DIR (from DIR/.Module.symvers.cmd, in KDIR as make did), with ARGs added;
# its stderr goes to OUT, its exit status is returned (125: no command).
oot_replay() {
	local dir=$1 out=$2 cmd
	shift 2
	cmd=$(sed -n 's/^savedcmd_[^ ]*Module\.symvers := *//p' \
		"$dir/.Module.symvers.cmd" 2>/dev/null)
	[ -n "$cmd" ] || return 125
	# shellcheck disable=SC2086
	(cd "$KDIR" && exec $cmd "$@") >/dev/null 2>"$out"
}

# oot_mpl OUT ARG...: modpost-lite -M ARG... (stderr to OUT); its status.
oot_mpl() {
	local out=$1
	shift
	"$MPL" -M "$@" >/dev/null 2>"$out"
}

# check_rc WHAT GOT WANT
check_rc() {
	[ "$2" -eq "$3" ] && pass "$1: exit status $2" ||
		fail "$1: exit status $2, expected $3"
}
