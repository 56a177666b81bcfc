#!/bin/sh
# test-rls.sh: who sees and changes what on a team database (SPEC 13, 6)
#
# Run by run-with-pg.sh inside a throwaway PostgreSQL 15 cluster (PGHOST,
# PGPORT, PGUSER, PGPASSWORD of a superuser, who sets the database up).
# Sets up a database with duaal-cli (setup-team twice, the demo, a real
# qualification, a second class group), gives four people a login
# (coach, teacher, trainer, learner) with add-user and password files,
# then, under each login:
#  - with psql, reads every table and view the login may select from
#    (found in the catalog, every column it may select) and checks that
#    no learner outside its scope and no other actor's comment is in
#    them, that a learner sees no other actor's indicator scores, and
#    that what it may see is there;
#  - with duaal-cli, scores a learner outside its scope and gets exactly
#    the error of an unknown id (exit 2), and scores as another actor in
#    vain;
#  - with psql, deletes and updates score-log rows, closed periods and
#    their snapshots, and changes nothing (counted by the setup login);
#  - the same for contexts, scenarios, units, choices, workplace results,
#    pass marks and visits (SPEC 14, 15) beyond each role and scope, and
#    does with duaal-cli what its role may there;
#  - whoami says who it is.
# Output is TAP.
#
# SPDX-License-Identifier: GPL-3.0-or-later

set -u

cli=${DUAAL_BUILD_ROOT:?}/src/cli/duaal-cli
source_root=${DUAAL_SOURCE_ROOT:?}
python=/usr/bin/python3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
database=duaal_rls
setup_db="dbname=$database"

n=0
failed=0
ok () { n=$((n + 1)); echo "ok $n $1"; }
not_ok () { n=$((n + 1)); failed=1; echo "not ok $n $1"; }
check () { if [ "$1" = "$2" ]; then ok "$3"; else not_ok "$3"; echo "# got:      $1"; echo "# expected: $2"; fi; }

# The setup login: the cluster's superuser, with its own password.
as_setup () { "$cli" --db "$setup_db" "$@"; }
setup_sql () { psql -X -q -At -d "$database" -v ON_ERROR_STOP=1 -c "$1"; }

# A person's login: its password from the pgpass file only.
as_login () {
  login=$1; shift
  env -u PGPASSWORD PGPASSFILE="$work/pgpass" "$cli" --db "dbname=$database user=$login" "$@"
}
login_sql () {
  login=$1; shift
  env -u PGPASSWORD PGPASSFILE="$work/pgpass" psql -X -q -At -d "$database" -U "$login" "$@"
}

psql -X -q -d postgres -c "CREATE DATABASE $database" || { echo "Bail out! cannot create a database"; exit 1; }

# ------------------------------------------------------------------
# The database: schema, the demo, a real qualification, a second group

check "$(as_setup setup-team)" '{"schema_version":4,"status":"created"}' "setup-team creates the schema"
check "$(as_setup setup-team)" '{"schema_version":4,"status":"unchanged"}' "setup-team again changes nothing"

as_setup demo >/dev/null || echo "Bail out! demo"
as_setup import-qualification "$source_root/tests/data/qualification/good-example.xml" >/dev/null \
  || echo "Bail out! import-qualification"
group2=$(as_setup add-group "Klas B" --qualification BK-0138@2 | sed 's/[^0-9]//g')
company2=$(as_setup add-company "Firma Buiten" | sed 's/[^0-9]//g')
# learner 5: out of everyone's scope but the coach's; learner 6: in group
# 2 (not the teacher's) but trained by the demo's trainer 1
outside=$(as_setup add-learner "$group2" "Wanda Buitenbeentje" --company "$company2" --trainer "Tom Buiten" \
          | sed 's/[^0-9]//g')
shared=$(as_setup add-learner "$group2" "Xavier Gedeeld" --company 1 --trainer "Karel De Smet" | sed 's/[^0-9]//g')
as_setup add-teacher "Bram Buiten" --groups "$group2" >/dev/null

# A comment of every actor on learner 1 (in everyone's scope), on the
# outsider and on the trainer's learner of group 2.
for learner in 1 2 "$outside" "$shared"; do
  for actor in learner teacher trainer; do
    as_setup score "$learner" c01.01 --actor $actor --mastery V --coverage S \
      --comment "SECRET-$actor-L$learner" >/dev/null || echo "Bail out! score"
  done
