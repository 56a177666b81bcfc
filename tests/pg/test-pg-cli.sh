#!/bin/bash
# test-pg-cli.sh: duaal-cli on a team database (SPEC 13, issue 14)
#
# Run by tests/pg/run-with-pg.sh inside a throwaway PostgreSQL 15 cluster
# (PGHOST, PGPORT, PGUSER, PGPASSWORD set).  Every database here is made
# with createdb and reached as --db postgresql:///NAME, the rest of the
# connection coming from where libpq looks (the environment): never a
# password on the command line.
#
#  - setup-team: created, then unchanged
#  - the main commands read the same on PostgreSQL as on SQLite after
#    the same writes, the demo's contexts, scenarios, units, choices,
#    workplace results and visits (SPEC 14, 15) included
#  - import-database copies a workstation database that then reads the
#    same (status now and in a closed period, history with authors and
#    times, attention, overview, route, the SPEC 14 and 15 reads); a
#    second move is refused (exit 2)
#  - watch hears another connection's score (the time it took printed)
#  - 3 and 8 writers at once: no error, each cell ends on its writer's
#    last value, the log has every change exactly once
#  - the server stopped: exit 1 naming the cause; started again: works
#
# Output is TAP.
#
# SPDX-License-Identifier: GPL-3.0-or-later

set -u

. "$(dirname "$0")/../cli-test-lib.sh"

: "${PGPORT:?run by tests/pg/run-with-pg.sh}"

SQLITE_DB="$TMP/workstation.db"
DB="postgresql:///duaal_cli"
PGDB=duaal_cli

# The database as pg_dump sees its rows, for cli_expect_fail's "unchanged"
# (identity sequences advance even in a rolled-back transaction).
dump () {
  pg_dump --data-only --no-owner "$PGDB" 2>&1 | grep -v "setval\|^--\|restrict "
}

# both ARGS...: the same command on SQLite and PostgreSQL; OUT_SQLITE, OUT.
both () {
  "$CLI" --db "$SQLITE_DB" "$@" >"$TMP/sqlite-out" 2>"$TMP/sqlite-err"
  OUT_SQLITE=$(cat "$TMP/sqlite-out")
  run "$@"
}

# same DESCRIPTION ARGS...: the command reads the same from both.
same () {
  local desc=$1
  shift
  both "$@"
  if [ "$RC" -ne 0 ] || [ -z "$OUT" ]; then
    not_ok "$desc" "exit $RC on PostgreSQL: $ERR"
  elif [ "$OUT" != "$OUT_SQLITE" ]; then
    not_ok "$desc" "PostgreSQL: ${OUT:0:600}" "SQLite:     ${OUT_SQLITE:0:600}"
  else
    ok "$desc"
  fi
}

createdb "$PGDB" || { echo "Bail out! createdb failed"; exit 1; }

# --- setup-team -------------------------------------------------------------

run groups
[ "$RC" -eq 1 ] && printf '%s' "$ERR" | grep -q "setup-team" \
  && ok "a database that is not set up: exit 1 saying to run setup-team" \
  || not_ok "a database that is not set up: exit 1 saying to run setup-team" "exit $RC: $ERR"
run setup-team
json_check "setup-team creates the schema" "j['status'] == 'created' and j['schema_version'] >= 2"
run setup-team
json_check "setup-team again changes nothing" "j['status'] == 'unchanged' and j['schema_version'] >= 2"
"$CLI" --db "$SQLITE_DB" setup-team >/dev/null 2>"$TMP/err"
[ $? -eq 2 ] && ok "setup-team on a file: exit 2" || not_ok "setup-team on a file: exit 2" "$(cat "$TMP/err")"

# --- the same writes, the same reads -----------------------------------------

both demo
group=$(printf '%s' "$OUT" | "$PYTHON" -c 'import json,sys; print(json.load(sys.stdin)["group"])')
[ "$RC" -eq 0 ] && [ "$OUT" = "$OUT_SQLITE" ] && ok "demo on both" || not_ok "demo on both" "$ERR"
both learners "$group"
learners=$(printf '%s' "$OUT" | "$PYTHON" -c 'import json,sys; print(" ".join(str(l["id"]) for l in json.load(sys.stdin)))')
first=${learners%% *}

