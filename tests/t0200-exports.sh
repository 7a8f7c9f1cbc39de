#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
#
# t0200-exports: the export model against the reference modpost on the
# same code (testdata/exports/README.md): CRCs from .cmd files (-m),
# vmlinux.symvers and .vmlinux.export.c, archives linked selectively
# (--lib) with their exports and .modinfo, Module.symvers read with -i
# (and vmlinux's KSYMTAB_FUNC/DATA after a dump's exports) and
# -K, "exported twice" in-tree and external (-e).
. "$(dirname "$0")/lib.sh"

REF=$(ref_modpost) || { fail "exports: reference modpost missing"; exit 0; }
SRC=$TOP/testdata/exports

# build DIR FILE...: compile testdata/exports/DIR/FILE into $TMP/DIR
build() {
	local dir=$1 f
	shift
	mkdir -p "$TMP/$dir"
	cp -a "$SRC/$dir/." "$TMP/$dir/"
	for f in "$@"; do
		mpl_compile gcc "$TMP/$dir/$f" "$TMP/$dir/${f%.*}.o" ||
			{ fail "exports: compile $dir/$f"; return 1; }
	done
}

# The lines of the kinds modpost-lite reports, from a modpost run.
mpl_kinds() {
	grep -E 'section mismatch in reference|EXPORT_SYMBOL used for|exported twice|version generation failed|Is ".*" prototyped' "$@" || true
}

# --- -m: CRCs, vmlinux.symvers, .vmlinux.export.c -------------------------
if build crc a.c b.S c.c d.c; then
	cd "$TMP/crc" || exit 1
	rm -f vmlinux.a
	ar cDPrST vmlinux.a a.o b.o c.o d.o
	ar t vmlinux.a >.vmlinux.objs
	ld -r -o vmlinux.o a.o b.o c.o d.o
	"$REF" -M -m -o ref.symvers vmlinux.o >/dev/null 2>ref.all
	mpl_kinds ref.all >ref.err
	mv .vmlinux.export.c ref.export.c
	"$MPL" -M -m --vmlinux-symvers=mpl.symvers \
		--vmlinux-export-c=.vmlinux.export.c vmlinux.a 2>mpl.err
	rc=$?
	check_eq "exports/crc: vmlinux.symvers = modpost -M -m -o" \
		ref.symvers mpl.symvers
	check_eq "exports/crc: .vmlinux.export.c = modpost's" \
		ref.export.c .vmlinux.export.c
	check_same_lines "exports/crc: the same warnings (no CRC)" \
		ref.err mpl.err
	[ $rc -eq 0 ] && pass "exports/crc: exit 0" || fail "exports/crc: exit $rc"
	grep -q 'crc_asm_func' mpl.err && grep -q 'crc_last' mpl.err &&
		grep -q '^KSYMTAB_FUNC(crc_weak, ' .vmlinux.export.c &&
		grep -q 'SYMBOL_CRC(crc_weak, 0x0000000d' .vmlinux.export.c &&
		grep -q 'crc_ns_func.*MPL_NS' mpl.symvers &&
		pass "exports/crc: the cases are what they claim (weak, last wins, no CRC, namespace)" ||
		fail "exports/crc: the test data no longer shows its cases"
	# only when changed: a second run leaves the file alone
	touch -d '2001-01-01' .vmlinux.export.c
	"$MPL" -M -m --vmlinux-export-c=.vmlinux.export.c vmlinux.a 2>/dev/null
	[ "$(stat -c %Y .vmlinux.export.c)" = "$(date -d 2001-01-01 +%s)" ] &&
		pass "exports/crc: .vmlinux.export.c written only when changed" ||
		fail "exports/crc: .vmlinux.export.c rewritten although unchanged"
	# -o writes the same lines for vmlinux
	"$MPL" -M -m -o all.symvers vmlinux.a 2>/dev/null
	check_eq "exports/crc: -o = --vmlinux-symvers for vmlinux alone" \
		mpl.symvers all.symvers
	# a missing .cmd file with -m: one line, exit 2, no output written
	mv .d.o.cmd d.cmd.away
	rm -f none.symvers
	"$MPL" -M -m --vmlinux-symvers=none.symvers vmlinux.a 2>miss.err
	rc=$?
	[ $rc -eq 2 ] && [ ! -e none.symvers ] &&
		grep -q '^modpost-lite: \.d\.o\.cmd: No such file or directory' miss.err &&
		pass "exports/crc: missing .cmd: exit 2, named, nothing written" ||
		fail "exports/crc: missing .cmd: exit $rc: $(cat miss.err)"
	mv d.cmd.away .d.o.cmd
	cd "$TOP" || exit 1
