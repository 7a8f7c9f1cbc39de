#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
#
# t0510-jobserver: under make -jN, modpost-lite runs its workers beyond the
# first on tokens from make's jobserver, gives every token back, and prints
# the same as with -j1.  MPL_DEBUG_JOBS=1 makes each worker pool print
# "modpost-lite: pool: J jobs, R of N workers ran", which the test reads to
# see how many workers got a token.
#
# The pipe form (--jobserver-auth=R,W) is tested under the real make -j2
# and -j4; the fifo form (--jobserver-auth=fifo:PATH, make >= 4.4) with a
# fifo made by the test and MAKEFLAGS set by hand, as make 4.3 has no fifo.
. "$(dirname "$0")/lib.sh"

command -v python3 >/dev/null || { skip "jobserver: python3 not installed"; exit 0; }
ncpu=$(nproc)

# Inputs: the example's two objects as vmlinux, and six modules made of
# them through a -T list and .mod files: 14 objects in all.
cd "$TMP" || exit 1
for f in board driver; do
	mpl_compile gcc "$TOP/testdata/example/$f.c" "$TMP/$f.o" || {
		fail "jobserver: compile testdata/example/$f.c"
		exit 0
	}
done
: >modules.order
for i in 1 2 3 4 5 6; do
	echo "m$i.o" >>modules.order
	printf '%s\n' "$TMP/board.o" "$TMP/driver.o" >"m$i.mod"
done
ARGS=(-M board.o driver.o -T modules.order)
"$MPL" -j1 "${ARGS[@]}" 2>"$TMP/j1.txt"
echo "exit $?" >>"$TMP/j1.txt"
[ "$(grep -c 'section mismatch' "$TMP/j1.txt")" -eq 21 ] &&
	pass "jobserver: -j1 reference output (21 mismatches)" ||
	fail "jobserver: -j1 output has $(grep -c 'section mismatch' "$TMP/j1.txt") mismatches, expected 21"

# split OUT: OUT without the debug lines, plus "exit N", into OUT.out;
# the largest "R" of the "R of N workers ran" lines on standard output.
split() {
	grep -v '^modpost-lite: \(pool\|jobserver\)' "$1" >"$1.out"
	sed -n 's/^modpost-lite: pool: .*, \([0-9]*\) of [0-9]* workers ran$/\1/p' "$1" |
		sort -n | tail -1
}

# A token counter for a jobserver: reads every token there is without
# waiting, writes them back, prints how many there were.
cat >"$TMP/tokens.py" <<'EOF'
import os, re, sys
flags = os.environ.get("MAKEFLAGS", "")
m = re.findall(r"--jobserver-auth=(\S+)", flags)
if len(sys.argv) > 1:
    auth = "fifo:" + sys.argv[1]
elif m:
    auth = m[-1]
else:
    print("none"); sys.exit(0)
if auth.startswith("fifo:"):
    r = os.open(auth[5:], os.O_RDONLY | os.O_NONBLOCK)
    w = os.open(auth[5:], os.O_WRONLY)
else:
    a, b = auth.split(",")
    r = os.open("/proc/self/fd/" + a, os.O_RDONLY | os.O_NONBLOCK)
    w = int(b)
got = b""
while True:
    try:
        c = os.read(r, 64)
    except BlockingIOError:
        break
    if not c:
        break
    got += c
if got:
    os.write(w, got)
print(len(got))
EOF

# 1. The fifo form, by hand: the fifo holds 3 tokens (make -j4).
mkfifo "$TMP/fifo"
exec 7<>"$TMP/fifo"
printf '+++' >&7
MAKEFLAGS="-j4 --jobserver-auth=fifo:$TMP/fifo" MPL_DEBUG_JOBS=1 \
	"$MPL" "${ARGS[@]}" 2>"$TMP/fifo4.txt"
echo "exit $?" >>"$TMP/fifo4.txt"
ran=$(split "$TMP/fifo4.txt")
check_eq "jobserver fifo, 3 tokens: output equals -j1" "$TMP/j1.txt" "$TMP/fifo4.txt.out"
left=$(timeout 10 python3 "$TMP/tokens.py" "$TMP/fifo")
[ "$left" = 3 ] && pass "jobserver fifo, 3 tokens: all 3 given back" ||
	fail "jobserver fifo, 3 tokens: $left left in the fifo, expected 3"
want=$((ncpu < 4 ? ncpu : 4))
[ "$ran" = "$want" ] && pass "jobserver fifo, 3 tokens: $want workers ran ($ncpu CPUs)" ||
	fail "jobserver fifo, 3 tokens: ${ran:-no} workers ran, expected $want"

# 2. The fifo form with no token to spare: one worker, nothing taken.
timeout 10 python3 -c 'import os,sys; fd=os.open(sys.argv[1], os.O_RDONLY|os.O_NONBLOCK); os.read(fd, 64)' "$TMP/fifo"
MAKEFLAGS="-j4 --jobserver-auth=fifo:$TMP/fifo" MPL_DEBUG_JOBS=1 \
	"$MPL" "${ARGS[@]}" 2>"$TMP/fifo0.txt"
echo "exit $?" >>"$TMP/fifo0.txt"
ran=$(split "$TMP/fifo0.txt")
check_eq "jobserver fifo, no tokens: output equals -j1" "$TMP/j1.txt" "$TMP/fifo0.txt.out"
[ "$ran" = 1 ] && pass "jobserver fifo, no tokens: one worker ran" ||
	fail "jobserver fifo, no tokens: ${ran:-no} workers ran, expected 1"
