/* duaal-sqlite-store.c: DuaalStore on one SQLite file
 *
 * All SQL of Duaal lives here, so a second backend can follow without
 * touching anything else.
 *
 * Scores: score_log is append-only (the "film" of SPEC section 3: every
 * change with its author role and time, nothing overwritten); current_score
 * holds the latest value per (learner, indicator, actor) and is derived in
 * the same transaction as every log entry, so reading the state of a whole
 * class group is one indexed SELECT however long the log grows.  Closed
 * periods are copies of current_score in period_score ("foto").
 *
 * Indicators are referenced by INTEGER row ids inside the database (score
 * tables hold millions of rows) and mapped back to the ids of the
 * qualification file when read.  score_log, current_score and
 * period_score carry no foreign key to indicator on purpose: indicators
 * are only ever deleted when no score of their qualification exists (the
 * re-import rules, duaal-store-rules.c), and a foreign key would make
 * every such delete scan the score tables.
 *
 * attention_item is the attention list of SPEC section 7, derived from
 * current_score like current_score from the log: every write of a
 * mastery recomputes its (learner, competence) with the core's rule in
 * the same transaction, so the list and its counts are read, not
 * computed.
 *
 * Every write runs in one BEGIN IMMEDIATE transaction, so a second writer
 * waits (busy_timeout) instead of failing at COMMIT, and is retried whole
 * a few times on SQLITE_BUSY.  On any error the transaction is rolled back
 * and the database is exactly as before.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <string.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "duaal-attention.h"
#include "duaal-error.h"
#include "duaal-input.h"
#include "duaal-session-planner.h"
#include "duaal-sqlite-backup.h"
#include "duaal-sqlite-changes-private.h"
#include "duaal-sqlite-contexts-private.h"
#include "duaal-sqlite-evaluation-private.h"
#include "duaal-sqlite-team-private.h"
#include "duaal-sqlite-locks-private.h"
#include "duaal-sqlite-store-private.h"
#include "duaal-store-rules.h"

#define BUSY_TIMEOUT_MS   5000
#define MAX_BUSY_RETRIES  3

/* Forward migrations: migrations[i] takes a database from user_version i
 * to i + 1, in its own transaction together with the new user_version.
 * Never edit a released step; append a new one.  The indexes are a step
 * of their own so the upgrade path (with its backup) is exercised by the
 * tests from the first release on. */
static const char * const migrations[] = {
  /* 0 -> 1: the tables */
  "CREATE TABLE qualification ("
  "  id INTEGER PRIMARY KEY,"
  "  code TEXT NOT NULL,"
  "  version INTEGER NOT NULL CHECK (version > 0),"
  "  title TEXT NOT NULL,"
  "  definition TEXT,"
  "  lang TEXT NOT NULL DEFAULT 'nl',"
  "  recognised INTEGER NOT NULL DEFAULT 0,"
  "  UNIQUE (code, version));"
  "CREATE TABLE qualification_level ("
  "  qualification_id INTEGER NOT NULL REFERENCES qualification (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  framework TEXT NOT NULL,"
  "  value INTEGER NOT NULL,"
  "  PRIMARY KEY (qualification_id, position)) WITHOUT ROWID;"
  "CREATE TABLE competence ("
  "  id INTEGER PRIMARY KEY,"
  "  qualification_id INTEGER NOT NULL REFERENCES qualification (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  code TEXT NOT NULL,"
  "  number INTEGER NOT NULL DEFAULT 0,"
  "  title TEXT NOT NULL,"
  "  reference TEXT,"
  "  group_title TEXT,"
  "  UNIQUE (qualification_id, code));"
  "CREATE TABLE indicator ("
  "  id INTEGER PRIMARY KEY,"
  "  competence_id INTEGER NOT NULL REFERENCES competence (id) ON DELETE CASCADE,"
  "  qualification_id INTEGER NOT NULL REFERENCES qualification (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  code TEXT NOT NULL,"
  "  text TEXT NOT NULL,"
  "  UNIQUE (qualification_id, code));"
  "CREATE TABLE knowledge ("
  "  competence_id INTEGER NOT NULL REFERENCES competence (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  text TEXT NOT NULL,"
  "  PRIMARY KEY (competence_id, position)) WITHOUT ROWID;"
  "CREATE TABLE class_group ("
  "  id INTEGER PRIMARY KEY,"
  "  name TEXT NOT NULL,"
  "  qualification_id INTEGER NOT NULL REFERENCES qualification (id));"
  "CREATE TABLE teacher ("
  "  id INTEGER PRIMARY KEY,"
  "  group_id INTEGER NOT NULL REFERENCES class_group (id) ON DELETE CASCADE,"
  "  name TEXT NOT NULL);"
  "CREATE TABLE company ("
  "  id INTEGER PRIMARY KEY,"
  "  name TEXT NOT NULL UNIQUE);"
  "CREATE TABLE company_activity ("
  "  company_id INTEGER NOT NULL REFERENCES company (id) ON DELETE CASCADE,"
  "  competence_code TEXT NOT NULL,"
  "  position INTEGER NOT NULL,"
  "  PRIMARY KEY (company_id, competence_code)) WITHOUT ROWID;"
  "CREATE TABLE trainer ("
  "  id INTEGER PRIMARY KEY,"
  "  company_id INTEGER NOT NULL REFERENCES company (id) ON DELETE CASCADE,"
  "  name TEXT NOT NULL,"
  "  UNIQUE (company_id, name));"
  "CREATE TABLE learner ("
  "  id INTEGER PRIMARY KEY,"
  "  group_id INTEGER NOT NULL REFERENCES class_group (id) ON DELETE CASCADE,"
  "  name TEXT NOT NULL,"
  "  company_id INTEGER REFERENCES company (id),"
  "  trainer_id INTEGER REFERENCES trainer (id) ON DELETE SET NULL);"
  "CREATE TABLE plan ("
  "  learner_id INTEGER NOT NULL REFERENCES learner (id) ON DELETE CASCADE,"
  "  competence_code TEXT NOT NULL,"
  "  PRIMARY KEY (learner_id, competence_code)) WITHOUT ROWID;"
  "CREATE TABLE period ("
  "  id INTEGER PRIMARY KEY,"
  "  group_id INTEGER NOT NULL REFERENCES class_group (id) ON DELETE CASCADE,"
  "  number INTEGER NOT NULL,"
  "  name TEXT NOT NULL,"
  "  closed_at INTEGER,"                 /* unix time in microseconds, UTC */
  "  UNIQUE (group_id, number));"
  /* mastery and coverage: NULL for not scored, else the enum value */
  "CREATE TABLE score_log ("
  "  id INTEGER PRIMARY KEY,"
  "  learner_id INTEGER NOT NULL REFERENCES learner (id) ON DELETE CASCADE,"
  "  indicator_id INTEGER NOT NULL,"
  "  actor INTEGER NOT NULL CHECK (actor BETWEEN 0 AND 2),"
  "  mastery INTEGER CHECK (mastery BETWEEN 1 AND 3),"
  "  coverage INTEGER CHECK (coverage BETWEEN 1 AND 3),"
  "  comment TEXT,"
  "  author_role INTEGER NOT NULL CHECK (author_role BETWEEN 0 AND 3),"
  "  recorded_at INTEGER NOT NULL,"      /* unix time in microseconds, UTC */
  "  undo_of INTEGER);"
  "CREATE TABLE current_score ("
  "  learner_id INTEGER NOT NULL REFERENCES learner (id) ON DELETE CASCADE,"
  "  indicator_id INTEGER NOT NULL,"
  "  actor INTEGER NOT NULL,"
  "  mastery INTEGER,"
  "  coverage INTEGER,"
  "  comment TEXT,"
  "  log_id INTEGER NOT NULL,"
  "  PRIMARY KEY (learner_id, indicator_id, actor)) WITHOUT ROWID;"
  "CREATE TABLE period_score ("
  "  period_id INTEGER NOT NULL REFERENCES period (id) ON DELETE CASCADE,"
  "  learner_id INTEGER NOT NULL REFERENCES learner (id) ON DELETE CASCADE,"
  "  indicator_id INTEGER NOT NULL,"
  "  actor INTEGER NOT NULL,"
  "  mastery INTEGER,"
  "  coverage INTEGER,"
  "  comment TEXT,"
  "  log_id INTEGER NOT NULL,"
  "  PRIMARY KEY (period_id, learner_id, indicator_id, actor)) WITHOUT ROWID;",

  /* 1 -> 2: indexes for thousands of learners and millions of log rows;
   * each also serves the foreign key checks of ON DELETE CASCADE. */
  "CREATE INDEX indicator_by_competence ON indicator (competence_id, position);"
  "CREATE INDEX competence_by_qualification ON competence (qualification_id, position);"
  "CREATE INDEX class_group_by_qualification ON class_group (qualification_id);"
  "CREATE INDEX teacher_by_group ON teacher (group_id);"
  "CREATE INDEX learner_by_group ON learner (group_id, name);"
  "CREATE INDEX learner_by_company ON learner (company_id);"
  "CREATE INDEX learner_by_trainer ON learner (trainer_id);"
  "CREATE INDEX score_log_by_cell ON score_log (learner_id, indicator_id, actor, id);"
  "CREATE INDEX period_score_by_learner ON period_score (learner_id);",

  /* 2 -> 3: partial changes and their sources (SPEC 3 and 16), change
   * notices for other processes (SPEC 12), the attention list kept up
   * to date on each write (SPEC 7).
   * score_log.fields: which of mastery (1), coverage (2) and comment (4)
   * the change set; NULL for entries of version 2, which set all three.
   * change_log: one row per change notice of a committed write; origin
   * is the writing connection's random tag, so it skips its own rows. */
  "ALTER TABLE score_log ADD COLUMN fields INTEGER CHECK (fields BETWEEN 1 AND 7);"
  "ALTER TABLE score_log ADD COLUMN source TEXT;"
  "CREATE TABLE change_log ("
  "  seq INTEGER PRIMARY KEY,"
  "  origin INTEGER NOT NULL,"
  "  kind INTEGER NOT NULL,"
  "  group_id INTEGER,"
  "  learner_id INTEGER,"
  "  company_id INTEGER,"
  "  qualification TEXT,"
  "  recorded_at INTEGER NOT NULL);"
  /* attention_item: the current attention list (SPEC 7), one row per
   * (learner, competence) that needs attention, as the core's rule
   * (duaal_attention_assess) found it on the last write of its scores:
   * the actors' colours and the ids of the indicators one actor scored
   * X and another V (space-separated, NULL when none).  The competence's
   * position and code are copied in (and made again on every re-import)
   * so that a group's list is one range of the primary key, in order,
   * with no join and no sort.  Filled for an existing database right
   * after this step (fill_attention). */
  "CREATE TABLE attention_item ("
  "  learner_id INTEGER NOT NULL REFERENCES learner (id) ON DELETE CASCADE,"
  "  competence_position INTEGER NOT NULL,"
  "  competence_id INTEGER NOT NULL REFERENCES competence (id) ON DELETE CASCADE,"
  "  competence_code TEXT NOT NULL,"
  "  severity INTEGER NOT NULL CHECK (severity > 0),"
  "  learner_colour INTEGER NOT NULL CHECK (learner_colour BETWEEN 0 AND 4),"
  "  teacher_colour INTEGER NOT NULL CHECK (teacher_colour BETWEEN 0 AND 4),"
  "  trainer_colour INTEGER NOT NULL CHECK (trainer_colour BETWEEN 0 AND 4),"
  "  opposite TEXT,"
  "  PRIMARY KEY (learner_id, competence_position)) WITHOUT ROWID;"
  /* period.name: a name of its own, or NULL for "Period N" in the
   * reader's language (duaal-period.h); the default names version 2
   * wrote in the language of the writing process, English or Dutch,
   * become NULL.  starts_on, ends_on: ISO 8601 dates, or NULL. */
  "ALTER TABLE period RENAME COLUMN name TO old_name;"
  "ALTER TABLE period ADD COLUMN name TEXT;"
  "UPDATE period SET name = old_name"
  "  WHERE old_name NOT IN ('Period ' || number, 'Periode ' || number);"
  "ALTER TABLE period DROP COLUMN old_name;"
  "ALTER TABLE period ADD COLUMN starts_on TEXT CHECK (starts_on = date (starts_on));"
  "ALTER TABLE period ADD COLUMN ends_on TEXT CHECK (ends_on = date (ends_on));"
  /* The session planner's settings and last plan per class group (SPEC
   * 9), shown again when the planner is reopened: groups at a time,
   * sessions per competence (competences not listed take 1), the plan
   * as its CSV export and when it was made; and the sessions' dates. */
  "CREATE TABLE session_plan ("
  "  group_id INTEGER PRIMARY KEY REFERENCES class_group (id) ON DELETE CASCADE,"
  "  max_groups INTEGER NOT NULL CHECK (max_groups BETWEEN 1 AND 9),"
  "  plan_csv TEXT,"
  "  planned_at INTEGER);"               /* unix time in microseconds, UTC */
  "CREATE TABLE session_duration ("
  "  group_id INTEGER NOT NULL REFERENCES session_plan (group_id) ON DELETE CASCADE,"
  "  competence_code TEXT NOT NULL,"
  "  sessions INTEGER NOT NULL CHECK (sessions BETWEEN 1 AND 3),"
  "  PRIMARY KEY (group_id, competence_code)) WITHOUT ROWID;"
  "CREATE TABLE session_date ("
  "  group_id INTEGER NOT NULL REFERENCES class_group (id) ON DELETE CASCADE,"
  "  session INTEGER NOT NULL CHECK (session > 0),"
  "  day TEXT NOT NULL CHECK (day = date (day)),"
  "  PRIMARY KEY (group_id, session)) WITHOUT ROWID;",
  /* 3 -> 4: CCV contexts, learning line and lesson scenarios (SPEC 14),
   * then training units, choices, workplace results and visits (SPEC 15). */
  DUAAL_SQLITE_SCHEMA_CONTEXTS
  DUAAL_SQLITE_SCHEMA_EVALUATION,
};

#define SCHEMA_VERSION G_N_ELEMENTS (migrations)

/* Every statement, prepared once per connection on first use. */
typedef enum {
  STMT_QUALIFICATION_FIND,
  STMT_QUALIFICATION_LATEST,
  STMT_QUALIFICATION_ROW,
  STMT_QUALIFICATION_LEVELS,
  STMT_QUALIFICATION_COMPETENCES,
  STMT_QUALIFICATION_INDICATORS,
  STMT_QUALIFICATION_KNOWLEDGE,
  STMT_QUALIFICATION_LIST,
  STMT_QUALIFICATION_INSERT,
  STMT_QUALIFICATION_UPDATE,
  STMT_QUALIFICATION_HAS_SCORES,
  STMT_LEVELS_DELETE,
  STMT_LEVEL_INSERT,
  STMT_COMPETENCES_DELETE,
  STMT_COMPETENCE_INSERT,
  STMT_COMPETENCE_UPDATE,
  STMT_COMPETENCE_FIND,
  STMT_INDICATOR_INSERT,
  STMT_INDICATOR_UPDATE,
  STMT_INDICATOR_FIND,
  STMT_KNOWLEDGE_DELETE,
  STMT_KNOWLEDGE_INSERT,
  STMT_GROUP_INSERT,
  STMT_GROUP_RENAME,
  STMT_GROUP_DELETE,
  STMT_GROUP_LIST,
  STMT_GROUP_GET,
  STMT_GROUP_QUALIFICATION,
  STMT_TEACHER_INSERT,
  STMT_TEACHER_LIST,
  STMT_COMPANY_INSERT,
  STMT_COMPANY_FIND_BY_NAME,
  STMT_COMPANY_GET,
  STMT_COMPANY_LIST,
  STMT_COMPANY_ALL_ACTIVITIES,
  STMT_COMPANY_ACTIVITIES,
  STMT_COMPANY_ACTIVITIES_DELETE,
  STMT_COMPANY_ACTIVITY_INSERT,
  STMT_TRAINER_FIND,
  STMT_TRAINER_INSERT,
  STMT_TRAINER_LIST,
  STMT_LEARNER_INSERT,
  STMT_LEARNER_UPDATE,
  STMT_LEARNER_DELETE,
  STMT_LEARNER_GET,
  STMT_LEARNER_LIST,
  STMT_LEARNER_FIND_IN_GROUP,
  STMT_LEARNER_CONTEXT,
  STMT_LEARNER_COUNT_SCORES,
  STMT_PLAN_COPY,
  STMT_PLAN_CLEAR,
  STMT_PLAN_INSERT,
  STMT_PLAN_DELETE,
  STMT_PLAN_GET,
  STMT_LOG_INSERT,
  STMT_LOG_GET,
  STMT_LOG_PREVIOUS,
  STMT_LOG_CELL,
  STMT_LOG_HISTORY,
  STMT_CURRENT_GET,
  STMT_CURRENT_UPSERT,
  STMT_CURRENT_DELETE,
  STMT_CURRENT_CELLS_GROUP,
  STMT_CURRENT_CELLS_LEARNER,
  STMT_PERIOD_INSERT,
  STMT_PERIOD_LIST,
  STMT_PERIOD_FIRST_OPEN,
  STMT_PERIOD_GET,
  STMT_PERIOD_SNAPSHOT,
  STMT_PERIOD_CLOSE,
  STMT_PERIOD_CELLS_GROUP,
  STMT_PERIOD_CELLS_LEARNER,
  STMT_PERIOD_UPDATE,
  STMT_SESSION_PLAN_GET,
  STMT_SESSION_PLAN_PUT,
  STMT_SESSION_DURATIONS_GET,
  STMT_SESSION_DURATIONS_CLEAR,
  STMT_SESSION_DURATION_INSERT,
  STMT_SESSION_DAYS_GET,
  STMT_SESSION_DAY_SET,
  STMT_SESSION_DAY_CLEAR,
  STMT_ATTENTION_COMPETENCE_OF,
  STMT_ATTENTION_MASTERIES,
  STMT_ATTENTION_UPSERT,
  STMT_ATTENTION_DELETE,
  STMT_ATTENTION_SCORED_PAIRS,
  STMT_ATTENTION_CLEAR,
  STMT_ATTENTION_LIST,
  STMT_ATTENTION_COUNT_GROUP,
  STMT_ATTENTION_COUNT_ALL,
  N_STMTS
} StmtId;

#define LEARNER_COLUMNS \
  "SELECT l.id, l.group_id, l.name, l.company_id, c.name, l.trainer_id, t.name" \
  " FROM learner l LEFT JOIN company c ON c.id = l.company_id" \
  " LEFT JOIN trainer t ON t.id = l.trainer_id"