fi

# --- --lib: members pulled as ld pulls them -------------------------------
if build lib main.c p_a.c unused.c p_c.c w.c p_b.c; then
	cd "$TMP/lib" || exit 1
	rm -f vmlinux.a lib1.a lib2.a
	ar cDPrST vmlinux.a main.o
	ar cDPrsT lib1.a p_a.o unused.o p_c.o w.o
	ar rcs lib2.a p_b.o
	ld -r -o vmlinux.o --whole-archive vmlinux.a --no-whole-archive \
		--start-group lib1.a lib2.a --end-group
	"$REF" -M -o ref.symvers vmlinux.o >/dev/null 2>ref.all
	mpl_kinds ref.all >ref.err
	objcopy -j .modinfo -O binary vmlinux.o ref.modinfo
	mv .vmlinux.export.c ref.export.c
	"$MPL" -M --vmlinux-symvers=mpl.symvers --vmlinux-export-c=mpl.export.c \
		--builtin-modinfo=mpl.modinfo vmlinux.a --lib=lib1.a \
		--lib=lib2.a 2>mpl.err
	check_eq "exports/lib: exports of the pulled members, in ld's order" \
		ref.symvers mpl.symvers
	check_eq "exports/lib: .vmlinux.export.c" ref.export.c mpl.export.c
	check_eq "exports/lib: --builtin-modinfo = objcopy -j .modinfo of vmlinux.o" \
		ref.modinfo mpl.modinfo
	check_same_lines "exports/lib: section mismatches of the pulled members only" \
		ref.err mpl.err
	grep -q lib_pulled_a mpl.err && ! grep -q lib_unused mpl.err &&
		pass "exports/lib: p_a's mismatch reported, unused's not" ||
		fail "exports/lib: mismatches: $(cat mpl.err)"
	[ "$(cut -f2 mpl.symvers | tr '\n' ' ')" = "lib_pulled_a lib_pulled_b lib_pulled_c_data " ] &&
		pass "exports/lib: pulled p_a, p_b, p_c; not unused, w (weak reference)" ||
		fail "exports/lib: pulled $(cut -f2 mpl.symvers | tr '\n' ' ')"
	"$MPL" -M vmlinux.a lib1.a lib2.a 2>whole.err
	grep -q lib_unused whole.err &&
		pass "exports/lib: without --lib every member is checked" ||
		fail "exports/lib: unused.o not checked when linked whole"
	cd "$TOP" || exit 1
fi

