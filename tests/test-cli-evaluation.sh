#!/bin/bash
# test-cli-evaluation.sh: duaal-cli's evaluation commands end to end
# (../shared/formats/cli.md "Evaluation (SPEC 15)", SPEC section 15)
#
# Training units from the file and added in Duaal; the choices per unit
# and the learners without a choice; a closed period refuses a choice;
# workplace results at the verdict's boundaries, 101, -1 and 50.05
# refused; the deliberation list and the pass mark; the early warnings
# and none that do not hold; visits due and overdue; the visit agenda
# PDF.  Exit codes and the database unchanged on every refusal.  TAP.
#
# SPDX-License-Identifier: GPL-3.0-or-later

set -u

. "$(dirname "$0")/cli-test-lib.sh"

QDATA="$DATA/qualification"

# ---------------------------------------------------------------- units

setup import-qualification "$QDATA/good-units.xml"
expect_ok "units of the file" units BK-OO
json_check "two units from the file, in order, with their competences" \
  'j == [{"code": "OO1", "title": "Veilig leidingen leggen", "competences": ["c1", "c2"]},
         {"code": "OO2", "title": "Toestellen aansluiten", "competences": ["c3"]}]'
expect_ok "add a unit in Duaal" add-unit BK-OO OO3 "Installatie testen" --competences c1,c3
json_check "add-unit prints the code" 'j == {"code": "OO3"}'
expect_ok "units after add-unit" units BK-OO@1
json_check "the added unit comes after the file's" \
  '[u["code"] for u in j] == ["OO1", "OO2", "OO3"] and j[2]["competences"] == ["c1", "c3"]'
expect_fail 2 "a unit code used already is refused" add-unit BK-OO OO1 "Nog eens" --competences c1
expect_fail 2 "a competence the qualification lacks is refused" add-unit BK-OO OO4 "Onbekend" --competences c9
expect_fail 2 "a unit without competences is refused" add-unit BK-OO OO4 "Leeg"
expect_fail 2 "a code with a space is refused" add-unit BK-OO "OO 4" "Spatie" --competences c1
expect_fail 2 "an unknown qualification is refused" add-unit BK-XX OO4 "Elders" --competences c1
expect_fail 2 "units of an unknown qualification" units BK-XX

# ---------------------------------------------------------------- class

setup add-group "Evaluatie 6EI" --qualification BK-OO
GROUP=$(id_of)
setup add-company "Elektro Peeters" --activities c1,c2
COMPANY=$(id_of)
LEARNERS=()
for name in "An Aerts" "Bo Baert" "Cas Claes" "Dina Dierckx" "Ella Eyckmans" "Fons Francken"; do
  setup add-learner "$GROUP" "$name" --company "$COMPANY" --trainer "Piet"
  LEARNERS+=("$(id_of)")
done
AN=${LEARNERS[0]} BO=${LEARNERS[1]} CAS=${LEARNERS[2]}

# ---------------------------------------------------------------- choices

expect_ok "An chooses OO1" choose-unit "$AN" OO1 --period 1
json_check "choose-unit prints ok" 'j == {"ok": True}'
expect_ok "Bo chooses two units" choose-unit "$BO" OO1,OO2 --period 1
expect_ok "Cas chooses OO3" choose-unit "$CAS" OO3 --period 1
expect_ok "Cas changes his choice before the period starts" choose-unit "$CAS" OO2 --period 1
expect_fail 2 "an unknown unit is refused" choose-unit "$AN" OO9 --period 1
expect_fail 2 "a period the group lacks is refused" choose-unit "$AN" OO1 --period 9
expect_fail 2 "choose-unit needs --period" choose-unit "$AN" OO1
expect_ok "the evaluations of period 1" evaluations "$GROUP" --period 1
json_check "per unit who is to be assessed, and who chose nothing" "(
j['period'] == 1
and [(u['code'], u['learners']) for u in j['units']] == [('OO1', [$AN, $BO]), ('OO2', [$BO, $CAS]), ('OO3', [])]
and j['units'][0]['title'] == 'Veilig leidingen leggen'
and j['without_choice'] == [${LEARNERS[3]}, ${LEARNERS[4]}, ${LEARNERS[5]}])"

