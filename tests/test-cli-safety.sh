#!/bin/bash
# test-cli-safety.sh: nothing written that was not asked for, and the
# right exit code for a database that cannot be written (issue 19,
# items 4 and 9)
#
# A command that only reads never creates a database (exit 2, nothing
# left behind, not even a folder); another program's SQLite file and a
# database of a newer Duaal are refused and stay byte for byte as they
# were; a read-only database is a failure of the machine (exit 1), not
# bad input; a damaged database is not written to (exit 1) and the
# message names the backup to restore.  Output is TAP.
#
# SPDX-License-Identifier: GPL-3.0-or-later

set -u

. "$(dirname "$0")/cli-test-lib.sh"

# same_file DESCRIPTION FILE COPY: FILE is still byte for byte COPY.
same_file () {
  if cmp -s "$2" "$3"; then ok "$1"; else not_ok "$1" "$(cmp "$2" "$3" 2>&1)"; fi
}

# exit_says DESCRIPTION CODE TEXT: the last run exited CODE, and its
# stderr says TEXT.
exit_says () {
  if [ "$RC" -eq "$2" ] && printf '%s' "$ERR" | grep -qF -- "$3"; then
    ok "$1"
  else
    not_ok "$1" "exit $RC: $ERR"
  fi
}

# no_side_files DESCRIPTION DB: no -wal, -shm or -journal beside DB.
no_side_files () {
  if [ ! -e "$2-wal" ] && [ ! -e "$2-shm" ] && [ ! -e "$2-journal" ]; then
    ok "$1"
  else
    not_ok "$1" "$(ls -la "$(dirname "$2")")"
  fi
}

# ---------------------------------------------------------------- reads create nothing

TYPO="$TMP/typo.db"
for command in "qualifications" "groups" "learners 1" "status 1" "attention 1" \
               "overview 1" "plan 1" "route 1" "history 1" "watch --count 1 --timeout 1"; do
  # shellcheck disable=SC2086 # the command's words
  "$CLI" --db "$TYPO" $command >"$TMP/out" 2>"$TMP/err"
  rc=$?
  if [ $rc -eq 2 ] && grep -q "no database at" "$TMP/err" && [ ! -s "$TMP/out" ] \
     && [ ! -e "$TYPO" ] && [ ! -e "$TYPO-wal" ] && [ ! -e "$TYPO-shm" ]; then
    ok "$command on a missing database: exit 2, nothing created"
  else
    not_ok "$command on a missing database: exit 2, nothing created" "exit $rc: $(cat "$TMP/err")"
  fi
done

"$CLI" --db "$TMP/no/such/folder/duaal.db" groups >"$TMP/out" 2>"$TMP/err"
rc=$?
if [ $rc -eq 2 ] && [ ! -e "$TMP/no" ]; then
  ok "a read in a missing folder creates no folder"
else
  not_ok "a read in a missing folder creates no folder" "exit $rc: $(cat "$TMP/err")"
fi

HOME_DB="$TMP/xdg/duaal/duaal.db"
"$CLI" groups >"$TMP/out" 2>"$TMP/err"
rc=$?
if [ $rc -eq 2 ] && [ ! -e "$TMP/xdg" ]; then
  ok "a read of the missing default database creates nothing"
else
  not_ok "a read of the missing default database creates nothing" "exit $rc: $(cat "$TMP/err")"
fi
"$CLI" add-company "Eerste bv" >"$TMP/out" 2>"$TMP/err"
mode=$(stat -c %a "$HOME_DB" 2>/dev/null)
if [ $? -eq 0 ] && [ "$mode" = "600" ]; then
  ok "a command that writes creates the default database, mode 0600"
else
  not_ok "a command that writes creates the default database, mode 0600" "mode $mode: $(cat "$TMP/err")"
fi

# ---------------------------------------------------------------- another program's file

