#!/bin/bash
# test-sheet-cli.sh: score sheets end to end (SPEC section 16, issue 15;
# ../shared/formats/cli.md "Sheets and reports"): sheet, sheets and
# import-sheet with real files.
#
# A trainer's workbook is written (a tab per learner, Excel's tab-name
# rules), checked by an independent reader (openpyxl: drop-down lists on
# every indicator, only the input cells unlocked, the hidden tab) and by
# LibreOffice; it holds nothing SPEC 6 hides from a trainer.  Filled in
# by openpyxl, it imports with a dry run, then for real (the file as the
# source in the log), then changes nothing the second time.  A conflict
# is skipped and listed, --force takes it.  A bad cell (named tab!cell),
# a tampered hidden tab, another learner's, trainer's or qualification
# version's sheet are refused with the database unchanged.  The PDF
# version passes qpdf --check with its fonts embedded.  TAP; helpers in
# cli-test-lib.sh.
#
# SPDX-License-Identifier: GPL-3.0-or-later

set -u

. "$(dirname "$0")/cli-test-lib.sh"

SHEETPY=(/usr/bin/python3 "$DUAAL_SOURCE_ROOT/tests/test-sheet-openpyxl.py")
OUTDIR="$TMP/sheets"
mkdir -p "$OUTDIR"
MAIN_DB=$DB

# py DESCRIPTION ARGS...: the openpyxl script passes.
py () {
  local desc=$1 why
  shift
  if why=$("${SHEETPY[@]}" "$@" 2>&1); then ok "$desc"; else not_ok "$desc" "$why"; fi
}

# has / lacks DESCRIPTION FILE TEXT: a text dump of the workbook contains TEXT or not.
has () {
  if "${SHEETPY[@]}" dump "$2" | grep -qF -- "$3"; then ok "$1"; else not_ok "$1" "no “$3” in $2"; fi
}
lacks () {
  if "${SHEETPY[@]}" dump "$2" | grep -qF -- "$3"; then not_ok "$1" "“$3” in $2"; else ok "$1"; fi
}

# Refusals leave the database byte for byte as it was, not only its dump.
expect_fail () {
  local copy="$TMP/before.db"
  cp "$DB" "$copy"
  cli_expect_fail "$@"
  if ! cmp -s "$DB" "$copy"; then not_ok "$2: the database file is byte for byte as before"; fi
}

row_of () {
  "${SHEETPY[@]}" locate "$1" "$2" "$3"
}

# make_class: the scenario in $DB; sets GROUP, the learners' ids.
# $1: the trainer of Jonas; $2: the qualification (CODE or CODE@V).
make_class () {
  setup add-group "Klas 6" --qualification "$2"
  GROUP=$(id_of)
  setup add-company "Elektro De Smet" --activities c01,c02
  local smet=$(id_of)
  setup add-company "Van Damme" --activities c02
  local damme=$(id_of)
  setup add-learner "$GROUP" "Jonas Peeters" --company "$smet" --trainer "$1"
  JONAS=$(id_of)
  setup add-learner "$GROUP" "Zoë Maes" --company "$smet" --trainer "Karel De Smet"
  ZOE=$(id_of)
  setup add-learner "$GROUP" "[Émile]: a name far longer than Excel allows" --company "$smet" --trainer "Karel De Smet"
  setup add-learner "$GROUP" "Alexandra Vandenberghe-Van Damme" --company "$smet" --trainer "Karel De Smet"
  setup add-learner "$GROUP" "Alexandra Vandenberghe-Van Damme Jr" --company "$smet" --trainer "Karel De Smet"
  setup add-learner "$GROUP" "duaal" --company "$smet" --trainer "Karel De Smet"
  setup add-learner "$GROUP" "Lotte Janssens" --company "$damme" --trainer "Pieter Van Damme"
  LOTTE=$(id_of)
}

# ------------------------------------------------------------ the class

setup import-qualification "$DUAAL_SOURCE_ROOT/data/demo-qualification.xml"
make_class "Karel De Smet" BK-0138
setup score "$JONAS" c01.01 --actor trainer --mastery lil --coverage S --comment "trainer note"
setup score "$JONAS" c01.01 --actor teacher --mastery V --coverage R --comment "TEACHER-SECRET"
setup score "$JONAS" c01.02 --actor learner --mastery X --comment "LEARNER-SECRET"
setup score "$JONAS" c01.03 --actor trainer --mastery X

# ------------------------------------------------------------ writing

