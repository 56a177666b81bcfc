#!/bin/bash
# test-cli-planning.sh: duaal-cli plan-cell, overview, plan and
# import-activities end to end (../shared/formats/cli.md, SPEC sections 8
# and 9), on a database in a temporary directory: the seed's example in
# 4 sessions, JSON checked with python3, the CSV export, exit code 2 on
# bad input with the database unchanged (sqlite3 .dump before and
# after).  Output is TAP.  Helpers in cli-test-lib.sh.
#
# SPDX-License-Identifier: GPL-3.0-or-later

set -u

. "$(dirname "$0")/cli-test-lib.sh"

# ------------------------------------------------------------ the seed
# The seed's class group (chapter 2.4.d, test-session-planner.c) built
# through the command line on the demo qualification: learners A-D, c02
# at no company, A and C lack c01 and c03, B and D lack c06; c07-c11 at
# every company, so only c01-c06 are needed.

expect_ok "import the demo qualification" import-qualification "$DUAAL_SOURCE_ROOT/data/demo-qualification.xml"
expect_ok "add the seed's group" add-group "Seed" --qualification BK-0138
GROUP=$(id_of)
COMMON=c07,c08,c09,c10,c11
declare -A LEARNER
for spec in "A:c04,c05,c06" "B:c01,c03,c04,c05" "C:c04,c05,c06" "D:c01,c03,c04,c05"; do
  name=${spec%%:*}
  expect_ok "add company $name" add-company "Company $name" --activities "${spec#*:},$COMMON"
  company=$(id_of)
  expect_ok "add learner $name" add-learner "$GROUP" "$name" --company "$company"
  LEARNER[$name]=$(id_of)
done

# ------------------------------------------------------------- overview

expect_ok "overview" overview "$GROUP"
json_check "overview: group, four learners with their company" \
  'j["group"] == '"$GROUP"' and [l["name"] for l in j["learners"]] == ["A", "B", "C", "D"] and j["learners"][1]["company"] == "Company B"'
json_check "overview: a row per competence in qualification order" \
  '[r["competence"] for r in j["rows"]] == ["c%02d" % i for i in range(1, 12)]'
json_check "overview: c02 a collective gap lacked by all" \
  'j["rows"][1]["status"] == "gap" and j["rows"][1]["lacking"] == 4'
json_check "overview: c04 collectively covered" \
  'j["rows"][3]["status"] == "covered" and j["rows"][3]["lacking"] == 0'
json_check "overview: c01 mixed, lacked by A and C" \
  'j["rows"][0]["status"] == "mixed" and j["rows"][0]["lacking"] == 2 and [c["planned"] for c in j["rows"][0]["cells"]] == [False, True, False, True]'
json_check "overview: cells name their learner, nothing actual yet" \
  '[c["learner"] for c in j["rows"][0]["cells"]] == ['"${LEARNER[A]},${LEARNER[B]},${LEARNER[C]},${LEARNER[D]}"'] and not any(c["actual"] for r in j["rows"] for c in r["cells"])'
json_check "overview: priority gap first, covered last" \
  'j["priority"][0] == "c02" and j["priority"][1:4] == ["c01", "c03", "c06"] and sorted(j["priority"]) == ["c%02d" % i for i in range(1, 12)] and j["priority"][-1] == "c11"'

# ------------------------------------------------------------------ plan

expect_ok "plan: the seed's example" plan "$GROUP" --sessions c01=2,c05=2,c06=3
json_check "plan: 4 sessions, lower bound 4" \
  'len(j["sessions"]) == 4 and j["lower_bound"] == 4 and [s["number"] for s in j["sessions"]] == [1, 2, 3, 4]'
json_check "plan: session 1 is c02 for everyone, plenary" \
  '[(g["competence"], sorted(g["learners"])) for g in j["sessions"][0]["groups"]] == [("c02", sorted(['"${LEARNER[A]},${LEARNER[B]},${LEARNER[C]},${LEARNER[D]}"']))]'
