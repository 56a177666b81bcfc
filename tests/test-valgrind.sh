#!/bin/sh
# test-valgrind.sh: duaal-cli import-qualification under valgrind over
# every qualification file under tests/data (valid, refused, hostile), so
# that memcheck sees the parser, the checks and the store at work.
# Memcheck errors make valgrind exit 99 (a code duaal-cli never uses:
# 0 imported, 1 run-time failure, 2 refused file).  Two lanes run side by
# side (about a second per file each).  Skipped (77) without valgrind.
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -u

if ! command -v valgrind >/dev/null 2>&1; then
  echo "valgrind is not installed: skipped"
  exit 77
fi

cli="$DUAAL_BUILD_ROOT/src/cli/duaal-cli"
data="$DUAAL_SOURCE_ROOT/tests/data"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

find "$data" -type f \( -name '*.xml' -o -path '*/fuzz/qualification/*' \) | sort >"$tmp/files"
n=$(wc -l <"$tmp/files")
if [ "$n" -eq 0 ]; then
  echo "no qualification files under $data"
  exit 1
fi

# run_lane LANE: every file whose line number is LANE modulo 2, into its
# own database; one result line per file in $tmp/result.LANE.
run_lane () {
  lane=$1
  dir="$tmp/lane$lane"
  mkdir "$dir"
  awk -v lane="$lane" 'NR % 2 == lane' "$tmp/files" | while read -r file; do
    # MALLOC_CHECK_ and MALLOC_PERTURB_ (set by the test environment) are
    # glibc's own checks; under valgrind they only add noise.
    env -u MALLOC_CHECK_ -u MALLOC_PERTURB_ \
      valgrind --error-exitcode=99 --leak-check=no --quiet \
        --suppressions="$DUAAL_SOURCE_ROOT/tests/valgrind.supp" \
        --log-file="$dir/valgrind.log" \
        "$cli" --db "$dir/duaal.db" import-qualification "$file" \
        >"$dir/out" 2>"$dir/err"
    code=$?
    case $code in
      0|2) echo "ok - ${file#$data/} (exit $code)" ;;
      99)  echo "not ok - ${file#$data/}: memcheck errors"
           sed 's/^/    /' "$dir/valgrind.log" ;;
      *)   echo "not ok - ${file#$data/}: exit $code"
           sed 's/^/    /' "$dir/err" "$dir/valgrind.log" ;;
    esac
  done >"$tmp/result.$lane"
}

run_lane 0 &
run_lane 1 &
wait

cat "$tmp/result.0" "$tmp/result.1"
if grep -q '^not ok' "$tmp/result.0" "$tmp/result.1"; then
  exit 1
fi
echo "$n files imported under valgrind without a memcheck error"
