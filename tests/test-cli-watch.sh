#!/bin/bash
# test-cli-watch.sh: `duaal-cli watch` hears writes of other processes
# (SPEC section 12, issue 13)
#
# A watcher runs in the background; other duaal-cli processes write a
# score, add a learner and plan a cell.  The watcher prints one JSON line
# per notice naming kind, group and learner.  The time a notice took is
# printed as a TAP comment (no timing is asserted: the design polls
# PRAGMA data_version every 250 ms).  Output is TAP.
#
# SPDX-License-Identifier: GPL-3.0-or-later

set -u

. "$(dirname "$0")/cli-test-lib.sh"

setup demo
group=$(printf '%s' "$OUT" | "$PYTHON" -c 'import json,sys; print(json.load(sys.stdin)["group"])')
setup learners "$group"
learner=$(printf '%s' "$OUT" | "$PYTHON" -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')

# wait_for FILE LINES: until FILE has LINES lines or 10 s passed.
wait_for () {
  for _ in $(seq 100); do
    [ "$(wc -l <"$1")" -ge "$2" ] && return 0
    sleep 0.1
  done
  return 1
}

"$CLI" --db "$DB" watch "$group" --count 3 --timeout 20 >"$TMP/watch" 2>"$TMP/watch.err" &
watcher=$!
sleep 0.5   # the watcher takes note of where the log stands

start=$(date +%s%N)
setup score "$learner" c01.01 --actor trainer --coverage S
if wait_for "$TMP/watch" 1; then
  echo "# a score reached the watcher in $(( ($(date +%s%N) - start) / 1000000 )) ms"
fi
setup add-learner "$group" "Nora Claes" --company 1
added=$(id_of)
setup plan-cell "$group" "$added" c02 on

wait "$watcher"
rc=$?
[ "$rc" -eq 0 ] && ok "watch ends with exit 0 after --count notices" \
  || not_ok "watch ends with exit 0 after --count notices" "exit $rc: $(cat "$TMP/watch.err")"

OUT=$(sed -n 1p "$TMP/watch")
json_check "a score by another process: kind, group, learner" \
  "j == {'kind': 'score', 'group': $group, 'learner': $learner}"
OUT=$(sed -n 2p "$TMP/watch")
json_check "a learner added by another process" \
  "j == {'kind': 'learner', 'group': $group, 'learner': $added}"
OUT=$(sed -n 3p "$TMP/watch")
json_check "the new learner's plan (from the company's activity list)" \
  "j['kind'] == 'plan' and j['learner'] == $added"

# Another group's writes do not reach a watcher of this group.
setup add-group "Andere groep" --qualification "$(cd "$TMP" && "$CLI" --db "$DB" qualifications | "$PYTHON" -c 'import json,sys; print(json.load(sys.stdin)[0]["code"])')"
other=$(id_of)
"$CLI" --db "$DB" watch "$group" --count 1 --timeout 3 >"$TMP/watch2" 2>&1 &
watcher=$!
sleep 0.5
setup add-learner "$other" "Iemand Anders" --company 1
wait "$watcher"
if [ ! -s "$TMP/watch2" ]; then ok "another group's write is not printed"; else not_ok "another group's write is not printed" "$(cat "$TMP/watch2")"; fi

run watch abc
[ "$RC" -eq 2 ] && ok "a bad group id is bad input" || not_ok "a bad group id is bad input" "exit $RC"
run watch 999 --timeout 1
[ "$RC" -eq 2 ] && ok "an unknown group is bad input" || not_ok "an unknown group is bad input" "exit $RC"

finish
