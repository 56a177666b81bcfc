#!/bin/bash
# test-cli.sh: duaal-cli end to end, against ../shared/formats/cli.md
#
# Runs the built duaal-cli on a database in a temporary directory and
# checks every command's JSON (with python3), exit codes, the error line,
# that failing commands leave the database exactly as it was (sqlite3
# .dump before and after), SPEC section 4 at the colour boundaries and
# SPEC section 6 (who sees what).  Output is TAP.
#
# SPDX-License-Identifier: GPL-3.0-or-later

set -u

. "$(dirname "$0")/cli-test-lib.sh"

# ---------------------------------------------------------------- global

"$CLI" --version >"$TMP/out" 2>&1
if [ $? -eq 0 ] && grep -Eq '^duaal-cli [0-9]+\.[0-9]+' "$TMP/out"; then ok "--version"; else not_ok "--version" "$(cat "$TMP/out")"; fi

"$CLI" --help >"$TMP/out" 2>&1
if [ $? -eq 0 ] && grep -q 'import-qualification' "$TMP/out" && grep -q 'status' "$TMP/out"; then
  ok "--help lists the commands"
else
  not_ok "--help lists the commands" "$(cat "$TMP/out")"
fi

"$CLI" score --help >"$TMP/out" 2>&1
if [ $? -eq 0 ] && grep -q -- '--mastery' "$TMP/out" && grep -q -- '--actor' "$TMP/out"; then
  ok "score --help lists its options"
else
  not_ok "score --help lists its options" "$(cat "$TMP/out")"
fi

expect_fail 2 "no command" 
expect_fail 2 "unknown command" frobnicate
stderr_has "unknown command is named" "duaal-cli: frobnicate: "
expect_fail 2 "unknown global option" --frobnicate qualifications
expect_fail 2 "unknown command option" qualifications --frobnicate
expect_fail 2 "too many arguments" qualifications extra
if [ ! -e "$DB" ]; then ok "bad command lines create no database"; else not_ok "bad command lines create no database"; fi

# ---------------------------------------------------------------- database file

# A command that only reads never creates a database (issue 19 item 4):
# a missing or mistyped --db is bad input and leaves nothing behind.
expect_fail 2 "qualifications on a missing database" qualifications
stderr_has "the error says there is no database" "no database at"
if [ ! -e "$DB" ] && [ ! -e "$DB-wal" ] && [ ! -e "$DB-shm" ]; then
  ok "a read command creates no database"
else
  not_ok "a read command creates no database" "$(ls -la "$TMP")"
fi

expect_ok "add-company creates a new database" add-company "Eerste bedrijf"
expect_ok "qualifications on a new database" qualifications
json_check "no qualifications yet" 'j == []'
mode=$(stat -c %a "$DB" 2>/dev/null)
if [ "$mode" = "600" ]; then ok "a new database has mode 0600"; else not_ok "a new database has mode 0600" "mode $mode"; fi

mkdir -p "$TMP/xdg"
"$CLI" qualifications >"$TMP/out" 2>"$TMP/err"
if [ $? -eq 2 ] && [ ! -e "$TMP/xdg/duaal" ]; then
  ok "reading a missing default database creates nothing"
else
  not_ok "reading a missing default database creates nothing" "$(cat "$TMP/err")"
fi
"$CLI" add-company "Standaard bv" >"$TMP/out" 2>"$TMP/err"
if [ $? -eq 0 ] && [ -f "$TMP/xdg/duaal/duaal.db" ]; then
  ok "default database under \$XDG_DATA_HOME/duaal"
else
  not_ok "default database under \$XDG_DATA_HOME/duaal" "$(cat "$TMP/err")"
fi

"$CLI" --db "$TMP/no/such/dir/x.db" add-company "X" >"$TMP/out" 2>"$TMP/err"
rc=$?
if [ $rc -eq 1 ] && grep -Eq '^duaal-cli: [^:]+: .+' "$TMP/err"; then
  ok "a database that cannot be created exits 1"
