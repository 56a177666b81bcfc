#!/bin/bash
# test-cli-contexts.sh: contexts, the learning line and lesson scenarios
# through duaal-cli end to end (../shared/formats/cli.md, SPEC section 14)
#
# The seed's example (chapter 4) comes in with its qualification file
# (tests/data/qualification/good-contexts.xml): exact starts, deepenings
# and the uncovered competence; a context moved to the front changes the
# starts; training plans from offered contexts; a learner's contexts
# done; scenarios and what they leave uncovered; the session planner
# naming each group's scenario and taking its estimate; the chart as PNG
# (pngcheck), SVG (xmllint) and PDF (pdftotext); bad context
# definitions and bad arguments refused with the database unchanged.
# Output is TAP.  Helpers in cli-test-lib.sh.
#
# SPDX-License-Identifier: GPL-3.0-or-later

set -u

. "$(dirname "$0")/cli-test-lib.sh"

Q=BK-CCV

# ---------------------------------------------------- the seed's example

expect_ok "import the seed's qualification with its three contexts" \
  import-qualification "$DATA/qualification/good-contexts.xml"
expect_ok "contexts" contexts "$Q"
json_check "contexts: three, in learning-line order, with their competences" \
  '[c["position"] for c in j] == [1, 2, 3] and [c["competences"] for c in j] == [["c3","c4","c6","c7"], ["c1","c3","c4","c5","c6","c7"], ["c1","c3","c6"]]'
read -r K1 K2 K3 <<<"$(printf '%s' "$OUT" | "$PYTHON" -c 'import json,sys; print(*[c["id"] for c in json.load(sys.stdin)])')"

expect_ok "learning-line" learning-line "$Q"
json_check "learning-line: 3, 4, 6, 7 start in 1 and deepen in 2; 1 and 5 start in 2; 1, 3, 6 deepen in 3; 2 uncovered" \
  '(j["contexts"] == ['"$K1,$K2,$K3"'] and {c["id"]: (c["start"], c["deepen"]) for c in j["competences"]} == {
     "c1": ('"$K2"', ['"$K3"']), "c2": (None, []), "c3": ('"$K1"', ['"$K2,$K3"']), "c4": ('"$K1"', ['"$K2"']),
     "c5": ('"$K2"', []), "c6": ('"$K1"', ['"$K2,$K3"']), "c7": ('"$K1"', ['"$K2"'])}
   and j["uncovered"] == ["c2"] and "done" not in j)'

# ------------------------------------------------------- the chart files

for ext in png svg pdf; do
  expect_ok "learning-line --out line.$ext" learning-line "$Q" --out "$TMP/line.$ext"
done
if pngcheck -q "$TMP/line.png" >/dev/null 2>&1; then ok "pngcheck accepts the PNG"; else not_ok "pngcheck accepts the PNG" "$(pngcheck "$TMP/line.png" 2>&1)"; fi
if xmllint --noout --nonet "$TMP/line.svg" 2>/dev/null; then ok "xmllint reads the SVG"; else not_ok "xmllint reads the SVG"; fi
text=$(pdftotext "$TMP/line.pdf" - 2>/dev/null)
if printf '%s' "$text" | grep -q "Elektrotechnicus (CCV)" && printf '%s' "$text" | grep -q "Een keuken vernieuwen" \
   && printf '%s' "$text" | grep -q "Uncovered"; then
  ok "the PDF holds its text: title, contexts, the uncovered competence"
else
  not_ok "the PDF holds its text" "$text"
fi

# ------------------------------------------------ moving and editing

expect_ok "move the third context to the front" move-context "$K3" 1
expect_ok "learning-line after the move" learning-line "$Q"
json_check "the moved context starts 1, 3 and 6; 4 and 7 start in the second, 5 in the third" \
  'j["contexts"] == ['"$K3,$K1,$K2"'] and {c["id"]: c["start"] for c in j["competences"]} == {
     "c1": '"$K3"', "c2": None, "c3": '"$K3"', "c4": '"$K1"', "c5": '"$K2"', "c6": '"$K3"', "c7": '"$K1"'}'
expect_ok "move it back past the end" move-context "$K3" 9
expect_ok "contexts after moving back" contexts "$Q"
json_check "back in the seed's order" '[c["id"] for c in j] == ['"$K1,$K2,$K3"']'

expect_ok "add a context at place 2" add-context "$Q" "Een werf opstarten" --competences c2 --position 2 --activities "Werfkeet"
K4=$(id_of)
expect_ok "contexts with the new one" contexts "$Q"
json_check "the new context is second, the others shifted" \
  '[(c["id"], c["position"]) for c in j] == [('"$K1"', 1), ('"$K4"', 2), ('"$K2"', 3), ('"$K3"', 4)] and j[1]["activities"] == "Werfkeet"'