done
# a campus session plan naming every learner of group 1
setup_sql "INSERT INTO session_plan (group_id, max_groups, plan_csv)
           SELECT 1, 2, string_agg (name, ',') FROM learner WHERE group_id = 1"
# SPEC 14 and 15 rows of the outsider and group 2 (the demo has those of
# group 1): a context its company offers and it did, a unit it chose, a
# workplace result, a pass mark, and visits (one to the trainer's learner
# of group 2, whose notes that trainer may not read either)
outside_context=$(as_setup add-context BK-0138@2 "Buitenwerf" --competences c01 | sed 's/[^0-9]//g')
{ as_setup offer-contexts "$company2" "$outside_context" && as_setup context-done "$outside" "$outside_context" \
  && as_setup add-unit BK-0138@2 OUT1 "Buiten" --competences c01 \
  && as_setup choose-unit "$outside" OUT1 --period 1 && as_setup workplace-result "$outside" --period 1 --percent 45 \
  && as_setup pass-mark "$group2" --percent 60 \
  && as_setup add-visit "$outside" --date 2026-01-05 --notes "VISIT-OUTSIDE" \
  && as_setup add-visit "$shared" --date 2026-01-06 --notes "VISIT-SHARED"; } >/dev/null || echo "Bail out! SPEC 14-15 rows"
as_setup close-period "$group2" >/dev/null || echo "Bail out! close-period"
as_setup close-period 1 >/dev/null || echo "Bail out! close-period"

# ------------------------------------------------------------------
# Four logins

for login in coach1 teach1 train1 learn1; do
  printf '%s-wachtwoord\n' "$login" > "$work/$login.password"
  echo "*:*:*:$login:$login-wachtwoord" >> "$work/pgpass"
done
chmod 600 "$work/pgpass"
check "$(as_setup add-user coach1 --role coach --password-file "$work/coach1.password")" \
  '{"login":"coach1","role":"coach","person":null}' "add-user makes a coach"
check "$(as_setup add-user teach1 --role teacher --person 1 --password-file "$work/teach1.password")" \
  '{"login":"teach1","role":"teacher","person":1}' "add-user makes a teacher"
check "$(as_setup add-user train1 --role trainer --person 1 --password-file "$work/train1.password")" \
  '{"login":"train1","role":"trainer","person":1}' "add-user makes a trainer"
check "$(as_setup add-user learn1 --role learner --person 1 --password-file "$work/learn1.password")" \
  '{"login":"learn1","role":"learner","person":1}' "add-user makes a learner"
check "$(as_setup add-user learn1 --role learner --person 1)" \
  '{"login":"learn1","role":"learner","person":1}' "add-user takes an existing login, keeping its password"
check "$(as_setup users)" \
  '[{"login":"coach1","role":"coach","person":null},{"login":"learn1","role":"learner","person":1},{"login":"teach1","role":"teacher","person":1},{"login":"train1","role":"trainer","person":1}]' \
  "users lists the four logins"
check "$(grep -c wachtwoord "$work/pgpass")" 4 "the passwords come from files"

for who in "coach1 coach null" "teach1 teacher 1" "train1 trainer 1" "learn1 learner 1"; do
  set -- $who
  check "$(as_login "$1" whoami)" "{\"login\":\"$1\",\"role\":\"$2\",\"person\":$3}" "whoami as $1"
