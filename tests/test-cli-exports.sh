#!/bin/bash
# test-cli-exports.sh: duaal-cli overview --out and plan --out end to end
# (../shared/formats/cli.md "Exports to files", csv.md "Exports"), and
# route --compare across qualifications refused.
#
# A class whose names look like spreadsheet formulas is exported as CSV
# (byte order mark, no cell a spreadsheet would run), XLSX (read back with
# openpyxl: strings as strings, column widths, the frozen header), PDF
# (pdftotext finds the competences) and PNG.  An export over a private
# file keeps it private; no temporary file stays behind, and the one a
# killed export left is removed by the next.  TAP; helpers in
# cli-test-lib.sh.
#
# SPDX-License-Identifier: GPL-3.0-or-later

set -u

. "$(dirname "$0")/cli-test-lib.sh"

OUTDIR="$TMP/exports"
mkdir -p "$OUTDIR"

# py DESCRIPTION SCRIPT ARGS...: a Python check that passes by exiting 0.
py () {
  local desc=$1 script=$2 why
  shift 2
  if why=$("$XLSX_PYTHON" -c "$script" "$@" 2>&1); then ok "$desc"; else not_ok "$desc" "$why"; fi
}

# openpyxl comes with the system's Python (python3-openpyxl, PACKAGES in
# the Makefile), which a version manager's python3 may not see.
XLSX_PYTHON=$PYTHON
for candidate in "$PYTHON" /usr/bin/python3; do
  if "$candidate" -c 'import openpyxl' 2>/dev/null; then XLSX_PYTHON=$candidate; break; fi
done

# no_temp_files DESCRIPTION: nothing named like Duaal's temporary files.
no_temp_files () {
  local left
  left=$(find "$OUTDIR" -name '.duaal-export-*')
  if [ -z "$left" ]; then ok "$1"; else not_ok "$1" "left behind: $left"; fi
}

# ------------------------------------------------------------ the class

HYPERLINK='=HYPERLINK("http://evil.example","Klik hier")'
setup import-qualification "$DUAAL_SOURCE_ROOT/data/demo-qualification.xml"
setup add-group "Klas 6" --qualification BK-0138
GROUP=$(id_of)
setup add-company "+32 9 123 45 67" --activities c01,c02,c04
PHONE=$(id_of)
setup add-company "@risico" --activities c02,c04
AT=$(id_of)
setup add-learner "$GROUP" "$HYPERLINK" --company "$PHONE"
EVIL=$(id_of)
# A name starting with a dash comes in through a class list.
printf 'learner,company\r\n-x,@risico\r\n' >"$TMP/class.csv"
setup import-class "$GROUP" "$TMP/class.csv"
setup add-learner "$GROUP" "Zoë Maes" --company "$AT"
ZOE=$(id_of)
# Something actual for --actual: the trainer saw c04 at Zoë's workplace.
setup score "$ZOE" c04.01 --actor trainer --coverage S

# ----------------------------------------------------------------- CSV