expect_ok "edit it" edit-context "$K4" "Een werf" --competences c2,c5
expect_ok "learning-line with it" learning-line "$Q"
json_check "nothing is uncovered now, and 5 starts in the new context" \
  'j["uncovered"] == [] and [c["start"] for c in j["competences"] if c["id"] == "c5"] == ['"$K4"']'
expect_ok "remove it" remove-context "$K4"
expect_ok "contexts without it" contexts "$Q"
json_check "positions close up" '[(c["id"], c["position"]) for c in j] == [('"$K1"', 1), ('"$K2"', 2), ('"$K3"', 3)]'

# ------------------------------------------- plans from offered contexts

expect_ok "add a group" add-group "6EL" --qualification "$Q"
GROUP=$(id_of)
expect_ok "add a company with an activity list" add-company "Bouw NV" --activities c2
BUILDER=$(id_of)
expect_ok "add a second company" add-company "Elektro BV" --activities c5
INSTALLER=$(id_of)
expect_ok "add learner Ann at Bouw NV" add-learner "$GROUP" "Ann" --company "$BUILDER"
ANN=$(id_of)
expect_ok "add learner Bert at Elektro BV" add-learner "$GROUP" "Bert" --company "$INSTALLER"
BERT=$(id_of)
expect_ok "Bouw NV offers contexts 1 and 3" offer-contexts "$BUILDER" "$K1,$K3"
expect_ok "Elektro BV offers context 2" offer-contexts "$INSTALLER" "$K2"
expect_ok "reset-plans --from contexts" reset-plans "$GROUP" --from contexts
json_check "two learners' plans made again" 'j == {"learners": 2}'
expect_ok "overview after the reset" overview "$GROUP"
json_check "Ann has what contexts 1 and 3 offer, Bert what context 2 offers" \
  '{r["competence"]: [c["planned"] for c in r["cells"]] for r in j["rows"]} == {
     "c1": [True, True], "c2": [False, False], "c3": [True, True], "c4": [True, True],
     "c5": [False, True], "c6": [True, True], "c7": [True, True]}'
expect_ok "reset-plans --from activities" reset-plans "$GROUP" --from activities
expect_ok "overview from activities" overview "$GROUP"
json_check "back to the activity lists" \
  '[r["competence"] for r in j["rows"] if any(c["planned"] for c in r["cells"])] == ["c2", "c5"]'

# --------------------------------------------------------- contexts done

expect_ok "Ann's trainer confirms context 2" context-done "$ANN" "$K2"
expect_ok "and context 1" context-done "$ANN" "$K1"
expect_ok "learning-line for Ann" learning-line "$Q" --learner "$ANN" --out "$TMP/ann.pdf"
json_check "done: contexts 1 and 2, in learning-line order" 'j["done"] == ['"$K1,$K2"']'
if pdftotext "$TMP/ann.pdf" - 2>/dev/null | grep -q "Ann: 2 of 3 contexts done"; then
  ok "the chart says how many contexts Ann has done"
else
  not_ok "the chart says how many contexts Ann has done" "$(pdftotext "$TMP/ann.pdf" - 2>&1 | head -5)"
fi
expect_ok "undo context 2" context-done "$ANN" "$K2" --undo
expect_ok "learning-line for Ann after the undo" learning-line "$Q" --learner "$ANN"
json_check "done: context 1" 'j["done"] == ['"$K1"']'

# ------------------------------------------------------------- scenarios

expect_ok "scenarios of a qualification without any" scenarios "$Q"
json_check "none, every competence uncovered" 'j == {"scenarios": [], "uncovered": ["c1","c2","c3","c4","c5","c6","c7"]}'
expect_ok "add a scenario for c1 and c3 of 2 sessions" add-scenario "$Q" "Veilig leidingen leggen" \
  --competences c3,c1 --sessions 2 --template "Lessjabloon A" --objectives "Veilig werken" --course "Demo, oefening"
S1=$(id_of)
expect_ok "a second scenario for c3, 3 sessions" add-scenario "$Q" "Leidingen plooien" --competences c3 --sessions 3
S2=$(id_of)
expect_ok "scenarios" scenarios "$Q"
json_check "two scenarios and the five competences they leave uncovered" \
  '([(s["id"], s["competences"], s["sessions"]) for s in j["scenarios"]] == [('"$S1"', ["c1","c3"], 2), ('"$S2"', ["c3"], 3)]
   and j["scenarios"][0]["template"] == "Lessjabloon A" and j["uncovered"] == ["c2","c4","c5","c6","c7"])'