# The trainer covers c1 for An before the period is closed.
setup score "$AN" c1.1 --actor trainer --coverage S
setup close-period "$GROUP"
expect_fail 2 "a closed period refuses a choice" choose-unit "${LEARNERS[3]}" OO1 --period 1
stderr_has "the refusal says the period is closed" "closed"
expect_ok "the evaluations of the closed period stay" evaluations "$GROUP" --period 1
json_check "nothing changed in the closed period" "j['without_choice'] == [${LEARNERS[3]}, ${LEARNERS[4]}, ${LEARNERS[5]}]"

# ---------------------------------------------------------------- workplace results

PERCENTS=(55 50 49.9 45 40.1 40)
VERDICTS=(sufficient sufficient insufficient insufficient insufficient cannot-qualify)
for i in 0 1 2 3 4 5; do
  expect_ok "workplace result ${PERCENTS[$i]}" workplace-result "${LEARNERS[$i]}" --period 1 --percent "${PERCENTS[$i]}"
  json_check "${PERCENTS[$i]} is ${VERDICTS[$i]}" "j == {'verdict': '${VERDICTS[$i]}'}"
done
for bad in 101 -1 50.05 100.1 "" abc; do
  expect_fail 2 "the result “$bad” is refused" workplace-result "$AN" --period 1 --percent "$bad"
done
expect_fail 2 "a result for an unknown learner" workplace-result 9999 --period 1 --percent 60
expect_ok "the deliberation list" deliberation "$GROUP"
json_check "insufficient and cannot-qualify only, with their percentages" "
j == [{'learner': ${LEARNERS[2]}, 'percent': 49.9, 'verdict': 'insufficient'},
      {'learner': ${LEARNERS[3]}, 'percent': 45, 'verdict': 'insufficient'},
      {'learner': ${LEARNERS[4]}, 'percent': 40.1, 'verdict': 'insufficient'},
      {'learner': ${LEARNERS[5]}, 'percent': 40, 'verdict': 'cannot-qualify'}]"
expect_ok "the deliberation list of period 2 is empty" deliberation "$GROUP" --period 2
json_check "no results in period 2" 'j == []'

expect_ok "the default pass mark" pass-mark "$GROUP"
json_check "the pass mark is 50 by default" 'j == {"pass_mark": 50}'
expect_ok "a pass mark of 55.5" pass-mark "$GROUP" --percent 55.5
json_check "the pass mark is now 55.5" 'j == {"pass_mark": 55.5}'
expect_ok "a result against the new pass mark" workplace-result "$AN" --period 1 --percent 55
json_check "55 is insufficient below 55.5" 'j == {"verdict": "insufficient"}'
expect_ok "a result 10 points below the new pass mark" workplace-result "$BO" --period 1 --percent 45.5
json_check "45.5 cannot qualify below 55.5" 'j == {"verdict": "cannot-qualify"}'
expect_fail 2 "a pass mark of 0 is refused" pass-mark "$GROUP" --percent 0
setup pass-mark "$GROUP" --percent 50
setup workplace-result "$AN" --period 1 --percent 55
setup workplace-result "$BO" --period 1 --percent 50

# ---------------------------------------------------------------- warnings

expect_ok "the early warnings" warnings "$GROUP"
json_check "An: c2 planned and not covered, no silent trainer, no insufficient result" "
[w for w in j if w['learner'] == $AN] == [{'learner': $AN, 'kind': 'planned-not-covered', 'competence': 'c2', 'period': 1}]"
json_check "Bo: both competences uncovered, the trainer silent, no insufficient result at 50" "(
[(w['kind'], w['competence']) for w in j if w['learner'] == $BO]
  == [('planned-not-covered', 'c1'), ('planned-not-covered', 'c2'), ('trainer-silent', None)])"
