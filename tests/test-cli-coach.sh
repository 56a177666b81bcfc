#!/bin/bash
# test-cli-coach.sh: `status --as` and `attention` end to end (issue 5)
#
# Builds its own scenario with duaal-cli (not the demo): on learner Lien
# the teacher scores k05 red while Lien and her trainer see it acquired,
# so (Lien, k05) must head the attention list; Milan's k05 everyone scores
# alike, so it must be absent.  Then SPEC section 6 per viewer: what
# `status --as` leaves out (indicator scores, comments) and keeps
# (colours, progress).  Output is TAP.
#
# SPDX-License-Identifier: GPL-3.0-or-later

set -u

. "$(dirname "$0")/cli-test-lib.sh"

# must ARGS...: a setup step that has to work; prints its "id" if any.
must () {
  setup "$@"
  printf '%s' "$OUT" | "$PYTHON" -c 'import json,sys; j=json.load(sys.stdin); print(j.get("id","") if isinstance(j, dict) else "")'
}

# absent DESCRIPTION TEXT: TEXT is nowhere in the last stdout.
absent () {
  if printf '%s' "$OUT" | grep -qF -- "$2"; then not_ok "$1" "found '$2' in: ${OUT:0:1500}"; else ok "$1"; fi
}

# score LEARNER COMPETENCE ACTOR MASTERY... : indicators 01, 02, ... in turn
score () {
  local learner=$1 competence=$2 actor=$3 i=0 m
  shift 3
  for m in "$@"; do
    i=$((i + 1))
    must score "$learner" "$(printf '%s.%02d' "$competence" "$i")" --actor "$actor" --mastery "$m" --coverage R >/dev/null
  done
}

# ---------------------------------------------------------------- scenario

must import-qualification "$DATA/cli-boundaries.xml" >/dev/null
GROUP=$(must add-group "4 Elektriciteit duaal" --qualification T-CLI)
COMPANY=$(must add-company "Elektro Vermeulen")
LIEN=$(must add-learner "$GROUP" "Lien Claes" --company "$COMPANY" --trainer "Greet Wouters")
MILAN=$(must add-learner "$GROUP" "Milan Aerts" --company "$COMPANY" --trainer "Greet Wouters")
NOTRAINER=$(must add-learner "$GROUP" "Sam Wuyts" --company "$COMPANY")

# Lien, k05: herself dark green, trainer light green, teacher red.
score "$LIEN" k05 learner V V V V V
score "$LIEN" k05 trainer lil lil lil lil V
score "$LIEN" k05 teacher X X X X lil
must score "$LIEN" k05.01 --actor teacher --comment "LEERKRACHT-GEHEIM aansluitschema fout" >/dev/null
must score "$LIEN" k05.02 --actor trainer --comment "MENTOR-GEHEIM werkt te snel" >/dev/null
must score "$LIEN" k05.03 --actor learner --comment "LERENDE-NOTITIE ging goed" >/dev/null
# Milan, k05: all three agree (light green); k13: light green against orange.
score "$MILAN" k05 learner lil lil lil lil V
score "$MILAN" k05 teacher lil lil lil V V
score "$MILAN" k05 trainer lil lil lil lil lil
score "$MILAN" k13 learner lil lil lil lil lil lil lil lil lil lil lil
score "$MILAN" k13 teacher lil lil lil lil lil lil lil X X X X X X

# ---------------------------------------------------------------- attention

expect_ok "attention on a group" attention "$GROUP"
json_check "attention is a list of learner, competence, severity, colours" \
  'isinstance(j, list) and all({"learner","competence","severity","colours"} <= set(e) and set(e["colours"]) == {"learner","teacher","trainer"} for e in j)'
json_check "the teacher's red against two greens heads the list" \
  "j[0]['learner'] == $LIEN and j[0]['competence'] == 'k05' and j[0]['colours'] == {'learner':'dark-green','teacher':'red','trainer':'light-green'}"
json_check "the one-step split across the acquired line follows" \
  "len(j) == 2 and j[1]['learner'] == $MILAN and j[1]['competence'] == 'k13' and j[1]['colours']['teacher'] == 'orange' and j[1]['severity'] < j[0]['severity']"
json_check "pairs where the actors agree, or nobody scored, are absent" \
  "not any((e['learner'], e['competence']) in [($MILAN,'k05'), ($LIEN,'k13')] or e['learner'] == $NOTRAINER for e in j)"