else
  not_ok "a database that cannot be created exits 1" "exit $rc: $(cat "$TMP/err")"
fi

for i in $(seq 200); do echo "this is not a database but a letter"; done >"$TMP/garbage.db"
cp "$TMP/garbage.db" "$TMP/garbage.orig"
"$CLI" --db "$TMP/garbage.db" qualifications >"$TMP/out" 2>"$TMP/err"
rc=$?
if [ $rc -eq 1 ] && [ ! -s "$TMP/out" ] && grep -Eq '^duaal-cli: [^:]+: .+' "$TMP/err" && cmp -s "$TMP/garbage.db" "$TMP/garbage.orig"; then
  ok "a file that is not a database exits 1 and is left alone"
else
  not_ok "a file that is not a database exits 1 and is left alone" "exit $rc: $(cat "$TMP/err")"
fi

"$CLI" add-company "Na bv" --db "$TMP/after.db" >"$TMP/out" 2>"$TMP/err"
if [ $? -eq 0 ] && [ -f "$TMP/after.db" ]; then
  ok "--db is also accepted after the command"
else
  not_ok "--db is also accepted after the command" "$(cat "$TMP/err")"
fi

# ---------------------------------------------------------------- qualifications

expect_ok "import-qualification" import-qualification "$DATA/cli-boundaries.xml"
json_check "import prints code, version, title, counts, status imported" \
  'j == {"code": "T-CLI", "version": 1, "title": "Boundary test qualification", "competences": 2, "indicators": 18, "status": "imported"}'
expect_ok "import the same file again" import-qualification "$DATA/cli-boundaries.xml"
json_check "import twice says unchanged" 'j["status"] == "unchanged"'
expect_ok "import changed texts" import-qualification "$DATA/cli-boundaries-retitled.xml"
json_check "changed texts say updated" 'j["status"] == "updated" and j["title"].endswith("(retitled)")'
expect_ok "import a new version" import-qualification "$DATA/cli-boundaries-v2.xml"
json_check "a new version is imported beside the old" 'j["status"] == "imported" and j["version"] == 2'
expect_ok "qualifications" qualifications
json_check "qualifications lists both versions" \
  'sorted((q["code"], q["version"]) for q in j) == [("T-CLI", 1), ("T-CLI", 2)] and all(set(q) == {"code", "version", "title", "competences", "indicators"} and q["competences"] == 2 and q["indicators"] == 18 for q in j)'

for bad in "$DATA"/cli-bad-*.xml "$DATA"/qualification/bad-*.xml; do
  [ -f "$bad" ] || continue
  name=$(basename "$bad")
  expect_fail 2 "refused: $name" import-qualification "$bad"
  stderr_has "the error names $name" "$name"
done
expect_fail 2 "a missing qualification file" import-qualification "$TMP/missing.xml"
stderr_has "the error names the missing file" "missing.xml"

# ---------------------------------------------------------------- group, companies, learners

expect_fail 2 "add-group without --qualification" add-group "Klas 5A"
expect_fail 2 "add-group with an unknown qualification" add-group "Klas 5A" --qualification NOPE
expect_fail 2 "add-group with an unknown version" add-group "Klas 5A" --qualification T-CLI@9
expect_fail 2 "add-group with a bad version" add-group "Klas 5A" --qualification T-CLI@x
expect_ok "add-group CODE@VERSION" add-group "Klas 5A" --qualification T-CLI@1
json_check "add-group prints an id" 'list(j) == ["id"] and isinstance(j["id"], int) and j["id"] > 0'
GROUP=$(printf '%s' "$OUT" | "$PYTHON" -c 'import json,sys; print(json.load(sys.stdin)["id"])')
expect_ok "add-group CODE (latest version)" add-group "Klas 5B" --qualification T-CLI
json_check "second group has another id" "j['id'] != $GROUP"