# The demo's contexts, scenarios, units, choices, results and visits
# (SPEC 14 and 15) on both; the session plan below uses the scenarios.
# evaluation_reads [PREFIX]: they read the same from both.
evaluation_reads () {
  same "${1}contexts" contexts BK-0138
  same "${1}scenarios" scenarios BK-0138
  same "${1}training units" units BK-0138
  same "${1}unit choices of period 2" evaluations "$group" --period 2
  same "${1}pass mark" pass-mark "$group"
  same "${1}deliberation of period 1" deliberation "$group" --period 1
  same "${1}warnings" warnings "$group"
  same "${1}visits" visits "$group"
  for l in $learners; do
    same "${1}learning line of learner $l" learning-line BK-0138 --learner "$l"
  done
}
run scenarios BK-0138
json_check "demo: lesson scenarios on PostgreSQL" "len(j['scenarios']) == 3"
run visits "$group"
json_check "demo: visits on PostgreSQL" "j[0]['last'] is not None"
evaluation_reads ""
# a stricter pass mark: the demo's workplace results of period 1 deliberated
both pass-mark "$group" --percent 70
same "deliberation of period 1 at a pass mark of 70%" deliberation "$group" --period 1

same "groups" groups
same "qualifications" qualifications
same "learners" learners "$group"
both score "$first" c01.03 --actor trainer --mastery X --coverage R --comment "Nog oefenen"
same "score: the log entry's id" score "$first" c01.03 --actor teacher --mastery V
both score "$first" c01.04 --actor teacher --coverage N
both undo 2
same "undo" undo 3
both add-learner "$group" "Nora Claes" --company 1 --trainer "Karel De Smet"
same "add-learner" learners "$group"
both plan-cell "$group" "$first" c05 on
for l in $learners; do
  same "status of learner $l" status "$l"
  same "route of learner $l" route "$l"
done
same "attention of the group" attention "$group"
same "overview of the group" overview "$group"
same "plan of the group" plan "$group"
same "close-period" close-period "$group"
same "status in the closed period" status "$first" --period 2
cli_expect_fail 2 "an unknown learner: exit 2, nothing changed" score 9999 c01.01 --actor teacher --mastery V
cli_expect_fail 2 "an unknown indicator: exit 2, nothing changed" score "$first" c99.99 --actor teacher --mastery V

# --- moving a workstation database in ------------------------------------------

IMPORTED=duaal_imported
createdb "$IMPORTED"
DB="postgresql:///$IMPORTED"
PGDB=$IMPORTED
setup setup-team
# the workstation's own last words: a score after the period closed
"$CLI" --db "$SQLITE_DB" score "$first" c02.01 --actor learner --mastery lil --comment "Na de foto" >/dev/null
run import-database "$SQLITE_DB"
json_check "import-database copies everything in one go" \
  "j['qualifications'] == 1 and j['groups'] == 1 and j['learners'] == 5 and j['scores'] > 100 and j['periods'] == 2"
same "moved: groups" groups
same "moved: learners" learners "$group"
for l in $learners; do
  same "moved: status of learner $l" status "$l"
  same "moved: status of learner $l in closed period 1" status "$l" --period 1
  same "moved: history of learner $l, authors and times" history "$l"
  same "moved: route of learner $l" route "$l"
done
same "moved: attention" attention "$group"
same "moved: overview" overview "$group"
same "moved: the session plan" plan "$group"
evaluation_reads "moved: "
cli_expect_fail 2 "a second move is refused, nothing changed" import-database "$SQLITE_DB"

# --- change notices across connections --------------------------------------------

wait_for () {
  for _ in $(seq 100); do
    [ "$(wc -l <"$1")" -ge "$2" ] && return 0
    sleep 0.1
  done
  return 1
}

"$CLI" --db "$DB" watch "$group" --count 2 --timeout 20 >"$TMP/watch" 2>"$TMP/watch.err" &
watcher=$!
sleep 1   # the watcher is listening
start=$(date +%s%N)
setup score "$first" c01.05 --actor trainer --coverage S
if wait_for "$TMP/watch" 1; then
  echo "# a score reached the other connection in $(( ($(date +%s%N) - start) / 1000000 )) ms"
fi
setup add-learner "$group" "Mila Wouters" --company 1
added=$(id_of)
wait "$watcher"
rc=$?
[ "$rc" -eq 0 ] && ok "watch on PostgreSQL ends with exit 0 after --count notices" \
  || not_ok "watch on PostgreSQL ends with exit 0 after --count notices" "exit $rc: $(cat "$TMP/watch.err")"