static const char * const stmt_sql[N_STMTS] = {
  [STMT_QUALIFICATION_FIND] = "SELECT id FROM qualification WHERE code = ?1 AND version = ?2",
  [STMT_QUALIFICATION_LATEST] = "SELECT id FROM qualification WHERE code = ?1 ORDER BY version DESC LIMIT 1",
  [STMT_QUALIFICATION_ROW] =
    "SELECT code, version, title, definition, lang, recognised FROM qualification WHERE id = ?1",
  [STMT_QUALIFICATION_LEVELS] =
    "SELECT framework, value FROM qualification_level WHERE qualification_id = ?1 ORDER BY position",
  [STMT_QUALIFICATION_COMPETENCES] =
    "SELECT id, code, number, title, reference, group_title FROM competence"
    " WHERE qualification_id = ?1 ORDER BY position",
  [STMT_QUALIFICATION_INDICATORS] =
    "SELECT competence_id, code, text, id FROM indicator WHERE qualification_id = ?1"
    " ORDER BY competence_id, position",
  [STMT_QUALIFICATION_KNOWLEDGE] =
    "SELECT k.competence_id, k.text FROM competence c JOIN knowledge k ON k.competence_id = c.id"
    " WHERE c.qualification_id = ?1 ORDER BY k.competence_id, k.position",
  [STMT_QUALIFICATION_LIST] = "SELECT id FROM qualification ORDER BY code, version",
  [STMT_QUALIFICATION_INSERT] =
    "INSERT INTO qualification (code, version, title, definition, lang, recognised)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
  [STMT_QUALIFICATION_UPDATE] =
    "UPDATE qualification SET title = ?2, definition = ?3, lang = ?4, recognised = ?5 WHERE id = ?1",
  [STMT_QUALIFICATION_HAS_SCORES] =
    "SELECT 1 FROM class_group g JOIN learner l ON l.group_id = g.id"
    " JOIN score_log s ON s.learner_id = l.id WHERE g.qualification_id = ?1 LIMIT 1",
  [STMT_LEVELS_DELETE] = "DELETE FROM qualification_level WHERE qualification_id = ?1",
  [STMT_LEVEL_INSERT] =
    "INSERT INTO qualification_level (qualification_id, position, framework, value) VALUES (?1, ?2, ?3, ?4)",
  [STMT_COMPETENCES_DELETE] = "DELETE FROM competence WHERE qualification_id = ?1",
  [STMT_COMPETENCE_INSERT] =
    "INSERT INTO competence (qualification_id, position, code, number, title, reference, group_title)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
  [STMT_COMPETENCE_UPDATE] =
    "UPDATE competence SET position = ?3, number = ?4, title = ?5, reference = ?6, group_title = ?7"
    " WHERE qualification_id = ?1 AND code = ?2 RETURNING id",
  [STMT_COMPETENCE_FIND] = "SELECT id FROM competence WHERE qualification_id = ?1 AND code = ?2",
  [STMT_INDICATOR_INSERT] =
    "INSERT INTO indicator (competence_id, qualification_id, position, code, text) VALUES (?1, ?2, ?3, ?4, ?5)",
  [STMT_INDICATOR_UPDATE] =
    "UPDATE indicator SET position = ?3, text = ?4 WHERE qualification_id = ?1 AND code = ?2",
  [STMT_INDICATOR_FIND] = "SELECT id FROM indicator WHERE qualification_id = ?1 AND code = ?2",
  [STMT_KNOWLEDGE_DELETE] =
    "DELETE FROM knowledge WHERE competence_id IN (SELECT id FROM competence WHERE qualification_id = ?1)",
  [STMT_KNOWLEDGE_INSERT] = "INSERT INTO knowledge (competence_id, position, text) VALUES (?1, ?2, ?3)",
  [STMT_GROUP_INSERT] = "INSERT INTO class_group (name, qualification_id) VALUES (?1, ?2)",
  [STMT_GROUP_RENAME] = "UPDATE class_group SET name = ?2 WHERE id = ?1",
  [STMT_GROUP_DELETE] = "DELETE FROM class_group WHERE id = ?1",
  [STMT_GROUP_LIST] =
    "SELECT g.id, g.name, q.code, q.version FROM class_group g"
    " JOIN qualification q ON q.id = g.qualification_id ORDER BY g.name, g.id",
  [STMT_GROUP_GET] =
    "SELECT g.id, g.name, q.code, q.version FROM class_group g"
    " JOIN qualification q ON q.id = g.qualification_id WHERE g.id = ?1",
  [STMT_GROUP_QUALIFICATION] = "SELECT qualification_id FROM class_group WHERE id = ?1",
  [STMT_TEACHER_INSERT] = "INSERT INTO teacher (group_id, name) VALUES (?1, ?2)",
  [STMT_TEACHER_LIST] = "SELECT id, name, group_id FROM teacher WHERE group_id = ?1 ORDER BY name, id",
  [STMT_COMPANY_INSERT] = "INSERT INTO company (name) VALUES (?1)",
  [STMT_COMPANY_FIND_BY_NAME] = "SELECT id FROM company WHERE name = ?1",
  [STMT_COMPANY_GET] = "SELECT id, name FROM company WHERE id = ?1",
  [STMT_COMPANY_LIST] = "SELECT id, name FROM company ORDER BY name, id",
  [STMT_COMPANY_ALL_ACTIVITIES] =
    "SELECT company_id, competence_code FROM company_activity ORDER BY company_id, position",
  [STMT_COMPANY_ACTIVITIES] =
    "SELECT company_id, competence_code FROM company_activity WHERE company_id = ?1 ORDER BY position",
  [STMT_COMPANY_ACTIVITIES_DELETE] = "DELETE FROM company_activity WHERE company_id = ?1",
  [STMT_COMPANY_ACTIVITY_INSERT] =
    "INSERT OR IGNORE INTO company_activity (company_id, competence_code, position) VALUES (?1, ?2, ?3)",
  [STMT_TRAINER_FIND] = "SELECT id FROM trainer WHERE company_id = ?1 AND name = ?2",
  [STMT_TRAINER_INSERT] = "INSERT INTO trainer (company_id, name) VALUES (?1, ?2)",
  [STMT_TRAINER_LIST] = "SELECT id, name, company_id FROM trainer WHERE company_id = ?1 ORDER BY name, id",
  [STMT_LEARNER_INSERT] =
    "INSERT INTO learner (group_id, name, company_id, trainer_id) VALUES (?1, ?2, ?3, ?4)",
  [STMT_LEARNER_UPDATE] =
    "UPDATE learner SET name = ?2, company_id = ?3, trainer_id = ?4 WHERE id = ?1",
  [STMT_LEARNER_DELETE] = "DELETE FROM learner WHERE id = ?1",
  [STMT_LEARNER_GET] = LEARNER_COLUMNS " WHERE l.id = ?1",
  [STMT_LEARNER_LIST] = LEARNER_COLUMNS " WHERE l.group_id = ?1 ORDER BY l.name, l.id",
  [STMT_LEARNER_FIND_IN_GROUP] = "SELECT id FROM learner WHERE group_id = ?1 AND name = ?2",
  [STMT_LEARNER_CONTEXT] =
    "SELECT l.group_id, g.qualification_id, l.company_id, l.name FROM learner l"
    " JOIN class_group g ON g.id = l.group_id WHERE l.id = ?1",
  [STMT_LEARNER_COUNT_SCORES] = "SELECT count(*) FROM current_score WHERE learner_id = ?1",
  [STMT_PLAN_COPY] =
    "INSERT OR IGNORE INTO plan (learner_id, competence_code)"
    " SELECT ?1, a.competence_code FROM company_activity a WHERE a.company_id = ?2"
    " AND EXISTS (SELECT 1 FROM competence c WHERE c.qualification_id = ?3 AND c.code = a.competence_code)",
  [STMT_PLAN_CLEAR] = "DELETE FROM plan WHERE learner_id = ?1",
  [STMT_PLAN_INSERT] = "INSERT OR IGNORE INTO plan (learner_id, competence_code) VALUES (?1, ?2)",
  [STMT_PLAN_DELETE] = "DELETE FROM plan WHERE learner_id = ?1 AND competence_code = ?2",
  [STMT_PLAN_GET] =
    "SELECT p.competence_code FROM plan p JOIN learner l ON l.id = p.learner_id"
    " JOIN class_group g ON g.id = l.group_id"
    " LEFT JOIN competence c ON c.qualification_id = g.qualification_id AND c.code = p.competence_code"
    " WHERE p.learner_id = ?1 ORDER BY c.position, p.competence_code",
  [STMT_LOG_INSERT] =
    "INSERT INTO score_log (learner_id, indicator_id, actor, mastery, coverage, comment,"
    " author_role, recorded_at, undo_of, fields, source)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
  [STMT_LOG_GET] = "SELECT learner_id, indicator_id, actor FROM score_log WHERE id = ?1",
  [STMT_LOG_PREVIOUS] =
    "SELECT mastery, coverage, comment FROM score_log"
    " WHERE learner_id = ?1 AND indicator_id = ?2 AND actor = ?3 AND id < ?4 ORDER BY id DESC LIMIT 1",
  /* entries of version 2 (fields NULL) set all three fields */
  [STMT_LOG_CELL] =
    "SELECT id, coalesce(fields, 7), coalesce(undo_of, 0) FROM score_log"
    " WHERE learner_id = ?1 AND indicator_id = ?2 AND actor = ?3 ORDER BY id",
  [STMT_LOG_HISTORY] =
    "SELECT s.id, i.code, s.actor, s.mastery, s.coverage, s.comment, s.recorded_at,"
    " coalesce(s.fields, 7), s.source, coalesce(s.undo_of, 0)"
    " FROM score_log s JOIN indicator i ON i.id = s.indicator_id"
    " WHERE s.learner_id = ?1 AND (?2 IS NULL OR s.indicator_id = ?2) ORDER BY s.id",
  [STMT_CURRENT_GET] =
    "SELECT mastery, coverage, comment FROM current_score"
    " WHERE learner_id = ?1 AND indicator_id = ?2 AND actor = ?3",
  [STMT_CURRENT_UPSERT] =
    "INSERT INTO current_score (learner_id, indicator_id, actor, mastery, coverage, comment, log_id)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (learner_id, indicator_id, actor) DO UPDATE SET"
    " mastery = excluded.mastery, coverage = excluded.coverage, comment = excluded.comment,"
    " log_id = excluded.log_id",
  [STMT_CURRENT_DELETE] =
    "DELETE FROM current_score WHERE learner_id = ?1 AND indicator_id = ?2 AND actor = ?3",
  [STMT_CURRENT_CELLS_GROUP] =
    "SELECT s.learner_id, s.indicator_id, s.actor, s.mastery, s.coverage, s.comment, s.log_id"
    " FROM learner l JOIN current_score s ON s.learner_id = l.id WHERE l.group_id = ?1",
  [STMT_CURRENT_CELLS_LEARNER] =
    "SELECT s.learner_id, s.indicator_id, s.actor, s.mastery, s.coverage, s.comment, s.log_id"
    " FROM current_score s WHERE s.learner_id = ?1",
  [STMT_PERIOD_INSERT] = "INSERT INTO period (group_id, number) VALUES (?1, ?2)",
  [STMT_PERIOD_LIST] =
    "SELECT number, name, closed_at, starts_on, ends_on FROM period WHERE group_id = ?1 ORDER BY number",
  [STMT_PERIOD_FIRST_OPEN] =
    "SELECT id, number FROM period WHERE group_id = ?1 AND closed_at IS NULL ORDER BY number LIMIT 1",
  [STMT_PERIOD_GET] = "SELECT id, closed_at FROM period WHERE group_id = ?1 AND number = ?2",
  [STMT_PERIOD_SNAPSHOT] =
    "INSERT INTO period_score (period_id, learner_id, indicator_id, actor, mastery, coverage, comment, log_id)"
    " SELECT ?1, s.learner_id, s.indicator_id, s.actor, s.mastery, s.coverage, s.comment, s.log_id"
    " FROM learner l JOIN current_score s ON s.learner_id = l.id WHERE l.group_id = ?2",
  [STMT_PERIOD_CLOSE] = "UPDATE period SET closed_at = ?2 WHERE id = ?1 AND closed_at IS NULL",
  [STMT_PERIOD_CELLS_GROUP] =
    "SELECT s.learner_id, s.indicator_id, s.actor, s.mastery, s.coverage, s.comment, s.log_id"
    " FROM period_score s WHERE s.period_id = ?1",
  [STMT_PERIOD_CELLS_LEARNER] =
    "SELECT s.learner_id, s.indicator_id, s.actor, s.mastery, s.coverage, s.comment, s.log_id"
    " FROM period_score s WHERE s.period_id = ?1 AND s.learner_id = ?2",
  [STMT_PERIOD_UPDATE] =
    "UPDATE period SET name = ?3, starts_on = ?4, ends_on = ?5 WHERE group_id = ?1 AND number = ?2",
  [STMT_SESSION_PLAN_GET] = "SELECT max_groups, plan_csv, planned_at FROM session_plan WHERE group_id = ?1",
  /* An upsert, not INSERT OR REPLACE: that would delete the durations first. */
  [STMT_SESSION_PLAN_PUT] =
    "INSERT INTO session_plan (group_id, max_groups, plan_csv, planned_at) VALUES (?1, ?2, ?3, ?4)"
    " ON CONFLICT (group_id) DO UPDATE SET max_groups = excluded.max_groups,"
    " plan_csv = excluded.plan_csv, planned_at = excluded.planned_at",
  [STMT_SESSION_DURATIONS_GET] = "SELECT competence_code, sessions FROM session_duration WHERE group_id = ?1",
  [STMT_SESSION_DURATIONS_CLEAR] = "DELETE FROM session_duration WHERE group_id = ?1",
  [STMT_SESSION_DURATION_INSERT] =
    "INSERT INTO session_duration (group_id, competence_code, sessions) VALUES (?1, ?2, ?3)",
  [STMT_SESSION_DAYS_GET] = "SELECT session, day FROM session_date WHERE group_id = ?1 ORDER BY session",
  [STMT_SESSION_DAY_SET] =
    "INSERT INTO session_date (group_id, session, day) VALUES (?1, ?2, ?3)"
    " ON CONFLICT (group_id, session) DO UPDATE SET day = excluded.day",
  [STMT_SESSION_DAY_CLEAR] = "DELETE FROM session_date WHERE group_id = ?1 AND session = ?2",
  [STMT_ATTENTION_COMPETENCE_OF] = "SELECT competence_id FROM indicator WHERE id = ?1",
  [STMT_ATTENTION_MASTERIES] =
    "SELECT c.code, c.position, i.code, s.actor, s.mastery FROM competence c JOIN indicator i ON i.competence_id = c.id"
    " LEFT JOIN current_score s ON s.learner_id = ?1 AND s.indicator_id = i.id"
    " WHERE c.id = ?2 ORDER BY i.position",
  [STMT_ATTENTION_UPSERT] =
    "INSERT OR REPLACE INTO attention_item (learner_id, competence_position, competence_id, competence_code,"
    " severity, learner_colour, teacher_colour, trainer_colour, opposite)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
  [STMT_ATTENTION_DELETE] = "DELETE FROM attention_item WHERE learner_id = ?1 AND competence_id = ?2",
  [STMT_ATTENTION_SCORED_PAIRS] =
    "SELECT DISTINCT s.learner_id, i.competence_id FROM current_score s JOIN indicator i ON i.id = s.indicator_id"
    " WHERE ?1 = 0 OR i.qualification_id = ?1",
  [STMT_ATTENTION_CLEAR] =
    "DELETE FROM attention_item WHERE ?1 = 0"
    " OR competence_id IN (SELECT id FROM competence WHERE qualification_id = ?1)",
  [STMT_ATTENTION_LIST] =
    "SELECT a.learner_id, a.competence_code, a.severity, a.learner_colour, a.teacher_colour, a.trainer_colour,"
    " a.opposite FROM learner l JOIN attention_item a ON a.learner_id = l.id"
    " WHERE l.group_id = ?1 ORDER BY l.name, l.id, a.competence_position",
  [STMT_ATTENTION_COUNT_GROUP] =
    "SELECT count(*) FROM learner l JOIN attention_item a ON a.learner_id = l.id WHERE l.group_id = ?1",
  [STMT_ATTENTION_COUNT_ALL] = "SELECT count(*) FROM attention_item",
};

struct _DuaalSqliteStore
{
  GObject parent_instance;

  char         *path;
  sqlite3      *db;
  sqlite3_stmt *stmts[N_STMTS];
  gboolean      read_only;   /* opened by duaal_sqlite_store_open_read_only() */
  DuaalSqliteChanges *changes;  /* (nullable) change notices of self->db */
  GSource      *watch_source;   /* (nullable) polls for other connections' writes */
  gint64        watch_from_seq; /* where the log stood when watching began, until the first poll; else -1 */
  struct _AttentionBatch *attention_batch;   /* (nullable) while a batch of scores is written */
};

static void duaal_sqlite_store_iface_init (DuaalStoreInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (DuaalSqliteStore, duaal_sqlite_store, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (DUAAL_TYPE_STORE, duaal_sqlite_store_iface_init))

static void
duaal_sqlite_store_finalize (GObject *object)
{
  DuaalSqliteStore *self = DUAAL_SQLITE_STORE (object);

  if (self->watch_source != NULL)
    g_source_destroy (self->watch_source);
  g_clear_pointer (&self->watch_source, g_source_unref);
  g_clear_pointer (&self->changes, duaal_sqlite_changes_free);
  for (guint i = 0; i < N_STMTS; i++)
    g_clear_pointer (&self->stmts[i], sqlite3_finalize);
  g_clear_pointer (&self->db, sqlite3_close_v2);
  g_free (self->path);

  G_OBJECT_CLASS (duaal_sqlite_store_parent_class)->finalize (object);
}

static void
duaal_sqlite_store_class_init (DuaalSqliteStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = duaal_sqlite_store_finalize;
}

static void
duaal_sqlite_store_init (DuaalSqliteStore *self)
{
  self->watch_from_seq = -1;
}

/* ------------------------------------------------------------------ */
/* Errors                                                              */

/* Turns a SQLite result code into a message a coach can act on. */
static void
set_error_from_code (GError     **error,
                     int          rc,
                     const char  *detail)
{
  switch (rc & 0xff)
    {
    case SQLITE_FULL:
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_FULL,
                   _("The disk is full, or the database has reached its size limit: nothing was saved. "
                     "Free some disk space and try again."));
      break;
    case SQLITE_READONLY:
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_READ_ONLY,
                   _("The database can only be read, not written: nothing was saved. "
                     "Check that you may write the file and its folder."));
      break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_CORRUPT,
                   _("The database file is damaged or is not a Duaal database (%s). "
                     "Restore a backup copy."), detail);
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_BUSY,
                   _("Another program kept the database busy for too long: nothing was saved. "
                     "Try again in a moment."));
      break;
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_PERM:
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_IO,
                   _("The database file could not be read or written (%s)."), detail);
      break;
    default:
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_DATABASE,
                   _("The database reported an error: %s."), detail);
      break;
    }
}

static gboolean
set_db_error (DuaalSqliteStore  *self,
              int                rc,
              GError           **error)
{
  /* Only a large database is opened read-only, while it is checked. */
  if (self->read_only && (rc & 0xff) == SQLITE_READONLY)
    g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_READ_ONLY,
                 _("Duaal is still checking the database, which takes a few seconds for a large one: "
                   "nothing was saved. Try again in a moment."));
  else
    set_error_from_code (error, rc, sqlite3_errmsg (self->db));
  return FALSE;
}

/* "There is no learner with id 7": the core's sentences (duaal-store-rules.h). */
#define set_not_found          duaal_store_rules_not_found
#define ENTITY_GROUP           DUAAL_STORE_THING_GROUP
#define ENTITY_COMPANY         DUAAL_STORE_THING_COMPANY
#define ENTITY_LEARNER         DUAAL_STORE_THING_LEARNER
#define ENTITY_TEACHER         DUAAL_STORE_THING_TEACHER
#define ENTITY_SCORE_CHANGE    DUAAL_STORE_THING_SCORE_CHANGE

/* ------------------------------------------------------------------ */
/* Statements                                                          */

/* A cached statement: "freeing" it only resets it for the next use. */
typedef sqlite3_stmt CachedStmt;

static void
cached_stmt_release (CachedStmt *stmt)
{
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CachedStmt, cached_stmt_release)

static CachedStmt *
get_stmt (DuaalSqliteStore  *self,
          StmtId             id,
          GError           **error)
{
  int rc;

  if (self->stmts[id] != NULL)
    return self->stmts[id];

  rc = sqlite3_prepare_v3 (self->db, stmt_sql[id], -1, SQLITE_PREPARE_PERSISTENT,
                           &self->stmts[id], NULL);
  if (rc != SQLITE_OK)
    {
      set_db_error (self, rc, error);
      return NULL;
    }
  return self->stmts[id];
}

/* Steps once: 1 for a row, 0 when done, -1 on error (set). */
static int
step (DuaalSqliteStore  *self,
      sqlite3_stmt      *stmt,
      GError           **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW)
    return 1;
  if (rc == SQLITE_DONE)
    return 0;
  set_db_error (self, rc, error);
  return -1;
}

/* Runs a statement that returns no rows. */
static gboolean
step_done (DuaalSqliteStore  *self,
           sqlite3_stmt      *stmt,
           GError           **error)
{
  int rc;

  while ((rc = step (self, stmt, error)) == 1)
    ;
  return rc == 0;
}

static gboolean
exec_sql (DuaalSqliteStore  *self,
          const char        *sql,
          GError           **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    return set_db_error (self, rc, error);
  return TRUE;
}

static void
bind_text (sqlite3_stmt *stmt,
           int           index,
           const char   *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

/* Enum values 1..3 are stored as such, "none" (0) as NULL. */
static void
bind_scale (sqlite3_stmt *stmt,
            int           index,
            int           value)
{
  if (value == 0)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_int (stmt, index, value);
}

static const char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

static GDateTime *
date_time_from_usec (gint64 usec)
{
  g_autoptr(GDateTime) seconds = g_date_time_new_from_unix_utc (usec / G_USEC_PER_SEC);

  if (seconds == NULL)
    return NULL;
  return g_date_time_add (seconds, usec % G_USEC_PER_SEC);
}

/* Runs a single-row, single-integer query; FALSE with no error when
 * there is no row. */
static gboolean
query_int64 (DuaalSqliteStore  *self,
             sqlite3_stmt      *stmt,
             gint64            *value,
             GError           **error)
{
  int rc = step (self, stmt, error);

  if (rc == 1)
    *value = sqlite3_column_int64 (stmt, 0);
  return rc == 1;
}

/* ------------------------------------------------------------------ */
/* Transactions                                                        */

typedef DuaalSqliteTxnFunc TransactionFunc;

static void
rollback (DuaalSqliteStore *self)
{
  /* A failed COMMIT or statement may already have ended the transaction. */
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
}

/* The change notices of the current connection, made on first use and
 * again after make_writable() swapped the connection.  NULL on a
 * database without change_log (tests' old schema versions). */
static DuaalSqliteChanges *
ensure_changes (DuaalSqliteStore  *self,
                GError           **error)
{
  if (self->changes != NULL && duaal_sqlite_changes_get_db (self->changes) == self->db)
    return self->changes;
  g_clear_pointer (&self->changes, duaal_sqlite_changes_free);
  self->changes = duaal_sqlite_changes_new (self->db, error);
  return self->changes;
}

static void
emit_changes (DuaalSqliteStore *self,
              GPtrArray        *changes)
{
  for (guint i = 0; i < changes->len; i++)
    duaal_store_emit_changed (DUAAL_STORE (self), g_ptr_array_index (changes, i));
}

/* Runs @func inside BEGIN IMMEDIATE ... COMMIT, rolls back on any
 * error, and retries the whole transaction when another writer kept the
 * database busy beyond busy_timeout.  @func must start from @data's
 * inputs every time it runs.  What it changed is logged for other
 * connections before COMMIT and emitted here after it. */
static gboolean
run_write (DuaalSqliteStore  *self,
           TransactionFunc    func,
           gpointer           data,
           GError           **error)
{
  g_autoptr(GError) notices_error = NULL;
  /* Outside the transaction: a rollback would drop the temporary triggers. */
  DuaalSqliteChanges *notices = ensure_changes (self, &notices_error);

  if (notices_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&notices_error));
      return FALSE;
    }
  for (guint attempt = 0;; attempt++)
    {
      g_autoptr(GError) local_error = NULL;
      g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func ((GDestroyNotify) duaal_change_free);

      if (exec_sql (self, "BEGIN IMMEDIATE", &local_error) &&
          func (self, data, &local_error) &&
          (notices == NULL || duaal_sqlite_changes_flush (notices, changes, &local_error)) &&
          exec_sql (self, "COMMIT", &local_error))
        {
          emit_changes (self, changes);
          return TRUE;
        }

      rollback (self);
      if (g_error_matches (local_error, DUAAL_ERROR, DUAAL_ERROR_BUSY) && attempt < MAX_BUSY_RETRIES)
        continue;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
}