expect_ok "overview --out .csv" overview "$GROUP" --out "$OUTDIR/overview.csv"
json_check "overview --out prints the file" 'j == {"file": "'"$OUTDIR/overview.csv"'"}'
py "overview CSV: a byte order mark, CRLF, no cell a spreadsheet would run, names behind a quote" '
import csv, sys
raw = open(sys.argv[1], "rb").read()
assert raw.startswith(b"\xef\xbb\xbf"), raw[:10]
text = raw[3:].decode("utf-8")
assert "\r\n" in text
rows = list(csv.reader(text.splitlines()))
cells = [c for r in rows for c in r]
bad = [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
assert not bad, bad
header = rows[0]
assert header[:4] == ["competence", "title", "status", "lacking"], header
assert sorted(header[4:]) == sorted(["\x27" + sys.argv[2] + " (+32 9 123 45 67)",
                                     "\x27-x (@risico)", "Zoë Maes (@risico)"]), header
by_id = {r[0]: r for r in rows[1:]}
assert by_id["c04"][2:] == ["covered", "0", "planned", "planned", "planned"], by_id["c04"]
assert by_id["c03"][2] == "gap"
' "$OUTDIR/overview.csv" "$HYPERLINK"

expect_ok "overview --out .csv --actual" overview "$GROUP" --out "$OUTDIR/actual.csv" --actual
py "overview CSV --actual: the words planned and actual" '
import csv, sys
text = open(sys.argv[1], encoding="utf-8-sig").read()
rows = {r[0]: r for r in csv.reader(text.splitlines())}
zoe = rows["competence"].index("Zoë Maes (@risico)")
assert rows["c04"][zoe] == "planned actual", rows["c04"]
assert sorted(rows["c04"][4:]) == ["planned", "planned", "planned actual"], rows["c04"]
' "$OUTDIR/actual.csv"

# ---------------------------------------------------------------- XLSX

expect_ok "overview --out .xlsx" overview "$GROUP" --out "$OUTDIR/overview.xlsx"
json_check "overview --out .xlsx prints the file" 'j["file"].endswith("overview.xlsx")'
py "overview XLSX (openpyxl): strings as strings, numbers, widths, frozen header" '
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb.worksheets[0]
rows = [[c.value for c in r] for r in ws.iter_rows()]
header = rows[0]
assert header[:4] == ["competence", "title", "status", "lacking"], header
assert sorted(header[4:]) == sorted([sys.argv[2] + " (+32 9 123 45 67)", "-x (@risico)",
                                     "Zoë Maes (@risico)"]), header
for r in ws.iter_rows():
    for c in r:
        assert c.data_type != "f", (c.coordinate, c.value)
        if isinstance(c.value, str):
            assert c.data_type == "s", (c.coordinate, c.data_type)
evil = ws.cell(row=1, column=5 + header[4:].index(sys.argv[2] + " (+32 9 123 45 67)"))
assert evil.data_type == "s" and evil.value.startswith("=HYPERLINK"), evil
by_id = {r[0]: r for r in rows[1:]}
assert [r[0] for r in rows[1:]] == ["c%02d" % i for i in range(1, 12)]
assert by_id["c04"][2:] == ["covered", 0, "planned", "planned", "planned"], by_id["c04"]
assert by_id["c03"][3] == 3 and isinstance(by_id["c03"][3], (int, float))
assert ws.freeze_panes == "B2", ws.freeze_panes
letters = [openpyxl.utils.get_column_letter(i + 1) for i in range(len(header))]
widths = [ws.column_dimensions[l].width for l in letters]
assert all(w and w >= 4 for w in widths), widths
assert widths[1] > widths[0], widths
assert ws.auto_filter.ref is not None
assert ws["A1"].font.b
' "$OUTDIR/overview.xlsx" "$HYPERLINK"

expect_ok "overview --out .xlsx --actual" overview "$GROUP" --out "$OUTDIR/actual.xlsx" --actual
py "overview XLSX --actual: the words planned and actual" '
import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]
rows = {r[0]: r for r in ws.iter_rows(values_only=True)}
zoe = rows["competence"].index("Zoë Maes (@risico)")
assert rows["c04"][zoe] == "planned actual", rows["c04"]
' "$OUTDIR/actual.xlsx"

# ----------------------------------------------------------- PDF and PNG

expect_ok "overview --out .pdf" overview "$GROUP" --out "$OUTDIR/overview.pdf"
if head -c 5 "$OUTDIR/overview.pdf" | grep -q '^%PDF-'; then ok "overview PDF: a PDF file"; else not_ok "overview PDF: a PDF file"; fi
if command -v pdftotext >/dev/null; then
  if pdftotext "$OUTDIR/overview.pdf" - 2>/dev/null | grep -q 'c04'; then
    ok "overview PDF: its text is text (pdftotext finds c04)"
  else
    not_ok "overview PDF: its text is text (pdftotext finds c04)"
  fi
else
  ok "# SKIP pdftotext (poppler-utils) not installed"
fi
expect_ok "overview --out .png" overview "$GROUP" --out "$OUTDIR/overview.png"
if [ "$(head -c 8 "$OUTDIR/overview.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ]; then
  ok "overview PNG: a PNG file"
else
  not_ok "overview PNG: a PNG file"
fi

# ------------------------------------------------------------------ plan

expect_ok "plan --out .csv" plan "$GROUP" --out "$OUTDIR/plan.csv"
json_check "plan --out: the plan JSON with the file" \
  'j["file"].endswith("plan.csv") and len(j["sessions"]) >= j["lower_bound"] >= 1'
py "plan CSV: a byte order mark, the header, learners behind a quote" '
import csv, sys
raw = open(sys.argv[1], "rb").read()
assert raw.startswith(b"\xef\xbb\xbf")
rows = list(csv.reader(raw[3:].decode("utf-8").splitlines()))
assert rows[0] == ["session", "competence", "title", "part", "parts", "kind", "learners"], rows[0]
assert len(rows) > 1
assert not [c for r in rows for c in r if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
assert any(r[6].startswith("\x27-x; =HYPERLINK") for r in rows[1:]), rows
' "$OUTDIR/plan.csv"
expect_ok "plan --out .xlsx" plan "$GROUP" --sessions c03=2 --out "$OUTDIR/plan.xlsx"
py "plan XLSX (openpyxl): header, numbers, frozen, widths" '
import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]
rows = list(ws.iter_rows(values_only=True))
assert rows[0] == ("session", "competence", "title", "part", "parts", "kind", "learners"), rows[0]
assert rows[1][0] == 1 and rows[1][4] in (1, 2), rows[1]
assert any(r[1] == "c03" and r[4] == 2 for r in rows[1:]), rows
assert ws.freeze_panes == "C2", ws.freeze_panes
assert all(ws.column_dimensions[l].width for l in "ABCDEFG")
' "$OUTDIR/plan.xlsx"
expect_ok "plan --out .pdf" plan "$GROUP" --out "$OUTDIR/plan.pdf"
if head -c 5 "$OUTDIR/plan.pdf" | grep -q '^%PDF-'; then ok "plan PDF: a PDF file"; else not_ok "plan PDF: a PDF file"; fi