for mode in delete wal; do
  OTHER="$TMP/notes-$mode.sqlite"
  sqlite3 "$OTHER" "PRAGMA journal_mode=$mode; CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT);
                    INSERT INTO note (body) VALUES ('boodschappen'), ('tandarts');" >/dev/null
  cp "$OTHER" "$OTHER.orig"
  for command in "groups" "add-company Indringer"; do
    # shellcheck disable=SC2086
    DB="$OTHER" run $command
    exit_says "$command on another program's $mode file: exit 2, says why" 2 "not a Duaal database"
    same_file "$command leaves another program's $mode file as it was" "$OTHER" "$OTHER.orig"
  done
  no_side_files "no journal files left beside another program's $mode file" "$OTHER"
  if [ ! -e "$TMP/.notes-$mode.sqlite.backups" ]; then
    ok "no backup folder beside another program's $mode file"
  else
    not_ok "no backup folder beside another program's $mode file"
  fi
done

# ---------------------------------------------------------------- a newer Duaal's database

setup add-company "Nieuw bv"
sqlite3 "$DB" "PRAGMA journal_mode=DELETE; PRAGMA user_version=99;" >/dev/null
cp "$DB" "$DB.orig"
for command in "groups" "add-company Later"; do
  # shellcheck disable=SC2086
  run $command
  exit_says "$command on a newer database: exit 1, says why" 1 "newer version of Duaal"
  same_file "$command leaves a newer database as it was (journal mode too)" "$DB" "$DB.orig"
done
no_side_files "no journal files left beside a newer database" "$DB"
rm -f "$DB" "$DB.orig"

# ---------------------------------------------------------------- a read-only database

# Root may write any file: the commands then run as "nobody".
AS_USER=""
RO_DIR="$TMP/ro"
mkdir -p "$RO_DIR"
if [ "$(id -u)" -eq 0 ]; then
  chmod 0711 "$TMP"
  chown nobody "$RO_DIR"
  AS_USER="setpriv --reuid=nobody --regid=nogroup --clear-groups"
  $AS_USER test -w "$RO_DIR" || AS_USER="skip"
fi
if [ "$AS_USER" = "skip" ]; then
  ok "# SKIP cannot run as an unprivileged user here"
else
  RO_DB="$RO_DIR/duaal.db"
  $AS_USER "$CLI" --db "$RO_DB" add-company "Alleen lezen bv" >/dev/null 2>"$TMP/err" \
    || not_ok "setup of the read-only database" "$(cat "$TMP/err")"
  chmod 0444 "$RO_DB"
  cp "$RO_DB" "$TMP/ro.orig"
  $AS_USER "$CLI" --db "$RO_DB" groups >"$TMP/out" 2>"$TMP/err"
  rc=$?
  if [ $rc -eq 0 ]; then ok "a read-only database can be read"; else not_ok "a read-only database can be read" "exit $rc: $(cat "$TMP/err")"; fi
  $AS_USER "$CLI" --db "$RO_DB" add-company "Schrijver bv" >"$TMP/out" 2>"$TMP/err"
  rc=$?
  if [ $rc -eq 1 ] && grep -q "can only be read" "$TMP/err" && [ ! -s "$TMP/out" ]; then
    ok "writing a read-only database is a run-time failure (exit 1)"
  else
    not_ok "writing a read-only database is a run-time failure (exit 1)" "exit $rc: $(cat "$TMP/err")"
  fi
  same_file "the read-only database is unchanged" "$RO_DB" "$TMP/ro.orig"
  mode=$(stat -c %a "$RO_DB")
  if [ "$mode" = "400" ]; then ok "a database others could read is made private (0444 -> 0400)"; else not_ok "a database others could read is made private (0444 -> 0400)" "mode $mode"; fi
fi

# ---------------------------------------------------------------- a damaged database

setup demo
mkdir -m 0700 "$TMP/.duaal.db.backups"
BACKUP="$TMP/.duaal.db.backups/duaal.db.20261201-080000.daily.db"
sqlite3 "$DB" ".backup '$BACKUP'" >/dev/null
sqlite3 "$DB" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
# Four pages in the middle become garbage: B-tree pages of impossible type.
"$PYTHON" - "$DB" <<'EOF'
import sys
path = sys.argv[1]
data = bytearray(open(path, 'rb').read())
page = 4096
middle = (len(data) // page // 2) * page
data[middle:middle + 4 * page] = b'\x5a' * (4 * page)
open(path, 'wb').write(data)
EOF
cp "$DB" "$DB.orig"
run add-company "Na de schade bv"
exit_says "a damaged database is not written to: exit 1, naming the backup" 1 "$BACKUP"
same_file "the damaged database is kept as it was" "$DB" "$DB.orig"

finish