json_check "plan: then A and C on c01 while B and D work on c06" \
  'all(("c01", ['"${LEARNER[A]},${LEARNER[C]}"']) in [(g["competence"], g["learners"]) for g in j["sessions"][s]["groups"]] for s in (1, 2)) and all(("c06", ['"${LEARNER[B]},${LEARNER[D]}"']) in [(g["competence"], g["learners"]) for g in j["sessions"][s]["groups"]] for s in (1, 2, 3))'
json_check "plan: at most 2 groups per session, nobody twice in a session" \
  'all(len(s["groups"]) <= 2 and len(sum([g["learners"] for g in s["groups"]], [])) == len(set(sum([g["learners"] for g in s["groups"]], []))) for s in j["sessions"])'
expect_ok "plan: three groups at once" plan "$GROUP" --max-groups 3 --sessions c01=2,c05=2,c06=3
json_check "plan: never more than 3 groups, never more sessions" \
  'all(len(s["groups"]) <= 3 for s in j["sessions"]) and len(j["sessions"]) <= 4'
expect_ok "plan: defaults" plan "$GROUP"
json_check "plan: default durations of 1" \
  'all(g["parts"] == 1 for s in j["sessions"] for g in s["groups"]) and len(j["sessions"]) >= j["lower_bound"]'

# ------------------------------------------------------------- plan-cell

expect_ok "plan-cell: plan c02 for B" plan-cell "$GROUP" "${LEARNER[B]}" c02 on
json_check "plan-cell prints ok" 'j == {"ok": True}'
run overview "$GROUP"
json_check "overview: c02 now mixed, B has it, 3 lack it" \
  'j["rows"][1]["status"] == "mixed" and j["rows"][1]["lacking"] == 3 and [c["planned"] for c in j["rows"][1]["cells"]] == [False, True, False, False]'
expect_ok "plan-cell: the same again" plan-cell "$GROUP" "${LEARNER[B]}" c02 on
expect_ok "plan-cell: take it out again" plan-cell "$GROUP" "${LEARNER[B]}" c02 off
run overview "$GROUP"
json_check "overview: c02 a collective gap again" 'j["rows"][1]["status"] == "gap"'
expect_ok "plan-cell: take c04 from A" plan-cell "$GROUP" "${LEARNER[A]}" c04 off
run overview "$GROUP"
json_check "overview: c04 no longer covered" 'j["rows"][3]["status"] == "mixed" and j["rows"][3]["lacking"] == 1'

# ------------------------------------------------------------------- CSV

run overview "$GROUP" --csv
if [ "$RC" -eq 0 ]; then ok "overview --csv"; else not_ok "overview --csv" "$ERR"; fi
printf '%s' "$OUT" >"$TMP/overview.csv"
if "$PYTHON" - "$TMP/overview.csv" <<'PY'
import csv, sys
raw = open(sys.argv[1], newline="", encoding="utf-8").read()
assert raw.startswith("\ufeff"), "a UTF-8 byte order mark first"
raw = raw[1:]
assert "\r\n" in raw, "lines end in CRLF"
rows = list(csv.reader(raw.splitlines()))
assert rows[0][:4] == ["competence", "title", "status", "lacking"], rows[0]
assert rows[0][4:] == ["A (Company A)", "B (Company B)", "C (Company C)", "D (Company D)"], rows[0]
assert [r[0] for r in rows[1:]] == ["c%02d" % i for i in range(1, 12)]
by_id = {r[0]: r for r in rows[1:]}
assert by_id["c02"][2:] == ["gap", "4", "", "", "", ""], by_id["c02"]
assert by_id["c04"][2:] == ["mixed", "1", "", "planned", "planned", "planned"], by_id["c04"]
assert by_id["c11"][2] == "covered"
PY
then ok "overview --csv: header, a row per competence, words for colours"; else not_ok "overview --csv: header, a row per competence, words for colours" "$OUT"; fi

run overview "$GROUP" --csv --actual
if [ "$RC" -eq 0 ] && printf '%s' "$OUT" | head -1 | grep -q $'^\xEF\xBB\xBFcompetence,title,status,lacking'; then
  ok "overview --csv --actual"
else
  not_ok "overview --csv --actual" "$RC $ERR"
fi

# --------------------------------------------------------- bad input: 2