OUT=$(sed -n 1p "$TMP/watch")
json_check "watch: another connection's score" "j == {'kind': 'score', 'group': $group, 'learner': $first}"
OUT=$(sed -n 2p "$TMP/watch")
json_check "watch: another connection's new learner" "j == {'kind': 'learner', 'group': $group, 'learner': $added}"

# --- writers at once ------------------------------------------------------------------

# writer LEARNER INDICATOR ACTOR N: N scores in a row, the last one "V" with
# coverage R; every one a process of its own.  Fails on the first error.
writer () {
  local masteries=(X lil V X lil) i
  for i in $(seq "$4"); do
    if [ "$i" -eq "$4" ]; then m=V; c=R; else m=${masteries[$((i % 5))]}; c=S; fi
    "$CLI" --db "$DB" score "$1" "$2" --actor "$3" --mastery "$m" --coverage "$c" >/dev/null 2>>"$TMP/writers.err" || return 1
  done
}

# One more writer per cell sets only the comment: merged with the other's
# mastery and coverage inside the transaction, neither is lost.
commenter () {
  local i
  for i in $(seq "$3"); do
    "$CLI" --db "$DB" score "$1" "$2" --actor teacher --comment "Opmerking $i" >/dev/null 2>>"$TMP/writers.err" \
      || return 1
  done
}

concurrent () {
  local writers=$1 rounds=6 before after failed=0 pids=() indicators
  run status "$added"
  indicators=$(printf '%s' "$OUT" | "$PYTHON" -c '
import json, sys
ids = [i["id"] for c in json.load(sys.stdin)["competences"] for i in c["actors"]["teacher"]["indicators"]]
print(" ".join(ids[:'"$writers"']))')
  run history "$added"
  before=$(printf '%s' "$OUT" | "$PYTHON" -c 'import json,sys; print(len(json.load(sys.stdin)))')
  : >"$TMP/writers.err"
  for ind in $indicators; do
    writer "$added" "$ind" teacher "$rounds" &
    pids+=($!)
  done
  commenter "$added" "${indicators%% *}" "$rounds" &
  pids+=($!)
  for pid in "${pids[@]}"; do wait "$pid" || failed=$((failed + 1)); done
  [ "$failed" -eq 0 ] && [ ! -s "$TMP/writers.err" ] \
    && ok "$writers writers at once (and a commenter): no error" \
    || not_ok "$writers writers at once (and a commenter): no error" "$(head -5 "$TMP/writers.err")"
  run history "$added"
  after=$(printf '%s' "$OUT" | "$PYTHON" -c 'import json,sys; print(len(json.load(sys.stdin)))')
  [ "$after" -eq $((before + (writers + 1) * rounds)) ] \
    && ok "$writers writers: every change in the log exactly once" \
    || not_ok "$writers writers: every change in the log exactly once" \
              "$before + $(( (writers + 1) * rounds )) != $after"
  run status "$added"
  json_check "$writers writers: each cell ends on its writer's last value, the comment kept beside it" \
    "(lambda cells, ids: all(cells[i]['mastery'] == 'V' and cells[i]['coverage'] == 'R' for i in ids)
      and cells[ids[0]]['comment'] == 'Opmerking $rounds')(
     {i['id']: i for c in j['competences'] for i in c['actors']['teacher']['indicators']}, '$indicators'.split())"
}

concurrent 3
concurrent 8

# --- the server stopped ---------------------------------------------------------------

pg_ctlcluster "$PGVERSION" regress stop
run groups
[ "$RC" -eq 1 ] && printf '%s' "$ERR" | grep -qi "connect" \
  && ok "server stopped: exit 1 naming the cause" \
  || not_ok "server stopped: exit 1 naming the cause" "exit $RC: $ERR"
run score "$first" c01.01 --actor teacher --mastery V
[ "$RC" -eq 1 ] && [ -z "$OUT" ] \
  && ok "server stopped: a score is refused with exit 1" \
  || not_ok "server stopped: a score is refused with exit 1" "exit $RC: $OUT $ERR"
pg_ctlcluster "$PGVERSION" regress start
expect_ok "server started again: reads work" groups

dropdb "$IMPORTED"
dropdb duaal_cli
finish