json_check "Cas at 49.9 and Fons at 40 head for a shortfall" "
[w['learner'] for w in j if w['kind'] == 'workplace-insufficient'] == [${LEARNERS[2]}, ${LEARNERS[3]}, ${LEARNERS[4]}, ${LEARNERS[5]}]"
json_check "no competence the plan lacks is warned about" "not any(w['competence'] == 'c3' for w in j)"

# ---------------------------------------------------------------- visits

expect_ok "a visit" add-visit "$AN" --date 2025-10-01 --notes "Eerste bezoek"
json_check "add-visit prints an id" 'j["id"] > 0'
expect_fail 2 "a visit on an impossible day" add-visit "$AN" --date 2025-02-30
expect_fail 2 "a visit without a day" add-visit "$AN"
expect_fail 2 "a visit of an unknown learner" add-visit 9999 --date 2025-10-01
expect_ok "visits on the day the first is due" visits "$GROUP" --on 2025-12-31
json_check "An's next visit is due by 30 April, Bo's by 31 December, neither overdue" "(
j[0] == {'learner': $AN, 'last': '2025-10-01', 'due': '2026-04-30', 'overdue': False}
and j[1] == {'learner': $BO, 'last': None, 'due': '2025-12-31', 'overdue': False}
and len(j) == 6)"
expect_ok "visits a day later" visits "$GROUP" --on 2026-01-01
json_check "Bo's visit is overdue the next day, An's is not" "
j[0]['overdue'] is False and j[1] == {'learner': $BO, 'last': None, 'due': '2025-12-31', 'overdue': True}"
expect_ok "visits after 30 April" visits "$GROUP" --on 2026-05-01
json_check "An's second visit is overdue after 30 April" "j[0] == {'learner': $AN, 'last': '2025-10-01', 'due': '2026-04-30', 'overdue': True}"
expect_fail 2 "visits on a day that is not a date" visits "$GROUP" --on 31-12-2025

# ---------------------------------------------------------------- visit agenda

expect_ok "the visit agenda" visit-agenda "$AN" --out "$TMP/agenda.pdf"
json_check "visit-agenda names the file and its pages" "j == {'file': '$TMP/agenda.pdf', 'pages': 1}"
if pdftotext "$TMP/agenda.pdf" - 2>/dev/null | tr '\n' ' ' | grep -q "An Aerts.*Legt leidingen"; then
  ok "the agenda names the learner and the uncovered planned competence"
else
  not_ok "the agenda names the learner and the uncovered planned competence" \
    "$(pdftotext "$TMP/agenda.pdf" - 2>&1 | head -20)"
fi
if pdffonts "$TMP/agenda.pdf" 2>/dev/null | awk 'NR > 2 && $(NF-4) != "yes" { bad = 1 } END { exit bad }'; then
  ok "the agenda's fonts are embedded"
else
  not_ok "the agenda's fonts are embedded" "$(pdffonts "$TMP/agenda.pdf" 2>&1)"
fi
expect_fail 2 "the agenda of an unknown learner" visit-agenda 9999 --out "$TMP/other.pdf"
if [ -e "$TMP/other.pdf" ]; then not_ok "no file for a refused agenda"; else ok "no file for a refused agenda"; fi
expect_fail 2 "the agenda is a PDF file" visit-agenda "$AN" --out "$TMP/agenda.png"

# ---------------------------------------------------------------- read commands create nothing

MISSING="$TMP/missing.db"
for command in "units BK-OO" "evaluations 1 --period 1" "deliberation 1" "warnings 1" "visits 1"; do
  # shellcheck disable=SC2086
  "$CLI" --db "$MISSING" $command >/dev/null 2>&1
  rc=$?
  if [ "$rc" -eq 2 ] && [ ! -e "$MISSING" ]; then
    ok "$command on a missing database: exit 2, nothing created"
  else
    not_ok "$command on a missing database: exit 2, nothing created" "exit $rc"
  fi
done

finish
