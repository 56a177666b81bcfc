#!/bin/sh
# `meson install --destdir` puts every file of Duaal in place.
# Usage: test-install.sh BUILD_ROOT BINDIR DATADIR LOCALEDIR (as configured)
# SPDX-License-Identifier: GPL-3.0-or-later
set -u

build_root=$1 bindir=$2 datadir=$3 localedir=$4
destdir=$(mktemp -d "${TMPDIR:-/tmp}/duaal-install-XXXXXX") || exit 1
trap 'rm -rf "$destdir"' EXIT

if ! meson install -C "$build_root" --destdir "$destdir" --no-rebuild >"$destdir.log" 2>&1; then
  echo "Bail out! meson install failed:"
  sed 's/^/# /' "$destdir.log"
  rm -f "$destdir.log"
  exit 1
fi
rm -f "$destdir.log"

set -- \
  "$bindir/duaal" \
  "$bindir/duaal-cli" \
  "$datadir/applications/org.example.Duaal.desktop" \
  "$datadir/metainfo/org.example.Duaal.metainfo.xml" \
  "$datadir/glib-2.0/schemas/org.example.Duaal.gschema.xml" \
  "$datadir/icons/hicolor/scalable/apps/org.example.Duaal.svg" \
  "$datadir/icons/hicolor/symbolic/apps/org.example.Duaal-symbolic.svg" \
  "$localedir/nl/LC_MESSAGES/duaal.mo" \
  "$datadir/man/man1/duaal-cli.1" \
  "$datadir/help/C/org.example.Duaal/index.page" \
  "$datadir/help/C/org.example.Duaal/scoring.page" \
  "$datadir/help/nl/org.example.Duaal/index.page" \
  "$datadir/help/nl/org.example.Duaal/scoring.page"

echo "1..$#"
n=0 failed=0
for file in "$@"; do
  n=$((n + 1))
  case $file in
    "$bindir"/*) test -f "$destdir$file" && test -x "$destdir$file" ;;
    *) test -s "$destdir$file" ;;
  esac
  if [ $? -eq 0 ]; then
    echo "ok $n - $file"
  else
    echo "not ok $n - $file is not installed (or empty, or not executable)"
    failed=$((failed + 1))
  fi
done
[ "$failed" -eq 0 ]
