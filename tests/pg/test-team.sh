#!/bin/sh
# test-team.sh: add-teacher, teachers, trainers, add-user, users, whoami
# on a database file and on a team database (SPEC 13)
#
#   test-team.sh [--file-only]
#
# Run by run-with-pg.sh inside a throwaway PostgreSQL 15 cluster (PGHOST,
# PGPORT, PGUSER, PGPASSWORD of a superuser); with --file-only, only the
# database-file half, without a server.  Output is TAP.
#
# SPDX-License-Identifier: GPL-3.0-or-later

set -u

cli=${DUAAL_BUILD_ROOT:?}/src/cli/duaal-cli
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
database=duaal_team

n=0
failed=0
ok () { n=$((n + 1)); echo "ok $n $1"; }
not_ok () { n=$((n + 1)); failed=1; echo "not ok $n $1"; }
check () { if [ "$1" = "$2" ]; then ok "$3"; else not_ok "$3"; echo "# got:      $1"; echo "# expected: $2"; fi; }
# "EXIT first-stderr-line"
fails () { "$cli" "$@" > /dev/null 2> "$work/err"; echo "$? $(head -n 1 "$work/err")"; }

# ------------------------------------------------------------------
# A database file: teachers per group under one name, no logins

file=$work/duaal.db
"$cli" --db "$file" demo > /dev/null || echo "Bail out! demo"
"$cli" --db "$file" add-group "Klas B" --qualification BK-0138 > /dev/null
check "$("$cli" --db "$file" add-teacher "An Peeters" --groups 1,2)" '{"id":2}' "file: add-teacher with two groups"
check "$("$cli" --db "$file" add-teacher "An Peeters" --groups 2)" '{"id":2}' "file: the same name again is the same teacher"
check "$("$cli" --db "$file" teachers)" \
  '[{"id":2,"name":"An Peeters","groups":[1,2]},{"id":1,"name":"Griet Wouters","groups":[1]}]' \
  "file: teachers, each with their groups"
check "$(fails --db "$file" add-teacher "Zonder Klas")" \
  "2 duaal-cli: add-teacher: In a database file on this computer a teacher teaches at least one class group: name the groups." \
  "file: a teacher without a group is refused"
check "$(fails --db "$file" add-teacher "Niemand" --groups 1,99)" \
  "2 duaal-cli: add-teacher: There is no class group with id 99" "file: an unknown group is refused"
check "$("$cli" --db "$file" teachers | grep -c Niemand)" 0 "file: a refused teacher is not added in part"
check "$(fails --db "$file" add-teacher "Iemand" --groups 1,x)" \
  "2 duaal-cli: add-teacher: “x” is not a valid group id (a positive whole number)" "file: a bad group id is refused before opening"
check "$("$cli" --db "$file" trainers 1 | tr -d '\n' | sed 's/},{/}\n{/g' | head -n 1)" \
  '[{"id":2,"name":"Els Verhaeghe","company":"Installaties Verhaeghe","learners":[2]}' \
  "file: trainers of a group with company and learners"
check "$("$cli" --db "$file" trainers 2)" '[]' "file: a group without learners has no trainers"
check "$(fails --db "$file" trainers 99)" "2 duaal-cli: trainers: There is no class group with id 99" \
  "file: trainers of an unknown group"
check "$("$cli" --db "$file" whoami)" '{"login":null,"role":"coach","person":null}' "file: whoami"
check "$(fails --db "$file" add-user an --role teacher --person 2)" \
  "2 duaal-cli: add-user: A database file on this computer has no logins: whoever opens it is its coach. Logins are for a team database (PostgreSQL)." \
  "file: add-user is refused"
check "$(fails --db "$file" users | cut -c1-40)" "2 duaal-cli: users: A database file on t" "file: users is refused"
check "$(fails --db "$work/none.db" add-user an --role coach; test -e "$work/none.db" && echo made)" \
  "2 duaal-cli: add-user: There is no database at $work/none.db, and reading creates none. Check the path; a command that writes creates a new database." \
  "file: add-user makes no database file"
check "$(fails --db "$file" add-user an --role boss)" \
  "2 duaal-cli: add-user: --role must be coach, teacher, trainer or learner" "add-user: an unknown role"
check "$(fails --db "$file" add-user "an peeters" --role coach)" \
  "2 duaal-cli: add-user: “an peeters” is not a login (1 to 63 letters, digits, “_”, “.”, “-” or “@”)" \
  "add-user: a bad login"