# ------------------------------------------------------- files, safely

# Every kind of export, each over a private file of its own.
for extension in csv xlsx pdf png; do
  printf 'old\n' >"$OUTDIR/private.$extension"
  chmod 0600 "$OUTDIR/private.$extension"
  expect_ok "overview --out over a private .$extension" overview "$GROUP" --out "$OUTDIR/private.$extension"
done
printf 'old\n' >"$OUTDIR/route.svg"
chmod 0600 "$OUTDIR/route.svg"
expect_ok "route --out over a private .svg" route "$ZOE" --out "$OUTDIR/route.svg"
modes=$(stat -c %a "$OUTDIR"/private.csv "$OUTDIR"/private.xlsx "$OUTDIR"/private.pdf "$OUTDIR"/private.png "$OUTDIR"/route.svg | tr '\n' ' ')
if [ "$modes" = "600 600 600 600 600 " ]; then
  ok "an export over a 0600 file keeps 0600"
else
  not_ok "an export over a 0600 file keeps 0600" "$(stat -c '%a %n' "$OUTDIR"/private.* "$OUTDIR"/route.svg)"
fi
if ! grep -qx old "$OUTDIR"/private.* "$OUTDIR"/route.svg; then ok "every private file was replaced"; else not_ok "every private file was replaced"; fi
no_temp_files "no temporary file after the exports"

# What a killed export leaves: an unlocked temporary file.
printf 'half' >"$OUTDIR/.duaal-export-Ab12Cd"
expect_ok "an export beside a killed export's leftover" plan "$GROUP" --out "$OUTDIR/plan.csv"
no_temp_files "the next export removed the leftover"

# A failing export: exit 1, the reason, nothing left behind.
run overview "$GROUP" --out "$OUTDIR/missing/overview.xlsx"
if [ "$RC" -eq 1 ] && printf '%s' "$ERR" | grep -q 'folder does not exist'; then
  ok "an export into a missing folder: exit 1, says why"
else
  not_ok "an export into a missing folder: exit 1, says why" "exit $RC: $ERR"
fi
mkdir "$OUTDIR/folder.csv"
run overview "$GROUP" --out "$OUTDIR/folder.csv"
if [ "$RC" -eq 1 ]; then ok "an export onto a folder: exit 1"; else not_ok "an export onto a folder: exit 1" "exit $RC: $ERR"; fi
no_temp_files "no temporary file after failing exports"

# ------------------------------------------------------------ bad input

expect_fail 2 "overview --out: an unknown extension" overview "$GROUP" --out "$OUTDIR/overview.txt"
stderr_has "overview --out: the error names the extensions" ".xlsx"
if [ ! -e "$OUTDIR/overview.txt" ]; then ok "overview --out .txt: no file"; else not_ok "overview --out .txt: no file"; fi
expect_fail 2 "plan --out: no PNG of a plan" plan "$GROUP" --out "$OUTDIR/plan.png"
expect_fail 2 "overview: --csv and --out together" overview "$GROUP" --csv --out "$OUTDIR/o.csv"
expect_fail 2 "overview --out: unknown group" overview 999 --out "$OUTDIR/o.csv"

# ----------------------------------------- route --compare, qualifications

setup import-qualification "$DATA/cli-boundaries.xml"
setup add-group "Other qualification" --qualification T-CLI
OTHER_GROUP=$(id_of)
setup add-company "Elsewhere"
setup add-learner "$OTHER_GROUP" "Sam Other" --company "$(id_of)"
SAM=$(id_of)
expect_fail 2 "route --compare a learner of another qualification" route "$ZOE" --compare "$SAM"
stderr_has "route --compare: says the qualifications differ" "different qualifications"
stderr_has "route --compare: names both qualifications" "T-CLI@1"
expect_fail 2 "route --compare, --out: no chart either" route "$ZOE" --compare "$SAM" --out "$OUTDIR/route.png"
if [ ! -e "$OUTDIR/route.png" ]; then ok "route --compare refused: no chart file"; else not_ok "route --compare refused: no chart file"; fi
expect_ok "route --compare a learner of the same qualification" route "$ZOE" --compare "$EVIL"

finish
