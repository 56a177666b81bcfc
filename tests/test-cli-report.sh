#!/bin/bash
# test-cli-report.sh: duaal-cli report and reports end to end
# (../shared/formats/cli.md "Sheets and reports", SPEC sections 6 and 16)
#
# On the demo database: a report for each of the four readers, read
# back by the independent checkers (qpdf --check, pdffonts, pdfinfo,
# pdftotext) for what that reader must and must not see; the JSON
# exactly as cli.md says, its page count the PDF's; reports writes one
# file per learner; bad ids, readers and periods exit 2 and write no
# file; neither command changes the database.  TAP.
#
# SPDX-License-Identifier: GPL-3.0-or-later

set -u

. "$(dirname "$0")/cli-test-lib.sh"

LEARNER_COMMENT="Op de werf trek ik alle leidingen zelf."
TEACHER_COMMENT="Buigradius niet gerespecteerd"
TRAINER_COMMENT="Werkt zelfstandig, controleer nog de diameters."

# pdf_checks DESCRIPTION FILE PAGES: sound, fonts embedded, A4, PAGES pages.
pdf_checks () {
  local desc=$1 file=$2 pages=$3 fonts n_pages size
  if ! qpdf --check "$file" >/dev/null 2>&1; then
    not_ok "$desc: qpdf --check" "$(qpdf --check "$file" 2>&1 | tail -3)"
    return
  fi
  fonts=$(pdffonts "$file" | tail -n +3)
  if [ -z "$fonts" ] || printf '%s\n' "$fonts" | awk '{ if ($(NF-4) != "yes") bad = 1 } END { exit !bad }'; then
    not_ok "$desc: every font embedded" "$fonts"
    return
  fi
  n_pages=$(pdfinfo "$file" | sed -n 's/^Pages: *//p')
  size=$(pdfinfo "$file" | sed -n 's/^Page size: *//p')
  if [ "$n_pages" != "$pages" ]; then
    not_ok "$desc: the JSON's pages ($pages) are the PDF's ($n_pages)"
  elif ! printf '%s' "$size" | grep -q "595.* x 841.*(A4)"; then
    not_ok "$desc: A4 portrait" "$size"
  else
    ok "$desc: sound, fonts embedded, $n_pages A4 pages as the JSON says"
  fi
}

# text_has DESCRIPTION FILE yes|no TEXT: pdftotext of FILE holds TEXT, or not.
text_has () {
  local desc=$1 file=$2 want=$3 text=$4
  if pdftotext "$file" - | tr '\n' ' ' | grep -qF -- "$text"; then
    [ "$want" = yes ] && ok "$desc" || not_ok "$desc" "the report holds “$text”"
  else
    [ "$want" = no ] && ok "$desc" || not_ok "$desc" "the report lacks “$text”"
  fi
}

# report_ok READER FILE ARGS...: report exits 0 with exactly {"file","pages"},
# the file as asked, and the database as it was.
report_ok () {
  local reader=$1 file=$2 before after
  shift 2
  before=$(dump)
  run report "$LEARNER" --for "$reader" --out "$file" "$@"
  after=$(dump)
  if [ "$RC" -ne 0 ]; then
    not_ok "report for the $reader" "exit code $RC, stderr: $ERR"
    return
  fi
  json_check "report for the $reader: {\"file\", \"pages\"}" \
    "sorted(j) == ['file', 'pages'] and j['file'] == '$file' and isinstance(j['pages'], int) and j['pages'] > 1"
  [ "$before" = "$after" ] && ok "report for the $reader leaves the database as it was" \
                           || not_ok "report for the $reader changed the database"
  PAGES=$(printf '%s' "$OUT" | "$PYTHON" -c 'import json,sys; print(json.load(sys.stdin)["pages"])')
  pdf_checks "report for the $reader" "$file" "$PAGES"
}

# ---------------------------------------------------------------- scenario