left=$(timeout 10 python3 "$TMP/tokens.py" "$TMP/fifo")
[ "$left" = 0 ] && pass "jobserver fifo, no tokens: none made up" ||
	fail "jobserver fifo, no tokens: $left tokens in the fifo, expected 0"
exec 7>&-

# 3. The real make, pipe form (or fifo with make >= 4.4): modpost-lite in a
# '+' recipe, then a recipe that counts the tokens make has left.
cat >"$TMP/Makefile" <<EOF
all: count
run:
	+@MPL_DEBUG_JOBS=1 "$MPL" ${ARGS[*]} 2>run.txt; echo "exit \$\$?" >>run.txt
count: run
	+@python3 tokens.py >count.txt
# modpost-lite beside a job that holds the other token of -j2 until
# modpost-lite is done (at most a minute)
busy: hold run2
hold:
	@for i in \$\$(seq 600); do [ -f run2.done ] && break; sleep 0.1; done
run2:
	+@sleep 0.2; MPL_DEBUG_JOBS=1 "$MPL" ${ARGS[*]} 2>run2.txt; echo "exit \$\$?" >>run2.txt; touch run2.done
# no '+': make 4.3 does not hand its pipe to this recipe
plain:
	@MPL_DEBUG_JOBS=1 "$MPL" ${ARGS[*]} 2>plain.txt; echo "exit \$\$?" >>plain.txt
EOF
for j in 2 4; do
	rm -f run.txt count.txt
	if ! make -s -j$j -C "$TMP" >/dev/null 2>"$TMP/make.err"; then
		fail "make -j$j: make failed: $(head -3 "$TMP/make.err")"
		continue
	fi
	ran=$(split run.txt)
	grep -q '^modpost-lite: jobserver ' run.txt &&
		pass "make -j$j: modpost-lite found the jobserver ($(sed -n 's/^modpost-lite: jobserver //p' run.txt))" ||
		fail "make -j$j: modpost-lite did not use the jobserver"
	check_eq "make -j$j: output equals -j1" "$TMP/j1.txt" run.txt.out
	want=$((ncpu < j ? ncpu : j))
	[ "$ran" = "$want" ] && pass "make -j$j: $want workers ran ($ncpu CPUs)" ||
		fail "make -j$j: ${ran:-no} workers ran, expected $want"
	[ "$(cat count.txt)" = $((j - 1)) ] &&
		pass "make -j$j: the jobserver holds its $((j - 1)) spare tokens again" ||
		fail "make -j$j: $(cat count.txt) tokens in the jobserver afterwards, expected $((j - 1))"
done

rm -f run2.txt run2.done
if make -s -j2 -C "$TMP" busy >/dev/null 2>"$TMP/make.err"; then
	ran=$(split run2.txt)
	check_eq "make -j2 beside a busy job: output equals -j1" "$TMP/j1.txt" run2.txt.out
	[ "$ran" = 1 ] && pass "make -j2 beside a busy job: one worker ran" ||
		fail "make -j2 beside a busy job: ${ran:-no} workers ran, expected 1"
else
	fail "make -j2 busy: make failed: $(head -3 "$TMP/make.err")"
fi

rm -f plain.txt
if make -s -j4 -C "$TMP" plain >/dev/null 2>"$TMP/make.err"; then
	ran=$(split plain.txt)
	check_eq "make -j4, recipe without '+': output equals -j1" "$TMP/j1.txt" plain.txt.out
	if grep -q '^modpost-lite: jobserver .*unusable' plain.txt; then
		[ "$ran" = 1 ] && pass "make -j4, recipe without '+': jobserver unusable, one worker" ||
			fail "make -j4, recipe without '+': ${ran:-no} workers ran, expected 1"
	else
		skip "make -j4, recipe without '+': this make hands its jobserver to every recipe"
	fi
else
	fail "make -j4 plain: make failed: $(head -3 "$TMP/make.err")"
fi

# 4. MAKEFLAGS naming descriptors that are not one pipe: no tokens taken
# from unrelated files, one worker.
MAKEFLAGS="-j4 --jobserver-auth=0,2" MPL_DEBUG_JOBS=1 \
	"$MPL" "${ARGS[@]}" </dev/null 2>"$TMP/bad.txt"
echo "exit $?" >>"$TMP/bad.txt"
ran=$(split "$TMP/bad.txt")
check_eq "jobserver-auth naming non-pipes: output equals -j1" "$TMP/j1.txt" "$TMP/bad.txt.out"
[ "$ran" = 1 ] && pass "jobserver-auth naming non-pipes: one worker" ||
	fail "jobserver-auth naming non-pipes: ${ran:-no} workers ran, expected 1"
MAKEFLAGS="-j4 --jobserver-auth=fifo:$TMP/nonexistent" \
	"$MPL" "${ARGS[@]}" 2>"$TMP/nofifo.txt"
echo "exit $?" >>"$TMP/nofifo.txt"
check_eq "jobserver-auth naming a missing fifo: output equals -j1" "$TMP/j1.txt" "$TMP/nofifo.txt"
# -j wins over the jobserver
MAKEFLAGS="-j4 --jobserver-auth=fifo:$TMP/nonexistent" MPL_DEBUG_JOBS=1 \
	"$MPL" -j2 "${ARGS[@]}" 2>"$TMP/jopt.txt"
ran=$(split "$TMP/jopt.txt")
want=2
[ "$ran" = "$want" ] && pass "-j2 under a jobserver: -j counts, 2 workers" ||
	fail "-j2 under a jobserver: ${ran:-no} workers ran, expected 2"
