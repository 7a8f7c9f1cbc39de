#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
#
# t0126-tables-read: the scan reads an object of more than 16 KiB in its
# tables only and the bytes of code and data when it needs them
# (elfobj_bytes()).  testdata/tables-read/big.c puts its export entries
# and .modinfo 24 KiB before its tables, so those are read on demand.
# For 6.12 and 6.1 (6.1's exports: ___ksymtab+ sections and the
# __ksymtab_strings namespace strings), against ld -r + the reference:
#   layout   the object is as big, and those sections as far, as needed
#   lines    the same warnings
#   symvers  --vmlinux-symvers = the reference's -o (licences, namespaces)
#   modinfo  --builtin-modinfo = objcopy -j .modinfo
#   reads    the scan reads less than the whole file (strace)
set -u
. "$(dirname "$0")/lib.sh"

SRC=$TOP/testdata/tables-read

# far_enough OBJ SECTION...: the object is over 16 KiB and each SECTION
# ends more than 4 KiB before the first symbol, string or relocation table
far_enough() {
	local obj=$1 name type off size first= s
	local -A end=()
	shift
	[ "$(stat -c %s "$obj")" -gt 16384 ] || return 1
	while read -r name type off size; do
		case "$type" in
		SYMTAB|STRTAB|RELA|REL)
			if [ -z "$first" ] || [ $((16#$off)) -lt "$first" ]; then
				first=$((16#$off))
			fi ;;
		esac
		end[$name]=$((16#$off + 16#$size))
	done < <(readelf -SW "$obj" | sed -n 's/^ *\[ *[0-9]*\] *//p' |
		 awk '{ print $1, $2, $4, $5 }')
	[ -n "$first" ] || return 1
	for s in "$@"; do
		[ -n "${end[$s]:-}" ] && [ $((end[$s] + 4096)) -lt "$first" ] ||
			return 1
	done
}

# reads LOG NAME: for each time the file NAME was opened (by the input
# expansion, the scan, the check of a suspect object), the bytes pread()
# from it until it was closed, one number a line
reads() {
	awk -v name="$2" '
	/openat\(/ && index($0, name "\"") { split($0, a, "= "); fd = a[2] + 0; open = 1; n = 0; next }
	open && /pread64\(/ { split($0, a, "("); split(a[2], b, ","); split($0, c, "= ")
		      if (b[1] + 0 == fd && c[2] + 0 > 0) n += c[2] }
	open && /close\(/ { split($0, a, "("); if (a[2] + 0 == fd) { open = 0; print n } }' "$1"
}

for k in 6.12 6.1; do
	what="tables-read ($k)"
	dir=$TMP/$k
	mkdir -p "$dir"
	flags=()
	refopt=(-M)
	secs=".export_symbol .modinfo"
	if [ "$k" = 6.1 ]; then
		flags=("${MPL_KCFLAGS_61[@]}")
		refopt=()	# 6.1's modpost has no -M
		secs="__ksymtab_strings .modinfo"
	fi
	if ! gcc "${MPL_KCFLAGS[@]}" "${flags[@]}" -c -o "$dir/big.o" \
		"$SRC/big.c" 2>"$dir/build.log"; then
		fail "$what: compile testdata/tables-read/big.c"
		sed 's/^/    /' "$dir/build.log" | head -10
		continue
	fi
	# shellcheck disable=SC2086 # the section names are words
	if far_enough "$dir/big.o" $secs; then
		pass "$what: layout: $(stat -c %s "$dir/big.o") bytes, $secs more than 4 KiB before the tables"
	else
		fail "$what: layout: big.o is not laid out as the test needs"
		readelf -SW "$dir/big.o" | sed 's/^/    /' | head -30
	fi

	ref=$(ref_modpost "$k") || {
		skip "$what (no reference: $(ref_package "$k"))"
		continue
	}
	(cd "$dir" && ld -r -o vmlinux.o big.o &&
	 "$ref" "${refopt[@]}" -o ref.symvers vmlinux.o >/dev/null 2>ref.err &&
	 objcopy -j .modinfo -O binary vmlinux.o ref.modinfo)
	mpl_run "$dir" "$dir/mpl.err" --kernel="$k" -M -j1 \
		--vmlinux-symvers="$dir/mpl.symvers" \
		--builtin-modinfo="$dir/mpl.modinfo" -- "$dir/big.o"
	check_mpl_lines "$what: the reference's lines ($(wc -l <"$dir/ref.err"))" \
		"$dir/ref.err" "$dir/mpl.err"
	check_eq "$what: --vmlinux-symvers = the reference's -o ($(wc -l <"$dir/ref.symvers") exports)" \
		"$dir/ref.symvers" "$dir/mpl.symvers"
	check_eq "$what: --builtin-modinfo = objcopy -j .modinfo" \
		"$dir/ref.modinfo" "$dir/mpl.modinfo"

	if ! command -v strace >/dev/null; then
		skip "$what: reads (strace not installed)"
		continue
	fi
	strace -f -e trace=openat,pread64,close -o "$dir/strace.log" \
		"$MPL" --kernel="$k" -M -j1 "$dir/big.o" 2>/dev/null
	size=$(stat -c %s "$dir/big.o")
	all=$(reads "$dir/strace.log" "$dir/big.o" | paste -sd' ')
	# the scan's: more than the headers, less than the file
	got=$(tr ' ' '\n' <<<"$all" | awk -v size="$size" '$1 > 1024 && $1 < size' | head -1)
	if [ -n "$got" ]; then
		pass "$what: reads: the scan read $got of $size bytes (each open: $all)"
	else
		fail "$what: reads: no open read part of the object (each open: $all of $size)"
	fi
done
exit 0
