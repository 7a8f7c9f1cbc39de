# SPDX-License-Identifier: GPL-2.0-only
# Where the real-kernel corpus is (sourced by tests/corpus.sh and
# tools/bench.sh).  mpl_find_corpus TOP prints the first directory that
# holds linux-6.12-x86_64-defconfig.tar.xz, in this order:
#   $MPL_CORPUS                      (when set, the only place looked at)
#   $MPL_CORPUS_DIR, default /var/tmp/mpl-corpus   (what make corpus builds)
#   TOP/../shared/corpus             (the workplace's stored corpus)
# and returns 1 when there is none.  mpl_corpus_places TOP lists them.
mpl_corpus_places() {
	if [ -n "${MPL_CORPUS:-}" ]; then
		echo "$MPL_CORPUS"
		return
	fi
	echo "${MPL_CORPUS_DIR:-/var/tmp/mpl-corpus}"
	echo "$1/../shared/corpus"
}

mpl_find_corpus() {
	local d
	while read -r d; do
		if [ -f "$d/linux-6.12-x86_64-defconfig.tar.xz" ]; then
			(cd "$d" && pwd)
			return 0
		fi
	done < <(mpl_corpus_places "$1")
	return 1
}
