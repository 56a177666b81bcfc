#!/bin/sh
# Under LANG=nl_BE.UTF-8 Duaal speaks Dutch, also on a machine where that
# locale was never generated (a fresh Debian has only C.UTF-8).
# Usage: test-app-locale.sh PATH/TO/duaal BUILD_ROOT
# SPDX-License-Identifier: GPL-3.0-or-later
set -u

duaal=$1 build_root=$2
echo "1..2"

help=$(env -u LC_ALL -u LC_MESSAGES -u LANGUAGE LANG=nl_BE.UTF-8 \
         DUAAL_LOCALEDIR="$build_root/po" "$duaal" --help 2>&1)
case $help in
  *"--database=BESTAND"*) echo "ok 1 - Dutch under LANG=nl_BE.UTF-8" ;;
  *) echo "not ok 1 - not Dutch under LANG=nl_BE.UTF-8"; echo "$help" | sed 's/^/# /' ;;
esac

help=$(env -u LC_ALL -u LC_MESSAGES -u LANGUAGE LANG=C.UTF-8 \
         DUAAL_LOCALEDIR="$build_root/po" "$duaal" --help 2>&1)
case $help in
  *"--database=FILE"*) echo "ok 2 - English under LANG=C.UTF-8" ;;
  *) echo "not ok 2 - not English under LANG=C.UTF-8"; echo "$help" | sed 's/^/# /' ;;
esac