expect_fail 2 "sheet: a teacher gets no score sheet" sheet "$JONAS" --actor teacher --out "$OUTDIR/t.xlsx"
expect_fail 2 "sheet: --out must be .xlsx or .pdf" sheet "$JONAS" --actor trainer --out "$OUTDIR/t.csv"

expect_ok "sheets: one workbook per trainer" sheets "$GROUP" --actor trainer --out "$OUTDIR/trainers"
json_check "sheets: Karel's and Pieter's files" \
  "[f.split('/')[-1] for f in j['files']] == ['Karel De Smet.xlsx', 'Pieter Van Damme.xlsx']"
KAREL="$OUTDIR/trainers/Karel De Smet.xlsx"

py "trainer's workbook: a tab per learner (Excel's name rules, duplicates numbered), drop-downs, protection" \
  check "$KAREL" trainer "Alexandra Vandenberghe-Van Damm" "Alexandra Vandenberghe-Van (2)" \
  "Jonas Peeters" "Zoë Maes" "-Émile-- a name far longer than" "duaal (2)"
has "trainer's workbook: the trainer's own comment" "$KAREL" "trainer note"
has "trainer's workbook: the teacher's colour and progress" "$KAREL" "Not acquired, 1 of 7 covered"
lacks "trainer's workbook: no teacher's comment (SPEC 6)" "$KAREL" "TEACHER-SECRET"
lacks "trainer's workbook: no learner's comment (SPEC 6)" "$KAREL" "LEARNER-SECRET"
lacks "trainer's workbook: not Lotte, another trainer's learner" "$KAREL" "Lotte Janssens"

expect_ok "sheet: a learner's own sheet" sheet "$JONAS" --actor learner --out "$OUTDIR/jonas-learner.xlsx"
json_check "sheet: prints file, learners and actor" \
  "j == {'file': '$OUTDIR/jonas-learner.xlsx', 'learners': [$JONAS], 'actor': 'learner'}"
py "learner's workbook: one tab, drop-downs, protection" check "$OUTDIR/jonas-learner.xlsx" learner "Jonas Peeters"
has "learner's workbook: the learner's own comment" "$OUTDIR/jonas-learner.xlsx" "LEARNER-SECRET"
lacks "learner's workbook: no trainer's comment" "$OUTDIR/jonas-learner.xlsx" "trainer note"
lacks "learner's workbook: no teacher's comment" "$OUTDIR/jonas-learner.xlsx" "TEACHER-SECRET"

expect_ok "sheets: one workbook per learner" sheets "$GROUP" --actor learner --out "$OUTDIR/learners"
json_check "sheets: seven learners, seven files" "len(j['files']) == 7 and len(set(j['files'])) == 7"

if command -v soffice >/dev/null; then
  mkdir -p "$OUTDIR/lo"
  if HOME="$TMP" soffice --headless --convert-to xlsx --outdir "$OUTDIR/lo" "$KAREL" >"$TMP/lo.log" 2>&1 \
     && [ -s "$OUTDIR/lo/Karel De Smet.xlsx" ]; then
    ok "LibreOffice opens and saves the trainer's workbook"
    expect_ok "import-sheet: LibreOffice's copy of the workbook reads back" \
      import-sheet "$OUTDIR/lo/Karel De Smet.xlsx" --dry-run
    json_check "import-sheet: LibreOffice's copy changes nothing" "j['changed'] == 0 and j['skipped'] == 0"
  else
    not_ok "LibreOffice opens and saves the trainer's workbook" "$(cat "$TMP/lo.log")"
  fi
else
  ok "# SKIP soffice (libreoffice-calc-nogui) not installed"
fi

# ------------------------------------------------------------ filled in and taken back

R2=$(row_of "$KAREL" "Jonas Peeters" c01.02)
RZ=$(row_of "$KAREL" "Zoë Maes" c01.01)
FILLED="$OUTDIR/karel-filled.xlsx"
py "openpyxl fills in the trainer's workbook" fill "$KAREL" "$FILLED" \
  "Jonas Peeters!C$R2=V" "Jonas Peeters!D$R2=R" "Jonas Peeters!E$R2=goed bezig" "Zoë Maes!C$RZ=x"

BEFORE=$(dump)
expect_ok "import-sheet --dry-run" import-sheet "$FILLED" --dry-run
json_check "import-sheet --dry-run: two changes, nothing applied" \
  "j['actor'] == 'trainer' and j['changed'] == 2 and j['skipped'] == 0 and j['applied'] is False and j['conflicts'] == [] and len(j['learners']) == 6"