done
check "$(as_setup whoami | sed 's/"login":"[^"]*"/"login":L/')" '{"login":L,"role":"coach","person":null}' \
  "whoami as the setup login: a coach"

# ------------------------------------------------------------------
# Reading: everything each login may select, from the catalog

# Every relation outside the system schemas, with the columns this
# login may select, read whole: "relation|row as JSON".
dump_visible () {
  login_sql "$1" <<'EOF'
SELECT format ('SELECT %L || ''|'' || row_to_json (t)::text FROM (SELECT %s FROM %I.%I) AS t',
               c.relname, string_agg (quote_ident (a.attname), ', ' ORDER BY a.attnum),
               n.nspname, c.relname)
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
  AND c.relkind IN ('r', 'v', 'm', 'p', 'f')
  AND has_column_privilege (c.oid, a.attnum, 'SELECT')
GROUP BY n.nspname, c.relname
\gexec
SELECT 'duaal_score_summary|' || row_to_json (s)::text
FROM generate_series (1, 8) AS l, duaal_score_summary (l, 0) AS s;
EOF
}

# Checks a dump against what the login may see: learners in scope (ids,
# names), actors whose comments it may read, whether it may see other
# actors' indicator scores, and text that must be there.
check_dump () {
  "$python" - "$@" <<'EOF'
import json, sys

path, allowed, comment_actors, other_scores, must = sys.argv[1:6]
allowed = {int(x) for x in allowed.split(',')}
comment_actors = set(comment_actors.split(','))
names = {1: 'Jonas Peeters', 2: 'Nicolas Van den Broeck', 3: 'Lotte Janssens', 4: 'Wout Maes',
         5: 'Wanda Buitenbeentje', 6: 'Xavier Gedeeld'}
score_relations = {'score_log', 'current_score', 'period_score',
                   'score_log_seen', 'current_score_seen', 'period_score_seen'}
problems, relations, text = [], set(), ''
for line in open(path, encoding='utf-8'):
    relation, _, row = line.rstrip('\n').partition('|')
    if not row:
        continue
    relations.add(relation)
    text += line
    row = json.loads(row)
    ids = [row.get('learner_id')] + ([row.get('id')] if relation == 'learner' else [])
    for i in ids:
        if i is not None and i != 0 and i not in allowed:  # 0: none (change_log)
            problems.append(f'{relation}: learner {i} out of scope: {row}')
    if other_scores == 'no' and relation in score_relations and row.get('actor') not in (None, 0):
        problems.append(f'{relation}: another actor\'s indicator score: {row}')
for learner, name in names.items():
    if learner not in allowed and name in text:
        problems.append(f'the name of learner {learner} ({name}) is visible')
for actor in ('learner', 'teacher', 'trainer'):
    if actor not in comment_actors and f'SECRET-{actor}-' in text:
        problems.append(f'a comment of the {actor} is visible')
for wanted in must.split(','):
    if wanted not in text:
        problems.append(f'"{wanted}" is not visible')
for p in problems[:10]:
    print('# ' + p)
print(f'# {len(relations)} relations with rows read')
sys.exit(1 if problems else 0)
EOF
}

probe_reading () {
  login=$1 allowed=$2 comments=$3 other_scores=$4 must=$5
  dump_visible "$login" > "$work/$login.dump" 2> "$work/$login.dump-errors"
  if [ -s "$work/$login.dump-errors" ]; then
    not_ok "$login: reading everything it may select"; sed 's/^/# /' "$work/$login.dump-errors"
  elif check_dump "$work/$login.dump" "$allowed" "$comments" "$other_scores" "$must"; then
    ok "$login: everything it may select holds only its scope"
  else
    not_ok "$login: everything it may select holds only its scope"
  fi
}

probe_reading coach1 "1,2,3,4,$outside,$shared" learner,teacher,trainer yes \
  "Wanda Buitenbeentje,SECRET-teacher-L$outside,SECRET-trainer-L1"
probe_reading teach1 1,2,3,4 teacher yes "Jonas Peeters,SECRET-teacher-L1,Lotte Janssens"
probe_reading train1 "1,$shared" trainer yes "Jonas Peeters,Xavier Gedeeld,SECRET-trainer-L$shared"
probe_reading learn1 1 learner no "Jonas Peeters,SECRET-learner-L1"

# The learner sees the other actors' colour and progress of itself only.
check "$(login_sql learn1 -c "SELECT count (DISTINCT actor) FROM duaal_score_summary (1, 0)")" 3 \
  "learn1: the colour of every actor of its own competences"
check "$(login_sql learn1 -c "SELECT count (*) FROM duaal_score_summary (2, 0)")" 0 \
  "learn1: no colours of another learner"
# ... the same colours and progress as the core's (duaal-rules.c)
as_setup status 1 > "$work/status.json"
login_sql learn1 -F ' ' -c "SELECT competence_code, actor, colour, covered FROM duaal_score_summary (1, 0)" \
  > "$work/summary.txt"
check "$("$python" - "$work/status.json" "$work/summary.txt" <<'EOF'
import json, sys
colours = ['grey', 'red', 'orange', 'light-green', 'dark-green']
actors = ['learner', 'teacher', 'trainer']
status = json.load(open(sys.argv[1]))
core = {(c['id'], a): (v['colour'], v['covered']) for c in status['competences'] for a, v in c['actors'].items()}
sql = {}
for line in open(sys.argv[2]):
    code, actor, colour, covered = line.split()
    sql[(code, actors[int(actor)])] = (colours[int(colour)], int(covered))
differ = [f'{k}: core {core[k]}, summary {sql.get(k)}' for k in core if core[k] != sql.get(k)]
coloured = sum(1 for v in core.values() if v[0] != 'grey')
print(differ[0] if differ else 'same' if coloured > 0 and len(sql) == len(core) else 'nothing to compare')
EOF
)" same "learn1: the summary's colours and progress are the core's"
# ... and duaal-cli shows a learner's login exactly what the coach's
# learner view shows: the other actors' colours, progress and route
# from the summaries, its own scores, nothing more.
for command in "status 1 --as learner" "route 1"; do
  check "$(as_login learn1 $command)" "$(as_setup $command --as learner 2>/dev/null || as_setup $command)" \
    "learn1: $command reads the same as the coach's view as learner 1"