/* Reads that take several queries see one consistent state. */
static gboolean
run_read (DuaalSqliteStore  *self,
          TransactionFunc    func,
          gpointer           data,
          GError           **error)
{
  if (!exec_sql (self, "BEGIN", error))
    return FALSE;
  if (!func (self, data, error))
    {
      rollback (self);
      return FALSE;
    }
  return exec_sql (self, "COMMIT", error);
}

static gint64 find_qualification (DuaalSqliteStore *self, const char *code, guint version, GError **error);

/* For the backend's other files (duaal-sqlite-store-private.h). */
void
duaal_sqlite_store_bind_text (sqlite3_stmt *stmt,
                              int           index,
                              const char   *text)
{
  bind_text (stmt, index, text);
}

gint64
duaal_sqlite_store_find_qualification (gpointer     self,
                                       const char  *code,
                                       guint        version,
                                       GError     **error)
{
  return find_qualification (self, code, version, error);
}

gboolean
duaal_sqlite_store_run_write (DuaalSqliteStore    *self,
                              DuaalSqliteTxnFunc   func,
                              gpointer             data,
                              GError             **error)
{
  return run_write (self, func, data, error);
}

gboolean
duaal_sqlite_store_run_read (DuaalSqliteStore    *self,
                             DuaalSqliteTxnFunc   func,
                             gpointer             data,
                             GError             **error)
{
  return run_read (self, func, data, error);
}

sqlite3_stmt *
duaal_sqlite_store_prepare (DuaalSqliteStore  *self,
                            const char        *sql,
                            GError           **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);

  if (rc != SQLITE_OK)
    {
      set_db_error (self, rc, error);
      return NULL;
    }
  return stmt;
}

int
duaal_sqlite_store_step (DuaalSqliteStore  *self,
                         sqlite3_stmt      *stmt,
                         GError           **error)
{
  return step (self, stmt, error);
}

gboolean
duaal_sqlite_store_step_done (DuaalSqliteStore  *self,
                              sqlite3_stmt      *stmt,
                              GError           **error)
{
  return step_done (self, stmt, error);
}

int
duaal_sqlite_store_competence_position (gpointer     self,
                                        gint64       qualification_id,
                                        const char  *code,
                                        gint64      *position,
                                        GError     **error)
{
  sqlite3_stmt *stmt =
    duaal_sqlite_store_prepare (self, "SELECT position FROM competence WHERE qualification_id = ?1 AND code = ?2",
                                error);
  int rc;

  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, qualification_id);
  bind_text (stmt, 2, code);
  rc = step (self, stmt, error);
  if (rc > 0)
    *position = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return rc;
}

gboolean
duaal_sqlite_store_exec_ids (DuaalSqliteStore  *self,
                             const char        *sql,
                             gint64             a,
                             gint64             b,
                             gint64             c,
                             GError           **error)
{
  sqlite3_stmt *stmt = duaal_sqlite_store_prepare (self, sql, error);
  const gint64 values[] = { a, b, c };
  gboolean done;

  if (stmt == NULL)
    return FALSE;
  for (int i = 0; i < (int) G_N_ELEMENTS (values) && i < sqlite3_bind_parameter_count (stmt); i++)
    sqlite3_bind_int64 (stmt, i + 1, values[i]);
  done = step_done (self, stmt, error);
  sqlite3_finalize (stmt);
  return done;
}

/* ------------------------------------------------------------------ */
/* Input checks                                                        */

/* Names are cleaned by the core's rules: duaal_input_clean_name(). */

/* ------------------------------------------------------------------ */
/* Opening, schema versions, migration backups                         */

char *
duaal_sqlite_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "duaal", "duaal.db", NULL);
}

guint
duaal_sqlite_store_schema_version (void)
{
  return SCHEMA_VERSION;
}

const char *
duaal_sqlite_store_get_path (DuaalSqliteStore *self)
{
  g_return_val_if_fail (DUAAL_IS_SQLITE_STORE (self), NULL);
  return self->path;
}

sqlite3 *
duaal_sqlite_store_get_db (DuaalSqliteStore *self)
{
  g_return_val_if_fail (DUAAL_IS_SQLITE_STORE (self), NULL);
  return self->db;
}

static gboolean
set_io_error (GError     **error,
              int          saved_errno,
              const char  *format,
              const char  *path)
{
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  g_autofree char *what = g_strdup_printf (format, path);
#pragma GCC diagnostic pop
  g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_IO, "%s: %s", what, g_strerror (saved_errno));
  return FALSE;
}

/* Creates the file ourselves so that it is born with mode 0600 whatever
 * the umask: SQLite would create it 0644. */
static gboolean
create_private_file (const char  *path,
                     int          flags,
                     GError     **error)
{
  int fd = g_open (path, O_RDWR | O_CREAT | O_CLOEXEC | flags, 0600);

  if (fd < 0)
    return set_io_error (error, errno, _("Cannot create the database file %s"), path);
  close (fd);
  return TRUE;
}

/* SQLite creates -wal and -shm with the database file's mode, but be
 * explicit: these files hold the same learners' records. */
static void
protect_side_files (const char *path)
{
  static const char * const suffixes[] = { "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *side = g_strconcat (path, suffixes[i], NULL);

      if (g_file_test (side, G_FILE_TEST_EXISTS))
        g_chmod (side, 0600);
    }
}

/* PRAGMA application_id of every Duaal database: "Dual". */
#define DUAAL_APPLICATION_ID 0x4475616C

/* What the file says about itself, read before anything is changed. */
typedef struct {
  guint32  application_id;
  guint    version;       /* user_version */
  gboolean empty;         /* no table, index, view or trigger at all */
  gboolean duaal_tables;  /* the tables of Duaal's first schema */
} Identity;

/* The tables every Duaal database has had since schema version 1: how
 * a database written before Duaal set its application_id is known. */
#define FIRST_SCHEMA_TABLES \
  "'qualification', 'competence', 'indicator', 'class_group', 'company'," \
  " 'learner', 'period', 'score_log', 'current_score', 'period_score'"
#define N_FIRST_SCHEMA_TABLES 10

static gboolean
read_identity (DuaalSqliteStore  *self,
               Identity          *identity,
               GError           **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (self->db,
                           "SELECT (SELECT application_id FROM pragma_application_id),"
                           " (SELECT user_version FROM pragma_user_version),"
                           " (SELECT count(*) FROM sqlite_master),"
                           " (SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                           "  AND name IN (" FIRST_SCHEMA_TABLES "))",
                           -1, &stmt, NULL);
  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      identity->application_id = (guint32) sqlite3_column_int64 (stmt, 0);
      identity->version = (guint) MAX (sqlite3_column_int64 (stmt, 1), 0);
      identity->empty = sqlite3_column_int64 (stmt, 2) == 0;
      identity->duaal_tables = sqlite3_column_int64 (stmt, 3) == N_FIRST_SCHEMA_TABLES;
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_OK)
    return set_db_error (self, rc, error);
  return TRUE;
}

/* Whether Duaal may use this file at all: its own mark, or a database
 * of the first releases (no mark, Duaal's tables), or a new, empty file.
 * Checked before the first write of any kind (even the journal mode),
 * so that another program's file, or a database of a newer Duaal, is
 * left exactly as it was. */
static gboolean
check_identity (DuaalSqliteStore  *self,
                const Identity    *identity,
                GError           **error)
{
  gboolean ours = identity->application_id == DUAAL_APPLICATION_ID
    || (identity->application_id == 0 && identity->empty && identity->version == 0)
    || (identity->application_id == 0 && identity->duaal_tables && identity->version > 0);

  if (!ours)
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID_FILE,
                   _("This file is not a Duaal database (it belongs to another program). "
                     "Nothing was changed: choose a Duaal database, or a new file name."));
      return FALSE;
    }
  if (identity->version > SCHEMA_VERSION)
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_DATABASE,
                   _("This database was written by a newer version of Duaal (database version %u; "
                     "this program knows up to version %u). Nothing was changed: "
                     "open it with the newer Duaal, or update this one."),
                   identity->version, (guint) SCHEMA_VERSION);
      return FALSE;
    }
  return TRUE;
}

/* One backup copy before any schema change, in the same place and
 * under the same rules as every other backup (duaal-sqlite-backup.h),
 * so "Restore from backup" offers it too. */
static gboolean
backup_before_migration (DuaalSqliteStore  *self,
                         guint              old_version,
                         GError           **error)
{
  g_autofree char *reason = g_strdup_printf ("pre-migration-v%u", old_version);

  if (!duaal_sqlite_backup_create (self->path, reason, NULL, error))
    {
      g_prefix_error (error, _("No backup copy could be made before upgrading the database, "
                               "so it was left as it was: "));
      return FALSE;
    }
  return TRUE;
}

static gboolean fill_attention (DuaalSqliteStore *self, gint64 qualification_id, GError **error);

/* What a step's SQL cannot do, in the same transaction as its DDL. */
static gboolean
complete_migration (DuaalSqliteStore  *self,
                    guint              new_version,
                    GError           **error)
{
  /* 3: the attention list is kept per write from now on; it starts
   * from the scores already there, by the core's rule. */
  if (new_version == 3)
    return fill_attention (self, 0, error);
  return TRUE;
}

static gboolean
migrate (DuaalSqliteStore  *self,
         guint              from_version,
         guint              target_version,
         GError           **error)
{
  for (guint version = from_version; version < target_version; version++)
    {
      g_autofree char *set_version = g_strdup_printf ("PRAGMA user_version = %u", version + 1);

      if (!exec_sql (self, "BEGIN IMMEDIATE", error) ||
          !exec_sql (self, migrations[version], error) ||
          !complete_migration (self, version + 1, error) ||
          !exec_sql (self, set_version, error) ||
          !exec_sql (self, "COMMIT", error))
        {
          rollback (self);
          g_prefix_error (error, _("The database could not be upgraded to version %u: "), version + 1);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
configure_connection (DuaalSqliteStore  *self,
                      GError           **error)
{
  /* WAL: readers never block the writer; FULL: a committed score
   * survives a power cut. */
  return exec_sql (self, "PRAGMA journal_mode = WAL", error) &&
         exec_sql (self, "PRAGMA synchronous = FULL", error) &&
         exec_sql (self, "PRAGMA foreign_keys = ON", error);
}

static gboolean
prepare_schema (DuaalSqliteStore  *self,
                const Identity    *identity,
                guint              target_version,
                GError           **error)
{
  if (identity->version < target_version)
    {
      if (!identity->empty && !backup_before_migration (self, identity->version, error))
        return FALSE;
      if (!migrate (self, identity->version, target_version, error))
        return FALSE;
    }

  /* The mark, on new databases and on those of the first releases; a
   * test's database "of an older release" stays unmarked like those. */
  if (target_version == SCHEMA_VERSION &&
      identity->application_id != DUAAL_APPLICATION_ID &&
      sqlite3_db_readonly (self->db, "main") == 0)
    {
      g_autofree char *mark = g_strdup_printf ("PRAGMA application_id = %d", (int) DUAAL_APPLICATION_ID);
      return exec_sql (self, mark, error);
    }
  return TRUE;
}

static gboolean
ensure_parent_directory (const char  *path,
                         GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    return set_io_error (error, errno, _("Cannot create the folder %s"), dir);
  return TRUE;
}

/* An existing database that others may read is made private (0600, or
 * 0400 for one its owner made read-only); when that is not possible,
 * Duaal says why and goes on, as the owner chose those rights. */
static void
make_private (const char *path)
{
  struct stat st;

  if (g_stat (path, &st) != 0 || (st.st_mode & (S_IRWXG | S_IRWXO)) == 0)
    return;
  if (g_chmod (path, st.st_mode & S_IRWXU) != 0)
    {
      int saved_errno = errno;
      g_warning (_("%s can be read by other users of this computer and could not be made private: %s"),
                 path, g_strerror (saved_errno));
    }
}

/* The file to open, created (mode 0600) only when @create: a command
 * that only reads never leaves a database behind, nor a folder. */
static gboolean
find_or_create_file (const char  *path,
                     gboolean     is_default,
                     gboolean     create,
                     GError     **error)
{
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    return TRUE;
  if (!create)
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND,
                   _("There is no database at %s, and reading creates none. "
                     "Check the path; a command that writes creates a new database."), path);
      return FALSE;
    }
  if (is_default && !ensure_parent_directory (path, error))
    return FALSE;
  return create_private_file (path, O_EXCL, error);
}

static gboolean
open_connection (DuaalSqliteStore  *self,
                 int                flags,
                 GError           **error)
{
  int rc;

  /* Before SQLite opens a descriptor: see duaal-sqlite-locks.c. */
  duaal_sqlite_locks_install ();
  rc = sqlite3_open_v2 (self->path, &self->db, flags | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      set_error_from_code (error, rc, self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc));
      return FALSE;
    }
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);
  sqlite3_extended_result_codes (self->db, TRUE);
  return TRUE;
}

static DuaalSqliteStore *
open_for_writing (const char  *path,
                  guint        target_version,
                  gboolean     create,
                  GError     **error)
{
  g_autoptr(DuaalSqliteStore) self = NULL;
  Identity identity = { 0 };

  g_return_val_if_fail (target_version <= SCHEMA_VERSION, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (DUAAL_TYPE_SQLITE_STORE, NULL);
  self->path = path != NULL ? g_strdup (path) : duaal_sqlite_store_default_path ();

  if (!find_or_create_file (self->path, path == NULL, create, error))
    return NULL;
  if (!open_connection (self, SQLITE_OPEN_READWRITE, error) ||
      !read_identity (self, &identity, error) ||
      !check_identity (self, &identity, error))
    {
      g_prefix_error (error, "%s: ", self->path);
      return NULL;
    }
  make_private (self->path);
  if (!configure_connection (self, error) ||
      !prepare_schema (self, &identity, target_version, error))
    {
      g_prefix_error (error, "%s: ", self->path);
      return NULL;
    }
  protect_side_files (self->path);
  return g_steal_pointer (&self);
}

DuaalSqliteStore *
duaal_sqlite_store_open_at_version (const char  *path,
                                    guint        target_version,
                                    GError     **error)
{
  return open_for_writing (path, target_version, TRUE, error);
}

DuaalSqliteStore *
duaal_sqlite_store_open (const char  *path,
                         GError     **error)
{
  return open_for_writing (path, SCHEMA_VERSION, TRUE, error);
}

DuaalSqliteStore *
duaal_sqlite_store_open_existing (const char  *path,
                                  GError     **error)
{
  return open_for_writing (path, SCHEMA_VERSION, FALSE, error);
}

DuaalSqliteStore *
duaal_sqlite_store_open_read_only (const char  *path,
                                   GError     **error)
{
  g_autoptr(DuaalSqliteStore) self = NULL;
  Identity identity = { 0 };

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (DUAAL_TYPE_SQLITE_STORE, NULL);
  self->path = g_strdup (path);
  self->read_only = TRUE;

  if (!g_file_test (self->path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND,
                   _("There is no database file %s"), self->path);
      return NULL;
    }
  if (!open_connection (self, SQLITE_OPEN_READONLY, error) ||
      !read_identity (self, &identity, error) ||
      !check_identity (self, &identity, error))
    {
      g_prefix_error (error, "%s: ", self->path);
      return NULL;
    }
  make_private (self->path);
  if (identity.version != SCHEMA_VERSION)
    {
      /* Upgrading writes: that is duaal_sqlite_store_open()'s job. */
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_DATABASE,
                   _("%s is database version %u, not %u: it must be opened for writing"),
                   self->path, identity.version, (guint) SCHEMA_VERSION);
      return NULL;
    }
  return g_steal_pointer (&self);
}

gboolean
duaal_sqlite_store_make_writable (DuaalSqliteStore  *self,
                                  GError           **error)
{
  g_autoptr(DuaalSqliteStore) writable = NULL;

  g_return_val_if_fail (DUAAL_IS_SQLITE_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!self->read_only)
    return TRUE;
  writable = duaal_sqlite_store_open (self->path, error);
  if (writable == NULL)
    return FALSE;

  /* The object stays, so every view holding it goes on as it was; only
   * the connection under it is swapped. */
  for (guint i = 0; i < N_STMTS; i++)
    {
      g_clear_pointer (&self->stmts[i], sqlite3_finalize);
      self->stmts[i] = g_steal_pointer (&writable->stmts[i]);
    }
  g_clear_pointer (&self->db, sqlite3_close_v2);
  self->db = g_steal_pointer (&writable->db);
  self->read_only = FALSE;
  return TRUE;
}

gboolean
duaal_sqlite_store_is_writable (DuaalSqliteStore *self)
{
  g_return_val_if_fail (DUAAL_IS_SQLITE_STORE (self), FALSE);

  return !self->read_only;
}

/* ------------------------------------------------------------------ */
/* Qualifications                                                      */

static void
clear_level (gpointer data)
{
  DuaalLevel *level = data;

  g_clear_pointer (&level->framework, g_free);
}

/* Finds the row id of (code, version), version 0 meaning the latest.
 * Returns 0 with NOT_FOUND set when there is none. */
static gint64
find_qualification (DuaalSqliteStore  *self,
                    const char        *code,
                    guint              version,
                    GError           **error)
{
  g_autoptr(CachedStmt) stmt = get_stmt (self, version == 0 ? STMT_QUALIFICATION_LATEST
                                                            : STMT_QUALIFICATION_FIND, error);
  g_autoptr(GError) local_error = NULL;
  gint64 id;

  if (stmt == NULL)
    return 0;
  bind_text (stmt, 1, code);
  if (version != 0)
    sqlite3_bind_int64 (stmt, 2, version);
  if (query_int64 (self, stmt, &id, &local_error))
    return id;
  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  else if (version == 0)
    g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND,
                 _("There is no qualification %s"), code);
  else
    g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND,
                 _("There is no version %u of qualification %s"), version, code);
  return 0;
}

/* The rows of one competence while a qualification is read back. */
typedef struct {
  char      *code;
  guint      number;
  char      *title;
  char      *reference;
  char      *group_title;
  GPtrArray *indicators;
  GPtrArray *knowledge;
} CompetenceRow;

static void
competence_row_free (gpointer data)
{
  CompetenceRow *row = data;

  g_free (row->code);
  g_free (row->title);
  g_free (row->reference);
  g_free (row->group_title);
  g_clear_pointer (&row->indicators, g_ptr_array_unref);
  g_clear_pointer (&row->knowledge, g_ptr_array_unref);
  g_free (row);
}

static GArray *
load_levels (DuaalSqliteStore  *self,
             gint64             qualification_id,
             GError           **error)
{
  g_autoptr(CachedStmt) stmt = get_stmt (self, STMT_QUALIFICATION_LEVELS, error);
  g_autoptr(GArray) levels = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  levels = g_array_new (FALSE, TRUE, sizeof (DuaalLevel));
  g_array_set_clear_func (levels, clear_level);
  sqlite3_bind_int64 (stmt, 1, qualification_id);
  while ((rc = step (self, stmt, error)) == 1)
    {
      DuaalLevel level = {
        .framework = g_strdup (column_text (stmt, 0)),
        .value = (guint) sqlite3_column_int (stmt, 1),
      };
      g_array_append_val (levels, level);
    }
  return rc == 0 ? g_steal_pointer (&levels) : NULL;
}

/* One query per table, not per competence: competences first (keyed by
 * row id), then every indicator and knowledge item of the qualification
 * sorted into them. */