check "$(fails --db "$file" add-user an --role teacher --password-file "$work/missing")" \
  "2 duaal-cli: add-user: $work/missing: cannot read the password: Failed to open file “$work/missing”: No such file or directory" \
  "add-user: a missing password file"
: > "$work/empty"
check "$(fails --db "$file" add-user an --role teacher --password-file "$work/empty")" \
  "2 duaal-cli: add-user: $work/empty: the first line must be the password (1 to 1024 bytes)" \
  "add-user: an empty password file"

if [ "${1:-}" = --file-only ]; then
  echo "1..$n"
  exit $failed
fi

# ------------------------------------------------------------------
# A team database

psql -X -q -d postgres -c "CREATE DATABASE $database" || { echo "Bail out! cannot create a database"; exit 1; }
db="dbname=$database"
"$cli" --db "$db" setup-team > /dev/null || echo "Bail out! setup-team"
"$cli" --db "$db" demo > /dev/null || echo "Bail out! demo"
"$cli" --db "$db" add-group "Klas B" --qualification BK-0138 > /dev/null
check "$("$cli" --db "$db" add-teacher "An Peeters" --groups 1,2)" '{"id":2}' "team: add-teacher with two groups"
check "$("$cli" --db "$db" add-teacher "Nog Geen Klas")" '{"id":3}' "team: a teacher may teach no group yet"
check "$("$cli" --db "$db" teachers)" \
  '[{"id":2,"name":"An Peeters","groups":[1,2]},{"id":1,"name":"Griet Wouters","groups":[1]},{"id":3,"name":"Nog Geen Klas","groups":[]}]' \
  "team: teachers, each with their groups"
check "$(fails --db "$db" add-teacher "Niemand" --groups 1,99)" \
  "2 duaal-cli: add-teacher: There is no class group with id 99" "team: an unknown group is refused"
check "$("$cli" --db "$db" trainers 2)" '[]' "team: a group without learners has no trainers"
check "$(fails --db "$db" add-user an --role teacher --person 99)" \
  "2 duaal-cli: add-user: There is no teacher with id 99" "team: an unknown person is refused"
check "$(fails --db "$db" add-user an --role teacher)" \
  "2 duaal-cli: add-user: A teacher’s, trainer’s or learner’s login needs the id of that teacher, trainer or learner" \
  "team: a teacher's login needs its person"
check "$(fails --db "$db" add-user an --role coach --person 2)" \
  "2 duaal-cli: add-user: A coach’s login stands for no teacher, trainer or learner: give it no person" \
  "team: a coach's login has no person"
check "$(fails --db "$db" add-user "$PGUSER" --role coach)" \
  "2 duaal-cli: add-user: The login “$PGUSER” set up this database and sees everything: give each person a login of their own." \
  "team: the setup login is no person"
printf 'geheim\n' > "$work/an.password"
check "$("$cli" --db "$db" add-user an --role trainer --person 1 --password-file "$work/an.password")" \
  '{"login":"an","role":"trainer","person":1}' "team: add-user"
check "$("$cli" --db "$db" add-user an --role teacher --person 2)" '{"login":"an","role":"teacher","person":2}' \
  "team: add-user again changes the role"
check "$(psql -X -At -d "$database" -c "SELECT string_agg (r.rolname, ',') FROM pg_auth_members m
          JOIN pg_roles r ON r.oid = m.roleid JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = 'an'")" \
  duaal_teacher "team: the login has one group role, the last one given"
check "$(env -u PGPASSWORD PGPASSWORD=geheim "$cli" --db "dbname=$database user=an" whoami)" \
  '{"login":"an","role":"teacher","person":2}' "team: the login logs in with the password of the file"
check "$(env PGPASSWORD=geheim "$cli" --db "dbname=$database user=an" users)" \
  '[{"login":"an","role":"teacher","person":2}]' "team: a teacher sees only its own login"
check "$(env PGPASSWORD=geheim "$cli" --db "dbname=$database user=an" add-user bert --role coach 2>&1)" \
  "duaal-cli: add-user: Only the login that set up this team database gives out logins." \
  "team: only the setup login gives out logins"
check "$(psql -X -At -d "$database" -c "SELECT count (*) FROM pg_roles WHERE rolname = 'bert'")" 0 \
  "team: a refused add-user makes no login"
check "$(grep -rl geheim "$(psql -X -At -d postgres -c "SHOW data_directory")" "$work" 2>/dev/null | grep -v an.password | wc -l)" 0 \
  "team: the password is in no file but its own"

echo "1..$n"
exit $failed
