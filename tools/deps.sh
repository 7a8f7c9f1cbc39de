#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
#
# Install the Debian 12 packages modpost-lite needs to build and to run its
# tests (idempotent; run as root).  "deps.sh build" (or MPL_DEPS=build)
# installs only what the build needs.
set -eu
cd "$(dirname "$0")/.."
[ "${1:-}" = build ] && MPL_DEPS=build

build_pkgs="gcc make libc6-dev libelf-dev libdw-dev uthash-dev liblzma-dev
	libzstd-dev zlib1g-dev"
test_pkgs="binutils clang llvm lld libclang-rt-14-dev python3 xz-utils jq
	valgrind file cpio zstd gzip bc flex bison libssl-dev groff-base time
	linux-source-6.12 linux-headers-6.12.117+deb12-amd64 pahole patch
	linux-kbuild-6.1 linux-headers-6.1.0-57-amd64"

want=$build_pkgs
if [ "${MPL_DEPS:-all}" != build ]; then
	want="$want $test_pkgs"
	[ -f tests/arch-packages.txt ] &&
		want="$want $(grep -v '^#' tests/arch-packages.txt | tr '\n' ' ')"
fi

missing=
for p in $want; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" ||
		missing="$missing $p"
done

# Node.js and npm (for the SARIF validator) may come from NodeSource rather
# than Debian; a working npm command is what counts, not a package name.
if [ "${MPL_DEPS:-all}" != build ] && ! command -v npm >/dev/null 2>&1; then
	missing="$missing nodejs npm"
fi

# A machine image may carry an interrupted dpkg run; apt refuses to do
# anything until it is finished.
finish_dpkg() {
	if [ -n "$(ls -A /var/lib/dpkg/updates 2>/dev/null)" ]; then
		echo "deps: finishing an interrupted dpkg run"
		DEBIAN_FRONTEND=noninteractive dpkg --configure -a >/dev/null || true
	fi
}

# The reference modpost: Debian's linux-kbuild-6.12.<N>+deb12.  The corpus
# oracle was made with 6.12.117; prefer it, else the newest there is.
kbuild=
if [ "${MPL_DEPS:-all}" != build ] &&
   ! ls /usr/lib/linux-kbuild-6.12.*/scripts/mod/modpost >/dev/null 2>&1; then
	kbuild=pending
fi

if [ -n "$missing" ] || [ -n "$kbuild" ]; then
	export DEBIAN_FRONTEND=noninteractive
	# linux-headers-*-amd64 (for tests/t0500-oot-module.sh) depends on the
	# kernel image; INITRD=No keeps its hook from building an initramfs.
	export INITRD=No
	finish_dpkg
	apt-get update -qq
	if [ -n "$kbuild" ]; then
		kbuild=linux-kbuild-6.12.117+deb12
		if ! apt-cache show "$kbuild" >/dev/null 2>&1; then
			kbuild=$(apt-cache search --names-only '^linux-kbuild-6\.12\.[0-9]+\+deb12$' |
				 awk '{print $1}' | sort -V | tail -1)
		fi
		missing="$missing $kbuild"
	fi
	echo "deps: installing$missing"
	# shellcheck disable=SC2086
	if ! apt-get install -y -qq --no-install-recommends $missing >/dev/null; then
		finish_dpkg
		apt-get install -y -qq -f >/dev/null || true
		apt-get install -y -qq --no-install-recommends $missing >/dev/null
	fi
fi
echo "deps: ok"