expect_ok "add-company with activities" add-company "Elektro De Smet bv" --activities "k13, k05"
json_check "add-company prints an id" 'list(j) == ["id"] and j["id"] > 0'
COMPANY=$(printf '%s' "$OUT" | "$PYTHON" -c 'import json,sys; print(json.load(sys.stdin)["id"])')
expect_ok "add-company without activities" add-company "Bouwbedrijf Claeys"
COMPANY2=$(printf '%s' "$OUT" | "$PYTHON" -c 'import json,sys; print(json.load(sys.stdin)["id"])')
expect_fail 2 "add-company with a bad activity id" add-company "Van Damme" --activities "k13,k 05"
expect_fail 2 "add-company with an empty name" add-company "  "

expect_ok "add-learner" add-learner "$GROUP" "Jonas Peeters" --company "$COMPANY" --trainer "Karel De Smet"
json_check "add-learner prints an id" 'list(j) == ["id"] and j["id"] > 0'
LEARNER=$(printf '%s' "$OUT" | "$PYTHON" -c 'import json,sys; print(json.load(sys.stdin)["id"])')
expect_ok "add-learner without trainer" add-learner "$GROUP" "Wout Maes" --company "$COMPANY2"
LEARNER2=$(printf '%s' "$OUT" | "$PYTHON" -c 'import json,sys; print(json.load(sys.stdin)["id"])')
expect_fail 2 "add-learner to an unknown group" add-learner 9999 "X" --company "$COMPANY"
expect_fail 2 "add-learner at an unknown company" add-learner "$GROUP" "X" --company 9999
expect_fail 2 "add-learner without --company" add-learner "$GROUP" "X"
expect_fail 2 "add-learner with a bad group id" add-learner abc "X" --company "$COMPANY"

# ---------------------------------------------------------------- import-class

expect_ok "import-class" import-class "$GROUP" "$DATA/cli-class.csv"
json_check "import-class counts what it added" 'j == {"learners": 2, "companies": 1}'
stderr_has "import-class reports what was already present" "already present"
expect_ok "import-class again" import-class "$GROUP" "$DATA/cli-class.csv"
json_check "importing the same class list again adds nothing" 'j == {"learners": 0, "companies": 0}'
expect_ok "import-class, semicolons, BOM, extra column" import-class "$GROUP" "$DATA/cli-class-semicolon.csv"
json_check "semicolon file: one new learner at a new company" 'j == {"learners": 1, "companies": 1}'
expect_ok "learners of the group" learners "$GROUP"
json_check "learners lists id, name, company, trainer" \
  'len(j) == 5 and all(set(l) == {"id", "name", "company", "trainer"} for l in j) and {"name": "Nicolas Van den Broeck", "company": "Installaties Verhaeghe, Gent", "trainer": "Els Verhaeghe"}.items() <= next(l for l in j if l["name"].startswith("Nicolas")).items() and next(l for l in j if l["name"] == "Wout Maes")["trainer"] is None'
expect_ok "groups" groups
json_check "groups lists both groups" \
  'len(j) == 2 and all(set(g) == {"id", "name", "qualification", "version"} for g in j) and j[0]["name"] == "Klas 5A" and j[0]["qualification"] == "T-CLI" and j[1]["version"] == 2'
expect_fail 2 "import-class without company column" import-class "$GROUP" "$DATA/cli-bad-class-no-company.csv"
stderr_has "the CSV error names the file" "cli-bad-class-no-company.csv"
expect_fail 2 "import-class with an unterminated quote" import-class "$GROUP" "$DATA/cli-bad-class-quote.csv"
stderr_has "the CSV error names the file" "cli-bad-class-quote.csv"
for bad in missing-column unterminated-quote invalid-utf8 duplicate-column empty too-many-values; do
  expect_fail 2 "refused class list: $bad.csv" import-class "$GROUP" "$DATA/csv/$bad.csv"
  stderr_has "the error names $bad.csv and its line" "$bad.csv:"
done
expect_fail 2 "import-class into an unknown group" import-class 9999 "$DATA/cli-class.csv"
expect_fail 2 "import-class of a missing file" import-class "$GROUP" "$TMP/missing.csv"