expect_fail 2 "overview: unknown group" overview 999
expect_fail 2 "overview: not an id" overview abc
expect_fail 2 "overview: --actual without --csv or --out" overview "$GROUP" --actual
expect_fail 2 "plan-cell: unknown learner" plan-cell "$GROUP" 999 c01 on
expect_fail 2 "plan-cell: unknown group" plan-cell 999 "${LEARNER[A]}" c01 on
expect_fail 2 "plan-cell: unknown competence" plan-cell "$GROUP" "${LEARNER[A]}" c99 on
stderr_has "plan-cell: the error names the competence" "c99"
expect_fail 2 "plan-cell: neither on nor off" plan-cell "$GROUP" "${LEARNER[A]}" c01 maybe
expect_fail 2 "plan-cell: too few arguments" plan-cell "$GROUP" "${LEARNER[A]}" c01
expect_fail 2 "plan: unknown group" plan 999
expect_fail 2 "plan: unknown competence in --sessions" plan "$GROUP" --sessions c99=2
stderr_has "plan: the error names the competence" "c99"
expect_fail 2 "plan: 4 sessions is too many" plan "$GROUP" --sessions c01=4
expect_fail 2 "plan: 0 sessions" plan "$GROUP" --sessions c01=0
expect_fail 2 "plan: not ID=D" plan "$GROUP" --sessions c01
expect_fail 2 "plan: 0 groups" plan "$GROUP" --max-groups 0
expect_fail 2 "plan: groups not a number" plan "$GROUP" --max-groups two

# A learner of another group: the group must match.
expect_ok "a second group" add-group "Other" --qualification BK-0138
OTHER=$(id_of)
expect_fail 2 "plan-cell: learner of another group" plan-cell "$OTHER" "${LEARNER[A]}" c01 on

# ----------------------------------------------------- import-activities

CSV="$DATA/csv"
printf 'company,competence\r\nCompany A,c01\r\ncompany a,c02\r\nCompany B,c06\r\nCompany A,c01\r\n' >"$TMP/activities.csv"
expect_ok "import-activities" import-activities "$TMP/activities.csv" --group "$GROUP"
json_check "import-activities: two companies, three activities" \
  'j == {"companies": 2, "changed": 2, "activities": 3}'
expect_ok "import-activities: the same file again" import-activities "$TMP/activities.csv"
json_check "import-activities: nothing changed the second time" 'j["changed"] == 0 and j["companies"] == 2'
printf 'company,competence\nCompany A,c01\nNobody,c02\n' >"$TMP/unknown-company.csv"
expect_fail 2 "import-activities: unknown company refuses the file" import-activities "$TMP/unknown-company.csv"
stderr_has "import-activities: names file and line" "unknown-company.csv:3:"
printf 'company,competence\nCompany C,c01\nCompany D,c99\n' >"$TMP/unknown-competence.csv"
expect_fail 2 "import-activities: unknown competence refuses the file" import-activities "$TMP/unknown-competence.csv" --group "$GROUP"
stderr_has "import-activities: names the line" "unknown-competence.csv:3:"
expect_fail 2 "import-activities: tests/data file refused" import-activities "$CSV/activities-missing-column.csv"
expect_fail 2 "import-activities: unknown group" import-activities "$TMP/activities.csv" --group 999
expect_fail 2 "import-activities: --reset-plans without --group" import-activities "$TMP/activities.csv" --reset-plans

# The plans start from the new lists only when asked.
run overview "$GROUP"
json_check "import-activities left the plans alone" \
  '[c["planned"] for c in j["rows"][0]["cells"]] == [False, True, False, True]'
expect_ok "import-activities --reset-plans" import-activities "$TMP/activities.csv" --group "$GROUP" --reset-plans
json_check "import-activities --reset-plans: A and B changed" 'j["changed"] == 0 and j["plans_changed"] == 2'
run overview "$GROUP"
json_check "A's plan is now c01 and c02, B's c06" \
  '[[c["planned"] for c in r["cells"]][:2] for r in j["rows"][:6]] == [[True, False], [True, False], [False, False], [False, False], [False, False], [False, True]]'

finish