done
check "$(as_login learn1 status 1 --as learner | grep -c '"colour":"grey"')" \
  "$(as_setup status 1 --as learner | grep -c '"colour":"grey"')" \
  "learn1: the other actors' colours are not grey"
login_sql train1 -c "SELECT * FROM score_log" > /dev/null 2>&1
check $? 1 "train1: SELECT * FROM score_log is refused (the comment column)"

# What duaal-cli shows each login of learner 1: its own actor's comment,
# no other actor's.
for who in "teach1 teacher learner trainer" "train1 trainer learner teacher" "learn1 learner teacher trainer"; do
  set -- $who
  for command in status history; do
    shown=$(as_login "$1" $command 1 2> "$work/err")
    code=$?
    check "$code $(printf '%s' "$shown" | grep -c "SECRET-$2-L1") \
$(printf '%s' "$shown" | grep -cE "SECRET-($3|$4)-") $(head -n 1 "$work/err")" "0 1 0 " \
      "$1: $command 1 shows its own comment and no other actor's"
  done
done

# ------------------------------------------------------------------
# Writing outside the scope is writing to an unknown id

# duaal-cli's error with the learner's id replaced by N
score_error () {
  login=$1 learner=$2 actor=$3
  as_login "$login" score "$learner" c01.01 --actor "$actor" --mastery X 2> "$work/err" > /dev/null
  echo "$? $(sed "s/\b$learner\b/N/g" "$work/err")"
}

for who in "teach1 teacher $outside" "teach1 teacher $shared" "train1 trainer 2" "train1 trainer $outside" \
           "learn1 learner 2" "learn1 learner $outside"; do
  set -- $who
  unknown=$(score_error "$1" 999 "$2")
  case $unknown in 2\ *) ;; *) not_ok "$1: an unknown learner is exit 2 ($unknown)"; continue ;; esac
  check "$(score_error "$1" "$3" "$2")" "$unknown" "$1: scoring learner $3 (out of scope) reads like an unknown id"
done

# Reading an id outside the scope: the same
read_error () {
  login=$1 command=$2 id=$3
  as_login "$login" $command "$id" 2> "$work/err" > /dev/null
  echo "$? $(sed "s/\b$id\b/N/g" "$work/err")"
}
for who in "teach1 status $outside" "train1 status 2" "learn1 status 2" "teach1 history $shared" \
           "teach1 learners $group2" "learn1 close-period $group2" "teach1 close-period $group2"; do
  set -- $who
  check "$(read_error "$1" "$2" "$3")" "$(read_error "$1" "$2" 999)" "$1: $2 $3 (out of scope) reads like an unknown id"
done

