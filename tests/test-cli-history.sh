#!/bin/bash
# test-cli-history.sh: duaal-cli history and undo end to end
# (../shared/formats/cli.md "History and undo", SPEC section 3)
#
# Partial changes keep the fields they leave out; history lists a
# learner's changes oldest first with only the fields each one set; undo
# restores the fields nobody changed since, keeps the others, and is a
# new entry of the log.  Exit codes and the database unchanged on every
# refusal.  TAP.
#
# SPDX-License-Identifier: GPL-3.0-or-later

set -u

. "$(dirname "$0")/cli-test-lib.sh"

# last_log: the "log" of the last entry of the last output (a history).
last_log () {
  printf '%s' "$OUT" | "$PYTHON" -c 'import json,sys; print(json.load(sys.stdin)[-1]["log"])'
}

# ---------------------------------------------------------------- scenario

setup import-qualification "$DATA/cli-boundaries.xml"
setup add-group "Historiek 5EI" --qualification T-CLI
GROUP=$(id_of)
setup add-company "Elektro Peeters" --activities k13,k05
COMPANY=$(id_of)
setup add-learner "$GROUP" "Anna Claes" --company "$COMPANY"
ANNA=$(id_of)
setup add-learner "$GROUP" "Bram Dierckx" --company "$COMPANY"
BRAM=$(id_of)

expect_ok "history of a learner without scores" history "$ANNA"
json_check "history without scores is an empty list" 'j == []'

# A sets mastery and comment; B later the comment; someone the coverage
# of another indicator; Bram gets a score of his own.
setup score "$ANNA" k13.01 --actor teacher --mastery V --comment "van A"
setup history "$ANNA" k13.01
A=$(last_log)
setup score "$ANNA" k13.01 --actor teacher --comment "van B"
setup history "$ANNA" k13.01
B=$(last_log)
setup score "$ANNA" k05.01 --actor learner --coverage S
setup score "$BRAM" k13.01 --actor teacher --mastery X

# ---------------------------------------------------------------- history

expect_ok "history of a learner" history "$ANNA"
json_check "history: the learner's three changes, oldest first" \
  '[e["log"] for e in j] == sorted(e["log"] for e in j) and len(j) == 3 and j[0]["log"] == '"$A"' and j[1]["log"] == '"$B"
json_check "history: indicator, actor, at and source in every entry" \
  'all(set(["log", "indicator", "actor", "at", "source"]) <= set(e) for e in j) and [e["indicator"] for e in j] == ["k13.01", "k13.01", "k05.01"] and [e["actor"] for e in j] == ["teacher", "teacher", "learner"]'
json_check "history: only the fields a change set" \
  'j[0]["mastery"] == "V" and j[0]["comment"] == "van A" and "coverage" not in j[0] and set(j[1]) & {"mastery", "coverage"} == set() and j[1]["comment"] == "van B" and j[2]["coverage"] == "S" and "mastery" not in j[2] and "comment" not in j[2]'
json_check "history: typed changes have no source, times are ISO 8601" \
  'all(e["source"] is None for e in j) and all(e["at"][:2] == "20" and "T" in e["at"] for e in j)'

expect_ok "history of one indicator" history "$ANNA" k13.01
json_check "history of one indicator: its two changes" '[e["log"] for e in j] == ['"$A"', '"$B"']'

expect_fail 2 "history of an unknown learner" history 9999
expect_fail 2 "history of an unknown indicator" history "$ANNA" k99.01
expect_fail 2 "history with a bad learner id" history abc
expect_fail 2 "history with too many arguments" history "$ANNA" k13.01 k13.02

# ---------------------------------------------------------------- undo

expect_ok "undo A" undo "$A"
json_check "undo A: mastery restored, B's comment kept" \
  'j["restored"] == ["mastery"] and j["kept"] == ["comment"] and j["log"] > '"$B"
UNDO=$(printf '%s' "$OUT" | "$PYTHON" -c 'import json,sys; print(json.load(sys.stdin)["log"])')

expect_ok "status after undo" status "$ANNA" --as teacher
json_check "status: no mastery, B's comment" \
  '[(i["mastery"] if "mastery" in i else None, i["comment"]) for c in j["competences"] for i in c["actors"]["teacher"].get("indicators", []) if i["id"] == "k13.01"] == [(None, "van B")]'

expect_ok "history after undo" history "$ANNA" k13.01
json_check "undo is a new entry: it undid A and set the mastery only" \
  'len(j) == 3 and j[-1]["log"] == '"$UNDO"' and j[-1]["undo_of"] == '"$A"' and j[-1]["mastery"] is None and "comment" not in j[-1] and "coverage" not in j[-1]'

expect_fail 2 "undo A again: nothing left to undo" undo "$A"
stderr_has "undo A again says why" "undo"
expect_fail 2 "undo an unknown change" undo 99999
expect_fail 2 "undo with a bad id" undo abc
expect_fail 2 "undo without an id" undo

expect_ok "undo B" undo "$B"
json_check "undo B: its comment goes back to A's" 'j["restored"] == ["comment"] and j["kept"] == []'
expect_ok "history after undoing B" history "$ANNA" k13.01
json_check "the comment is A's again" 'j[-1]["comment"] == "van A" and j[-1]["undo_of"] == '"$B"

# ---------------------------------------------------------------- partial changes

setup score "$ANNA" k13.02 --actor trainer --mastery lil --coverage R --comment "goed"
expect_ok "clear the mastery only" score "$ANNA" k13.02 --actor trainer --mastery none
expect_ok "history of the cleared mastery" history "$ANNA" k13.02
json_check "clearing is a change that sets the mastery to nothing" \
  'j[-1]["mastery"] is None and "coverage" not in j[-1] and "comment" not in j[-1]'
expect_ok "status keeps the coverage and comment" status "$ANNA"
json_check "coverage and comment kept" \
  '[(i.get("mastery"), i["coverage"], i["comment"]) for c in j["competences"] for i in c["actors"]["trainer"].get("indicators", []) if i["id"] == "k13.02"] == [(None, "R", "goed")]'

finish