setup demo
GROUP=$(printf '%s' "$OUT" | "$PYTHON" -c 'import json,sys; print(json.load(sys.stdin)["group"])')
setup learners "$GROUP"
LEARNERS_JSON=$OUT
LEARNER=$(printf '%s' "$OUT" | "$PYTHON" -c '
import json, sys
print([l["id"] for l in json.load(sys.stdin) if l["name"] == "Jonas Peeters"][0])')
N_LEARNERS=$(printf '%s' "$OUT" | "$PYTHON" -c 'import json,sys; print(len(json.load(sys.stdin)))')

# ------------------------------------------------------------ the readers

report_ok learner "$TMP/learner.pdf"
f="$TMP/learner.pdf"
text_has "learner: the header names the learner" "$f" yes "Report on Jonas Peeters"
text_has "learner: own comment" "$f" yes "$LEARNER_COMMENT"
text_has "learner: own indicator scores" "$f" yes "By the learner"
text_has "learner: no indicator scores of the teacher" "$f" no "By the teacher"
text_has "learner: no indicator scores of the trainer" "$f" no "By the trainer"
text_has "learner: no teacher comment" "$f" no "$TEACHER_COMMENT"
text_has "learner: no trainer comment" "$f" no "$TRAINER_COMMENT"
text_has "learner: the others' colours" "$f" yes "Not acquired"
text_has "learner: the evolution" "$f" yes "Evolution"
text_has "learner: the competence route" "$f" yes "Competence route"
text_has "learner: no attention items" "$f" no "Needs attention"

report_ok trainer "$TMP/trainer.pdf"
f="$TMP/trainer.pdf"
text_has "trainer: made for the trainer, by name" "$f" yes "Trainer (Karel De Smet)"
text_has "trainer: own comment" "$f" yes "$TRAINER_COMMENT"
text_has "trainer: the teacher's indicator scores" "$f" yes "By the teacher"
text_has "trainer: the learner's indicator scores" "$f" yes "By the learner"
text_has "trainer: no teacher comment" "$f" no "$TEACHER_COMMENT"
text_has "trainer: no learner comment" "$f" no "$LEARNER_COMMENT"
text_has "trainer: no attention items" "$f" no "Needs attention"

report_ok teacher "$TMP/teacher.pdf"
f="$TMP/teacher.pdf"
text_has "teacher: own comment" "$f" yes "$TEACHER_COMMENT"
text_has "teacher: the trainer's indicator scores" "$f" yes "By the trainer"
text_has "teacher: no trainer comment" "$f" no "$TRAINER_COMMENT"
text_has "teacher: no learner comment" "$f" no "$LEARNER_COMMENT"
text_has "teacher: no attention items" "$f" no "Needs attention"

report_ok coach "$TMP/coach.pdf"
f="$TMP/coach.pdf"
text_has "coach: the learner's comment" "$f" yes "$LEARNER_COMMENT"
text_has "coach: the teacher's comment" "$f" yes "$TEACHER_COMMENT"
text_has "coach: the trainer's comment" "$f" yes "$TRAINER_COMMENT"
text_has "coach: the attention items" "$f" yes "Needs attention"
text_has "coach: the indicators scored X and V" "$f" yes "Scored X by one actor and V by another"

report_ok trainer "$TMP/trainer-1.pdf" --period 1
f="$TMP/trainer-1.pdf"
text_has "period 1: the header says so" "$f" yes "Period 1 (closed)"
text_has "period 1: nothing of now" "$f" no "Now"
text_has "period 1: no comment made after it" "$f" no "$TRAINER_COMMENT"

# ------------------------------------------------------------ reports

before=$(dump)
run reports "$GROUP" --for coach --out "$TMP/all"
after=$(dump)
if [ "$RC" -ne 0 ]; then
  not_ok "reports for the coach" "exit code $RC, stderr: $ERR"
else
  json_check "reports: {\"files\"}, one per learner, in DIR, named after the learners" "(
sorted(j) == ['files'] and len(j['files']) == $N_LEARNERS
and [f.rsplit('/', 1)[1] for f in j['files']] == [l['name'] + '.pdf' for l in $LEARNERS_JSON]
and all(f.startswith('$TMP/all/') for f in j['files']))"
  FILES_JSON=$OUT
  n_files=$(ls "$TMP/all" | wc -l)
  [ "$n_files" -eq "$N_LEARNERS" ] && ok "reports: $n_files files for $N_LEARNERS learners, nothing else" \
                                   || not_ok "reports: $n_files files for $N_LEARNERS learners" "$(ls "$TMP/all")"
  [ "$before" = "$after" ] && ok "reports leaves the database as it was" || not_ok "reports changed the database"
  bad=""
  for file in "$TMP"/all/*.pdf; do
    qpdf --check "$file" >/dev/null 2>&1 || bad="$bad $file"
    pdftotext "$file" - | grep -qF "Report on $(basename "$file" .pdf)" || bad="$bad $file"
  done
  [ -z "$bad" ] && ok "reports: every file sound and about its own learner" || not_ok "reports: bad files" "$bad"
  run reports "$GROUP" --for coach --out "$TMP/all"
  [ "$RC" -eq 0 ] && [ "$OUT" = "$FILES_JSON" ] && ok "reports: the same names the second time" \
                                                || not_ok "reports: the second run differs" "$OUT"
fi

# ------------------------------------------------------------ failures

no_file () {
  local desc=$1 file=$2
  [ ! -e "$file" ] && ok "$desc: no file written" || not_ok "$desc: a file was written" "$file"
}

expect_fail 2 "report of an unknown learner" report 999 --for coach --out "$TMP/x1.pdf"
no_file "report of an unknown learner" "$TMP/x1.pdf"
expect_fail 2 "report of a learner id that is no number" report abc --for coach --out "$TMP/x2.pdf"
no_file "report of a learner id that is no number" "$TMP/x2.pdf"
expect_fail 2 "report for an unknown reader" report "$LEARNER" --for boss --out "$TMP/x3.pdf"
no_file "report for an unknown reader" "$TMP/x3.pdf"
expect_fail 2 "report without a reader" report "$LEARNER" --out "$TMP/x4.pdf"
no_file "report without a reader" "$TMP/x4.pdf"
expect_fail 2 "report without --out" report "$LEARNER" --for coach
expect_fail 2 "report into a file that is not .pdf" report "$LEARNER" --for coach --out "$TMP/x5.png"
no_file "report into a file that is not .pdf" "$TMP/x5.png"
expect_fail 2 "report of a period that is not closed" report "$LEARNER" --for coach --period 2 --out "$TMP/x6.pdf"
no_file "report of a period that is not closed" "$TMP/x6.pdf"
expect_fail 2 "reports of an unknown group" reports 999 --for coach --out "$TMP/none"
no_file "reports of an unknown group" "$TMP/none"
expect_fail 2 "reports for an unknown reader" reports "$GROUP" --for boss --out "$TMP/none"
no_file "reports for an unknown reader" "$TMP/none"

# A learner without trainer has no trainer's report; a class group with
# one writes none of its trainer's reports.
setup add-learner "$GROUP" "Zonder Mentor" --company 1
ALONE=$(id_of)
expect_fail 2 "trainer's report of a learner without trainer" report "$ALONE" --for trainer --out "$TMP/x7.pdf"
no_file "trainer's report of a learner without trainer" "$TMP/x7.pdf"
expect_fail 2 "trainers' reports of a group with a learner without trainer" \
  reports "$GROUP" --for trainer --out "$TMP/trainers"
no_file "trainers' reports of a group with a learner without trainer" "$TMP/trainers"

finish