log_rows () { setup_sql "SELECT count (*), md5 (string_agg (s::text, ',' ORDER BY id)) FROM score_log s"; }
before=$(log_rows)
as_login train1 score 1 c01.01 --actor teacher --mastery X > /dev/null 2>&1
check "$? $(log_rows)" "2 $before" "train1: scoring as the teacher is refused"
as_login teach1 score 1 c01.01 --actor learner --mastery X > /dev/null 2>&1
check "$? $(log_rows)" "2 $before" "teach1: scoring as the learner is refused"
as_login coach1 score 1 c01.01 --actor teacher --mastery X > /dev/null 2>&1
check "$? $(log_rows)" "2 $before" "coach1: a coach records no scores"
login_sql learn1 -c "INSERT INTO score_log (learner_id, indicator_id, actor, mastery, author_role, recorded_at)
                     SELECT 1, indicator_id, 2, 1, 2, 0 FROM score_log LIMIT 1" > /dev/null 2>&1
check "$? $(log_rows)" "1 $before" "learn1: inserting a score as the trainer with psql is refused"
as_login teach1 score 1 c01.02 --actor teacher --mastery lil --comment "eigen" > /dev/null
check "$?" 0 "teach1: scoring its own learner as the teacher works"
as_login learn1 score 1 c01.02 --actor learner --mastery V > /dev/null
check "$?" 0 "learn1: scoring itself as the learner works"
check "$(setup_sql "SELECT count (*) FROM attention_stale a JOIN competence c ON c.id = a.competence_id
                    WHERE a.learner_id = 1 AND c.code = 'c01'")" 1 \
  "learn1: its score leaves the attention list to be made again by another login"
as_login train1 score "$shared" c01.02 --actor trainer --mastery V --comment "eigen" > /dev/null
check "$?" 0 "train1: scoring its learner of another group as the trainer works"
# The coach writes groups, learners, companies and plans; qualifications
# are the setup login's.
as_login coach1 add-learner "$group2" "Yara Nieuw" --company "$company2" --trainer "Tom Buiten" > /dev/null
check "$?" 0 "coach1: adding a learner works"
as_login coach1 plan-cell 1 1 c01 on > /dev/null
check "$?" 0 "coach1: planning works"
as_login teach1 plan-cell 1 1 c01 off > /dev/null
check "$?" 0 "teach1: planning for its own group works"
as_login teach1 plan-cell "$group2" "$outside" c01 on > /dev/null 2>&1
check "$?" 2 "teach1: planning for another group is refused"
as_login coach1 import-qualification "$source_root/tests/data/qualification/good-groups.xml" > /dev/null 2>&1
check "$? $(setup_sql "SELECT count (*) FROM qualification WHERE code = 'BK-0099'")" "2 0" \
  "coach1: importing a qualification is the setup login's"

closed=$(setup_sql "SELECT count (*) FROM period WHERE closed_at IS NOT NULL")
as_login train1 close-period 1 > /dev/null 2>&1
check "$? $(setup_sql "SELECT count (*) FROM period WHERE closed_at IS NOT NULL")" "2 $closed" \
  "train1: a trainer closes no period"
for login in coach1 teach1; do
  login_sql $login -c "UPDATE period SET closed_at = 1 WHERE group_id = 1 AND closed_at IS NULL" > /dev/null 2>&1
  check "$(setup_sql "SELECT count (*) FROM period WHERE closed_at IS NOT NULL")" "$closed" \
    "$login: a period is not closed without its snapshot"
done
check "$(as_login teach1 close-period 1)" '{"period":3}' "teach1: closing a period of its own group works"
check "$(setup_sql "SELECT count (DISTINCT comment) FROM period_score s JOIN period p ON p.id = s.period_id
                    WHERE p.group_id = 1 AND p.number = 3 AND comment LIKE 'SECRET-%'")" 6 \
  "teach1: the closed period keeps every actor's comments"

# ------------------------------------------------------------------
# Contexts, scenarios, units, choices, results, pass marks, visits
# (SPEC 14, 15): the reading probes above found no learner out of scope
# in them; here what is cut by role and group, and who writes what

check "$(login_sql teach1 -c "SELECT count (*) FROM workplace_visit")" \
  "$(setup_sql "SELECT count (*) FROM workplace_visit v JOIN learner l ON l.id = v.learner_id WHERE l.group_id = 1")" \
  "teach1: the visits of its group's learners, no others"
for login in train1 learn1; do
  check "$(login_sql $login -c "SELECT count (*) FROM workplace_visit")" 0 "$login: no visits (the coach's notes)"
done
check "$(login_sql coach1 -c "SELECT string_agg (notes, ',' ORDER BY notes) FROM workplace_visit
                               WHERE notes LIKE 'VISIT-%'")" "VISIT-OUTSIDE,VISIT-SHARED" "coach1: every visit"