static GPtrArray *
load_competences (DuaalSqliteStore  *self,
                  gint64             qualification_id,
                  GHashTable        *indicator_codes,
                  GError           **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (competence_row_free);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autofree gint64 *ids = NULL;
  g_autoptr(GPtrArray) competences = NULL;
  sqlite3_stmt *stmt;
  int rc;

  {
    g_autoptr(CachedStmt) c = get_stmt (self, STMT_QUALIFICATION_COMPETENCES, error);
    if ((stmt = c) == NULL)
      return NULL;
    sqlite3_bind_int64 (stmt, 1, qualification_id);
    while ((rc = step (self, stmt, error)) == 1)
      {
        CompetenceRow *row = g_new0 (CompetenceRow, 1);

        row->code = g_strdup (column_text (stmt, 1));
        row->number = (guint) sqlite3_column_int (stmt, 2);
        row->title = g_strdup (column_text (stmt, 3));
        row->reference = g_strdup (column_text (stmt, 4));
        row->group_title = g_strdup (column_text (stmt, 5));
        row->indicators = g_ptr_array_new_with_free_func (g_object_unref);
        row->knowledge = g_ptr_array_new_with_free_func (g_object_unref);
        g_ptr_array_add (rows, row);
        ids = g_renew (gint64, ids, rows->len);
        ids[rows->len - 1] = sqlite3_column_int64 (stmt, 0);
      }
    if (rc < 0)
      return NULL;
  }
  /* ids no longer moves: index it now */
  for (guint i = 0; i < rows->len; i++)
    g_hash_table_insert (by_id, &ids[i], g_ptr_array_index (rows, i));

  {
    g_autoptr(CachedStmt) c = get_stmt (self, STMT_QUALIFICATION_INDICATORS, error);
    if ((stmt = c) == NULL)
      return NULL;
    sqlite3_bind_int64 (stmt, 1, qualification_id);
    while ((rc = step (self, stmt, error)) == 1)
      {
        gint64 competence_id = sqlite3_column_int64 (stmt, 0);
        CompetenceRow *row = g_hash_table_lookup (by_id, &competence_id);

        DuaalIndicator *indicator;

        if (row == NULL)
          continue;
        indicator = duaal_indicator_new (column_text (stmt, 1), column_text (stmt, 2));
        g_ptr_array_add (row->indicators, indicator);
        /* the id string lives as long as the qualification */
        if (indicator_codes != NULL)
          g_hash_table_insert (indicator_codes, g_memdup2 (&(gint64) { sqlite3_column_int64 (stmt, 3) }, sizeof (gint64)),
                               (gpointer) duaal_indicator_get_id (indicator));
      }
    if (rc < 0)
      return NULL;
  }

  {
    g_autoptr(CachedStmt) c = get_stmt (self, STMT_QUALIFICATION_KNOWLEDGE, error);
    if ((stmt = c) == NULL)
      return NULL;
    sqlite3_bind_int64 (stmt, 1, qualification_id);
    while ((rc = step (self, stmt, error)) == 1)
      {
        gint64 competence_id = sqlite3_column_int64 (stmt, 0);
        CompetenceRow *row = g_hash_table_lookup (by_id, &competence_id);

        if (row != NULL)
          g_ptr_array_add (row->knowledge, duaal_knowledge_item_new (column_text (stmt, 1)));
      }
    if (rc < 0)
      return NULL;
  }

  competences = g_ptr_array_new_full (rows->len, g_object_unref);
  for (guint i = 0; i < rows->len; i++)
    {
      CompetenceRow *row = g_ptr_array_index (rows, i);

      g_ptr_array_add (competences,
                       duaal_competence_new (row->code, row->number, row->title, row->reference,
                                             row->group_title, g_steal_pointer (&row->indicators),
                                             g_steal_pointer (&row->knowledge)));
    }
  return g_steal_pointer (&competences);
}

static DuaalQualification *
load_qualification_with_codes (DuaalSqliteStore  *self,
                               gint64             qualification_id,
                               GHashTable        *indicator_codes,
                               GError           **error)
{
  g_autoptr(CachedStmt) stmt = get_stmt (self, STMT_QUALIFICATION_ROW, error);
  g_autoptr(GArray) levels = NULL;
  g_autoptr(GPtrArray) competences = NULL;
  g_autofree char *code = NULL;
  g_autofree char *title = NULL;
  g_autofree char *definition = NULL;
  g_autofree char *lang = NULL;
  guint version, recognised;
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, qualification_id);
  rc = step (self, stmt, error);
  if (rc < 0)
    return NULL;
  if (rc == 0)
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_DATABASE,
                   _("The database lost a qualification that a class group refers to."));
      return NULL;
    }
  code = g_strdup (column_text (stmt, 0));
  version = (guint) sqlite3_column_int64 (stmt, 1);
  title = g_strdup (column_text (stmt, 2));
  definition = g_strdup (column_text (stmt, 3));
  lang = g_strdup (column_text (stmt, 4));
  recognised = (guint) sqlite3_column_int64 (stmt, 5);
  cached_stmt_release (stmt);

  if ((levels = load_levels (self, qualification_id, error)) == NULL ||
      (competences = load_competences (self, qualification_id, indicator_codes, error)) == NULL)
    return NULL;

  return duaal_qualification_new (code, version, title, definition, lang, recognised,
                                  g_steal_pointer (&levels), g_steal_pointer (&competences));
}

static DuaalQualification *
load_qualification (DuaalSqliteStore  *self,
                    gint64             qualification_id,
                    GError           **error)
{
  return load_qualification_with_codes (self, qualification_id, NULL, error);
}

/* Indicator row id -> the file's indicator id, for reading cells
 * without joining the indicator table once per row. */
static GHashTable *
indicator_codes_new (void)
{
  return g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
}