json_check "most severe first" 'all(a["severity"] >= b["severity"] for a, b in zip(j, j[1:]))'
json_check "the indicators scored X by one actor and V by another are named" \
  "j[0].get('indicators') == ['k05.01','k05.02','k05.03','k05.04']"

must close-period "$GROUP" >/dev/null
score "$LIEN" k05 teacher V V V V V
expect_ok "attention now, after the teacher changed her mind" attention "$GROUP"
json_check "Lien's k05 no longer needs attention now" "not any(e['learner'] == $LIEN for e in j)"
expect_ok "attention --period 1" attention "$GROUP" --period 1
json_check "the closed period still shows the disagreement first" \
  "j[0]['learner'] == $LIEN and j[0]['competence'] == 'k05' and j[0]['colours']['teacher'] == 'red'"

expect_fail 2 "attention on an unknown group" attention 9999
expect_fail 2 "attention with a bad group id" attention abc
expect_fail 2 "attention without a group" attention
expect_fail 2 "attention on a period that is not closed" attention "$GROUP" --period 7

# ---------------------------------------------------------------- status --as

has_indicators='lambda c, a: {"mastery","indicators"} <= set(c["actors"][a])'
k05='[c for c in j["competences"] if c["id"] == "k05"][0]'

expect_ok "status --as learner" status "$LIEN" --as learner
absent "a learner does not read the teacher's comment" "LEERKRACHT-GEHEIM"
absent "a learner does not read the trainer's comment" "MENTOR-GEHEIM"
json_check "a learner reads her own comment" "'LERENDE-NOTITIE ging goed' in [i.get('comment') for i in $k05['actors']['learner']['indicators']]"
json_check "a learner sees no indicator scores of teacher or trainer" \
  "all(set(c['actors'][a]) == {'colour','covered'} for c in j['competences'] for a in ('teacher','trainer'))"
json_check "a learner sees her own scores" "($has_indicators)($k05, 'learner') and $k05['actors']['learner']['mastery']['V'] == 5"
json_check "a learner sees every actor's colour and progress" \
  "[$k05['actors'][a]['colour'] for a in ('learner','teacher','trainer')] == ['dark-green','dark-green','light-green'] and all($k05['actors'][a]['covered'] == 5 for a in ('learner','teacher','trainer'))"

expect_ok "status --as learner in a closed period" status "$LIEN" --as learner --period 1
json_check "a closed period keeps the teacher's red colour but not her scores" \
  "$k05['actors']['teacher'] == {'colour':'red','covered':5}"
absent "nor her comment" "LEERKRACHT-GEHEIM"

expect_ok "status --as trainer" status "$LIEN" --as trainer
absent "a trainer does not read the teacher's comment" "LEERKRACHT-GEHEIM"
absent "a trainer does not read the learner's comment" "LERENDE-NOTITIE"
json_check "a trainer reads his own comment" "'MENTOR-GEHEIM werkt te snel' in [i.get('comment') for i in $k05['actors']['trainer']['indicators']]"
json_check "a trainer sees every actor's indicator scores" "all(($has_indicators)(c, a) for c in j['competences'] for a in ('learner','teacher','trainer'))"
json_check "a trainer sees no comment members of others" \
  "all('comment' not in i for a in ('learner','teacher') for i in $k05['actors'][a]['indicators'])"

expect_fail 2 "status --as trainer of a learner without a trainer" status "$NOTRAINER" --as trainer

expect_ok "status --as teacher" status "$LIEN" --as teacher
absent "a teacher does not read the trainer's comment" "MENTOR-GEHEIM"
absent "a teacher does not read the learner's comment" "LERENDE-NOTITIE"
json_check "a teacher reads her own comment" "'LEERKRACHT-GEHEIM aansluitschema fout' in [i.get('comment') for i in $k05['actors']['teacher']['indicators']]"
json_check "a teacher sees every actor's indicator scores" "all(($has_indicators)(c, a) for c in j['competences'] for a in ('learner','teacher','trainer'))"

for viewer in "--as coach" ""; do
  expect_ok "status ${viewer:-(coach by default)}" status "$LIEN" $viewer
  json_check "the coach reads every comment" \
    "sorted(i['comment'] for a in ('learner','teacher','trainer') for i in $k05['actors'][a]['indicators'] if i.get('comment')) == ['LEERKRACHT-GEHEIM aansluitschema fout','LERENDE-NOTITIE ging goed','MENTOR-GEHEIM werkt te snel']"
  json_check "the coach sees every indicator score" "all(($has_indicators)(c, a) for c in j['competences'] for a in ('learner','teacher','trainer'))"
done

finish