# ---------------------------------------------------------------- score and status

expect_fail 2 "score without --actor" score "$LEARNER" k13.01 --mastery V
expect_fail 2 "score with a bad actor" score "$LEARNER" k13.01 --actor coach --mastery V
expect_fail 2 "score with nothing to change" score "$LEARNER" k13.01 --actor teacher
expect_fail 2 "score with a bad mastery" score "$LEARNER" k13.01 --actor teacher --mastery Y
expect_fail 2 "score with a bad coverage" score "$LEARNER" k13.01 --actor teacher --coverage Q
expect_fail 2 "score an unknown indicator" score "$LEARNER" k99.01 --actor teacher --mastery V
expect_fail 2 "score an unknown learner" score 9999 k13.01 --actor teacher --mastery V

expect_ok "score" score "$LEARNER" k13.01 --actor teacher --mastery V --coverage S --comment "Netjes"
json_check "score prints ok" 'j == {"ok": True}'

# The teacher scores 10 of 13 V: 10/13 < 80%, so orange (not dark green).
for i in 02 03 04 05 06 07 08 09 10; do
  run score "$LEARNER" "k13.$i" --actor teacher --mastery V
  [ "$RC" -eq 0 ] || not_ok "score k13.$i" "$ERR"
done
expect_ok "status" status "$LEARNER"
json_check "status has learner, period null, competences" \
  "j['learner'] == $LEARNER and j['period'] is None and [c['id'] for c in j['competences']] == ['k13', 'k05']"
json_check "status members as in cli.md" \
  'all(set(c) == {"id", "title", "n", "actors"} and set(c["actors"]) == {"learner", "teacher", "trainer"} for c in j["competences"])'
json_check "13 indicators, 10 V: orange (colour)" 'j["competences"][0]["actors"]["teacher"]["colour"] == "orange"'
json_check "13 indicators, 10 V: mastery counts" 'j["competences"][0]["actors"]["teacher"]["mastery"] == {"X": 0, "lil": 0, "V": 10}'
json_check "coverage counted in covered" 'j["competences"][0]["actors"]["teacher"]["covered"] == 1'
json_check "indicator members" \
  'j["competences"][0]["actors"]["teacher"]["indicators"][0] == {"id": "k13.01", "mastery": "V", "coverage": "S", "comment": "Netjes"}'
json_check "unscored actors are grey" 'j["competences"][0]["actors"]["trainer"]["colour"] == "grey" and j["competences"][1]["actors"]["teacher"]["colour"] == "grey"'

run score "$LEARNER" k13.11 --actor teacher --mastery V
expect_ok "status after 11 V" status "$LEARNER"
json_check "13 indicators, 11 V: dark-green" 'j["competences"][0]["actors"]["teacher"]["colour"] == "dark-green"'

# Options not given keep the score's other parts.
expect_ok "score only the coverage" score "$LEARNER" k13.01 --actor teacher --coverage R
expect_ok "status after coverage change" status "$LEARNER"
json_check "mastery and comment kept when only coverage changes" \
  'j["competences"][0]["actors"]["teacher"]["indicators"][0] == {"id": "k13.01", "mastery": "V", "coverage": "R", "comment": "Netjes"}'
expect_ok "clear a mastery" score "$LEARNER" k13.11 --actor teacher --mastery none
expect_ok "status after clearing" status "$LEARNER"
json_check "cleared mastery counts no more: orange again" \
  'j["competences"][0]["actors"]["teacher"]["colour"] == "orange" and j["competences"][0]["actors"]["teacher"]["indicators"][10]["mastery"] is None'

