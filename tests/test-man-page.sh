#!/bin/sh
# The duaal-cli(1) page formats without a warning and names every
# command of the CLI's command table (src/cli/duaal-cli-private.h).
# Usage: test-man-page.sh PAGE COMMAND_TABLE
# SPDX-License-Identifier: GPL-3.0-or-later
set -u
page=$1 table=$2
commands=$(sed -n 's/^ *X ("\([a-z-]*\)".*/\1/p' "$table")
echo "1..2"
warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null)
if [ -z "$warnings" ]; then echo "ok 1 the page formats without warnings"
else echo "not ok 1 the page formats with warnings"; printf '%s\n' "$warnings" | sed 's/^/# /'; fi
text=$(LC_ALL=C.UTF-8 MANWIDTH=200 man -l "$page" 2>/dev/null)
missing=""
for c in $commands; do
  printf '%s\n' "$text" | grep -qE "^ +$c( |$)" || missing="$missing $c"
done
if [ -z "$missing" ]; then echo "ok 2 every command is described"
else echo "not ok 2 commands missing from the page:$missing"; fi
[ -z "$warnings" ] && [ -z "$missing" ]