for login in teach1 train1 learn1; do
  check "$(login_sql $login -c "SELECT count (*) FROM company_context WHERE company_id = $company2")" 0 \
    "$login: no offer of a company outside its scope"
done
check "$(login_sql learn1 -c "SELECT count (*) FROM group_evaluation WHERE group_id = $group2")
$(login_sql teach1 -c "SELECT count (*) FROM group_evaluation WHERE group_id = $group2")
$(login_sql train1 -c "SELECT count (*) FROM group_evaluation WHERE group_id = $group2")" "0
0
1" "the pass mark of group 2: not for learn1 and teach1; for train1, who trains a learner there"
for login in teach1 train1 learn1; do
  check "$(login_sql $login -c "SELECT count (*) FROM context") $(login_sql $login -c "SELECT count (*) FROM training_unit")" \
    "$(setup_sql "SELECT count (*) FROM context") $(setup_sql "SELECT count (*) FROM training_unit")" \
    "$login: every qualification's contexts and units"
done

# All of it, as the setup login reads it: what "changes nothing" means.
evaluation_rows () {
  for table in context context_competence company_context context_done scenario scenario_competence \
               training_unit training_unit_competence unit_choice workplace_result group_evaluation workplace_visit; do
    setup_sql "SELECT '$table ' || count (*) || ' ' || coalesce (md5 (string_agg (t::text, ',' ORDER BY t::text)), '')
               FROM $table t"
  done
}
# What no login but the coach's may do; then, per login, what it may
# not do outside its role or scope.  One statement a line.
not_coach="DELETE FROM context
UPDATE context SET title = 'x'
DELETE FROM context_competence
INSERT INTO context (qualification_id, position, title) SELECT id, 99, 'x' FROM qualification
DELETE FROM training_unit
UPDATE training_unit SET title = 'x'
DELETE FROM company_context
INSERT INTO company_context (company_id, context_id) SELECT 1, id FROM context ON CONFLICT DO NOTHING
DELETE FROM workplace_visit
UPDATE workplace_visit SET notes = 'x'
INSERT INTO workplace_visit (learner_id, day) VALUES (1, '2026-01-01')
DELETE FROM group_evaluation
DELETE FROM workplace_result"
teach1_not="DELETE FROM context_done
INSERT INTO context_done (learner_id, context_id, done_at) SELECT 1, id, 0 FROM context ON CONFLICT DO NOTHING
DELETE FROM unit_choice WHERE learner_id = $outside
UPDATE workplace_result SET tenths = 0 WHERE learner_id = $outside
INSERT INTO workplace_result (period_id, learner_id, tenths) SELECT id, $outside, 1 FROM period WHERE group_id = $group2
UPDATE group_evaluation SET pass_mark = 1000 WHERE group_id = $group2
INSERT INTO unit_choice (period_id, learner_id, unit_code) SELECT id, $outside, 'OO1' FROM period WHERE group_id = $group2"
train1_not="DELETE FROM scenario
UPDATE scenario SET title = 'x'
DELETE FROM unit_choice
DELETE FROM context_done WHERE learner_id <> 1
UPDATE workplace_result SET tenths = 0 WHERE learner_id = 2
UPDATE group_evaluation SET pass_mark = 1000
INSERT INTO unit_choice (period_id, learner_id, unit_code) SELECT id, 1, 'OO1' FROM period WHERE group_id = 1"
learn1_not="DELETE FROM scenario
DELETE FROM context_done
UPDATE workplace_result SET tenths = 1000
DELETE FROM unit_choice WHERE learner_id <> 1
UPDATE group_evaluation SET pass_mark = 1000
INSERT INTO context_done (learner_id, context_id, done_at) SELECT 1, id, 0 FROM context ON CONFLICT DO NOTHING
INSERT INTO unit_choice (period_id, learner_id, unit_code) SELECT p.id, l.id, 'OO1' FROM period p, learner l WHERE l.id <> 1"
for login in teach1 train1 learn1; do
  before=$(evaluation_rows)
  eval "own=\$${login}_not"
  printf '%s\n%s\n' "$not_coach" "$own" | while IFS= read -r sql; do
    login_sql "$login" -c "$sql" > /dev/null 2>&1 < /dev/null
  done
  check "$(evaluation_rows)" "$before" "$login: writing or deleting SPEC 14-15 rows beyond its role or scope changes nothing"