# The trainer: 11 lil light green, 7 lil orange, 6 lil red.
for i in 01 02 03 04 05 06; do run score "$LEARNER" "k13.$i" --actor trainer --mastery lil --coverage S; done
expect_ok "status after 6 lil" status "$LEARNER"
json_check "13 indicators, 6 lil: red" 'j["competences"][0]["actors"]["trainer"]["colour"] == "red"'
run score "$LEARNER" k13.07 --actor trainer --mastery lil
expect_ok "status after 7 lil" status "$LEARNER"
json_check "13 indicators, 7 lil: orange" 'j["competences"][0]["actors"]["trainer"]["colour"] == "orange"'
for i in 08 09 10 11; do run score "$LEARNER" "k13.$i" --actor trainer --mastery lil; done
expect_ok "status after 11 lil" status "$LEARNER"
json_check "13 indicators, 11 lil: light-green" \
  'j["competences"][0]["actors"]["trainer"]["colour"] == "light-green" and j["competences"][0]["actors"]["trainer"]["covered"] == 6'

# The learner on the 5-indicator competence: 3 V orange, 4 V dark green.
for i in 01 02 03; do run score "$LEARNER" "k05.$i" --actor learner --mastery V --comment "Zelf gedaan $i"; done
run score "$LEARNER" k05.04 --actor learner --mastery X
expect_ok "status after 3 V of 5" status "$LEARNER"
json_check "5 indicators, 3 V: orange" 'j["competences"][1]["n"] == 5 and j["competences"][1]["actors"]["learner"]["colour"] == "orange"'
run score "$LEARNER" k05.04 --actor learner --mastery V
expect_ok "status after 4 V of 5" status "$LEARNER"
json_check "5 indicators, 4 V: dark-green" 'j["competences"][1]["actors"]["learner"]["colour"] == "dark-green"'
run score "$LEARNER" k05.01 --actor trainer --mastery X --comment "Nog niet gezien"

# ---------------------------------------------------------------- who sees what (SPEC section 6)

expect_ok "status --as learner" status "$LEARNER" --as learner
json_check "learner: no mastery/indicators of teacher and trainer" \
  'all("mastery" not in c["actors"][a] and "indicators" not in c["actors"][a] for c in j["competences"] for a in ("teacher", "trainer"))'
json_check "learner: still colour and bar of teacher and trainer" \
  'all(set(c["actors"][a]) == {"colour", "covered"} for c in j["competences"] for a in ("teacher", "trainer")) and j["competences"][0]["actors"]["teacher"]["colour"] == "orange"'
json_check "learner: own indicators with comments" \
  'j["competences"][1]["actors"]["learner"]["indicators"][0]["comment"] == "Zelf gedaan 01"'

expect_ok "status --as trainer" status "$LEARNER" --as trainer
json_check "trainer: sees teacher's and learner's indicator scores" \
  'all("indicators" in c["actors"][a] and "mastery" in c["actors"][a] for c in j["competences"] for a in ("teacher", "trainer", "learner"))'
json_check "trainer: no comments of others" \
  'all("comment" not in i for c in j["competences"] for a in ("teacher", "learner") for i in c["actors"][a]["indicators"])'
json_check "trainer: own comments" \
  'j["competences"][1]["actors"]["trainer"]["indicators"][0]["comment"] == "Nog niet gezien"'

expect_ok "status --as teacher" status "$LEARNER" --as teacher
json_check "teacher: no comments of others, own comments" \
  'all("comment" not in i for c in j["competences"] for a in ("trainer", "learner") for i in c["actors"][a]["indicators"]) and j["competences"][0]["actors"]["teacher"]["indicators"][0]["comment"] == "Netjes"'

expect_ok "status --as coach" status "$LEARNER" --as coach
json_check "coach: everything, every comment" \
  'all("indicators" in c["actors"][a] and all("comment" in i for i in c["actors"][a]["indicators"]) for c in j["competences"] for a in ("teacher", "trainer", "learner")) and j["competences"][1]["actors"]["learner"]["indicators"][0]["comment"] == "Zelf gedaan 01"'
COACH="$OUT"
expect_ok "status (default viewer)" status "$LEARNER"
if [ "$OUT" = "$COACH" ]; then ok "the default viewer is the coach"; else not_ok "the default viewer is the coach"; fi