# --- -i, -K, -e: exported twice as modpost judges it ----------------------
if build dumps v.c m1.c m1b.c m2.c; then
	cd "$TMP/dumps" || exit 1
	mv m1.o m1-main.o
	ld -r -o m1.o m1-main.o m1b.o
	ld -r -o vmlinux.o v.o
	printf '%s\n' m1-main.o m1b.o >m1.mod
	printf '%s\n' m1.o m2.o >modules.order
	mkdir -p kdir && cp kernel.symvers kdir/Module.symvers
	# compare WHAT REF-ARGS -- MPL-ARGS: the lines and the exit status
	compare() {
		local what=$1 rrc mrc ra=() ma=()
		shift
		while [ "$1" != -- ]; do ra+=("$1"); shift; done
		shift
		ma=("$@")
		rm -f ref.symvers mpl.symvers
		"$REF" -M -o ref.symvers "${ra[@]}" >/dev/null 2>ref.all
		rrc=$?
		mpl_kinds ref.all >ref.err
		"$MPL" -M -o mpl.symvers "${ma[@]}" 2>mpl.err
		mrc=$?
		check_same_lines "exports/dumps: $what: modpost's exported-twice lines" \
			ref.err mpl.err
		[ $mrc -eq $rrc ] && pass "exports/dumps: $what: exit $mrc, as modpost" ||
			fail "exports/dumps: $what: exit $mrc, modpost $rrc"
		if [ -e ref.symvers ] || [ -e mpl.symvers ]; then
			check_eq "exports/dumps: $what: -o writes modpost's Module.symvers" \
				ref.symvers mpl.symvers
		else
			pass "exports/dumps: $what: no Module.symvers after the errors, as modpost"
		fi
	}
	compare "in-tree (vmlinux and two modules)" vmlinux.o m1.o m2.o -- \
		v.o -T modules.order
	cp mpl.err mpl.in-tree.err
	compare "external (-e -i the kernel's Module.symvers)" \
		-e -i kernel.symvers m1.o m2.o -- \
		-e -i kernel.symvers -T modules.order
	cp mpl.err mpl.external.err
	compare "in-tree with a dump (-i, no -e)" -i kernel.symvers vmlinux.o \
		m1.o m2.o -- -i kernel.symvers v.o -T modules.order
	# the dump's exports come first in the model: vmlinux's own still
	# get the types of their definitions (KSYMTAB_FUNC, KSYMTAB_DATA)
	grep dump_other kernel.symvers >other.symvers
	rm -f .vmlinux.export.c
	"$REF" -M -i other.symvers vmlinux.o >/dev/null 2>&1
	"$MPL" -M -i other.symvers --vmlinux-export-c=mpl.export.c v.o \
		2>/dev/null
	check_eq "exports/dumps: vmlinux after a dump: .vmlinux.export.c = modpost's" \
		.vmlinux.export.c mpl.export.c
	grep -q '^KSYMTAB_FUNC(dump_vmlinux, ' mpl.export.c &&
		grep -q '^KSYMTAB_DATA(mpl_sink, ' mpl.export.c &&
		pass "exports/dumps: vmlinux after a dump: a FUNC and a DATA export" ||
		fail "exports/dumps: vmlinux after a dump: $(grep KSYMTAB mpl.export.c)"
	compare "external, one module, no duplicate" -e -i kernel.symvers m2.o -- \
		-e -i kernel.symvers --module m2 m2.o
	[ -s mpl.symvers ] && pass "exports/dumps: -o written when there is no error" ||
		fail "exports/dumps: -o not written for a clean module"
	grep -q "m2: 'dump_shared' exported twice. Previous export was in m1.ko" mpl.in-tree.err &&
		! grep -q "m2:" mpl.external.err &&
		pass "exports/dumps: in-tree reports m2 against m1, external does not" ||
		fail "exports/dumps: in-tree/external: $(cat mpl.in-tree.err mpl.external.err)"
	# -K DIR: DIR/Module.symvers, external
	"$MPL" -M -K kdir -T modules.order 2>mpl.K.err
	check_eq "exports/dumps: -K DIR = -e -i DIR/Module.symvers" \
		mpl.external.err mpl.K.err
	# no vmlinux among the inputs: external by default
	"$MPL" -M -i kernel.symvers -T modules.order 2>mpl.none.err
	check_eq "exports/dumps: no vmlinux input: judged as external (-e)" \
		mpl.external.err mpl.none.err
	# a malformed dump: one line naming FILE:LINE, exit 2
	printf '0x1\tok\tvmlinux\tEXPORT_SYMBOL\t\nbad line\n' >bad.symvers
	"$MPL" -M -i bad.symvers m2.o 2>bad.err
	rc=$?
	[ $rc -eq 2 ] && grep -q '^modpost-lite: bad.symvers:2: ' bad.err &&
		pass "exports/dumps: malformed Module.symvers: FILE:LINE, exit 2" ||
		fail "exports/dumps: malformed Module.symvers: exit $rc: $(cat bad.err)"
	cd "$TOP" || exit 1
fi
