#!/bin/bash
# test-cli-route.sh: duaal-cli route end to end (../shared/formats/cli.md,
# SPEC section 10)
#
# Builds a scenario with duaal-cli itself in a temporary database: a
# qualification of 13 + 5 indicators, scored by teacher, trainer and
# learner (whose own coverage never counts), with scores changed after a
# closed period.  Checks the exact four counts per competence now and in
# period 1, --compare, the chart files (PNG size from its IHDR, SVG
# well-formed, PDF header), exit codes, the error line, and that route
# never changes the database (sqlite3 .dump before and after).  TAP.
#
# SPDX-License-Identifier: GPL-3.0-or-later

set -u

. "$(dirname "$0")/cli-test-lib.sh"

# Every failure here is route's own: "duaal-cli: route: <why>".
ERROR_WHAT=route

# expect_route DESCRIPTION ARGS...: route exits 0 with one JSON document
# and leaves the database exactly as it was.
expect_route () {
  local desc=$1 before after
  shift
  before=$(dump)
  run route "$@"
  after=$(dump)
  if [ "$RC" -ne 0 ]; then
    not_ok "$desc" "exit code $RC, stderr: $ERR"
  elif ! is_json; then
    not_ok "$desc" "stdout is not JSON: $OUT"
  elif [ "$before" != "$after" ]; then
    not_ok "$desc" "route changed the database"
  else
    ok "$desc"
  fi
}

# expect_fail CODE DESCRIPTION ARGS...: as in cli-test-lib.sh, for route.
expect_fail () {
  local code=$1 desc=$2
  shift 2
  cli_expect_fail "$code" "$desc" route "$@"
}

