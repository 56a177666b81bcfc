#!/bin/sh
# test-valgrind.sh: duaal-cli import-qualification under valgrind over
# every qualification file under tests/data (valid, refused, hostile), so
# that memcheck sees the parser, the checks and the store at work.
# Memcheck errors make valgrind exit 99 (a code duaal-cli never uses:
# 0 imported, 1 run-time failure, 2 refused file).  Skipped (77) when
# valgrind is not installed.
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

failed=0
n=0
files=$(find "$data" -type f \( -name '*.xml' -o -path '*/fuzz/qualification/*' \) | sort)
for file in $files; do
  n=$((n + 1))
  # MALLOC_CHECK_ and MALLOC_PERTURB_ (set by the test environment) are
  # glibc's own checks; under valgrind they only add noise.
  env -u MALLOC_CHECK_ -u MALLOC_PERTURB_ \
    valgrind --error-exitcode=99 --leak-check=no --quiet \
      --log-file="$tmp/valgrind.log" \
      "$cli" --db "$tmp/duaal.db" import-qualification "$file" \
      >"$tmp/out" 2>"$tmp/err"
  code=$?
  case $code in
    0|2) echo "ok $n - $(basename "$file") (exit $code)" ;;
    99) echo "not ok $n - $(basename "$file"): memcheck errors"
        cat "$tmp/valgrind.log"
        failed=1 ;;
    *)  echo "not ok $n - $(basename "$file"): exit $code"
        cat "$tmp/err" "$tmp/valgrind.log"
        failed=1 ;;
  esac
done

if [ "$n" -eq 0 ]; then
  echo "no qualification files under $data"
  exit 1
fi
echo "$n files imported under valgrind"
exit $failed