static gboolean
insert_levels (DuaalSqliteStore    *self,
               gint64               qualification_id,
               DuaalQualification  *qualification,
               GError             **error)
{
  GArray *levels = duaal_qualification_get_levels (qualification);

  for (guint i = 0; levels != NULL && i < levels->len; i++)
    {
      g_autoptr(CachedStmt) stmt = get_stmt (self, STMT_LEVEL_INSERT, error);
      const DuaalLevel *level = &g_array_index (levels, DuaalLevel, i);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, qualification_id);
      sqlite3_bind_int (stmt, 2, (int) i);
      bind_text (stmt, 3, level->framework);
      sqlite3_bind_int (stmt, 4, (int) level->value);
      if (!step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
insert_knowledge (DuaalSqliteStore  *self,
                  gint64             competence_row,
                  DuaalCompetence   *competence,
                  GError           **error)
{
  GPtrArray *knowledge = duaal_competence_get_knowledge (competence);

  for (guint i = 0; knowledge != NULL && i < knowledge->len; i++)
    {
      g_autoptr(CachedStmt) stmt = get_stmt (self, STMT_KNOWLEDGE_INSERT, error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, competence_row);
      sqlite3_bind_int (stmt, 2, (int) i);
      bind_text (stmt, 3, duaal_knowledge_item_get_text (g_ptr_array_index (knowledge, i)));
      if (!step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static void
bind_competence (sqlite3_stmt    *stmt,
                 gint64           qualification_id,
                 guint            position,
                 DuaalCompetence *competence)
{
  sqlite3_bind_int64 (stmt, 1, qualification_id);
  sqlite3_bind_int (stmt, 2, (int) position);
  bind_text (stmt, 3, duaal_competence_get_id (competence));
  sqlite3_bind_int (stmt, 4, (int) duaal_competence_get_number (competence));
  bind_text (stmt, 5, duaal_competence_get_title (competence));
  bind_text (stmt, 6, duaal_competence_get_reference (competence));
  bind_text (stmt, 7, duaal_competence_get_group_title (competence));
}

static gboolean
insert_competences (DuaalSqliteStore    *self,
                    gint64               qualification_id,
                    DuaalQualification  *qualification,
                    GError             **error)
{
  guint n = duaal_qualification_get_n_competences (qualification);

  for (guint c = 0; c < n; c++)
    {
      DuaalCompetence *competence = duaal_qualification_get_competence (qualification, c);
      gint64 competence_row;

      {
        g_autoptr(CachedStmt) stmt = get_stmt (self, STMT_COMPETENCE_INSERT, error);
        if (stmt == NULL)
          return FALSE;
        bind_competence (stmt, qualification_id, c, competence);
        if (!step_done (self, stmt, error))
          return FALSE;
        competence_row = sqlite3_last_insert_rowid (self->db);
      }

      for (guint i = 0; i < duaal_competence_get_n_indicators (competence); i++)
        {
          g_autoptr(CachedStmt) stmt = get_stmt (self, STMT_INDICATOR_INSERT, error);
          DuaalIndicator *indicator = duaal_competence_get_indicator (competence, i);

          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, competence_row);
          sqlite3_bind_int64 (stmt, 2, qualification_id);
          sqlite3_bind_int (stmt, 3, (int) i);
          bind_text (stmt, 4, duaal_indicator_get_id (indicator));
          bind_text (stmt, 5, duaal_indicator_get_text (indicator));
          if (!step_done (self, stmt, error))
            return FALSE;
        }
      if (!insert_knowledge (self, competence_row, competence, error))
        return FALSE;
    }
  return TRUE;
}

static void
bind_qualification_texts (sqlite3_stmt       *stmt,
                          DuaalQualification *qualification)
{
  bind_text (stmt, 3, duaal_qualification_get_title (qualification));
  bind_text (stmt, 4, duaal_qualification_get_definition (qualification));
  bind_text (stmt, 5, duaal_qualification_get_lang (qualification) != NULL
                      ? duaal_qualification_get_lang (qualification) : "nl");
  sqlite3_bind_int (stmt, 6, (int) duaal_qualification_get_recognised (qualification));
}

static gboolean
insert_qualification (DuaalSqliteStore    *self,
                      DuaalQualification  *qualification,
                      GError             **error)
{
  gint64 qualification_id;

  {
    g_autoptr(CachedStmt) stmt = get_stmt (self, STMT_QUALIFICATION_INSERT, error);
    if (stmt == NULL)
      return FALSE;
    bind_text (stmt, 1, duaal_qualification_get_code (qualification));
    sqlite3_bind_int64 (stmt, 2, duaal_qualification_get_version (qualification));
    bind_qualification_texts (stmt, qualification);
    if (!step_done (self, stmt, error))
      return FALSE;
    qualification_id = sqlite3_last_insert_rowid (self->db);
  }
  return insert_levels (self, qualification_id, qualification, error) &&
         insert_competences (self, qualification_id, qualification, error);
}

static gboolean
qualification_has_scores (DuaalSqliteStore  *self,
                          gint64             qualification_id,
                          gboolean          *has_scores,
                          GError           **error)
{
  g_autoptr(CachedStmt) stmt = get_stmt (self, STMT_QUALIFICATION_HAS_SCORES, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, qualification_id);
  rc = step (self, stmt, error);
  *has_scores = rc == 1;
  return rc >= 0;
}

/* Same ids: texts and positions are updated in place, so competence and
 * indicator row ids (and every score pointing at them) stay. */
static gboolean
update_texts (DuaalSqliteStore    *self,
              gint64               qualification_id,
              DuaalQualification  *qualification,
              GError             **error)
{
  for (guint c = 0; c < duaal_qualification_get_n_competences (qualification); c++)
    {
      DuaalCompetence *competence = duaal_qualification_get_competence (qualification, c);
      gint64 competence_row = 0;
      int rc;

      {
        g_autoptr(CachedStmt) stmt = get_stmt (self, STMT_COMPETENCE_UPDATE, error);
        if (stmt == NULL)
          return FALSE;
        sqlite3_bind_int64 (stmt, 1, qualification_id);
        bind_text (stmt, 2, duaal_competence_get_id (competence));
        sqlite3_bind_int (stmt, 3, (int) c);
        sqlite3_bind_int (stmt, 4, (int) duaal_competence_get_number (competence));
        bind_text (stmt, 5, duaal_competence_get_title (competence));
        bind_text (stmt, 6, duaal_competence_get_reference (competence));
        bind_text (stmt, 7, duaal_competence_get_group_title (competence));
        rc = step (self, stmt, error);
        if (rc < 0)
          return FALSE;
        if (rc == 0)
          {
            set_error_from_code (error, SQLITE_INTERNAL, duaal_competence_get_id (competence));
            return FALSE;
          }
        competence_row = sqlite3_column_int64 (stmt, 0);
        if (!step_done (self, stmt, error))
          return FALSE;
      }

      for (guint i = 0; i < duaal_competence_get_n_indicators (competence); i++)
        {
          g_autoptr(CachedStmt) stmt = get_stmt (self, STMT_INDICATOR_UPDATE, error);
          DuaalIndicator *indicator = duaal_competence_get_indicator (competence, i);

          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, qualification_id);
          bind_text (stmt, 2, duaal_indicator_get_id (indicator));
          sqlite3_bind_int (stmt, 3, (int) i);
          bind_text (stmt, 4, duaal_indicator_get_text (indicator));
          if (!step_done (self, stmt, error))
            return FALSE;
        }
      if (!insert_knowledge (self, competence_row, competence, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
delete_for_qualification (DuaalSqliteStore  *self,
                          StmtId             id,
                          gint64             qualification_id,
                          GError           **error)
{
  g_autoptr(CachedStmt) stmt = get_stmt (self, id, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, qualification_id);
  return step_done (self, stmt, error);
}

static gboolean
update_qualification_row (DuaalSqliteStore    *self,
                          gint64               qualification_id,
                          DuaalQualification  *qualification,
                          GError             **error)
{
  g_autoptr(CachedStmt) stmt = get_stmt (self, STMT_QUALIFICATION_UPDATE, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, qualification_id);
  bind_text (stmt, 2, duaal_qualification_get_title (qualification));
  bind_text (stmt, 3, duaal_qualification_get_definition (qualification));
  bind_text (stmt, 4, duaal_qualification_get_lang (qualification) != NULL
                      ? duaal_qualification_get_lang (qualification) : "nl");
  sqlite3_bind_int (stmt, 5, (int) duaal_qualification_get_recognised (qualification));
  return step_done (self, stmt, error);
}

/* The re-import's primitives (duaal-store-rules.h); @backend is the
 * store, inside import_qualification_txn's transaction. */
static DuaalQualification *
fetch_qualification (gpointer     backend,
                     const char  *code,
                     guint        version,
                     GError     **error)
{
  DuaalSqliteStore *self = backend;
  g_autoptr(GError) local_error = NULL;
  gint64 qualification_id = find_qualification (self, code, version, &local_error);

  if (qualification_id != 0)
    return load_qualification (self, qualification_id, error);
  if (!g_error_matches (local_error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND))
    g_propagate_error (error, g_steal_pointer (&local_error));
  return NULL;
}

static gboolean
store_new_qualification (gpointer             backend,
                         DuaalQualification  *qualification,
                         GError             **error)
{
  return insert_qualification (backend, qualification, error);
}

/* The qualification row and its levels, as every update does first. */
static gint64
update_qualification_head (DuaalSqliteStore    *self,
                           DuaalQualification  *qualification,
                           GError             **error)
{
  gint64 qualification_id = find_qualification (self, duaal_qualification_get_code (qualification),
                                                duaal_qualification_get_version (qualification), error);

  if (qualification_id == 0 ||
      !update_qualification_row (self, qualification_id, qualification, error) ||
      !delete_for_qualification (self, STMT_LEVELS_DELETE, qualification_id, error) ||
      !insert_levels (self, qualification_id, qualification, error))
    return 0;
  return qualification_id;
}

static gboolean
store_qualification_texts (gpointer             backend,
                           DuaalQualification  *qualification,
                           GError             **error)
{
  DuaalSqliteStore *self = backend;
  gint64 qualification_id = update_qualification_head (self, qualification, error);

  /* The attention list is made again too: it lists indicators in the
   * qualification's order, which a new file may change. */
  return qualification_id != 0 &&
         delete_for_qualification (self, STMT_KNOWLEDGE_DELETE, qualification_id, error) &&
         update_texts (self, qualification_id, qualification, error) &&
         fill_attention (self, qualification_id, error);
}

static gboolean
fetch_qualification_has_scores (gpointer             backend,
                                DuaalQualification  *qualification,
                                gboolean            *has_scores,
                                GError             **error)
{
  DuaalSqliteStore *self = backend;
  gint64 qualification_id = find_qualification (self, duaal_qualification_get_code (qualification),
                                                duaal_qualification_get_version (qualification), error);

  return qualification_id != 0 && qualification_has_scores (self, qualification_id, has_scores, error);
}

/* Nothing scored yet: the new structure simply replaces the old one,
 * and the attention list of its learners is made again. */
static gboolean
store_qualification_structure (gpointer             backend,
                               DuaalQualification  *qualification,
                               GError             **error)
{
  DuaalSqliteStore *self = backend;
  gint64 qualification_id = update_qualification_head (self, qualification, error);

  return qualification_id != 0 &&
         delete_for_qualification (self, STMT_COMPETENCES_DELETE, qualification_id, error) &&
         insert_competences (self, qualification_id, qualification, error) &&
         fill_attention (self, qualification_id, error);
}

static const DuaalQualificationStorage qualification_storage = {
  .fetch = fetch_qualification,
  .insert = store_new_qualification,
  .update_texts = store_qualification_texts,
  .has_scores = fetch_qualification_has_scores,
  .replace = store_qualification_structure,
};

typedef struct {
  DuaalQualification *qualification;
  DuaalImportStatus   status;
} ImportQualification;

static gboolean
import_qualification_txn (DuaalSqliteStore  *self,
                          gpointer           data,
                          GError           **error)
{
  ImportQualification *import = data;

  return duaal_store_rules_import_qualification (&qualification_storage, self, import->qualification,
                                                 &import->status, error) &&
         duaal_sqlite_contexts_import (self, import->qualification, error) &&
         duaal_sqlite_evaluation_import_units (self, import->qualification, error);
}

static gboolean
duaal_sqlite_store_import_qualification (DuaalStore          *store,
                                         DuaalQualification  *qualification,
                                         DuaalImportStatus   *status,
                                         GError             **error)
{
  ImportQualification import = { .qualification = qualification };

  if (!run_write (DUAAL_SQLITE_STORE (store), import_qualification_txn, &import, error))
    return FALSE;
  if (status != NULL)
    *status = import.status;
  return TRUE;
}

typedef struct {
  const char         *code;
  guint               version;
  DuaalQualification *result;
  GPtrArray          *results;
} LoadQualifications;

static gboolean
get_qualification_txn (DuaalSqliteStore  *self,
                       gpointer           data,
                       GError           **error)
{
  LoadQualifications *load = data;
  gint64 id = find_qualification (self, load->code, load->version, error);

  if (id == 0)
    return FALSE;
  load->result = load_qualification (self, id, error);
  return load->result != NULL;
}

static DuaalQualification *
duaal_sqlite_store_get_qualification (DuaalStore  *store,
                                      const char  *code,
                                      guint        version,
                                      GError     **error)
{
  LoadQualifications load = { .code = code, .version = version };

  if (!run_read (DUAAL_SQLITE_STORE (store), get_qualification_txn, &load, error))
    {
      g_clear_object (&load.result);
      return NULL;
    }
  return load.result;
}

static gboolean
list_qualifications_txn (DuaalSqliteStore  *self,
                         gpointer           data,
                         GError           **error)
{
  LoadQualifications *load = data;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  {
    g_autoptr(CachedStmt) stmt = get_stmt (self, STMT_QUALIFICATION_LIST, error);
    int rc;

    if (stmt == NULL)
      return FALSE;
    while ((rc = step (self, stmt, error)) == 1)
      {
        gint64 id = sqlite3_column_int64 (stmt, 0);
        g_array_append_val (ids, id);
      }
    if (rc < 0)
      return FALSE;
  }

  for (guint i = 0; i < ids->len; i++)
    {
      DuaalQualification *qualification = load_qualification (self, g_array_index (ids, gint64, i), error);

      if (qualification == NULL)
        return FALSE;
      g_ptr_array_add (load->results, qualification);
    }
  return TRUE;
}

static GPtrArray *
duaal_sqlite_store_list_qualifications (DuaalStore  *store,
                                        GError     **error)
{
  g_autoptr(GPtrArray) results = g_ptr_array_new_with_free_func (g_object_unref);
  LoadQualifications load = { .results = results };

  if (!run_read (DUAAL_SQLITE_STORE (store), list_qualifications_txn, &load, error))
    return NULL;
  return g_steal_pointer (&results);
}

/* ------------------------------------------------------------------ */
/* Small helpers for "does it exist" and single-id statements          */

/* Runs a statement with ?1 = id; TRUE when it returned a row. */
static gboolean
exists_by_id (DuaalSqliteStore  *self,
              StmtId             stmt_id,
              gint64             id,
              gboolean          *exists,
              GError           **error)
{
  g_autoptr(CachedStmt) stmt = get_stmt (self, stmt_id, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = step (self, stmt, error);
  *exists = rc == 1;
  return rc >= 0;
}

static gboolean
require_group (DuaalSqliteStore  *self,
               gint64             group_id,
               gint64            *qualification_id,
               GError           **error)
{
  g_autoptr(CachedStmt) stmt = get_stmt (self, STMT_GROUP_QUALIFICATION, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, group_id);
  rc = step (self, stmt, error);
  if (rc < 0)
    return FALSE;
  if (rc == 0)
    return set_not_found (error, ENTITY_GROUP, group_id);
  if (qualification_id != NULL)
    *qualification_id = sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

static gboolean
require_company (DuaalSqliteStore  *self,
                 gint64             company_id,
                 GError           **error)
{
  gboolean exists;

  if (!exists_by_id (self, STMT_COMPANY_GET, company_id, &exists, error))
    return FALSE;
  if (!exists)
    return set_not_found (error, ENTITY_COMPANY, company_id);
  return TRUE;
}

typedef struct {
  gint64  group_id;
  gint64  qualification_id;
  gint64  company_id;     /* 0 when none */
  char   *name;
} LearnerContext;

static void
learner_context_clear (LearnerContext *context)
{
  g_clear_pointer (&context->name, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (LearnerContext, learner_context_clear)

static gboolean
require_learner (DuaalSqliteStore  *self,
                 gint64             learner_id,
                 LearnerContext    *context,
                 GError           **error)
{
  g_autoptr(CachedStmt) stmt = get_stmt (self, STMT_LEARNER_CONTEXT, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, learner_id);
  rc = step (self, stmt, error);
  if (rc < 0)
    return FALSE;
  if (rc == 0)
    return set_not_found (error, ENTITY_LEARNER, learner_id);
  if (context != NULL)
    {
      context->group_id = sqlite3_column_int64 (stmt, 0);
      context->qualification_id = sqlite3_column_int64 (stmt, 1);
      context->company_id = sqlite3_column_int64 (stmt, 2);
      context->name = g_strdup (column_text (stmt, 3));
    }
  return TRUE;
}

/* For the backend's other files (duaal-sqlite-store-private.h). */
gboolean
duaal_sqlite_store_require_group (DuaalSqliteStore  *self,
                                  gint64             group_id,
                                  gint64            *qualification_id,
                                  GError           **error)
{
  return require_group (self, group_id, qualification_id, error);
}

gboolean
duaal_sqlite_store_require_company (DuaalSqliteStore  *self,
                                    gint64             company_id,
                                    GError           **error)
{
  return require_company (self, company_id, error);
}

gboolean
duaal_sqlite_store_require_learner (DuaalSqliteStore  *self,
                                    gint64             learner_id,
                                    gint64            *group_id,
                                    gint64            *qualification_id,
                                    GError           **error)
{
  g_auto(LearnerContext) context = { 0 };

  if (!require_learner (self, learner_id, &context, error))
    return FALSE;
  if (group_id != NULL)
    *group_id = context.group_id;
  if (qualification_id != NULL)
    *qualification_id = context.qualification_id;
  return TRUE;
}

static gboolean
run_id_statement (DuaalSqliteStore  *self,
                  StmtId             stmt_id,
                  gint64             id,
                  GError           **error)
{
  g_autoptr(CachedStmt) stmt = get_stmt (self, stmt_id, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  return step_done (self, stmt, error);
}

static gboolean
run_id_text_statement (DuaalSqliteStore  *self,
                       StmtId             stmt_id,
                       gint64             id,
                       const char        *text,
                       gint64            *inserted_id,
                       GError           **error)
{
  g_autoptr(CachedStmt) stmt = get_stmt (self, stmt_id, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  bind_text (stmt, 2, text);
  if (!step_done (self, stmt, error))
    return FALSE;
  if (inserted_id != NULL)
    *inserted_id = sqlite3_last_insert_rowid (self->db);
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Class groups and teachers                                           */

typedef struct {
  gint64      id;
  const char *name;
  const char *code;
  guint       version;
  gint64      result;
  const DuaalGroupSetup *setup;  /* (nullable) a new group's teachers and periods */
} GroupArgs;

/* The periods a new class group starts with (duaal-store-rules.h),
 * without names: each reader shows "Period N" in its own language. */
static gboolean
insert_default_periods (DuaalSqliteStore  *self,
                        gint64             group_id,
                        GError           **error)
{
  for (guint number = 1; number <= duaal_store_rules_n_default_periods (); number++)
    {
      g_autoptr(CachedStmt) stmt = get_stmt (self, STMT_PERIOD_INSERT, error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, group_id);
      sqlite3_bind_int (stmt, 2, (int) number);
      if (!step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean store_group_setup (DuaalSqliteStore *self, GroupArgs *args, GError **error);

static gboolean
add_group_txn (DuaalSqliteStore  *self,
               gpointer           data,
               GError           **error)
{
  GroupArgs *args = data;
  gint64 qualification_id;

  if ((qualification_id = find_qualification (self, args->code, args->version, error)) == 0)
    return FALSE;

  {
    g_autoptr(CachedStmt) stmt = get_stmt (self, STMT_GROUP_INSERT, error);
    if (stmt == NULL)
      return FALSE;
    bind_text (stmt, 1, args->name);
    sqlite3_bind_int64 (stmt, 2, qualification_id);
    if (!step_done (self, stmt, error))
      return FALSE;
    args->result = sqlite3_last_insert_rowid (self->db);
  }
  return insert_default_periods (self, args->result, error) && store_group_setup (self, args, error);
}

static gint64
duaal_sqlite_store_add_group (DuaalStore             *store,
                              const char             *name,
                              const char             *code,
                              guint                   version,
                              const DuaalGroupSetup  *setup,
                              GError                **error)
{
  g_autofree char *clean = duaal_input_clean_name (name, DUAAL_NAME_GROUP, error);
  GroupArgs args = { .name = clean, .code = code, .version = version, .setup = setup };

  if (clean == NULL || !run_write (DUAAL_SQLITE_STORE (store), add_group_txn, &args, error))
    return 0;
  return args.result;
}

static gboolean
rename_group_txn (DuaalSqliteStore  *self,
                  gpointer           data,
                  GError           **error)
{
  GroupArgs *args = data;

  return require_group (self, args->id, NULL, error) &&
         run_id_text_statement (self, STMT_GROUP_RENAME, args->id, args->name, NULL, error);
}

static gboolean
duaal_sqlite_store_rename_group (DuaalStore  *store,
                                 gint64       group_id,
                                 const char  *name,
                                 GError     **error)
{
  g_autofree char *clean = duaal_input_clean_name (name, DUAAL_NAME_GROUP, error);
  GroupArgs args = { .id = group_id, .name = clean };

  return clean != NULL && run_write (DUAAL_SQLITE_STORE (store), rename_group_txn, &args, error);
}

/* Learners, their plans and scores, teachers and periods go with the
 * group (ON DELETE CASCADE), in the same transaction. */
static gboolean
delete_group_txn (DuaalSqliteStore  *self,
                  gpointer           data,
                  GError           **error)
{
  GroupArgs *args = data;

  return require_group (self, args->id, NULL, error) &&
         run_id_statement (self, STMT_GROUP_DELETE, args->id, error);
}

static gboolean
duaal_sqlite_store_delete_group (DuaalStore  *store,
                                 gint64       group_id,
                                 GError     **error)
{
  GroupArgs args = { .id = group_id };

  return run_write (DUAAL_SQLITE_STORE (store), delete_group_txn, &args, error);
}

static DuaalClassGroup *
group_from_row (sqlite3_stmt *stmt)
{
  return duaal_class_group_new (sqlite3_column_int64 (stmt, 0), column_text (stmt, 1),
                                column_text (stmt, 2), (guint) sqlite3_column_int64 (stmt, 3));
}

static GPtrArray *
duaal_sqlite_store_list_groups (DuaalStore  *store,
                                GError     **error)
{
  DuaalSqliteStore *self = DUAAL_SQLITE_STORE (store);
  g_autoptr(CachedStmt) stmt = get_stmt (self, STMT_GROUP_LIST, error);
  g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = step (self, stmt, error)) == 1)
    g_ptr_array_add (groups, group_from_row (stmt));
  return rc == 0 ? g_steal_pointer (&groups) : NULL;
}

static DuaalClassGroup *
duaal_sqlite_store_get_group (DuaalStore  *store,
                              gint64       group_id,
                              GError     **error)
{
  DuaalSqliteStore *self = DUAAL_SQLITE_STORE (store);
  g_autoptr(CachedStmt) stmt = get_stmt (self, STMT_GROUP_GET, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, group_id);
  rc = step (self, stmt, error);
  if (rc == 0)
    set_not_found (error, ENTITY_GROUP, group_id);
  return rc == 1 ? group_from_row (stmt) : NULL;
}

static gboolean
add_teacher_txn (DuaalSqliteStore  *self,
                 gpointer           data,
                 GError           **error)
{
  GroupArgs *args = data;

  return require_group (self, args->id, NULL, error) &&
         run_id_text_statement (self, STMT_TEACHER_INSERT, args->id, args->name, &args->result, error);
}

static gint64
duaal_sqlite_store_add_teacher (DuaalStore  *store,
                                gint64       group_id,
                                const char  *name,
                                GError     **error)
{
  g_autofree char *clean = duaal_input_clean_name (name, DUAAL_NAME_TEACHER, error);
  GroupArgs args = { .id = group_id, .name = clean };

  if (clean == NULL || !run_write (DUAAL_SQLITE_STORE (store), add_teacher_txn, &args, error))
    return 0;
  return args.result;
}

typedef struct {
  gint64     id;
  GPtrArray *results;
} ListArgs;

static gboolean
list_teachers_txn (DuaalSqliteStore  *self,
                   gpointer           data,
                   GError           **error)
{
  ListArgs *args = data;
  g_autoptr(CachedStmt) stmt = NULL;
  int rc;

  if (!require_group (self, args->id, NULL, error) ||
      (stmt = get_stmt (self, STMT_TEACHER_LIST, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, args->id);
  while ((rc = step (self, stmt, error)) == 1)
    g_ptr_array_add (args->results, duaal_teacher_new (sqlite3_column_int64 (stmt, 0), column_text (stmt, 1),
                                                       sqlite3_column_int64 (stmt, 2)));
  return rc == 0;
}

static GPtrArray *
run_list (DuaalSqliteStore  *self,
          TransactionFunc    func,
          gint64             id,
          GError           **error)
{
  g_autoptr(GPtrArray) results = g_ptr_array_new_with_free_func (g_object_unref);
  ListArgs args = { .id = id, .results = results };

  if (!run_read (self, func, &args, error))
    return NULL;
  return g_steal_pointer (&results);
}

static GPtrArray *
duaal_sqlite_store_list_teachers (DuaalStore  *store,
                                  gint64       group_id,
                                  GError     **error)
{
  return run_list (DUAAL_SQLITE_STORE (store), list_teachers_txn, group_id, error);
}

/* ------------------------------------------------------------------ */
/* Companies and trainers                                              */

typedef struct {
  gint64              id;
  const char         *name;
  const char * const *activities;
  gint64              result;
} CompanyArgs;

static gboolean
insert_activities (DuaalSqliteStore    *self,
                   gint64               company_id,
                   const char * const  *activities,
                   GError             **error)
{
  for (guint i = 0; activities != NULL && activities[i] != NULL; i++)
    {
      g_autoptr(CachedStmt) stmt = get_stmt (self, STMT_COMPANY_ACTIVITY_INSERT, error);
      g_autofree char *code = duaal_input_clean_line (activities[i], DUAAL_INPUT_MAX_ID, NULL, NULL, NULL);

      if (stmt == NULL)
        return FALSE;
      if (code == NULL)
        continue;
      sqlite3_bind_int64 (stmt, 1, company_id);
      bind_text (stmt, 2, code);
      sqlite3_bind_int (stmt, 3, (int) i);
      if (!step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* 0 without error when there is no company of that exact name. */
static gint64
find_company_by_name (DuaalSqliteStore  *self,
                      const char        *name,
                      GError           **error)
{
  g_autoptr(CachedStmt) stmt = get_stmt (self, STMT_COMPANY_FIND_BY_NAME, error);
  gint64 id = 0;

  if (stmt == NULL)
    return 0;
  bind_text (stmt, 1, name);
  if (!query_int64 (self, stmt, &id, error))
    return 0;
  return id;
}

static gboolean
insert_company (DuaalSqliteStore    *self,
                const char          *name,
                const char * const  *activities,
                gint64              *company_id,
                GError             **error)
{
  g_autoptr(CachedStmt) stmt = get_stmt (self, STMT_COMPANY_INSERT, error);

  if (stmt == NULL)
    return FALSE;
  bind_text (stmt, 1, name);
  if (!step_done (self, stmt, error))
    return FALSE;
  *company_id = sqlite3_last_insert_rowid (self->db);
  return insert_activities (self, *company_id, activities, error);
}

static gboolean
add_company_txn (DuaalSqliteStore  *self,
                 gpointer           data,
                 GError           **error)
{
  CompanyArgs *args = data;
  g_autoptr(GError) local_error = NULL;

  if (find_company_by_name (self, args->name, &local_error) != 0)
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   _("There is already a company named “%s”."), args->name);
      return FALSE;
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return insert_company (self, args->name, args->activities, &args->result, error);
}

static gint64
duaal_sqlite_store_add_company (DuaalStore          *store,
                                const char          *name,
                                const char * const  *activities,
                                GError             **error)
{
  g_autofree char *clean = duaal_input_clean_name (name, DUAAL_NAME_COMPANY, error);
  CompanyArgs args = { .name = clean, .activities = activities };

  if (clean == NULL || !run_write (DUAAL_SQLITE_STORE (store), add_company_txn, &args, error))
    return 0;
  return args.result;
}

static gboolean
set_company_activities_txn (DuaalSqliteStore  *self,
                            gpointer           data,
                            GError           **error)
{
  CompanyArgs *args = data;

  return require_company (self, args->id, error) &&
         run_id_statement (self, STMT_COMPANY_ACTIVITIES_DELETE, args->id, error) &&
         insert_activities (self, args->id, args->activities, error);
}

static gboolean
duaal_sqlite_store_set_company_activities (DuaalStore          *store,
                                           gint64               company_id,
                                           const char * const  *activities,
                                           GError             **error)
{
  CompanyArgs args = { .id = company_id, .activities = activities };

  return run_write (DUAAL_SQLITE_STORE (store), set_company_activities_txn, &args, error);
}

/* Reads company rows, then the activities of all of them in one query,
 * so listing every company costs two queries. */
static gboolean
load_companies (DuaalSqliteStore  *self,
                gint64             company_id,
                GPtrArray         *results,
                GError           **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) activities = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                                            (GDestroyNotify) g_ptr_array_unref);
  int rc;

  {
    g_autoptr(CachedStmt) stmt = get_stmt (self, company_id != 0 ? STMT_COMPANY_GET : STMT_COMPANY_LIST, error);
    if (stmt == NULL)
      return FALSE;
    if (company_id != 0)
      sqlite3_bind_int64 (stmt, 1, company_id);
    while ((rc = step (self, stmt, error)) == 1)
      {
        gint64 id = sqlite3_column_int64 (stmt, 0);
        g_array_append_val (ids, id);
        g_ptr_array_add (names, g_strdup (column_text (stmt, 1)));
      }
    if (rc < 0)
      return FALSE;
  }
  if (company_id != 0 && ids->len == 0)
    return set_not_found (error, ENTITY_COMPANY, company_id);
  for (guint i = 0; i < ids->len; i++)
    g_hash_table_insert (activities, &g_array_index (ids, gint64, i), g_ptr_array_new_with_free_func (g_free));

  {
    g_autoptr(CachedStmt) stmt = get_stmt (self, company_id != 0 ? STMT_COMPANY_ACTIVITIES
                                                                 : STMT_COMPANY_ALL_ACTIVITIES, error);
    if (stmt == NULL)
      return FALSE;
    if (company_id != 0)
      sqlite3_bind_int64 (stmt, 1, company_id);
    while ((rc = step (self, stmt, error)) == 1)
      {
        gint64 id = sqlite3_column_int64 (stmt, 0);
        GPtrArray *list = g_hash_table_lookup (activities, &id);

        if (list != NULL)
          g_ptr_array_add (list, g_strdup (column_text (stmt, 1)));
      }
    if (rc < 0)
      return FALSE;
  }

  for (guint i = 0; i < ids->len; i++)
    {
      GPtrArray *list = g_hash_table_lookup (activities, &g_array_index (ids, gint64, i));

      g_ptr_array_add (list, NULL);
      g_ptr_array_add (results, duaal_company_new (g_array_index (ids, gint64, i), g_ptr_array_index (names, i),
                                                   (const char * const *) list->pdata));
    }
  return TRUE;
}

static gboolean
list_companies_txn (DuaalSqliteStore  *self,
                    gpointer           data,
                    GError           **error)
{
  ListArgs *args = data;

  return load_companies (self, args->id, args->results, error);
}

static GPtrArray *
duaal_sqlite_store_list_companies (DuaalStore  *store,
                                   GError     **error)
{
  return run_list (DUAAL_SQLITE_STORE (store), list_companies_txn, 0, error);
}

static DuaalCompany *
duaal_sqlite_store_get_company (DuaalStore  *store,
                                gint64       company_id,
                                GError     **error)
{
  g_autoptr(GPtrArray) companies = NULL;

  if (company_id <= 0)
    {
      set_not_found (error, ENTITY_COMPANY, company_id);
      return NULL;
    }
  companies = run_list (DUAAL_SQLITE_STORE (store), list_companies_txn, company_id, error);
  if (companies == NULL)
    return NULL;
  return g_object_ref (g_ptr_array_index (companies, 0));
}

static gboolean
list_trainers_txn (DuaalSqliteStore  *self,
                   gpointer           data,
                   GError           **error)
{
  ListArgs *args = data;
  g_autoptr(CachedStmt) stmt = NULL;
  int rc;

  if (!require_company (self, args->id, error) ||
      (stmt = get_stmt (self, STMT_TRAINER_LIST, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, args->id);
  while ((rc = step (self, stmt, error)) == 1)
    g_ptr_array_add (args->results, duaal_trainer_new (sqlite3_column_int64 (stmt, 0), column_text (stmt, 1),
                                                       sqlite3_column_int64 (stmt, 2)));
  return rc == 0;
}

static GPtrArray *
duaal_sqlite_store_list_trainers (DuaalStore  *store,
                                  gint64       company_id,
                                  GError     **error)
{
  return run_list (DUAAL_SQLITE_STORE (store), list_trainers_txn, company_id, error);
}

/* The trainer of that name at that company, created when new: a class
 * list names trainers, it has no ids for them. */
static gboolean
find_or_add_trainer (DuaalSqliteStore  *self,
                     gint64             company_id,
                     const char        *name,
                     gint64            *trainer_id,
                     GError           **error)
{
  g_autoptr(GError) local_error = NULL;

  {
    g_autoptr(CachedStmt) stmt = get_stmt (self, STMT_TRAINER_FIND, error);
    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, company_id);
    bind_text (stmt, 2, name);
    if (query_int64 (self, stmt, trainer_id, &local_error))
      return TRUE;
    if (local_error != NULL)
      {
        g_propagate_error (error, g_steal_pointer (&local_error));
        return FALSE;
      }
  }
  return run_id_text_statement (self, STMT_TRAINER_INSERT, company_id, name, trainer_id, error);
}

/* ------------------------------------------------------------------ */
/* Learners                                                            */

typedef struct {
  gint64      id;
  gint64      group_id;
  const char *name;
  gint64      company_id;
  const char *trainer_name;
  gint64      result;
} LearnerArgs;

static void
bind_optional_id (sqlite3_stmt *stmt,
                  int           index,
                  gint64        id)
{
  if (id == 0)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_int64 (stmt, index, id);
}

/* A learner's company and trainer: 0 for "none"; a trainer only at a
 * company, found or created by name. */
static gboolean
resolve_company_and_trainer (DuaalSqliteStore  *self,
                             gint64             company_id,
                             const char        *trainer_name,
                             gint64            *trainer_id,
                             GError           **error)
{
  g_autofree char *clean_trainer = NULL;

  *trainer_id = 0;
  if (!duaal_input_clean_optional_name (trainer_name, DUAAL_NAME_TRAINER, &clean_trainer, error))
    return FALSE;
  if (company_id != 0 && !require_company (self, company_id, error))
    return FALSE;
  if (clean_trainer == NULL)
    return TRUE;
  if (company_id == 0)
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   _("Trainer “%s” needs a company: choose the learner’s company first."), clean_trainer);
      return FALSE;
    }
  return find_or_add_trainer (self, company_id, clean_trainer, trainer_id, error);
}

/* The training plan starts as the company's activity list (SPEC section
 * 8), limited to competences of the group's qualification. */
static gboolean
copy_activities_to_plan (DuaalSqliteStore  *self,
                         gint64             learner_id,
                         gint64             company_id,
                         gint64             qualification_id,
                         GError           **error)
{
  g_autoptr(CachedStmt) stmt = NULL;

  if (company_id == 0)
    return TRUE;
  if ((stmt = get_stmt (self, STMT_PLAN_COPY, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, learner_id);
  sqlite3_bind_int64 (stmt, 2, company_id);
  sqlite3_bind_int64 (stmt, 3, qualification_id);
  return step_done (self, stmt, error);
}

static gboolean
insert_learner (DuaalSqliteStore  *self,
                gint64             group_id,
                gint64             qualification_id,
                const char        *name,
                gint64             company_id,
                const char        *trainer_name,
                gint64            *learner_id,
                GError           **error)
{
  gint64 trainer_id;

  if (!resolve_company_and_trainer (self, company_id, trainer_name, &trainer_id, error))
    return FALSE;

  {
    g_autoptr(CachedStmt) stmt = get_stmt (self, STMT_LEARNER_INSERT, error);
    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, group_id);
    bind_text (stmt, 2, name);
    bind_optional_id (stmt, 3, company_id);
    bind_optional_id (stmt, 4, trainer_id);
    if (!step_done (self, stmt, error))
      return FALSE;
    *learner_id = sqlite3_last_insert_rowid (self->db);
  }
  return copy_activities_to_plan (self, *learner_id, company_id, qualification_id, error);
}

/* The core's rule (duaal_store_rules_check_learner_name()): @name
 * is free in @group_id, or is @learner_id's own. */
static gboolean
check_learner_name (DuaalSqliteStore  *self,
                    gint64             group_id,
                    gint64             learner_id,
                    const char        *name,
                    GError           **error)
{
  g_autoptr(CachedStmt) stmt = get_stmt (self, STMT_LEARNER_FIND_IN_GROUP, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, group_id);
  bind_text (stmt, 2, name);
  rc = step (self, stmt, error);
  if (rc < 0)
    return FALSE;
  return duaal_store_rules_check_learner_name (rc == 1 ? sqlite3_column_int64 (stmt, 0) : 0,
                                               learner_id, name, error);
}

static gboolean
add_learner_txn (DuaalSqliteStore  *self,
                 gpointer           data,
                 GError           **error)
{
  LearnerArgs *args = data;
  gint64 qualification_id = 0;

  return require_group (self, args->group_id, &qualification_id, error) &&
         check_learner_name (self, args->group_id, 0, args->name, error) &&
         insert_learner (self, args->group_id, qualification_id, args->name, args->company_id,
                         args->trainer_name, &args->result, error);
}

static gint64
duaal_sqlite_store_add_learner (DuaalStore  *store,
                                gint64       group_id,
                                const char  *name,
                                gint64       company_id,
                                const char  *trainer_name,
                                GError     **error)
{
  g_autofree char *clean = duaal_input_clean_name (name, DUAAL_NAME_LEARNER, error);
  LearnerArgs args = { .group_id = group_id, .name = clean, .company_id = company_id,
                       .trainer_name = trainer_name };

  if (clean == NULL || !run_write (DUAAL_SQLITE_STORE (store), add_learner_txn, &args, error))
    return 0;
  return args.result;
}

/* A learner who moves to another company gets that company's activity
 * list as a fresh training plan; otherwise the plan (with the teacher's
 * changes) stays. */
static gboolean
update_learner_txn (DuaalSqliteStore  *self,
                    gpointer           data,
                    GError           **error)
{
  LearnerArgs *args = data;
  g_auto(LearnerContext) context = { 0 };
  gint64 trainer_id;

  if (!require_learner (self, args->id, &context, error) ||
      !check_learner_name (self, context.group_id, args->id, args->name, error) ||
      !resolve_company_and_trainer (self, args->company_id, args->trainer_name, &trainer_id, error))
    return FALSE;

  {
    g_autoptr(CachedStmt) stmt = get_stmt (self, STMT_LEARNER_UPDATE, error);
    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, args->id);
    bind_text (stmt, 2, args->name);
    bind_optional_id (stmt, 3, args->company_id);
    bind_optional_id (stmt, 4, trainer_id);
    if (!step_done (self, stmt, error))
      return FALSE;
  }

  if (context.company_id == args->company_id)
    return TRUE;
  return run_id_statement (self, STMT_PLAN_CLEAR, args->id, error) &&
         copy_activities_to_plan (self, args->id, args->company_id, context.qualification_id, error);
}

static gboolean
duaal_sqlite_store_update_learner (DuaalStore  *store,
                                   gint64       learner_id,
                                   const char  *name,
                                   gint64       company_id,
                                   const char  *trainer_name,
                                   GError     **error)
{
  g_autofree char *clean = duaal_input_clean_name (name, DUAAL_NAME_LEARNER, error);
  LearnerArgs args = { .id = learner_id, .name = clean, .company_id = company_id,
                       .trainer_name = trainer_name };

  return clean != NULL && run_write (DUAAL_SQLITE_STORE (store), update_learner_txn, &args, error);
}

/* Scores, snapshots and plan go with the learner (ON DELETE CASCADE). */
static gboolean
delete_learner_txn (DuaalSqliteStore  *self,
                    gpointer           data,
                    GError           **error)
{
  LearnerArgs *args = data;

  return require_learner (self, args->id, NULL, error) &&
         run_id_statement (self, STMT_LEARNER_DELETE, args->id, error);
}

static gboolean
duaal_sqlite_store_delete_learner (DuaalStore  *store,
                                   gint64       learner_id,
                                   GError     **error)
{
  LearnerArgs args = { .id = learner_id };

  return run_write (DUAAL_SQLITE_STORE (store), delete_learner_txn, &args, error);
}

static DuaalLearner *
learner_from_row (sqlite3_stmt *stmt)
{
  return duaal_learner_new (sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1),
                            column_text (stmt, 2), sqlite3_column_int64 (stmt, 3), column_text (stmt, 4),
                            sqlite3_column_int64 (stmt, 5), column_text (stmt, 6));
}

static gboolean
load_learners (DuaalSqliteStore  *self,
               gint64             group_id,
               GPtrArray         *results,
               GError           **error)
{
  g_autoptr(CachedStmt) stmt = get_stmt (self, STMT_LEARNER_LIST, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, group_id);
  while ((rc = step (self, stmt, error)) == 1)
    g_ptr_array_add (results, learner_from_row (stmt));
  return rc == 0;
}

static gboolean
list_learners_txn (DuaalSqliteStore  *self,
                   gpointer           data,
                   GError           **error)
{
  ListArgs *args = data;

  return require_group (self, args->id, NULL, error) &&
         load_learners (self, args->id, args->results, error);
}

static GPtrArray *
duaal_sqlite_store_list_learners (DuaalStore  *store,
                                  gint64       group_id,
                                  GError     **error)
{
  return run_list (DUAAL_SQLITE_STORE (store), list_learners_txn, group_id, error);
}

static DuaalLearner *
load_learner (DuaalSqliteStore  *self,
              gint64             learner_id,
              GError           **error)
{
  g_autoptr(CachedStmt) stmt = get_stmt (self, STMT_LEARNER_GET, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, learner_id);
  rc = step (self, stmt, error);
  if (rc == 0)
    set_not_found (error, ENTITY_LEARNER, learner_id);
  return rc == 1 ? learner_from_row (stmt) : NULL;
}

static DuaalLearner *
duaal_sqlite_store_get_learner (DuaalStore  *store,
                                gint64       learner_id,
                                GError     **error)
{
  return load_learner (DUAAL_SQLITE_STORE (store), learner_id, error);
}

static guint
duaal_sqlite_store_count_learner_scores (DuaalStore  *store,
                                         gint64       learner_id,
                                         GError     **error)
{
  DuaalSqliteStore *self = DUAAL_SQLITE_STORE (store);
  g_autoptr(CachedStmt) stmt = NULL;
  gint64 count = 0;

  if (!require_learner (self, learner_id, NULL, error) ||
      (stmt = get_stmt (self, STMT_LEARNER_COUNT_SCORES, error)) == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, learner_id);
  query_int64 (self, stmt, &count, error);
  return (guint) count;
}

/* The class import's primitives (duaal-store-rules.h), inside
 * import_class_txn's transaction. */
typedef struct {
  DuaalSqliteStore *self;
  gint64            qualification_id;   /* the group's, for the learners' plans */
} ClassBackend;

static gint64
fetch_company_id (gpointer     backend,
                  const char  *name,
                  GError     **error)
{
  ClassBackend *import = backend;

  return find_company_by_name (import->self, name, error);
}

static gint64
store_new_company (gpointer     backend,
                   const char  *name,
                   GError     **error)
{
  ClassBackend *import = backend;
  gint64 company_id = 0;

  if (!insert_company (import->self, name, NULL, &company_id, error))
    return 0;
  return company_id;
}

static gboolean
fetch_learner_in_group (gpointer     backend,
                        gint64       group_id,
                        const char  *name,
                        gboolean    *found,
                        GError     **error)
{
  ClassBackend *import = backend;
  g_autoptr(CachedStmt) stmt = get_stmt (import->self, STMT_LEARNER_FIND_IN_GROUP, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, group_id);
  bind_text (stmt, 2, name);
  rc = step (import->self, stmt, error);
  *found = rc == 1;
  return rc >= 0;
}

static gboolean
store_new_learner (gpointer     backend,
                   gint64       group_id,
                   const char  *name,
                   gint64       company_id,
                   const char  *trainer,
                   GError     **error)
{
  ClassBackend *import = backend;
  gint64 learner_id;

  return insert_learner (import->self, group_id, import->qualification_id, name, company_id, trainer,
                         &learner_id, error);
}

static const DuaalClassStorage class_storage = {
  .find_company = fetch_company_id,
  .add_company = store_new_company,
  .has_learner = fetch_learner_in_group,
  .add_learner = store_new_learner,
};

typedef struct {
  gint64                  group_id;
  const DuaalClassRow    *rows;
  guint                   n_rows;
  DuaalClassImportResult  result;
} ImportClassArgs;

static gboolean
import_class_txn (DuaalSqliteStore  *self,
                  gpointer           data,
                  GError           **error)
{
  ImportClassArgs *args = data;
  ClassBackend backend = { self };

  return require_group (self, args->group_id, &backend.qualification_id, error) &&
         duaal_store_rules_import_class (&class_storage, &backend, args->group_id, args->rows, args->n_rows,
                                         &args->result, error);
}

static gboolean
duaal_sqlite_store_import_class (DuaalStore              *store,
                                 gint64                   group_id,
                                 const DuaalClassRow     *rows,
                                 guint                    n_rows,
                                 DuaalClassImportResult  *result,
                                 GError                 **error)
{
  ImportClassArgs args = { .group_id = group_id, .rows = rows, .n_rows = n_rows };

  if (!run_write (DUAAL_SQLITE_STORE (store), import_class_txn, &args, error))
    return FALSE;
  if (result != NULL)
    *result = args.result;
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Training plan                                                       */

typedef struct {
  gint64      learner_id;
  const char *competence_id;
  gboolean    planned;
  GStrv       plan;
} PlanArgs;

static gboolean
set_plan_cell_txn (DuaalSqliteStore  *self,
                   gpointer           data,
                   GError           **error)
{
  PlanArgs *args = data;
  g_auto(LearnerContext) context = { 0 };
  gint64 competence_row;

  if (!require_learner (self, args->learner_id, &context, error))
    return FALSE;

  {
    g_autoptr(CachedStmt) stmt = get_stmt (self, STMT_COMPETENCE_FIND, error);
    g_autoptr(GError) local_error = NULL;

    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, context.qualification_id);
    bind_text (stmt, 2, args->competence_id);
    if (!query_int64 (self, stmt, &competence_row, &local_error))
      {
        if (local_error != NULL)
          g_propagate_error (error, g_steal_pointer (&local_error));
        else
          g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND,
                       _("Competence %s is not part of the qualification of %s."),
                       args->competence_id, context.name);
        return FALSE;
      }
  }
  return run_id_text_statement (self, args->planned ? STMT_PLAN_INSERT : STMT_PLAN_DELETE,
                                args->learner_id, args->competence_id, NULL, error);
}

static gboolean
duaal_sqlite_store_set_plan_cell (DuaalStore  *store,
                                  gint64       learner_id,
                                  const char  *competence_id,
                                  gboolean     planned,
                                  GError     **error)
{
  PlanArgs args = { .learner_id = learner_id, .competence_id = competence_id, .planned = planned };

  return run_write (DUAAL_SQLITE_STORE (store), set_plan_cell_txn, &args, error);
}

static gboolean
get_plan_txn (DuaalSqliteStore  *self,
              gpointer           data,
              GError           **error)
{
  PlanArgs *args = data;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(CachedStmt) stmt = NULL;
  int rc;

  if (!require_learner (self, args->learner_id, NULL, error) ||
      (stmt = get_stmt (self, STMT_PLAN_GET, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, args->learner_id);
  while ((rc = step (self, stmt, error)) == 1)
    g_strv_builder_add (builder, column_text (stmt, 0));
  if (rc < 0)
    return FALSE;
  args->plan = g_strv_builder_end (builder);
  return TRUE;
}

static GStrv
duaal_sqlite_store_get_plan (DuaalStore  *store,
                             gint64       learner_id,
                             GError     **error)
{
  PlanArgs args = { .learner_id = learner_id };

  if (!run_read (DUAAL_SQLITE_STORE (store), get_plan_txn, &args, error))
    {
      g_strfreev (args.plan);
      return NULL;
    }
  return args.plan;
}

/* ------------------------------------------------------------------ */
/* Attention upkeep (SPEC section 7)                                   */

/* One competence as attention_item names it. */
typedef struct {
  gint64      row;
  gint64      position;
  const char *code;   /* NULL until read */
} CompetenceKey;

/* The rows of one (learner, competence) as the core's rule wants them:
 * each indicator, in order, with each actor's current mastery. */
static gboolean
fetch_masteries (DuaalSqliteStore  *self,
                 gint64             learner_id,
                 CompetenceKey     *competence,
                 GStringChunk      *texts,
                 GArray            *indicators,
                 GError           **error)
{
  g_autoptr(CachedStmt) stmt = get_stmt (self, STMT_ATTENTION_MASTERIES, error);
  DuaalIndicatorMasteries *last = NULL;
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, learner_id);
  sqlite3_bind_int64 (stmt, 2, competence->row);
  while ((rc = step (self, stmt, error)) == 1)
    {
      const char *indicator_code = column_text (stmt, 2);
      int actor = sqlite3_column_int (stmt, 3);
      int mastery = sqlite3_column_int (stmt, 4);

      if (competence->code == NULL)
        {
          competence->code = g_string_chunk_insert (texts, column_text (stmt, 0));
          competence->position = sqlite3_column_int64 (stmt, 1);
        }
      /* one row per actor that scored it, or one with NULLs when none did */
      if (last == NULL || strcmp (last->indicator_id, indicator_code) != 0)
        {
          g_array_set_size (indicators, indicators->len + 1);
          last = &g_array_index (indicators, DuaalIndicatorMasteries, indicators->len - 1);
          last->indicator_id = g_string_chunk_insert (texts, indicator_code);
        }
      if (sqlite3_column_type (stmt, 3) != SQLITE_NULL && actor >= 0 && actor < DUAAL_N_ACTORS &&
          mastery >= DUAAL_MASTERY_NONE && mastery <= DUAAL_MASTERY_V)
        last->mastery[actor] = mastery;
    }
  return rc == 0;
}

static gboolean
store_attention_item (DuaalSqliteStore          *self,
                      const CompetenceKey       *competence,
                      const DuaalAttentionItem  *item,
                      GError                   **error)
{
  g_autoptr(CachedStmt) stmt = get_stmt (self, STMT_ATTENTION_UPSERT, error);
  g_autofree char *opposite = NULL;

  if (stmt == NULL)
    return FALSE;
  if (item->indicators->len > 0)
    {
      g_ptr_array_add (item->indicators, NULL);
      opposite = g_strjoinv (" ", (char **) item->indicators->pdata);
      g_ptr_array_remove_index (item->indicators, item->indicators->len - 1);
    }
  sqlite3_bind_int64 (stmt, 1, item->learner_id);
  sqlite3_bind_int64 (stmt, 2, competence->position);
  sqlite3_bind_int64 (stmt, 3, competence->row);
  bind_text (stmt, 4, competence->code);
  sqlite3_bind_int (stmt, 5, (int) item->severity);
  for (guint a = 0; a < DUAAL_N_ACTORS; a++)
    sqlite3_bind_int (stmt, 6 + (int) a, item->colours[a]);
  bind_text (stmt, 9, opposite);
  return step_done (self, stmt, error);
}

/* Recomputes one (learner, competence) from its current scores with
 * the core's rule (duaal_attention_assess) and makes its attention_item
 * row say the same: present with the result, or absent. */
static gboolean
refresh_attention_item (DuaalSqliteStore  *self,
                        gint64             learner_id,
                        gint64             competence_row,
                        GError           **error)
{
  g_autoptr(GStringChunk) texts = g_string_chunk_new (256);
  g_autoptr(GArray) indicators = g_array_new (FALSE, TRUE, sizeof (DuaalIndicatorMasteries));
  g_autoptr(DuaalAttentionItem) item = NULL;
  CompetenceKey competence = { .row = competence_row };

  if (!fetch_masteries (self, learner_id, &competence, texts, indicators, error))
    return FALSE;
  if (competence.code != NULL)
    item = duaal_attention_assess (learner_id, competence.code,
                                   (const DuaalIndicatorMasteries *) indicators->data, indicators->len);
  if (item != NULL)
    return store_attention_item (self, &competence, item, error);

  {
    g_autoptr(CachedStmt) stmt = get_stmt (self, STMT_ATTENTION_DELETE, error);
    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, learner_id);
    sqlite3_bind_int64 (stmt, 2, competence_row);
    return step_done (self, stmt, error);
  }
}

/* A batch of score writes (an import, the demo) changes each (learner,
 * competence) many times over: while a batch is open, a write only
 * notes its pair, and the batch's end recomputes each pair once, still
 * inside the transaction. */
typedef struct _AttentionBatch {
  DuaalSqliteStore *self;
  GHashTable       *competence_of;   /* indicator row -> competence row */
  GHashTable       *pairs;           /* (learner, competence row) to recompute */
} AttentionBatch;

typedef struct {
  gint64 learner_id;
  gint64 competence_row;
} AttentionPair;

static guint
attention_pair_hash (gconstpointer key)
{
  const AttentionPair *pair = key;

  return g_int64_hash (&pair->learner_id) * 31 + g_int64_hash (&pair->competence_row);
}

static gboolean
attention_pair_equal (gconstpointer a,
                      gconstpointer b)
{
  const AttentionPair *pa = a, *pb = b;

  return pa->learner_id == pb->learner_id && pa->competence_row == pb->competence_row;
}

static AttentionBatch *
attention_batch_begin (DuaalSqliteStore *self)
{
  AttentionBatch *batch = g_new0 (AttentionBatch, 1);

  batch->self = self;
  batch->competence_of = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  batch->pairs = g_hash_table_new_full (attention_pair_hash, attention_pair_equal, g_free, NULL);
  self->attention_batch = batch;
  return batch;
}

/* Ends the batch without recomputing: on error, when the transaction
 * is rolled back anyway. */
static void
attention_batch_free (AttentionBatch *batch)
{
  if (batch->self->attention_batch == batch)
    batch->self->attention_batch = NULL;
  g_hash_table_unref (batch->competence_of);
  g_hash_table_unref (batch->pairs);
  g_free (batch);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AttentionBatch, attention_batch_free)

/* The batch's end: every pair it noted, recomputed once. */
static gboolean
attention_batch_finish (AttentionBatch  *batch,
                        GError         **error)
{
  GHashTableIter iter;
  gpointer key;

  batch->self->attention_batch = NULL;
  g_hash_table_iter_init (&iter, batch->pairs);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      const AttentionPair *pair = key;

      if (!refresh_attention_item (batch->self, pair->learner_id, pair->competence_row, error))
        return FALSE;
    }
  return TRUE;
}

/* The competence of an indicator row; 0 with no error for a row that
 * is no indicator. */
static gboolean
find_competence_of (DuaalSqliteStore  *self,
                    gint64             indicator_row,
                    gint64            *competence_row,
                    GError           **error)
{
  g_autoptr(CachedStmt) stmt = get_stmt (self, STMT_ATTENTION_COMPETENCE_OF, error);
  int rc;

  *competence_row = 0;
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, indicator_row);
  rc = step (self, stmt, error);
  if (rc == 1)
    *competence_row = sqlite3_column_int64 (stmt, 0);
  return rc >= 0;
}

/* Keeps the attention list current: every write that changes a current
 * score calls this in its transaction, after current_score changed.
 * Deleting a learner or a competence needs no call: their rows go by
 * ON DELETE CASCADE. */
static gboolean
update_attention_after_score (DuaalSqliteStore  *self,
                              gint64             learner_id,
                              gint64             indicator_row,
                              GError           **error)
{
  AttentionBatch *batch = self->attention_batch;
  AttentionPair pair = { learner_id, 0 };
  gint64 *known;

  if (batch == NULL)
    return find_competence_of (self, indicator_row, &pair.competence_row, error) &&
           (pair.competence_row == 0 || refresh_attention_item (self, learner_id, pair.competence_row, error));

  known = g_hash_table_lookup (batch->competence_of, &indicator_row);
  if (known != NULL)
    pair.competence_row = *known;
  else if (!find_competence_of (self, indicator_row, &pair.competence_row, error))
    return FALSE;
  else
    g_hash_table_insert (batch->competence_of, g_memdup2 (&indicator_row, sizeof indicator_row),
                         g_memdup2 (&pair.competence_row, sizeof pair.competence_row));
  if (pair.competence_row != 0)
    g_hash_table_add (batch->pairs, g_memdup2 (&pair, sizeof pair));
  return TRUE;
}

/* Recomputes the attention list of every learner whose class group
 * follows @qualification_id (0: every learner): after a re-import
 * changed its structure, and once for a database of schema version 2,
 * which had no attention list. */
static gboolean
fill_attention (DuaalSqliteStore  *self,
                gint64             qualification_id,
                GError           **error)
{
  g_autoptr(GArray) pairs = g_array_new (FALSE, FALSE, 2 * sizeof (gint64));

  {
    g_autoptr(CachedStmt) stmt = get_stmt (self, STMT_ATTENTION_CLEAR, error);
    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, qualification_id);
    if (!step_done (self, stmt, error))
      return FALSE;
  }

  {
    g_autoptr(CachedStmt) stmt = get_stmt (self, STMT_ATTENTION_SCORED_PAIRS, error);
    int rc;

    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, qualification_id);
    while ((rc = step (self, stmt, error)) == 1)
      {
        gint64 pair[2] = { sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1) };
        g_array_append_val (pairs, pair);
      }
    if (rc < 0)
      return FALSE;
  }

  for (guint i = 0; i < pairs->len; i++)
    {
      const gint64 *pair = &g_array_index (pairs, gint64, 2 * i);

      if (!refresh_attention_item (self, pair[0], pair[1], error))
        return FALSE;
    }
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Scores                                                              */

/* One actor's score of one indicator of one learner: a cell of the log. */
typedef struct {
  gint64      learner_id;
  gint64      indicator_row;
  DuaalActor  actor;
} ScoreCell;

/* The row id of an indicator of the learner's own qualification. */
static gboolean
resolve_indicator (DuaalSqliteStore  *self,
                   gint64             learner_id,
                   const char        *indicator_id,
                   gint64            *indicator_row,
                   GError           **error)
{
  g_auto(LearnerContext) context = { 0 };
  g_autoptr(CachedStmt) stmt = NULL;
  g_autoptr(GError) local_error = NULL;

  if (!require_learner (self, learner_id, &context, error) ||
      (stmt = get_stmt (self, STMT_INDICATOR_FIND, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, context.qualification_id);
  bind_text (stmt, 2, indicator_id);
  if (query_int64 (self, stmt, indicator_row, &local_error))
    return TRUE;
  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  else
    g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND,
                 _("Indicator %s is not part of the qualification of %s."), indicator_id, context.name);
  return FALSE;
}

static void
bind_cell (sqlite3_stmt    *stmt,
           const ScoreCell *cell)
{
  sqlite3_bind_int64 (stmt, 1, cell->learner_id);
  sqlite3_bind_int64 (stmt, 2, cell->indicator_row);
  sqlite3_bind_int (stmt, 3, cell->actor);
}

/* Mastery, coverage and comment from columns @first .. @first + 2; the
 * comment is copied to @comment (the statement's text ends at reset). */
static void
column_score_value (sqlite3_stmt     *stmt,
                    int               first,
                    DuaalScoreValue  *value,
                    char            **comment)
{
  *comment = g_strdup (column_text (stmt, first + 2));
  *value = (DuaalScoreValue) { sqlite3_column_int (stmt, first), sqlite3_column_int (stmt, first + 1), *comment };
}

/* The cell's current value (unscored when it has no row).  Read inside
 * the write transaction, so no other writer's change can come between
 * this read and the write that builds on it. */
static gboolean
read_current (DuaalSqliteStore  *self,
              const ScoreCell   *cell,
              DuaalScoreValue   *value,
              char             **comment,
              GError           **error)
{
  g_autoptr(CachedStmt) stmt = get_stmt (self, STMT_CURRENT_GET, error);
  int rc;

  *value = (DuaalScoreValue) { DUAAL_MASTERY_NONE, DUAAL_COVERAGE_NONE, NULL };
  if (stmt == NULL)
    return FALSE;
  bind_cell (stmt, cell);
  rc = step (self, stmt, error);
  if (rc == 1)
    column_score_value (stmt, 0, value, comment);
  return rc >= 0;
}

/* Keeps current_score equal to the latest log entry of its cell; a cell
 * set back to nothing at all has no current row. */
static gboolean
apply_current (DuaalSqliteStore       *self,
               const ScoreCell        *cell,
               const DuaalScoreValue  *value,
               gint64                  log_id,
               GError                **error)
{
  gboolean empty = duaal_score_value_is_empty (value);
  g_autoptr(CachedStmt) stmt = get_stmt (self, empty ? STMT_CURRENT_DELETE : STMT_CURRENT_UPSERT, error);

  if (stmt == NULL)
    return FALSE;
  bind_cell (stmt, cell);
  if (!empty)
    {
      bind_scale (stmt, 4, value->mastery);
      bind_scale (stmt, 5, value->coverage);
      bind_text (stmt, 6, value->comment);
      sqlite3_bind_int64 (stmt, 7, log_id);
    }
  return step_done (self, stmt, error);
}

/* A log entry holds the cell's whole value after the change (as every
 * entry of version 2 did) and, in fields, which parts the change set. */
static gboolean
insert_log_entry (DuaalSqliteStore       *self,
                  const ScoreCell        *cell,
                  const DuaalScoreValue  *value,
                  DuaalScoreFields        fields,
                  const char             *source,
                  gint64                  undo_of,
                  gint64                 *log_id,
                  GError                **error)
{
  g_autoptr(CachedStmt) stmt = get_stmt (self, STMT_LOG_INSERT, error);

  if (stmt == NULL)
    return FALSE;
  bind_cell (stmt, cell);
  bind_scale (stmt, 4, value->mastery);
  bind_scale (stmt, 5, value->coverage);
  bind_text (stmt, 6, value->comment);
  /* The scoring actor is the author; the coach does not score. */
  sqlite3_bind_int (stmt, 7, cell->actor);
  sqlite3_bind_int64 (stmt, 8, g_get_real_time ());
  bind_optional_id (stmt, 9, undo_of);
  sqlite3_bind_int (stmt, 10, fields);
  bind_text (stmt, 11, source);
  if (!step_done (self, stmt, error))
    return FALSE;
  *log_id = sqlite3_last_insert_rowid (self->db);
  return TRUE;
}

/* Appends one change to the log, merged with the cell's current value
 * inside the caller's write transaction (SPEC section 3: the fields it
 * leaves out keep the values they have at this moment). */
static gboolean
append_change (DuaalSqliteStore        *self,
               const ScoreCell         *cell,
               const DuaalScoreChange  *change,
               const char              *source,
               gint64                   undo_of,
               gint64                  *log_id,
               GError                 **error)
{
  g_autofree char *current_comment = NULL;
  DuaalScoreValue current = { DUAAL_MASTERY_NONE, DUAAL_COVERAGE_NONE, NULL };
  DuaalScoreValue next;

  /* A change of all three fields keeps nothing: a batch of them (an
   * import, the demo) costs no read per score. */
  if (change->fields != DUAAL_SCORE_FIELDS_ALL &&
      !read_current (self, cell, &current, &current_comment, error))
    return FALSE;
  next = duaal_score_change_merge (&current, change);
  if (!insert_log_entry (self, cell, &next, change->fields, source, undo_of, log_id, error) ||
      !apply_current (self, cell, &next, *log_id, error))
    return FALSE;

  /* Tables derived from current_score are brought up to date here, in
   * the same transaction, for every write of a score (change or undo).
   * The attention list (SPEC 7) follows the colours, and only a mastery
   * moves a colour. */
  if ((change->fields & DUAAL_SCORE_FIELD_MASTERY) == 0)
    return TRUE;
  return update_attention_after_score (self, cell->learner_id, cell->indicator_row, error);
}

typedef struct {
  gint64                  learner_id;
  const char             *indicator_id;
  DuaalActor              actor;
  const DuaalScoreChange *change;
  const char             *source;
  gint64                  result;
} RecordChangeArgs;

static gboolean
record_change_txn (DuaalSqliteStore  *self,
                   gpointer           data,
                   GError           **error)
{
  RecordChangeArgs *args = data;
  ScoreCell cell = { .learner_id = args->learner_id, .actor = args->actor };

  return resolve_indicator (self, args->learner_id, args->indicator_id, &cell.indicator_row, error) &&
         append_change (self, &cell, args->change, args->source, 0, &args->result, error);
}

static gint64
duaal_sqlite_store_record_change (DuaalStore              *store,
                                  gint64                   learner_id,
                                  const char              *indicator_id,
                                  DuaalActor               actor,
                                  const DuaalScoreChange  *change,
                                  const char              *source,
                                  GError                 **error)
{
  g_autofree char *clean_comment = NULL;
  DuaalScoreChange clean;
  RecordChangeArgs args;

  if (!duaal_score_change_validate (change, error) || !duaal_store_rules_check_source (source, error) ||
      !duaal_store_rules_clean_change (change, &clean, &clean_comment, error))
    return 0;
  args = (RecordChangeArgs) { learner_id, indicator_id, actor, &clean, source, 0 };
  if (!run_write (DUAAL_SQLITE_STORE (store), record_change_txn, &args, error))
    return 0;
  return args.result;
}

typedef struct {
  const DuaalScoreInput *changes;
  guint                  n_changes;
  const char            *source;
} ChangeBatch;

/* Looks an indicator's row id up once per (qualification, id) of the
 * batch, so a large batch of whole scores costs two statements per
 * score, not four. */
static gboolean
resolve_indicator_cached (DuaalSqliteStore  *self,
                          GHashTable        *learner_cache,
                          GHashTable        *indicator_cache,
                          const DuaalScoreInput *input,
                          gint64            *indicator_row,
                          GError           **error)
{
  gpointer qualification_id;
  g_autofree char *key = NULL;
  gpointer row;

  if (!g_hash_table_lookup_extended (learner_cache, &input->learner_id, NULL, &qualification_id))
    {
      g_auto(LearnerContext) context = { 0 };
      gint64 *learner_key = g_new (gint64, 1);

      if (!require_learner (self, input->learner_id, &context, error))
        {
          g_free (learner_key);
          return FALSE;
        }
      *learner_key = input->learner_id;
      qualification_id = GSIZE_TO_POINTER ((gsize) context.qualification_id);
      g_hash_table_insert (learner_cache, learner_key, qualification_id);
    }

  key = g_strdup_printf ("%" G_GSIZE_FORMAT ":%s", GPOINTER_TO_SIZE (qualification_id), input->indicator_id);
  if (!g_hash_table_lookup_extended (indicator_cache, key, NULL, &row))
    {
      gint64 found;

      if (!resolve_indicator (self, input->learner_id, input->indicator_id, &found, error))
        return FALSE;
      row = GSIZE_TO_POINTER ((gsize) found);
      g_hash_table_insert (indicator_cache, g_steal_pointer (&key), row);
    }
  *indicator_row = (gint64) GPOINTER_TO_SIZE (row);
  return TRUE;
}

static gboolean
record_changes_txn (DuaalSqliteStore  *self,
                    gpointer           data,
                    GError           **error)
{
  ChangeBatch *batch = data;
  g_autoptr(GHashTable) learner_cache = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GHashTable) indicator_cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  /* h4: each (learner, competence)'s attention once, at the end (SPEC 7) */
  g_autoptr(AttentionBatch) attention = attention_batch_begin (self);

  for (guint i = 0; i < batch->n_changes; i++)
    {
      const DuaalScoreInput *input = &batch->changes[i];
      g_autofree char *clean_comment = NULL;
      DuaalScoreChange clean;
      ScoreCell cell = { .learner_id = input->learner_id, .actor = input->actor };
      gint64 log_id;

      if (!duaal_store_rules_clean_change (&input->change, &clean, &clean_comment, error) ||
          !resolve_indicator_cached (self, learner_cache, indicator_cache, input, &cell.indicator_row, error) ||
          !append_change (self, &cell, &clean, batch->source, 0, &log_id, error))
        return FALSE;
    }
  return attention_batch_finish (attention, error);
}

static gboolean
duaal_sqlite_store_record_changes (DuaalStore             *store,
                                   const DuaalScoreInput  *changes,
                                   guint                   n_changes,
                                   const char             *source,
                                   GError                **error)
{
  ChangeBatch batch = { changes, n_changes, source };

  if (!duaal_store_rules_check_changes (changes, n_changes, source, error))
    return FALSE;
  return run_write (DUAAL_SQLITE_STORE (store), record_changes_txn, &batch, error);
}

/* The cell log entry @log_id belongs to. */
static gboolean
find_log_cell (DuaalSqliteStore  *self,
               gint64             log_id,
               ScoreCell         *cell,
               GError           **error)
{
  g_autoptr(CachedStmt) stmt = get_stmt (self, STMT_LOG_GET, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, log_id);
  rc = step (self, stmt, error);
  if (rc < 0)
    return FALSE;
  if (rc == 0)
    return set_not_found (error, ENTITY_SCORE_CHANGE, log_id);
  *cell = (ScoreCell) { sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1),
                        sqlite3_column_int (stmt, 2) };
  return TRUE;
}

/* The cell's whole log, oldest first, as the undo rule reads it. */
static GArray *
read_cell_log (DuaalSqliteStore  *self,
               const ScoreCell   *cell,
               GError           **error)
{
  g_autoptr(CachedStmt) stmt = get_stmt (self, STMT_LOG_CELL, error);
  g_autoptr(GArray) log = g_array_new (FALSE, FALSE, sizeof (DuaalScoreLogEntry));
  int rc;

  if (stmt == NULL)
    return NULL;
  bind_cell (stmt, cell);
  while ((rc = step (self, stmt, error)) == 1)
    {
      DuaalScoreLogEntry entry = { sqlite3_column_int64 (stmt, 0), sqlite3_column_int (stmt, 1),
                                   sqlite3_column_int64 (stmt, 2) };
      g_array_append_val (log, entry);
    }
  return rc == 0 ? g_steal_pointer (&log) : NULL;
}

/* The cell's value just before entry @log_id: the entry before it holds
 * the whole value; before the first, the cell was not scored. */
static gboolean
read_value_before (DuaalSqliteStore  *self,
                   const ScoreCell   *cell,
                   gint64             log_id,
                   DuaalScoreValue   *value,
                   char             **comment,
                   GError           **error)
{
  g_autoptr(CachedStmt) stmt = get_stmt (self, STMT_LOG_PREVIOUS, error);
  int rc;

  *value = (DuaalScoreValue) { DUAAL_MASTERY_NONE, DUAAL_COVERAGE_NONE, NULL };
  if (stmt == NULL)
    return FALSE;
  bind_cell (stmt, cell);
  sqlite3_bind_int64 (stmt, 4, log_id);
  rc = step (self, stmt, error);
  if (rc == 1)
    column_score_value (stmt, 0, value, comment);
  return rc >= 0;
}

typedef struct {
  gint64            log_id;
  gint64            result;
  DuaalScoreFields  restored;
  DuaalScoreFields  kept;
} UndoArgs;

/* Undo appends: the fields the undone entry set that still hold its
 * values go back to what they were just before it (SPEC section 3). */
static gboolean
undo_score_txn (DuaalSqliteStore  *self,
                gpointer           data,
                GError           **error)
{
  UndoArgs *args = data;
  g_autoptr(GArray) log = NULL;
  g_autofree char *comment = NULL;
  DuaalScoreValue before;
  DuaalScoreChange restore;
  ScoreCell cell;

  if (!find_log_cell (self, args->log_id, &cell, error) ||
      (log = read_cell_log (self, &cell, error)) == NULL ||
      !read_value_before (self, &cell, args->log_id, &before, &comment, error))
    return FALSE;

  args->kept = duaal_score_change_plan_undo ((const DuaalScoreLogEntry *) log->data, log->len,
                                             args->log_id, &before, &restore);
  args->restored = restore.fields;
  if (restore.fields == 0)
    {
      /* An entry of no fields at all would say nothing: refuse instead. */
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_CONFLICT,
                   _("Nothing is left to undo: this change was undone already, or everything it "
                     "changed has been changed again since."));
      return FALSE;
    }
  return append_change (self, &cell, &restore, NULL, args->log_id, &args->result, error);
}

static gint64
duaal_sqlite_store_undo_score (DuaalStore        *store,
                               gint64             log_id,
                               DuaalScoreFields  *restored,
                               DuaalScoreFields  *kept,
                               GError           **error)
{
  UndoArgs args = { .log_id = log_id };

  if (!run_write (DUAAL_SQLITE_STORE (store), undo_score_txn, &args, error))
    return 0;
  if (restored != NULL)
    *restored = args.restored;
  if (kept != NULL)
    *kept = args.kept;
  return args.result;
}

typedef struct {
  gint64      learner_id;
  const char *indicator_id;   /* (nullable): every indicator */
  GPtrArray  *history;
} HistoryArgs;

static gboolean
score_history_txn (DuaalSqliteStore  *self,
                   gpointer           data,
                   GError           **error)
{
  HistoryArgs *args = data;
  g_autoptr(CachedStmt) stmt = NULL;
  gint64 indicator_row = 0;
  int rc;

  if (args->indicator_id != NULL
      ? !resolve_indicator (self, args->learner_id, args->indicator_id, &indicator_row, error)
      : !require_learner (self, args->learner_id, NULL, error))
    return FALSE;
  if ((stmt = get_stmt (self, STMT_LOG_HISTORY, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, args->learner_id);
  bind_optional_id (stmt, 2, indicator_row);
  while ((rc = step (self, stmt, error)) == 1)
    {
      g_autoptr(GDateTime) recorded_at = date_time_from_usec (sqlite3_column_int64 (stmt, 6));
      DuaalScoreValue value = { sqlite3_column_int (stmt, 3), sqlite3_column_int (stmt, 4),
                                column_text (stmt, 5) };

      g_ptr_array_add (args->history,
                       duaal_score_new (args->learner_id, column_text (stmt, 1), sqlite3_column_int (stmt, 2),
                                        &value, sqlite3_column_int (stmt, 7), recorded_at,
                                        sqlite3_column_int64 (stmt, 0), column_text (stmt, 8),
                                        sqlite3_column_int64 (stmt, 9)));
    }
  return rc == 0;
}

static GPtrArray *
duaal_sqlite_store_score_history (DuaalStore  *store,
                                  gint64       learner_id,
                                  const char  *indicator_id,
                                  GError     **error)
{
  g_autoptr(GPtrArray) history = g_ptr_array_new_with_free_func (g_object_unref);
  HistoryArgs args = { learner_id, indicator_id, history };

  if (!run_read (DUAAL_SQLITE_STORE (store), score_history_txn, &args, error))
    return NULL;
  return g_steal_pointer (&history);
}

/* ------------------------------------------------------------------ */
/* Periods                                                             */

typedef struct {
  gint64     group_id;
  guint      result;
} PeriodArgs;

static gboolean
list_periods_txn (DuaalSqliteStore  *self,
                  gpointer           data,
                  GError           **error)
{
  ListArgs *args = data;
  g_autoptr(CachedStmt) stmt = NULL;
  int rc;

  if (!require_group (self, args->id, NULL, error) ||
      (stmt = get_stmt (self, STMT_PERIOD_LIST, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, args->id);
  while ((rc = step (self, stmt, error)) == 1)
    {
      g_autoptr(GDateTime) closed_at = NULL;
      g_autoptr(GDate) starts_on = duaal_period_date_from_iso (column_text (stmt, 3));
      g_autoptr(GDate) ends_on = duaal_period_date_from_iso (column_text (stmt, 4));

      if (sqlite3_column_type (stmt, 2) != SQLITE_NULL)
        closed_at = date_time_from_usec (sqlite3_column_int64 (stmt, 2));
      g_ptr_array_add (args->results, duaal_period_new (args->id, (guint) sqlite3_column_int (stmt, 0),
                                                        column_text (stmt, 1), starts_on, ends_on,
                                                        closed_at));
    }
  return rc == 0;
}

static GPtrArray *
duaal_sqlite_store_list_periods (DuaalStore  *store,
                                 gint64       group_id,
                                 GError     **error)
{
  return run_list (DUAAL_SQLITE_STORE (store), list_periods_txn, group_id, error);
}

/* Closing the lowest open period freezes every current score of every
 * learner of the group (the "foto" of SPEC section 5). */
static gboolean
close_period_txn (DuaalSqliteStore  *self,
                  gpointer           data,
                  GError           **error)
{
  PeriodArgs *args = data;
  gint64 period_row;
  int rc;

  if (!require_group (self, args->group_id, NULL, error))
    return FALSE;

  {
    g_autoptr(CachedStmt) stmt = get_stmt (self, STMT_PERIOD_FIRST_OPEN, error);
    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, args->group_id);
    rc = step (self, stmt, error);
    if (rc < 0)
      return FALSE;
    if (rc == 0)
      {
        g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                     _("Every period of this class group is closed already, "
                       "and a closed period never changes."));
        return FALSE;
      }
    period_row = sqlite3_column_int64 (stmt, 0);
    args->result = (guint) sqlite3_column_int (stmt, 1);
  }

  {
    g_autoptr(CachedStmt) stmt = get_stmt (self, STMT_PERIOD_SNAPSHOT, error);
    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, period_row);
    sqlite3_bind_int64 (stmt, 2, args->group_id);
    if (!step_done (self, stmt, error))
      return FALSE;
  }

  {
    g_autoptr(CachedStmt) stmt = get_stmt (self, STMT_PERIOD_CLOSE, error);
    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, period_row);
    sqlite3_bind_int64 (stmt, 2, g_get_real_time ());
    return step_done (self, stmt, error);
  }
}

static guint
duaal_sqlite_store_close_period (DuaalStore  *store,
                                 gint64       group_id,
                                 GError     **error)
{
  PeriodArgs args = { .group_id = group_id };

  if (!run_write (DUAAL_SQLITE_STORE (store), close_period_txn, &args, error))
    return 0;
  return args.result;
}

typedef struct {
  gint64       group_id;
  guint        number;
  const char  *name;
  char        *starts_on;   /* ISO 8601 or NULL */
  char        *ends_on;
} PeriodUpdateArgs;

static gboolean
update_period_txn (DuaalSqliteStore  *self,
                   gpointer           data,
                   GError           **error)
{
  PeriodUpdateArgs *args = data;
  g_autoptr(CachedStmt) stmt = NULL;

  if (!require_group (self, args->group_id, NULL, error) ||
      (stmt = get_stmt (self, STMT_PERIOD_UPDATE, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, args->group_id);
  sqlite3_bind_int (stmt, 2, (int) args->number);
  bind_text (stmt, 3, args->name);
  bind_text (stmt, 4, args->starts_on);
  bind_text (stmt, 5, args->ends_on);
  if (!step_done (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND,
                   _("This class group has no period %u."), args->number);
      return FALSE;
    }
  return TRUE;
}

/* A new group's teachers and periods (duaal_group_setup_store()). */
static gboolean
setup_add_teacher (gpointer     backend,
                   gint64       group_id,
                   const char  *name,
                   GError     **error)
{
  GroupArgs args = { .id = group_id, .name = name };

  return add_teacher_txn (backend, &args, error);
}

static gboolean
setup_set_period (gpointer                  backend,
                  gint64                    group_id,
                  const DuaalPeriodUpdate  *period,
                  GError                  **error)
{
  PeriodUpdateArgs args = { group_id, period->number, period->name, period->starts_on, period->ends_on };

  return update_period_txn (backend, &args, error);
}

static gboolean
store_group_setup (DuaalSqliteStore  *self,
                   GroupArgs         *args,
                   GError           **error)
{
  static const DuaalGroupSetupStorage storage = { setup_add_teacher, setup_set_period };

  return duaal_group_setup_store (args->setup, args->result, &storage, self, error);
}

static char *
iso_date_or_null (const GDate *date)
{
  return date != NULL && g_date_valid (date) ? duaal_period_date_to_iso (date) : NULL;
}

static gboolean
duaal_sqlite_store_update_period (DuaalStore   *store,
                                  gint64        group_id,
                                  guint         number,
                                  const char   *name,
                                  const GDate  *starts_on,
                                  const GDate  *ends_on,
                                  GError      **error)
{
  g_autofree char *clean = NULL;
  g_autofree char *starts = NULL;
  g_autofree char *ends = NULL;
  PeriodUpdateArgs args;

  if (!duaal_store_rules_clean_period (name, starts_on, ends_on, &clean, &starts, &ends, error))
    return FALSE;
  args = (PeriodUpdateArgs) { .group_id = group_id, .number = number, .name = clean, .starts_on = starts,
                              .ends_on = ends };
  return run_write (DUAAL_SQLITE_STORE (store), update_period_txn, &args, error);
}

/* ------------------------------------------------------------------ */
/* The session planner's settings and last plan (SPEC section 9)      */

typedef struct {
  gint64         group_id;
  guint          max_groups;
  GHashTable    *durations;
  const char    *plan_csv;
  guint          session;
  char          *day;        /* ISO 8601 or NULL */
  DuaalKeptPlan *result;
} SessionPlanArgs;

static gboolean
load_session_settings (DuaalSqliteStore  *self,
                       SessionPlanArgs   *args,
                       GError           **error)
{
  g_autoptr(CachedStmt) stmt = get_stmt (self, STMT_SESSION_PLAN_GET, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, args->group_id);
  if ((rc = step (self, stmt, error)) != 1)
    return rc == 0;
  args->result->max_groups = (guint) sqlite3_column_int (stmt, 0);
  args->result->plan_csv = g_strdup (column_text (stmt, 1));
  if (sqlite3_column_type (stmt, 2) != SQLITE_NULL)
    args->result->planned_at = date_time_from_usec (sqlite3_column_int64 (stmt, 2));
  return TRUE;
}

static gboolean
load_session_durations (DuaalSqliteStore  *self,
                        SessionPlanArgs   *args,
                        GError           **error)
{
  g_autoptr(CachedStmt) stmt = get_stmt (self, STMT_SESSION_DURATIONS_GET, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, args->group_id);
  while ((rc = step (self, stmt, error)) == 1)
    g_hash_table_insert (args->result->durations, g_strdup (column_text (stmt, 0)),
                         GUINT_TO_POINTER ((guint) sqlite3_column_int (stmt, 1)));
  return rc == 0;
}

static gboolean
load_session_days (DuaalSqliteStore  *self,
                   SessionPlanArgs   *args,
                   GError           **error)
{
  g_autoptr(CachedStmt) stmt = get_stmt (self, STMT_SESSION_DAYS_GET, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, args->group_id);
  while ((rc = step (self, stmt, error)) == 1)
    {
      g_autoptr(GDate) day = duaal_period_date_from_iso (column_text (stmt, 1));

      duaal_kept_plan_set_session_day (args->result, (guint) sqlite3_column_int (stmt, 0), day);
    }
  return rc == 0;
}

static gboolean
load_session_plan_txn (DuaalSqliteStore  *self,
                       gpointer           data,
                       GError           **error)
{
  SessionPlanArgs *args = data;

  return require_group (self, args->group_id, NULL, error) &&
         load_session_settings (self, args, error) &&
         load_session_durations (self, args, error) &&
         load_session_days (self, args, error);
}

static DuaalKeptPlan *
duaal_sqlite_store_load_session_plan (DuaalStore  *store,
                                      gint64       group_id,
                                      GError     **error)
{
  g_autoptr(DuaalKeptPlan) kept = duaal_kept_plan_new ();
  SessionPlanArgs args = { .group_id = group_id, .result = kept };

  if (!run_read (DUAAL_SQLITE_STORE (store), load_session_plan_txn, &args, error))
    return NULL;
  return g_steal_pointer (&kept);
}

static gboolean
save_session_durations (DuaalSqliteStore  *self,
                        SessionPlanArgs   *args,
                        GError           **error)
{
  GHashTableIter iter;
  gpointer code, sessions;

  if (!run_id_statement (self, STMT_SESSION_DURATIONS_CLEAR, args->group_id, error))
    return FALSE;
  if (args->durations == NULL)
    return TRUE;
  g_hash_table_iter_init (&iter, args->durations);
  while (g_hash_table_iter_next (&iter, &code, &sessions))
    {
      g_autoptr(CachedStmt) stmt = get_stmt (self, STMT_SESSION_DURATION_INSERT, error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, args->group_id);
      bind_text (stmt, 2, code);
      sqlite3_bind_int (stmt, 3, (int) GPOINTER_TO_UINT (sessions));
      if (!step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
save_session_plan_txn (DuaalSqliteStore  *self,
                       gpointer           data,
                       GError           **error)
{
  SessionPlanArgs *args = data;
  g_autoptr(CachedStmt) stmt = NULL;

  if (!require_group (self, args->group_id, NULL, error) ||
      (stmt = get_stmt (self, STMT_SESSION_PLAN_PUT, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, args->group_id);
  sqlite3_bind_int (stmt, 2, (int) args->max_groups);
  bind_text (stmt, 3, args->plan_csv);
  if (args->plan_csv != NULL)
    sqlite3_bind_int64 (stmt, 4, g_get_real_time ());
  else
    sqlite3_bind_null (stmt, 4);
  return step_done (self, stmt, error) &&
         save_session_durations (self, args, error);
}

static gboolean
duaal_sqlite_store_save_session_plan (DuaalStore  *store,
                                      gint64       group_id,
                                      guint        max_groups,
                                      GHashTable  *durations,
                                      const char  *plan_csv,
                                      GError     **error)
{
  SessionPlanArgs args = { .group_id = group_id, .max_groups = max_groups, .durations = durations,
                           .plan_csv = plan_csv };

  return duaal_store_rules_check_session_settings (max_groups, durations, error) &&
         run_write (DUAAL_SQLITE_STORE (store), save_session_plan_txn, &args, error);
}

static gboolean
set_session_day_txn (DuaalSqliteStore  *self,
                     gpointer           data,
                     GError           **error)
{
  SessionPlanArgs *args = data;
  g_autoptr(CachedStmt) stmt = NULL;

  if (!require_group (self, args->group_id, NULL, error) ||
      (stmt = get_stmt (self, args->day != NULL ? STMT_SESSION_DAY_SET : STMT_SESSION_DAY_CLEAR, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, args->group_id);
  sqlite3_bind_int (stmt, 2, (int) args->session);
  if (args->day != NULL)
    bind_text (stmt, 3, args->day);
  return step_done (self, stmt, error);
}

static gboolean
duaal_sqlite_store_set_session_day (DuaalStore   *store,
                                    gint64        group_id,
                                    guint         session,
                                    const GDate  *day,
                                    GError      **error)
{
  g_autofree char *iso = iso_date_or_null (day);
  SessionPlanArgs args = { .group_id = group_id, .session = session, .day = iso };

  if (session == 0)
    {
      g_set_error_literal (error, DUAAL_ERROR, DUAAL_ERROR_INVALID, _("Sessions are numbered from 1."));
      return FALSE;
    }
  return run_write (DUAAL_SQLITE_STORE (store), set_session_day_txn, &args, error);
}

/* ------------------------------------------------------------------ */
/* Status                                                              */

typedef struct {
  gint64       id;
  guint        period;
  DuaalStatus *result;
} StatusArgs;

/* The row id of a closed period; scores of open periods are "now". */
static gboolean
resolve_closed_period (DuaalSqliteStore  *self,
                       gint64             group_id,
                       guint              period,
                       gint64            *period_row,
                       GError           **error)
{
  g_autoptr(CachedStmt) stmt = get_stmt (self, STMT_PERIOD_GET, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, group_id);
  sqlite3_bind_int (stmt, 2, (int) period);
  rc = step (self, stmt, error);
  if (rc < 0)
    return FALSE;
  if (rc == 0)
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND,
                   _("This class group has no period %u."), period);
      return FALSE;
    }
  if (sqlite3_column_type (stmt, 1) == SQLITE_NULL)
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   _("Period %u is not closed yet: its scores are the current ones."), period);
      return FALSE;
    }
  *period_row = sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

/* One SELECT for all cells, whatever the number of learners. */
static gboolean
fill_cells (DuaalSqliteStore  *self,
            DuaalStatus       *status,
            GHashTable        *indicator_codes,
            StmtId             stmt_id,
            gint64             first,
            gint64             second,
            GError           **error)
{
  g_autoptr(CachedStmt) stmt = get_stmt (self, stmt_id, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, first);
  if (second != 0)
    sqlite3_bind_int64 (stmt, 2, second);
  while ((rc = step (self, stmt, error)) == 1)
    {
      gint64 indicator_row = sqlite3_column_int64 (stmt, 1);
      const char *indicator_id = g_hash_table_lookup (indicator_codes, &indicator_row);
      int actor = sqlite3_column_int (stmt, 2);
      int mastery = sqlite3_column_int (stmt, 3);
      int coverage = sqlite3_column_int (stmt, 4);

      if (indicator_id == NULL || actor < 0 || actor >= DUAAL_N_ACTORS || mastery < 0 ||
          mastery > DUAAL_MASTERY_V || coverage < 0 || coverage > DUAAL_COVERAGE_R)
        continue;
      duaal_status_set_cell (status, sqlite3_column_int64 (stmt, 0), indicator_id, actor,
                             mastery, coverage, column_text (stmt, 5), sqlite3_column_int64 (stmt, 6));
    }
  return rc == 0;
}

static gboolean
load_group_status_txn (DuaalSqliteStore  *self,
                       gpointer           data,
                       GError           **error)
{
  StatusArgs *args = data;
  g_autoptr(DuaalQualification) qualification = NULL;
  g_autoptr(GPtrArray) learners = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) codes = indicator_codes_new ();
  gint64 qualification_id = 0, period_row = 0;

  if (!require_group (self, args->id, &qualification_id, error) ||
      (args->period != 0 && !resolve_closed_period (self, args->id, args->period, &period_row, error)) ||
      (qualification = load_qualification_with_codes (self, qualification_id, codes, error)) == NULL ||
      !load_learners (self, args->id, learners, error))
    return FALSE;

  args->result = duaal_status_new (qualification, args->period, learners);
  if (args->period == 0)
    return fill_cells (self, args->result, codes, STMT_CURRENT_CELLS_GROUP, args->id, 0, error);
  return fill_cells (self, args->result, codes, STMT_PERIOD_CELLS_GROUP, period_row, 0, error);
}

static gboolean
load_learner_status_txn (DuaalSqliteStore  *self,
                         gpointer           data,
                         GError           **error)
{
  StatusArgs *args = data;
  g_auto(LearnerContext) context = { 0 };
  g_autoptr(DuaalQualification) qualification = NULL;
  g_autoptr(GPtrArray) learners = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) codes = indicator_codes_new ();
  DuaalLearner *learner;
  gint64 period_row = 0;

  if (!require_learner (self, args->id, &context, error) ||
      (args->period != 0 && !resolve_closed_period (self, context.group_id, args->period, &period_row, error)) ||
      (qualification = load_qualification_with_codes (self, context.qualification_id, codes, error)) == NULL ||
      (learner = load_learner (self, args->id, error)) == NULL)
    return FALSE;
  g_ptr_array_add (learners, learner);

  args->result = duaal_status_new (qualification, args->period, learners);
  if (args->period == 0)
    return fill_cells (self, args->result, codes, STMT_CURRENT_CELLS_LEARNER, args->id, 0, error);
  return fill_cells (self, args->result, codes, STMT_PERIOD_CELLS_LEARNER, period_row, args->id, error);
}

static DuaalStatus *
run_status (DuaalSqliteStore  *self,
            TransactionFunc    func,
            gint64             id,
            guint              period,
            GError           **error)
{
  StatusArgs args = { .id = id, .period = period };

  if (!run_read (self, func, &args, error))
    {
      g_clear_object (&args.result);
      return NULL;
    }
  return args.result;
}

static DuaalStatus *
duaal_sqlite_store_load_learner_status (DuaalStore  *store,
                                        gint64       learner_id,
                                        guint        period,
                                        GError     **error)
{
  return run_status (DUAAL_SQLITE_STORE (store), load_learner_status_txn, learner_id, period, error);
}

static DuaalStatus *
duaal_sqlite_store_load_group_status (DuaalStore  *store,
                                      gint64       group_id,
                                      guint        period,
                                      GError     **error)
{
  return run_status (DUAAL_SQLITE_STORE (store), load_group_status_txn, group_id, period, error);
}

/* ------------------------------------------------------------------ */
/* Attention list (SPEC section 7)                                     */

typedef struct {
  gint64     group_id;
  GPtrArray *items;
  guint      count;
} AttentionArgs;

static DuaalAttentionItem *
attention_item_from_row (sqlite3_stmt *stmt)
{
  DuaalColour colours[DUAAL_N_ACTORS];
  DuaalAttentionItem *item;
  const char *opposite;

  for (guint a = 0; a < DUAAL_N_ACTORS; a++)
    colours[a] = CLAMP (sqlite3_column_int (stmt, 3 + (int) a), DUAAL_COLOUR_GREY, DUAAL_COLOUR_DARK_GREEN);
  item = duaal_attention_item_new (sqlite3_column_int64 (stmt, 0), column_text (stmt, 1),
                                   (guint) sqlite3_column_int (stmt, 2), colours);
  /* "c01.02 c01.07": a list is read for every item, so without g_strsplit's extra array */
  for (opposite = column_text (stmt, 6); opposite != NULL && *opposite != '\0';)
    {
      const char *space = strchr (opposite, ' ');
      gsize length = space != NULL ? (gsize) (space - opposite) : strlen (opposite);

      g_ptr_array_add (item->indicators, g_strndup (opposite, length));
      opposite = space != NULL ? space + 1 : NULL;
    }
  return item;
}

static gboolean
list_attention_txn (DuaalSqliteStore  *self,
                    gpointer           data,
                    GError           **error)
{
  AttentionArgs *args = data;
  g_autoptr(CachedStmt) stmt = NULL;
  int rc;

  if (!require_group (self, args->group_id, NULL, error) ||
      (stmt = get_stmt (self, STMT_ATTENTION_LIST, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, args->group_id);
  while ((rc = step (self, stmt, error)) == 1)
    g_ptr_array_add (args->items, attention_item_from_row (stmt));
  return rc == 0;
}

static GPtrArray *
duaal_sqlite_store_list_attention (DuaalStore  *store,
                                   gint64       group_id,
                                   GError     **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify) duaal_attention_item_free);
  AttentionArgs args = { .group_id = group_id, .items = items };

  if (!run_read (DUAAL_SQLITE_STORE (store), list_attention_txn, &args, error))
    return NULL;
  return g_steal_pointer (&items);
}

static gboolean
count_attention_txn (DuaalSqliteStore  *self,
                     gpointer           data,
                     GError           **error)
{
  AttentionArgs *args = data;
  g_autoptr(CachedStmt) stmt = NULL;
  gint64 count = 0;

  if (args->group_id != 0 && !require_group (self, args->group_id, NULL, error))
    return FALSE;
  stmt = get_stmt (self, args->group_id != 0 ? STMT_ATTENTION_COUNT_GROUP : STMT_ATTENTION_COUNT_ALL, error);
  if (stmt == NULL)
    return FALSE;
  if (args->group_id != 0)
    sqlite3_bind_int64 (stmt, 1, args->group_id);
  if (!query_int64 (self, stmt, &count, error))
    return FALSE;
  args->count = (guint) count;
  return TRUE;
}

static guint
duaal_sqlite_store_count_attention (DuaalStore  *store,
                                    gint64       group_id,
                                    GError     **error)
{
  AttentionArgs args = { .group_id = group_id };

  if (!run_read (DUAAL_SQLITE_STORE (store), count_attention_txn, &args, error))
    return 0;
  return args.count;
}

/* ------------------------------------------------------------------ */
/* Other connections' writes (SPEC section 12)                         */

/* How often PRAGMA data_version is asked: well within the one second a
 * notice may take, and a query that reads one counter in shared memory. */
#define WATCH_INTERVAL_MS 250

/* The newest change_log row, or -1 when there is no log to read. */
static gint64
read_last_change_seq (DuaalSqliteStore *self)
{
  sqlite3_stmt *stmt = NULL;
  gint64 seq = -1;

  if (sqlite3_prepare_v2 (self->db, "SELECT coalesce (max (seq), 0) FROM main.change_log",
                          -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    seq = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return seq;
}

static gboolean
poll_other_writes (gpointer data)
{
  DuaalSqliteStore *self = data;
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func ((GDestroyNotify) duaal_change_free);
  g_autoptr(GError) error = NULL;
  DuaalSqliteChanges *notices = ensure_changes (self, &error);

  if (notices != NULL && self->watch_from_seq >= 0)
    {
      duaal_sqlite_changes_start_from (notices, self->watch_from_seq);
      self->watch_from_seq = -1;
    }
  /* A database that is busy or briefly unreadable is asked again next time. */
  if (notices != NULL && !duaal_sqlite_changes_poll (notices, changes, &error))
    g_debug ("Watching %s: %s", self->path, error->message);
  emit_changes (self, changes);
  return G_SOURCE_CONTINUE;
}

static void
duaal_sqlite_store_watch (DuaalStore *store)
{
  DuaalSqliteStore *self = DUAAL_SQLITE_STORE (store);

  if (self->watch_source != NULL)
    return;
  self->watch_source = g_timeout_source_new (WATCH_INTERVAL_MS);
  g_source_set_name (self->watch_source, "[duaal] other connections' writes");
  g_source_set_callback (self->watch_source, poll_other_writes, self, NULL);
  g_source_attach (self->watch_source, g_main_context_get_thread_default ());
  /* Take note of where the log stands now: only later writes are news.
   * The triggers and statements of the first poll wait for the timer,
   * so that a window's first frame does not wait for them. */
  self->watch_from_seq = read_last_change_seq (self);
  if (self->watch_from_seq < 0)
    poll_other_writes (self);
}

static void
duaal_sqlite_store_iface_init (DuaalStoreInterface *iface)
{
  iface->watch = duaal_sqlite_store_watch;
  iface->import_qualification = duaal_sqlite_store_import_qualification;
  iface->list_qualifications = duaal_sqlite_store_list_qualifications;
  iface->get_qualification = duaal_sqlite_store_get_qualification;
  iface->add_group = duaal_sqlite_store_add_group;
  iface->rename_group = duaal_sqlite_store_rename_group;
  iface->delete_group = duaal_sqlite_store_delete_group;
  iface->list_groups = duaal_sqlite_store_list_groups;
  iface->get_group = duaal_sqlite_store_get_group;
  iface->add_teacher = duaal_sqlite_store_add_teacher;
  iface->list_teachers = duaal_sqlite_store_list_teachers;
  iface->add_company = duaal_sqlite_store_add_company;
  iface->set_company_activities = duaal_sqlite_store_set_company_activities;
  iface->list_companies = duaal_sqlite_store_list_companies;
  iface->get_company = duaal_sqlite_store_get_company;
  iface->list_trainers = duaal_sqlite_store_list_trainers;
  iface->add_learner = duaal_sqlite_store_add_learner;
  iface->update_learner = duaal_sqlite_store_update_learner;
  iface->delete_learner = duaal_sqlite_store_delete_learner;
  iface->list_learners = duaal_sqlite_store_list_learners;
  iface->get_learner = duaal_sqlite_store_get_learner;
  iface->count_learner_scores = duaal_sqlite_store_count_learner_scores;
  iface->import_class = duaal_sqlite_store_import_class;
  iface->set_plan_cell = duaal_sqlite_store_set_plan_cell;
  iface->get_plan = duaal_sqlite_store_get_plan;
  iface->record_change = duaal_sqlite_store_record_change;
  iface->record_changes = duaal_sqlite_store_record_changes;
  iface->undo_score = duaal_sqlite_store_undo_score;
  iface->score_history = duaal_sqlite_store_score_history;
  iface->list_periods = duaal_sqlite_store_list_periods;
  iface->close_period = duaal_sqlite_store_close_period;
  iface->update_period = duaal_sqlite_store_update_period;
  iface->load_session_plan = duaal_sqlite_store_load_session_plan;
  iface->save_session_plan = duaal_sqlite_store_save_session_plan;
  iface->set_session_day = duaal_sqlite_store_set_session_day;
  iface->load_learner_status = duaal_sqlite_store_load_learner_status;
  iface->load_group_status = duaal_sqlite_store_load_group_status;
  iface->list_attention = duaal_sqlite_store_list_attention;
  iface->count_attention = duaal_sqlite_store_count_attention;
  duaal_sqlite_contexts_iface_init (iface);
  duaal_sqlite_evaluation_iface_init (iface);
  duaal_sqlite_team_iface_init (iface);
}