# Plans from activities: Ann lacks c1 and c3-c7, Bert c1-c4, c6, c7;
# nothing acquired.  c1 (scenario 1) and c3 (scenario 1 first) take 2.
expect_ok "plan with scenarios" plan "$GROUP" --out "$TMP/plan.csv"
json_check "each group names its competence's scenario (the first where several), null where none" \
  'all(g.get("scenario", "absent") == {"c1": '"$S1"', "c3": '"$S1"'}.get(g["competence"]) for s in j["sessions"] for g in s["groups"])'
json_check "the scenario's estimate is the default number of sessions" \
  'all(g["parts"] == {"c1": 2, "c3": 2}.get(g["competence"], 1) for s in j["sessions"] for g in s["groups"])'
if head -1 "$TMP/plan.csv" | grep -q 'kind,learners,scenario' && grep -q 'Veilig leidingen leggen' "$TMP/plan.csv"; then
  ok "the plan's CSV has a scenario column"
else
  not_ok "the plan's CSV has a scenario column" "$(head -3 "$TMP/plan.csv")"
fi
expect_ok "plan choosing the second scenario for c3, c1 given 1 session" \
  plan "$GROUP" --scenario "c3=$S2" --sessions c1=1 --out "$TMP/plan.pdf"
json_check "c3 uses scenario 2 and its 3 sessions; c1 keeps scenario 1 with the 1 session given" \
  'all((g["scenario"], g["parts"]) == {"c1": ('"$S1"', 1), "c3": ('"$S2"', 3)}.get(g["competence"], (None, 1)) for s in j["sessions"] for g in s["groups"])'
if pdftotext "$TMP/plan.pdf" - 2>/dev/null | grep -q "Scenario: Leidingen plooien"; then
  ok "the plan's PDF shows the scenarios"
else
  not_ok "the plan's PDF shows the scenarios"
fi
expect_ok "edit the second scenario" edit-scenario "$S2" "Leidingen plooien" --competences c3,c7 --sessions 1
expect_ok "remove the first" remove-scenario "$S1"
expect_ok "scenarios after the edits" scenarios "$Q"
json_check "one scenario left, for c3 and c7" \
  '[(s["id"], s["competences"], s["sessions"]) for s in j["scenarios"]] == [('"$S2"', ["c3","c7"], 1)] and j["uncovered"] == ["c1","c2","c4","c5","c6"]'

# ------------------------------------------------------------- refusals

for file in bad-context-unknown-competence bad-context-no-offers bad-context-duplicate-offer bad-context-empty-title; do
  expect_fail 2 "import refuses $file.xml" import-qualification "$DATA/qualification/$file.xml"
done
stderr_has "the refusal names file, line and cause" "bad-context-empty-title.xml:34: element <title> is empty"
expect_fail 2 "add-context without competences" add-context "$Q" "Zolder"
expect_fail 2 "add-context with an unknown competence" add-context "$Q" "Zolder" --competences c9
expect_fail 2 "add-context with an empty title" add-context "$Q" " " --competences c1
expect_fail 2 "add-context to an unknown qualification" add-context BK-NONE "Zolder" --competences c1
expect_fail 2 "add-context at place 0" add-context "$Q" "Zolder" --competences c1 --position 0
expect_fail 2 "move an unknown context" move-context 999 1
expect_fail 2 "remove an unknown context" remove-context 999
expect_fail 2 "offer an unknown context" offer-contexts "$BUILDER" "$K1,999"
expect_fail 2 "offer contexts of an unknown company" offer-contexts 999 "$K1"
expect_fail 2 "context-done for an unknown learner" context-done 999 "$K1"
expect_fail 2 "reset-plans without --from" reset-plans "$GROUP"
expect_fail 2 "reset-plans --from nowhere" reset-plans "$GROUP" --from nowhere
expect_fail 2 "reset-plans of an unknown group" reset-plans 999 --from contexts
expect_fail 2 "add-scenario of 4 sessions" add-scenario "$Q" "Te lang" --competences c1 --sessions 4
expect_fail 2 "add-scenario with an unknown competence" add-scenario "$Q" "Zolder" --competences c8
expect_fail 2 "remove an unknown scenario" remove-scenario 999
expect_fail 2 "plan with a scenario choice that is no id" plan "$GROUP" --scenario c3=x
expect_fail 2 "learning-line into a .gif" learning-line "$Q" --out "$TMP/line.gif"
expect_fail 2 "learning-line for an unknown learner" learning-line "$Q" --learner 999

# Read commands never create a database.
rm -f "$TMP/none.db"
"$CLI" --db "$TMP/none.db" contexts "$Q" >/dev/null 2>&1
if [ ! -e "$TMP/none.db" ]; then ok "contexts does not create a database"; else not_ok "contexts does not create a database"; fi

finish