done

# duaal-cli: an id out of scope reads like an unknown one (ID in the
# command is the id)
cli_error () {
  login=$1 id=$2; shift 2
  as_login "$login" "$@" 2> "$work/err" > /dev/null
  echo "$? $(sed "s/\b$id\b/N/g" "$work/err")"
}
for who in "teach1 $outside workplace-result ID --period 1 --percent 50" \
           "train1 2 workplace-result ID --period 1 --percent 50" \
           "train1 2 context-done ID 1" "teach1 $outside context-done ID 1" \
           "teach1 $group2 pass-mark ID --percent 60" "teach1 $group2 visits ID" \
           "learn1 $group2 evaluations ID --period 1" "teach1 $company2 offer-contexts ID 1"; do
  set -- $who
  login=$1 id=$2; shift 2
  command=$*
  out_of_scope=$(cli_error "$login" "$id" $(echo "$command" | sed "s/\bID\b/$id/"))
  unknown=$(cli_error "$login" 999 $(echo "$command" | sed "s/\bID\b/999/"))
  case $unknown in
    2\ *) check "$out_of_scope" "$unknown" "$login: $command with $id (out of scope) reads like an unknown id" ;;
    *) not_ok "$login: $command with an unknown id is exit 2 ($unknown)" ;;
  esac
done