expect_fail 2 "status --as someone" status "$LEARNER" --as principal
expect_fail 2 "status of an unknown learner" status 9999
expect_fail 2 "status with a bad period" status "$LEARNER" --period 0
expect_fail 2 "status of a period not closed yet" status "$LEARNER" --period 1

# ---------------------------------------------------------------- periods

expect_ok "close-period" close-period "$GROUP"
json_check "close-period prints period 1" 'j == {"period": 1}'
FROZEN_BEFORE=$(run status "$LEARNER" --period 1; printf '%s' "$OUT")
run score "$LEARNER" k13.12 --actor teacher --mastery V
run score "$LEARNER" k13.13 --actor teacher --mastery V
expect_ok "status now" status "$LEARNER"
json_check "now: 12 V of 13 dark green" 'j["competences"][0]["actors"]["teacher"]["colour"] == "dark-green"'
expect_ok "status --period 1" status "$LEARNER" --period 1
json_check "period 1 is frozen: still orange, period 1" \
  'j["period"] == 1 and j["competences"][0]["actors"]["teacher"]["colour"] == "orange"'
if [ "$OUT" = "$FROZEN_BEFORE" ]; then ok "a closed period never changes"; else not_ok "a closed period never changes"; fi
expect_ok "close-period again" close-period "$GROUP"
json_check "then period 2" 'j == {"period": 2}'
expect_fail 2 "close-period of an unknown group" close-period 9999

# ---------------------------------------------------------------- failure leaves no trace

chmod 0400 "$DB"
before=$(dump)
"$CLI" --db "$DB" score "$LEARNER" k13.01 --actor learner --mastery V >"$TMP/out" 2>"$TMP/err"
rc=$?
chmod 0600 "$DB"
if [ $rc -ne 0 ] && [ "$before" = "$(dump)" ] && grep -Eq '^duaal-cli: [^:]+: .+' "$TMP/err"; then
  ok "a read-only database: error, unchanged"
elif [ "$(id -u)" = 0 ]; then
  ok "a read-only database: skipped as root # SKIP root ignores file modes"
else
  not_ok "a read-only database: error, unchanged" "exit $rc: $(cat "$TMP/err")"
fi

# ---------------------------------------------------------------- demo

DB="$TMP/demo.db"
expect_ok "demo" demo
json_check "demo prints group and learners" 'set(j) == {"group", "learners"} and j["learners"] == 4'
DEMO_GROUP=$(printf '%s' "$OUT" | "$PYTHON" -c 'import json,sys; print(json.load(sys.stdin)["group"])')
expect_fail 2 "demo twice is refused" demo
expect_ok "demo qualifications" qualifications
json_check "the demo qualification is BK-0138" 'any(q["code"] == "BK-0138" for q in j)'

colours=""
run learners "$DEMO_GROUP"
DEMO_LEARNERS=$(printf '%s' "$OUT" | "$PYTHON" -c 'import json,sys; print(" ".join(str(l["id"]) for l in json.load(sys.stdin)))')
if [ "$(echo $DEMO_LEARNERS | wc -w)" = 4 ]; then ok "the demo group has four learners"; else not_ok "the demo group has four learners" "$OUT $ERR"; fi
for learner in $DEMO_LEARNERS; do
  run status "$learner"
  colours="$colours $(printf '%s' "$OUT" | "$PYTHON" -c '
import json, sys
j = json.load(sys.stdin)
print(" ".join(a["colour"] for c in j["competences"] for a in c["actors"].values()))')"
done
missing=""
for colour in grey red orange light-green dark-green; do
  case " $colours " in *" $colour "*) ;; *) missing="$missing $colour" ;; esac
done
if [ -z "$missing" ]; then ok "the demo shows every colour"; else not_ok "the demo shows every colour" "missing:$missing"; fi

run status "${DEMO_LEARNERS%% *}" --period 1
if [ "$RC" -eq 0 ]; then ok "the demo has a closed period 1"; else not_ok "the demo has a closed period 1" "$ERR"; fi

finish