if [ "$BEFORE" = "$(dump)" ]; then ok "import-sheet --dry-run: the database unchanged"; else not_ok "import-sheet --dry-run: the database unchanged"; fi

expect_ok "import-sheet applies" import-sheet "$FILLED"
json_check "import-sheet: two changed, applied" "j['changed'] == 2 and j['applied'] is True"
run status "$JONAS"
json_check "import-sheet: Jonas's c01.02 is V/R with the comment, as the trainer" \
  "[i for c in j['competences'] for i in c['actors']['trainer']['indicators'] if i['id'] == 'c01.02'] == [{'id': 'c01.02', 'mastery': 'V', 'coverage': 'R', 'comment': 'goed bezig'}]"
run history "$ZOE" c01.01
json_check "import-sheet: the log names the sheet as the source, mastery only (a partial change)" \
  "j[-1]['source'] == 'karel-filled.xlsx' and j[-1]['actor'] == 'trainer' and j[-1]['mastery'] == 'X' and 'coverage' not in j[-1] and 'comment' not in j[-1]"

expect_ok "import-sheet: the same sheet again" import-sheet "$FILLED"
json_check "import-sheet: the same sheet again changes nothing" \
  "j['changed'] == 0 and j['skipped'] == 0 and j['unchanged'] > 200"

# ------------------------------------------------------------ conflicts

expect_ok "sheet: a new sheet for Jonas" sheet "$JONAS" --actor trainer --out "$OUTDIR/jonas.xlsx"
R3=$(row_of "$OUTDIR/jonas.xlsx" "Jonas Peeters" c01.03)
R4=$(row_of "$OUTDIR/jonas.xlsx" "Jonas Peeters" c01.04)
py "openpyxl fills in Jonas's sheet" fill "$OUTDIR/jonas.xlsx" "$OUTDIR/jonas-filled.xlsx" \
  "Jonas Peeters!C$R3=V" "Jonas Peeters!D$R4=S"
setup score "$JONAS" c01.03 --actor trainer --mastery lil
expect_ok "import-sheet: a conflict" import-sheet "$OUTDIR/jonas-filled.xlsx"
json_check "import-sheet: the conflict skipped and listed with its three values, the rest applied" \
  "j['changed'] == 1 and j['skipped'] == 1 and j['conflicts'] == [{'learner': $JONAS, 'indicator': 'c01.03', 'base': {'mastery': 'X', 'coverage': None}, 'current': {'mastery': 'lil', 'coverage': None}, 'sheet': {'mastery': 'V', 'coverage': None}}]"
run history "$JONAS" c01.03
json_check "import-sheet: the skipped indicator kept Duaal's value" "j[-1]['mastery'] == 'lil' and j[-1].get('source') is None"
expect_ok "import-sheet --force" import-sheet "$OUTDIR/jonas-filled.xlsx" --force
json_check "import-sheet --force: the sheet wins" "j['changed'] == 1 and j['skipped'] == 0 and len(j['conflicts']) == 1"
run history "$JONAS" c01.03
json_check "import-sheet --force: c01.03 is the sheet's V" "j[-1]['mastery'] == 'V' and j[-1]['source'] == 'jonas-filled.xlsx'"

# ------------------------------------------------------------ a learner's own sheet

RL=$(row_of "$OUTDIR/jonas-learner.xlsx" "Jonas Peeters" c01.05)
py "openpyxl fills in the learner's own sheet" fill "$OUTDIR/jonas-learner.xlsx" "$OUTDIR/jonas-self.xlsx" \
  "Jonas Peeters!C$RL=lil" "Jonas Peeters!E$RL=Met hulp van Karel"
expect_ok "import-sheet: a learner's sheet" import-sheet "$OUTDIR/jonas-self.xlsx"
json_check "import-sheet: one change, as the learner" \
  "j['actor'] == 'learner' and j['learners'] == [$JONAS] and j['changed'] == 1 and j['applied'] is True"
run history "$JONAS" c01.05
json_check "import-sheet: recorded as the learner, mastery and comment, from the sheet" \
  "j[-1]['actor'] == 'learner' and j[-1]['mastery'] == 'lil' and j[-1]['comment'] == 'Met hulp van Karel' and 'coverage' not in j[-1] and j[-1]['source'] == 'jonas-self.xlsx'"

# ------------------------------------------------------------ refused

py "openpyxl puts a bad value in" fill "$KAREL" "$OUTDIR/bad.xlsx" "Jonas Peeters!D$R2=Q" "Zoë Maes!C$RZ=V"
expect_fail 2 "import-sheet: a bad coverage is refused" import-sheet "$OUTDIR/bad.xlsx"
stderr_has "import-sheet: the message names tab and cell" "Jonas Peeters!D$R2"

