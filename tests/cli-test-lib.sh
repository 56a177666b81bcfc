# cli-test-lib.sh: what the duaal-cli end-to-end scripts share
#
# Sourced (never run) by tests/test-cli*.sh as
#   . "$(dirname "$0")/cli-test-lib.sh"
# It sets up a database in a temporary directory and gives TAP output,
# a runner for duaal-cli, JSON checks (with python3) and the checks on
# failing commands (exit code, the one error line, the database unchanged
# by sqlite3 .dump before and after).  End every script with `finish`.
#
# SPDX-License-Identifier: GPL-3.0-or-later

: "${DUAAL_BUILD_ROOT:?set by meson test}"
: "${DUAAL_SOURCE_ROOT:?set by meson test}"

CLI="$DUAAL_BUILD_ROOT/src/cli/duaal-cli"
DATA="$DUAAL_SOURCE_ROOT/tests/data"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
DB="$TMP/duaal.db"
export XDG_DATA_HOME="$TMP/xdg"   # never the user's own database
# The interpreter itself: a version manager's shim costs a tenth of a
# second per call, and these scripts call Python a few hundred times.
PYTHON=${PYTHON:-$(python3 -c 'import sys; print(sys.executable)')}

# What the error line names before its reason: any word unless a script
# whose failures all come from one command sets it (test-cli-route.sh).
ERROR_WHAT='[^:]+'

n=0
failures=0

ok () {
  n=$((n + 1))
  echo "ok $n - $1"
}

not_ok () {
  n=$((n + 1))
  failures=$((failures + 1))
  echo "not ok $n - $1"
  shift
  for line in "$@"; do
    printf '%s\n' "$line" | sed 's/^/# /'
  done
}

# finish: the TAP plan, and the exit code meson reads.
finish () {
  echo "1..$n"
  exit $(( failures > 0 ? 1 : 0 ))
}

# run ARGS...: runs duaal-cli on $DB; sets RC, OUT, ERR.
run () {
  "$CLI" --db "$DB" "$@" >"$TMP/out" 2>"$TMP/err"
  RC=$?
  OUT=$(cat "$TMP/out")
  ERR=$(cat "$TMP/err")
}

# setup ARGS...: a scenario step that must work, or the script stops.
setup () {
  run "$@"
  if [ "$RC" -ne 0 ]; then
    not_ok "setup: $*" "exit code $RC, stderr: $ERR"
    echo "1..$n"
    exit 1
  fi
}

# id_of: the "id" of the last output.
id_of () {
  printf '%s' "$OUT" | "$PYTHON" -c 'import json,sys; print(json.load(sys.stdin)["id"])'
}

# json_check DESCRIPTION EXPR: EXPR is Python over j, the last output.
json_check () {
  local desc=$1 expr=$2 why
  if why=$(printf '%s' "$OUT" | "$PYTHON" -c '
import json, sys
try:
    j = json.load(sys.stdin)
    ok = eval(sys.argv[1])
except Exception as e:
    print("%s: %s" % (type(e).__name__, e))
    sys.exit(1)
if not ok:
    print("false: " + sys.argv[1])
    print(json.dumps(j)[:2000])
    sys.exit(1)
' "$expr" 2>&1); then
    ok "$desc"
  else
    not_ok "$desc" "$why"
  fi
}

# is_json: the last stdout is one JSON document.
is_json () {
  printf '%s' "$OUT" | "$PYTHON" -c 'import json,sys; json.load(sys.stdin)' 2>/dev/null
}

# expect_ok DESCRIPTION ARGS...: exit 0, one JSON document on stdout.
expect_ok () {
  local desc=$1
  shift
  run "$@"
  if [ "$RC" -ne 0 ]; then
    not_ok "$desc" "exit code $RC, stderr: $ERR"
  elif ! is_json; then
    not_ok "$desc" "stdout is not JSON: $OUT"
  else
    ok "$desc"
  fi
}

dump () {
  if [ -f "$DB" ]; then sqlite3 "$DB" .dump; else echo "(no database)"; fi
}

# cli_expect_fail CODE DESCRIPTION ARGS...: exit CODE, nothing on stdout,
# one line "duaal-cli: <what>: <why>" on stderr, the database as before.
# expect_fail is the same, unless a script wraps it.
cli_expect_fail () {
  local code=$1 desc=$2 before after lines
  shift 2
  before=$(dump)
  run "$@"
  after=$(dump)
  lines=$(printf '%s\n' "$ERR" | wc -l)
  if [ "$RC" -ne "$code" ]; then
    not_ok "$desc" "exit code $RC, want $code; stderr: $ERR"
  elif [ -n "$OUT" ]; then
    not_ok "$desc" "stdout not empty: $OUT"
  elif [ "$lines" -ne 1 ] || ! printf '%s' "$ERR" | grep -Eq "^duaal-cli: $ERROR_WHAT: .+"; then
    not_ok "$desc" "stderr is not one 'duaal-cli: <what>: <why>' line: $ERR"
  elif [ "$before" != "$after" ]; then
    not_ok "$desc" "the database changed" "$(diff <(echo "$before") <(echo "$after") | head -20)"
  else
    ok "$desc"
  fi
}

expect_fail () {
  cli_expect_fail "$@"
}

# stderr_has DESCRIPTION TEXT: the last command's stderr contains TEXT.
stderr_has () {
  if printf '%s' "$ERR" | grep -qF -- "$2"; then ok "$1"; else not_ok "$1" "stderr: $ERR"; fi
}
