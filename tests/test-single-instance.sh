#!/bin/sh
# Opening Duaal a second time hands over to the running instance (which
# presents its window) instead of starting another one on another file.
# Runs under `xvfb-run -a dbus-run-session` (tests/meson.build).
# Usage: test-single-instance.sh PATH/TO/duaal
# SPDX-License-Identifier: GPL-3.0-or-later
set -u

duaal=$1
dir=$(mktemp -d "${TMPDIR:-/tmp}/duaal-single-XXXXXX") || exit 1
first=
cleanup () {
  [ -n "$first" ] && kill "$first" 2>/dev/null
  rm -rf "$dir"
}
trap cleanup EXIT

echo "1..4"

has_owner () {
  gdbus call --session --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus \
    --method org.freedesktop.DBus.NameHasOwner org.example.Duaal 2>/dev/null | grep -q true
}

"$duaal" --database "$dir/first.db" >"$dir/first.log" 2>&1 &
first=$!
tries=0
until has_owner; do
  tries=$((tries + 1))
  if [ "$tries" -gt 200 ] || ! kill -0 "$first" 2>/dev/null; then
    echo "Bail out! the first instance never took org.example.Duaal"
    sed 's/^/# /' "$dir/first.log"
    exit 1
  fi
  sleep 0.1
done
echo "ok 1 - the first instance owns org.example.Duaal"

if timeout 30 "$duaal" --database "$dir/second.db" >"$dir/second.log" 2>&1; then
  echo "ok 2 - the second instance hands over and exits"
else
  echo "not ok 2 - the second instance did not exit cleanly"
  sed 's/^/# /' "$dir/second.log"
fi

if [ ! -e "$dir/second.db" ] && [ -f "$dir/first.db" ]; then
  echo "ok 3 - only the first instance opened a database"
else
  echo "not ok 3 - the second instance opened a database of its own"
fi

gdbus call --session --dest org.example.Duaal --object-path /org/example/Duaal \
  --method org.gtk.Actions.Activate quit '[]' '{}' >/dev/null
if wait "$first"; then
  echo "ok 4 - app.quit ends the first instance"
else
  echo "not ok 4 - the first instance failed on app.quit"
  sed 's/^/# /' "$dir/first.log"
fi
first=