py "openpyxl changes the hidden tab" tamper "$KAREL" "$OUTDIR/tampered.xlsx" "Duaal!E6=V"
expect_fail 2 "import-sheet: a tampered hidden tab is refused" import-sheet "$OUTDIR/tampered.xlsx"
stderr_has "import-sheet: says the hidden tab was changed" "was changed or damaged"

printf 'not a zip' >"$OUTDIR/junk.xlsx"
expect_fail 2 "import-sheet: a file that is no spreadsheet is refused" import-sheet "$OUTDIR/junk.xlsx"
py "openpyxl writes a spreadsheet of its own" blank "$OUTDIR/other.xlsx"
expect_fail 2 "import-sheet: a spreadsheet Duaal did not make is refused" import-sheet "$OUTDIR/other.xlsx"
stderr_has "import-sheet: says it is no score sheet" "not a score sheet made by Duaal"

# Another database where the ids belong to others, or Jonas has another
# trainer, or the class follows version 2: each refuses the sheet.
DB="$TMP/other.db"
setup import-qualification "$DUAAL_SOURCE_ROOT/data/demo-qualification.xml"
setup add-group "Klas 5" --qualification BK-0138
OTHER_GROUP=$(id_of)
setup add-company "Elders" --activities c01
setup add-learner "$OTHER_GROUP" "Someone Else" --company "$(id_of)"
make_class "Karel De Smet" BK-0138
expect_fail 2 "import-sheet: another learner's sheet (learner ids of others) is refused" import-sheet "$FILLED"
stderr_has "import-sheet: says whose sheet it is" "the sheet is for Alexandra Vandenberghe-Van Damme, not for"

DB="$TMP/trainer.db"
setup import-qualification "$DUAAL_SOURCE_ROOT/data/demo-qualification.xml"
make_class "Anna Smet" BK-0138
expect_fail 2 "import-sheet: a sheet of another trainer of Jonas is refused" import-sheet "$OUTDIR/jonas-filled.xlsx"
stderr_has "import-sheet: names the trainer" "the sheet was made for Karel De Smet, who is not the trainer of Jonas Peeters"

DB="$TMP/version.db"
sed 's/ version="1"/ version="2"/' "$DUAAL_SOURCE_ROOT/data/demo-qualification.xml" >"$TMP/v2.xml"
setup import-qualification "$TMP/v2.xml"
make_class "Karel De Smet" BK-0138@2
expect_fail 2 "import-sheet: a sheet of another qualification version is refused" import-sheet "$FILLED"
stderr_has "import-sheet: names the version" "version 1"
DB=$MAIN_DB

# ------------------------------------------------------------ the paper sheet

expect_ok "sheet: a PDF to print" sheet "$JONAS" --actor trainer --out "$OUTDIR/jonas.pdf"
if command -v pdftotext >/dev/null && command -v qpdf >/dev/null; then
  text=$(pdftotext "$OUTDIR/jonas.pdf" - 2>/dev/null)
  if printf '%s' "$text" | grep -q "Jonas Peeters" && printf '%s' "$text" | grep -q "c01.01" \
     && printf '%s' "$text" | grep -q "Comment:" && printf '%s' "$text" | grep -q "lil"; then
    ok "PDF sheet: its text is text (learner, indicators, boxes' heads, comment lines)"
  else
    not_ok "PDF sheet: its text is text" "$text"
  fi
  if printf '%s' "$text" | grep -q "TEACHER-SECRET\|LEARNER-SECRET"; then
    not_ok "PDF sheet: nothing SPEC 6 hides from a trainer"
  else
    ok "PDF sheet: nothing SPEC 6 hides from a trainer"
  fi
  if qpdf --check "$OUTDIR/jonas.pdf" >/dev/null 2>&1; then ok "PDF sheet: qpdf --check"; else not_ok "PDF sheet: qpdf --check"; fi
  fonts=$(pdffonts "$OUTDIR/jonas.pdf" | tail -n +3)
  if [ -n "$fonts" ] && ! printf '%s\n' "$fonts" | awk '{ if ($(NF-4) != "yes") bad = 1 } END { exit !bad }'; then
    ok "PDF sheet: every font embedded"
  else
    not_ok "PDF sheet: every font embedded" "$fonts"
  fi
else
  ok "# SKIP poppler-utils or qpdf not installed"
fi

finish