# ... and what each role may do, within its scope
ctx=$(setup_sql "SELECT min (k.id) FROM context k JOIN class_group g ON g.qualification_id = k.qualification_id
                 WHERE g.id = 1")
as_login coach1 add-context BK-0138@1 "Zolder" --competences c01 > /dev/null
check "$?" 0 "coach1: adding a context works"
as_login teach1 add-context BK-0138@1 "Kelder" --competences c01 > /dev/null 2>&1
check "$? $(setup_sql "SELECT count (*) FROM context WHERE title = 'Kelder'")" "2 0" "teach1: adding a context is refused"
as_login teach1 add-scenario BK-0138@1 "Les" --competences c01 > /dev/null
check "$?" 0 "teach1: adding a lesson scenario works"
as_login train1 add-scenario BK-0138@1 "Les" --competences c01 > /dev/null 2>&1
check "$?" 2 "train1: adding a lesson scenario is refused"
as_login coach1 add-unit BK-0138@1 OO9 "Extra" --competences c01 > /dev/null
check "$?" 0 "coach1: adding a training unit works"
as_login teach1 add-unit BK-0138@1 OO8 "Extra" --competences c01 > /dev/null 2>&1
check "$?" 2 "teach1: adding a training unit is refused"
as_login train1 context-done 1 "$ctx" > /dev/null
check "$?" 0 "train1: confirming a context done for its learner works"
as_login teach1 context-done 1 "$ctx" --undo > /dev/null 2>&1
check "$? $(setup_sql "SELECT count (*) FROM context_done WHERE learner_id = 1 AND context_id = $ctx")" "2 1" \
  "teach1: confirming contexts is the trainer's"
as_login teach1 workplace-result 1 --period 1 --percent 55 > /dev/null
check "$?" 0 "teach1: a workplace result of its group works"
as_login train1 workplace-result 1 --period 1 --percent 60 > /dev/null
check "$? $(setup_sql "SELECT tenths FROM workplace_result r JOIN period p ON p.id = r.period_id
                       WHERE r.learner_id = 1 AND p.group_id = 1 AND p.number = 1")" "0 600" \
  "train1: a workplace result of its learner works"
as_login learn1 workplace-result 1 --period 1 --percent 100 > /dev/null 2>&1
check "$?" 2 "learn1: its own workplace result is not its to give"
as_login teach1 pass-mark 1 --percent 55 > /dev/null
check "$? $(setup_sql "SELECT pass_mark FROM group_evaluation WHERE group_id = 1")" "0 550" \
  "teach1: the pass mark of its group works"
login_sql learn1 -c "INSERT INTO unit_choice (period_id, learner_id, unit_code)
                     SELECT id, 1, 'OO2' FROM period WHERE group_id = 1 AND number = 1 ON CONFLICT DO NOTHING" \
  > /dev/null 2>&1
check "$? $(setup_sql "SELECT count (*) FROM unit_choice WHERE learner_id = 1 AND unit_code = 'OO2'")" "0 1" \
  "learn1: choosing its own unit works"
as_login coach1 add-visit 1 --date 2026-01-07 > /dev/null
check "$?" 0 "coach1: adding a visit works"
as_login teach1 add-visit 1 --date 2026-01-07 > /dev/null 2>&1
check "$?" 2 "teach1: visits are the coach's"

# ------------------------------------------------------------------
# History never changes, except by the setup login

history_rows () {
  setup_sql "SELECT (SELECT count (*) || md5 (string_agg (s::text, ',' ORDER BY id)) FROM score_log s)
             || ' ' || (SELECT count (*) || md5 (string_agg (s::text, ',' ORDER BY s::text)) FROM period_score s)
             || ' ' || (SELECT count (*) || md5 (string_agg (p::text, ',' ORDER BY id)) FROM period p
                        WHERE closed_at IS NOT NULL)"
}
for login in teach1 train1 learn1 coach1; do
  before=$(history_rows)
  for sql in "DELETE FROM score_log" "UPDATE score_log SET mastery = 1, comment = 'x'" \
             "DELETE FROM period_score" "UPDATE period_score SET mastery = 1" \
             "UPDATE period SET name = 'x', closed_at = NULL WHERE closed_at IS NOT NULL" \
             "DELETE FROM period" "DELETE FROM learner" "DELETE FROM class_group" "TRUNCATE score_log"; do
    login_sql "$login" -c "$sql" > /dev/null 2>&1
  done
  check "$(history_rows)" "$before" "$login: deleting or updating the score log and closed periods changes nothing"
done

# current_score follows the log (a trigger of the setup login): a
# scoring login writes it in vain, and it always says what the log says
current_rows () {
  setup_sql "SELECT count (*) || md5 (string_agg (c::text, ',' ORDER BY c::text)) FROM current_score c"
}
for login in teach1 train1 learn1; do
  before=$(current_rows)
  for sql in "DELETE FROM current_score" "UPDATE current_score SET mastery = 1" \
             "INSERT INTO current_score (learner_id, indicator_id, actor, mastery, log_id)
              SELECT learner_id, indicator_id, actor, 1, log_id FROM score_log LIMIT 1
              ON CONFLICT DO NOTHING"; do
    login_sql "$login" -c "$sql" > /dev/null 2>&1
  done
  check "$(current_rows)" "$before" "$login: writing current_score without a log entry changes nothing"
done
as_login train1 score 1 c01.02 --actor trainer --mastery V > /dev/null
check "$(setup_sql "SELECT count (*) FROM (SELECT DISTINCT ON (learner_id, indicator_id, actor) *
                      FROM score_log ORDER BY learner_id, indicator_id, actor, id DESC) AS last
                    FULL JOIN current_score c USING (learner_id, indicator_id, actor)
                    WHERE c.log_id IS DISTINCT FROM (CASE WHEN last.mastery IS NULL AND last.coverage IS NULL
                      AND last.comment IS NULL THEN NULL ELSE last.id END)")" "0" \
  "current_score is the last log entry of every cell"

# Notices reach every listening login: they carry a transaction's
# number only, and what changed is read through change_log's policy
login_sql train1 -c "LISTEN duaal_changes" -c "SELECT pg_sleep (3)" > "$work/notices" 2>&1 &
listener=$!
sleep 1
as_setup score 2 c01.01 --actor teacher --mastery V > /dev/null
wait $listener
payload=$(sed -n 's/.*payload "\([^"]*\)".*/\1/p' "$work/notices" | head -n 1)
case $payload in
  ''|*[!0-9]*) not_ok "train1 hears a notice of a score outside its scope, as a bare number ($payload)" ;;
  *) ok "train1 hears a notice of a score outside its scope, as a bare number" ;;
esac
check "$(login_sql train1 -c "SELECT count (*) FROM change_log WHERE xact = '${payload:-0}'") \
$(setup_sql "SELECT count (*) FROM change_log WHERE xact = '${payload:-0}' AND learner_id = 2")" "0 1" \
  "train1 cannot read what that notice was about; the setup login can"

echo "1..$n"
exit $failed