# counts COMPETENCE WORKPLACE BOTH CAMPUS NONE [MEMBER]: the Python test of
# one competence's counts in j (or in j[MEMBER]).
counts () {
  local doc=j
  [ $# -ge 6 ] && doc="j[\"$6\"]"
  echo "[c for c in $doc[\"competences\"] if c[\"id\"] == \"$1\"] == [{\"id\": \"$1\", \"n\": $(($2 + $3 + $4 + $5)), \"workplace\": $2, \"both\": $3, \"campus\": $4, \"none\": $5}]"
}

# ---------------------------------------------------------------- scenario

setup import-qualification "$DATA/cli-boundaries.xml"
setup add-group "Route 5EI" --qualification T-CLI
GROUP=$(id_of)
setup add-company "Elektro Peeters" --activities k13,k05
COMPANY=$(id_of)
setup add-learner "$GROUP" "Anna Claes" --company "$COMPANY" --trainer "Tom Peeters"
ANNA=$(id_of)
setup add-learner "$GROUP" "Bram Dierckx" --company "$COMPANY" --trainer "Tom Peeters"
BRAM=$(id_of)

# score LEARNER INDICATOR ACTOR COVERAGE [MASTERY]
score () {
  if [ $# -ge 5 ]; then
    setup score "$1" "$2" --actor "$3" --coverage "$4" --mastery "$5"
  else
    setup score "$1" "$2" --actor "$3" --coverage "$4"
  fi
}

# Period 1: k13.01 both, k13.02 workplace, k13.03 both, k13.04 campus.
score "$ANNA" k13.01 trainer S V
score "$ANNA" k13.01 teacher S lil
score "$ANNA" k13.02 trainer R
score "$ANNA" k13.02 teacher N X
score "$ANNA" k13.03 trainer S
score "$ANNA" k13.03 teacher R V
score "$ANNA" k13.04 teacher R
# The learner's own coverage never counts, even where nobody else scored.
score "$ANNA" k13.06 learner S V
score "$ANNA" k05.02 learner R V
setup close-period "$GROUP"

# Now: the trainer takes back k13.03 (campus only from now on), and more.
score "$ANNA" k13.03 trainer N
score "$ANNA" k13.05 trainer R
score "$ANNA" k13.07 learner R
score "$ANNA" k13.07 trainer S
score "$ANNA" k13.08 learner S
score "$ANNA" k13.08 teacher S
score "$ANNA" k13.09 trainer N
score "$ANNA" k13.09 teacher N
score "$ANNA" k13.10 teacher S
score "$ANNA" k13.10 trainer R
score "$ANNA" k05.01 trainer S
score "$ANNA" k05.05 learner S
score "$ANNA" k05.05 teacher N
score "$BRAM" k05.02 teacher S
score "$BRAM" k05.02 trainer S
score "$BRAM" k05.03 learner R

# ---------------------------------------------------------------- counts

expect_route "route of a learner" "$ANNA"
json_check "route prints learner, period and competences" \
  "set(j) == {\"learner\", \"period\", \"competences\"} and j[\"learner\"] == $ANNA and j[\"period\"] is None"
json_check "competences in the qualification's order" '[c["id"] for c in j["competences"]] == ["k13", "k05"]'
json_check "k13 now: 3 workplace, 2 both, 3 campus, 5 not yet" "$(counts k13 3 2 3 5)"
json_check "k05 now: 1 workplace, the learner's own R and S do not count" "$(counts k05 1 0 0 4)"
json_check "every competence's counts add up to n" \
  'all(c["workplace"] + c["both"] + c["campus"] + c["none"] == c["n"] for c in j["competences"])'

expect_route "route of a closed period" "$ANNA" --period 1
json_check "period 1 is named" 'j["period"] == 1'
json_check "k13 in period 1: 1 workplace, 2 both, 1 campus, 9 not yet" "$(counts k13 1 2 1 9)"
json_check "k05 in period 1: nothing counts" "$(counts k05 0 0 0 5)"

expect_route "route compared with a second learner" "$ANNA" --compare "$BRAM"
json_check "compare: the first learner's document plus a compare member" \
  "set(j) == {\"learner\", \"period\", \"competences\", \"compare\"} and j[\"learner\"] == $ANNA and j[\"compare\"][\"learner\"] == $BRAM"
json_check "compare: the first learner's counts unchanged" "$(counts k13 3 2 3 5)"
json_check "compare: the second learner's counts" "$(counts k05 0 1 0 4 compare) and $(counts k13 0 0 0 13 compare)"
json_check "compare member has the same shape" 'set(j["compare"]) == {"learner", "period", "competences"}'

# ---------------------------------------------------------------- files

# png_size FILE: "WIDTH HEIGHT" from the IHDR chunk, or an error.
png_size () {
  "$PYTHON" -c '
import struct, sys
data = open(sys.argv[1], "rb").read(24)
if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
    sys.exit("not a PNG")
print("%d %d" % struct.unpack(">II", data[16:24]))
' "$1" 2>&1
}

expect_route "PNG at width 800 scale 2" "$ANNA" --out "$TMP/route.png" --width 800 --scale 2
json_check "with --out the same JSON is printed" "$(counts k13 3 2 3 5)"
size=$(png_size "$TMP/route.png")
read -r png_w png_h <<<"$size"
if [ "${png_w:-}" = 1600 ] && [ "${png_h:-0}" -gt 200 ] 2>/dev/null; then
  ok "the PNG is 1600 pixels wide ($size)"
else
  not_ok "the PNG is 1600 pixels wide" "$size"
fi

expect_route "PNG at the default width and scale" "$ANNA" --out "$TMP/default.png"
size=$(png_size "$TMP/default.png")
if [ "${size%% *}" = 1200 ]; then ok "the default PNG is 1200 pixels wide"; else not_ok "the default PNG is 1200 pixels wide" "$size"; fi

expect_route "PNG compared, at scale 3" "$ANNA" --compare "$BRAM" --out "$TMP/compare.PNG" --width 900 --scale 3
size=$(png_size "$TMP/compare.PNG")
read -r cmp_w cmp_h <<<"$size"
if [ "${cmp_w:-}" = 2700 ]; then ok "the compared PNG is 2700 pixels wide"; else not_ok "the compared PNG is 2700 pixels wide" "$size"; fi

expect_route "PNG fitted into 1600 x 1200" "$ANNA" --out "$TMP/slide.png" --width 1600 --height 1200
size=$(png_size "$TMP/slide.png")
if [ "$size" = "1600 1200" ]; then ok "the fitted PNG is exactly 1600 x 1200"; else not_ok "the fitted PNG is exactly 1600 x 1200" "$size"; fi
expect_route "a short box zooms the chart out" "$ANNA" --compare "$BRAM" --out "$TMP/wide.png" --width 1000 --height 500
size=$(png_size "$TMP/wide.png")
if [ "$size" = "1000 500" ]; then ok "the zoomed PNG is exactly 1000 x 500"; else not_ok "the zoomed PNG is exactly 1000 x 500" "$size"; fi

expect_route "SVG export" "$ANNA" --out "$TMP/route.svg" --width 800
if why=$(xmllint --noout "$TMP/route.svg" 2>&1); then ok "the SVG is well-formed (xmllint)"; else not_ok "the SVG is well-formed (xmllint)" "$why"; fi
if why=$("$PYTHON" -c '
import sys, xml.dom.minidom
root = xml.dom.minidom.parse(sys.argv[1]).documentElement
assert root.tagName == "svg", root.tagName
assert root.getAttribute("width").startswith("800"), root.getAttribute("width")
' "$TMP/route.svg" 2>&1); then ok "the SVG is an 800 px wide svg document"; else not_ok "the SVG is an 800 px wide svg document" "$why"; fi

expect_route "PDF export" "$ANNA" --compare "$BRAM" --out "$TMP/route.pdf"
if [ "$(head -c 5 "$TMP/route.pdf")" = "%PDF-" ]; then ok "the PDF starts with %PDF-"; else not_ok "the PDF starts with %PDF-" "$(head -c 20 "$TMP/route.pdf" | od -c | head -2)"; fi
if tail -c 1024 "$TMP/route.pdf" | grep -q '%%EOF'; then ok "the PDF is complete (%%EOF)"; else not_ok "the PDF is complete (%%EOF)"; fi

# ---------------------------------------------------------------- errors

expect_fail 1 "a folder that does not exist" "$ANNA" --out "$TMP/missing/route.png"
stderr_has "the error names the file and the cause" "$TMP/missing/route.png"
stderr_has "the error says why" "folder does not exist"
[ ! -e "$TMP/missing" ] && ok "nothing is created there" || not_ok "nothing is created there"

mkdir "$TMP/taken.pdf"
expect_fail 1 "a folder in place of the file" "$ANNA" --out "$TMP/taken.pdf"
stderr_has "the error names the file" "$TMP/taken.pdf"

echo "keep" >"$TMP/keep.svg"
expect_fail 2 "an unknown learner" 9999 --out "$TMP/keep.svg"
[ "$(cat "$TMP/keep.svg")" = keep ] && ok "a failed route leaves an existing file alone" \
  || not_ok "a failed route leaves an existing file alone"
expect_fail 2 "an unknown learner to compare with" "$ANNA" --compare 9999
expect_fail 2 "a learner id that is not a number" anna
expect_fail 2 "a compare id that is not a number" "$ANNA" --compare -3
expect_fail 2 "a period that does not exist" "$ANNA" --period 7
expect_fail 2 "a period that is not a number" "$ANNA" --period now
expect_fail 2 "no learner" 
expect_fail 2 "two learners without --compare" "$ANNA" "$BRAM"
expect_fail 2 "an unknown format" "$ANNA" --out "$TMP/route.jpg"
stderr_has "the unknown format is explained" ".png, .svg or .pdf"
[ ! -e "$TMP/route.jpg" ] && ok "no file for an unknown format" || not_ok "no file for an unknown format"
expect_fail 2 "a width that is not a number" "$ANNA" --out "$TMP/w.png" --width wide
expect_fail 2 "a width of zero" "$ANNA" --out "$TMP/w.png" --width 0
expect_fail 2 "a width too narrow to read (under 300)" "$ANNA" --out "$TMP/w.png" --width 10
expect_fail 2 "a height of zero" "$ANNA" --out "$TMP/w.png" --height 0
expect_fail 2 "a box too small to read the chart in" "$ANNA" --out "$TMP/w.png" --width 300 --height 60
stderr_has "the error says the chart does not fit" "does not fit"
expect_fail 2 "a scale of zero" "$ANNA" --out "$TMP/w.png" --scale 0
expect_fail 2 "a negative scale" "$ANNA" --out "$TMP/w.png" --scale -2
expect_fail 2 "an unknown option" "$ANNA" --colour blue
[ ! -e "$TMP/w.png" ] && ok "no file for a bad size" || not_ok "no file for a bad size"

run route --help
if [ "$RC" -eq 0 ] && printf '%s' "$OUT" | grep -q -- '--compare' && printf '%s' "$OUT" | grep -q -- '--scale' && printf '%s' "$OUT" | grep -q -- '--height'; then
  ok "route --help lists its options"
else
  not_ok "route --help lists its options" "$OUT $ERR"
fi

finish
