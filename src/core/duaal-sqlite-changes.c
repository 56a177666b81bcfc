/* duaal-sqlite-changes.c: change notices of one SQLite connection
 *
 * Why triggers: every table a write can touch is listed once below, so
 * no write function of the backend can forget to say what it changed,
 * and a write function added later is covered without a line of its
 * own.  The triggers are TEMP: they exist on this connection only and
 * write into a TEMP table, so they cost nothing to other programs and
 * survive no restart.  The pending rows are deduplicated, so a batch of
 * a million scores gives one notice per learner, not a million.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "duaal-error.h"
#include "duaal-sqlite-changes-private.h"

/* change_log keeps at least this many rows; a watcher that falls further
 * behind (asleep for thousands of writes) is told "everything changed".
 * The log is pruned once every PRUNE_EVERY rows, so that a write
 * touches no page of old rows.  seq needs no AUTOINCREMENT (one more
 * page written per commit): the newest row is never pruned, so a seq is
 * never given out twice. */
#define KEPT_CHANGES 10000
#define PRUNE_EVERY  1000

typedef enum {
  ON_INSERT = 1 << 0,
  ON_UPDATE = 1 << 1,
  ON_DELETE = 1 << 2,
  ON_ALL    = ON_INSERT | ON_UPDATE | ON_DELETE,
} Events;

/* One table a write can touch and what a change of one of its rows
 * means.  R stands for the NEW or OLD row; "0" or "''" where an id does
 * not apply.  Scores and plans name only the learner: the group is
 * looked up when the notice is written (once per learner). */
typedef struct {
  const char     *table;
  Events          events;
  DuaalChangeKind kind;
  const char     *group_id;
  const char     *learner_id;
  const char     *company_id;
  const char     *qualification;
} Watched;

#define QUALIFICATION_OF(id) \
  "coalesce((SELECT q.code || '@' || q.version FROM main.qualification q WHERE q.id = " id "), '')"

static const Watched watched[] = {
  { "score_log", ON_INSERT, DUAAL_CHANGE_SCORE, "0", "R.learner_id", "0", "''" },
  { "learner", ON_ALL, DUAAL_CHANGE_LEARNER, "R.group_id", "R.id", "0", "''" },
  { "class_group", ON_ALL, DUAAL_CHANGE_GROUP, "R.id", "0", "0", "''" },
  { "teacher", ON_ALL, DUAAL_CHANGE_GROUP, "R.group_id", "0", "0", "''" },
  { "company", ON_ALL, DUAAL_CHANGE_COMPANY, "0", "0", "R.id", "''" },
  { "company_activity", ON_ALL, DUAAL_CHANGE_COMPANY, "0", "0", "R.company_id", "''" },
  { "trainer", ON_ALL, DUAAL_CHANGE_COMPANY, "0", "0", "R.company_id", "''" },
  { "plan", ON_ALL, DUAAL_CHANGE_PLAN, "0", "R.learner_id", "0", "''" },
  { "period", ON_ALL, DUAAL_CHANGE_PERIOD, "R.group_id", "0", "0", "''" },
  /* The group's kept session plan, its settings and session days. */
  { "session_plan", ON_ALL, DUAAL_CHANGE_PLAN, "R.group_id", "0", "0", "''" },
  { "session_duration", ON_ALL, DUAAL_CHANGE_PLAN, "R.group_id", "0", "0", "''" },
  { "session_date", ON_ALL, DUAAL_CHANGE_PLAN, "R.group_id", "0", "0", "''" },
  { "qualification", ON_ALL, DUAAL_CHANGE_QUALIFICATION, "0", "0", "0", "R.code || '@' || R.version" },
  { "competence", ON_ALL, DUAAL_CHANGE_QUALIFICATION, "0", "0", "0", QUALIFICATION_OF ("R.qualification_id") },
  { "indicator", ON_ALL, DUAAL_CHANGE_QUALIFICATION, "0", "0", "0", QUALIFICATION_OF ("R.qualification_id") },
  /* CCV contexts and lesson scenarios (SPEC 14): the qualification's,
   * the offering company's, the learner's plan of contexts done. */
  { "context", ON_ALL, DUAAL_CHANGE_QUALIFICATION, "0", "0", "0", QUALIFICATION_OF ("R.qualification_id") },
  { "context_competence", ON_ALL, DUAAL_CHANGE_QUALIFICATION, "0", "0", "0",
    QUALIFICATION_OF ("(SELECT k.qualification_id FROM main.context k WHERE k.id = R.context_id)") },
  { "scenario", ON_ALL, DUAAL_CHANGE_QUALIFICATION, "0", "0", "0", QUALIFICATION_OF ("R.qualification_id") },
  { "scenario_competence", ON_ALL, DUAAL_CHANGE_QUALIFICATION, "0", "0", "0",
    QUALIFICATION_OF ("(SELECT s.qualification_id FROM main.scenario s WHERE s.id = R.scenario_id)") },
  { "company_context", ON_ALL, DUAAL_CHANGE_COMPANY, "0", "0", "R.company_id", "''" },
  { "context_done", ON_ALL, DUAAL_CHANGE_PLAN, "0", "R.learner_id", "0", "''" },
  /* Training units, choices, workplace results, pass mark, visits (SPEC 15). */
  { "training_unit", ON_ALL, DUAAL_CHANGE_QUALIFICATION, "0", "0", "0", QUALIFICATION_OF ("R.qualification_id") },
  { "training_unit_competence", ON_ALL, DUAAL_CHANGE_QUALIFICATION, "0", "0", "0",
    QUALIFICATION_OF ("R.qualification_id") },
  { "unit_choice", ON_ALL, DUAAL_CHANGE_LEARNER, "0", "R.learner_id", "0", "''" },
  { "workplace_result", ON_ALL, DUAAL_CHANGE_LEARNER, "0", "R.learner_id", "0", "''" },
  { "group_evaluation", ON_ALL, DUAAL_CHANGE_GROUP, "R.group_id", "0", "0", "''" },
  { "workplace_visit", ON_ALL, DUAAL_CHANGE_LEARNER, "0", "R.learner_id", "0", "''" },
};

struct _DuaalSqliteChanges
{
  sqlite3      *db;
  gint64        origin;        /* this connection's tag in change_log */
  gint64        last_seq;      /* the newest change_log row seen by poll */
  gint64        data_version;  /* PRAGMA data_version at the last poll */
  gboolean      polled;        /* poll has taken note of where the log stands */
  sqlite3_stmt *select_pending;
  sqlite3_stmt *insert_log;
  sqlite3_stmt *clear_pending;
  sqlite3_stmt *prune_log;
  sqlite3_stmt *data_version_stmt;
  sqlite3_stmt *read_log;
  sqlite3_stmt *last_seq_stmt;
};

static gboolean
set_sqlite_error (sqlite3     *db,
                  GError     **error)
{
  g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_DATABASE,
               _("Changes could not be passed on to other windows: %s"), sqlite3_errmsg (db));
  return FALSE;
}

static gboolean
exec (sqlite3     *db,
      const char  *sql,
      GError     **error)
{
  if (sqlite3_exec (db, sql, NULL, NULL, NULL) != SQLITE_OK)
    return set_sqlite_error (db, error);
  return TRUE;
}

static gboolean
prepare (sqlite3       *db,
         const char    *sql,
         sqlite3_stmt **stmt,
         GError       **error)
{
  if (sqlite3_prepare_v3 (db, sql, -1, SQLITE_PREPARE_PERSISTENT, stmt, NULL) != SQLITE_OK)
    return set_sqlite_error (db, error);
  return TRUE;
}

static gboolean
has_change_log (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;
  gboolean found = FALSE;

  if (sqlite3_prepare_v2 (db, "SELECT 1 FROM main.sqlite_master WHERE type = 'table' AND name = 'change_log'",
                          -1, &stmt, NULL) == SQLITE_OK)
    found = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_finalize (stmt);
  return found;
}

/* Adds the notice of the NEW or OLD row unless it is pending already.
 * Not with INSERT OR IGNORE and a unique key: an upsert's DO UPDATE
 * (which fires the UPDATE trigger) hands its own conflict handling down
 * to the trigger's statements, and the second of two equal notices
 * would fail the write.  A trigger may not name the schema of what it
 * writes: temp comes first. */
static void
append_pending_insert (GString       *sql,
                       const Watched *w,
                       const char    *row)
{
  const char *values[] = { w->group_id, w->learner_id, w->company_id, w->qualification };
  const char *columns[] = { "group_id", "learner_id", "company_id", "qualification" };

  g_string_append_printf (sql, "INSERT INTO duaal_pending_change SELECT * FROM (SELECT %d AS kind", w->kind);
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_autoptr(GString) value = g_string_new (values[i]);

      g_string_replace (value, "R.", row, 0);
      g_string_append_printf (sql, ", %s AS %s", value->str, columns[i]);
    }
  g_string_append (sql, ") AS v WHERE NOT EXISTS (SELECT 1 FROM duaal_pending_change p"
                        " WHERE p.kind = v.kind AND p.group_id = v.group_id AND p.learner_id = v.learner_id"
                        " AND p.company_id = v.company_id AND p.qualification = v.qualification);");
}

static void
append_trigger (GString       *sql,
                const Watched *w,
                const char    *event,
                gboolean       new_row,
                gboolean       old_row)
{
  g_string_append_printf (sql, "CREATE TEMP TRIGGER duaal_notice_%s_%s AFTER %s ON main.%s BEGIN ",
                          w->table, event, event, w->table);
  if (new_row)
    append_pending_insert (sql, w, "NEW.");
  if (old_row)
    append_pending_insert (sql, w, "OLD.");
  g_string_append (sql, " END;");
}

static char *
triggers_sql (void)
{
  GString *sql = g_string_new ("CREATE TEMP TABLE duaal_pending_change ("
                               " kind INTEGER NOT NULL, group_id INTEGER NOT NULL,"
                               " learner_id INTEGER NOT NULL, company_id INTEGER NOT NULL,"
                               " qualification TEXT NOT NULL);"
                               "CREATE INDEX temp.duaal_pending_change_by_notice ON duaal_pending_change"
                               " (kind, group_id, learner_id, company_id, qualification);");

  for (guint i = 0; i < G_N_ELEMENTS (watched); i++)
    {
      const Watched *w = &watched[i];

      if (w->events & ON_INSERT)
        append_trigger (sql, w, "INSERT", TRUE, FALSE);
      /* An update may move a learner to another group: both hear of it. */
      if (w->events & ON_UPDATE)
        append_trigger (sql, w, "UPDATE", TRUE, TRUE);
      if (w->events & ON_DELETE)
        append_trigger (sql, w, "DELETE", FALSE, TRUE);
    }
  return g_string_free (sql, FALSE);
}

static gboolean
prepare_statements (DuaalSqliteChanges  *self,
                    GError             **error)
{
  return prepare (self->db,
                  "SELECT p.kind,"
                  " CASE WHEN p.group_id = 0 AND p.learner_id <> 0"
                  "  THEN coalesce ((SELECT l.group_id FROM main.learner l WHERE l.id = p.learner_id), 0)"
                  "  ELSE p.group_id END,"
                  " p.learner_id, p.company_id, p.qualification"
                  " FROM temp.duaal_pending_change p ORDER BY p.rowid",
                  &self->select_pending, error) &&
         prepare (self->db,
                  "INSERT INTO main.change_log (origin, kind, group_id, learner_id, company_id,"
                  " qualification, recorded_at) VALUES (?1, ?2, nullif (?3, 0), nullif (?4, 0),"
                  " nullif (?5, 0), nullif (?6, ''), ?7)",
                  &self->insert_log, error) &&
         prepare (self->db, "DELETE FROM temp.duaal_pending_change", &self->clear_pending, error) &&
         prepare (self->db, "DELETE FROM main.change_log WHERE seq <= ?1", &self->prune_log, error) &&
         prepare (self->db, "PRAGMA main.data_version", &self->data_version_stmt, error) &&
         prepare (self->db, "SELECT coalesce (max (seq), 0) FROM main.change_log", &self->last_seq_stmt, error) &&
         prepare (self->db,
                  "SELECT seq, origin, kind, coalesce (group_id, 0), coalesce (learner_id, 0),"
                  " coalesce (company_id, 0), qualification FROM main.change_log"
                  " WHERE seq > ?1 ORDER BY seq",
                  &self->read_log, error);
}

DuaalSqliteChanges *
duaal_sqlite_changes_new (sqlite3  *db,
                          GError  **error)
{
  g_autoptr(DuaalSqliteChanges) self = NULL;
  g_autofree char *sql = NULL;

  g_return_val_if_fail (db != NULL, NULL);

  if (!has_change_log (db))
    return NULL;
  self = g_new0 (DuaalSqliteChanges, 1);
  self->db = db;
  /* Random, so two connections of one process differ too. */
  self->origin = ((gint64) g_random_int () << 31) ^ g_random_int ();
  sql = triggers_sql ();
  /* The pending rows live for one transaction: in memory, they cost a
   * write no temporary file and no journal of it. */
  if (!exec (db, "PRAGMA temp_store = MEMORY", error) ||
      !exec (db, sql, error) || !prepare_statements (self, error))
    {
      /* Leave the connection as it was: no half set of triggers. */
      sqlite3_exec (db, "DROP TABLE IF EXISTS temp.duaal_pending_change", NULL, NULL, NULL);
      return NULL;
    }
  return g_steal_pointer (&self);
}

void
duaal_sqlite_changes_free (DuaalSqliteChanges *self)
{
  if (self == NULL)
    return;
  sqlite3_finalize (self->select_pending);
  sqlite3_finalize (self->insert_log);
  sqlite3_finalize (self->clear_pending);
  sqlite3_finalize (self->prune_log);
  sqlite3_finalize (self->data_version_stmt);
  sqlite3_finalize (self->read_log);
  sqlite3_finalize (self->last_seq_stmt);
  g_free (self);
}

sqlite3 *
duaal_sqlite_changes_get_db (DuaalSqliteChanges *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->db;
}

static DuaalChange *
change_from_row (sqlite3_stmt *stmt,
                 int           first)
{
  DuaalChange *change = duaal_change_new (sqlite3_column_int (stmt, first),
                                          sqlite3_column_int64 (stmt, first + 1),
                                          sqlite3_column_int64 (stmt, first + 2));
  const char *qualification = (const char *) sqlite3_column_text (stmt, first + 4);

  change->company_id = sqlite3_column_int64 (stmt, first + 3);
  if (qualification != NULL && qualification[0] != '\0')
    change->qualification = g_strdup (qualification);
  return change;
}

static gboolean
log_change (DuaalSqliteChanges  *self,
            const DuaalChange   *change,
            gint64               now,
            GError             **error)
{
  sqlite3_stmt *stmt = self->insert_log;
  int rc;

  sqlite3_bind_int64 (stmt, 1, self->origin);
  sqlite3_bind_int (stmt, 2, change->kind);
  sqlite3_bind_int64 (stmt, 3, change->group_id);
  sqlite3_bind_int64 (stmt, 4, change->learner_id);
  sqlite3_bind_int64 (stmt, 5, change->company_id);
  sqlite3_bind_text (stmt, 6, change->qualification != NULL ? change->qualification : "", -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 7, now);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  if (rc != SQLITE_DONE)
    return set_sqlite_error (self->db, error);
  return TRUE;
}

static gboolean
run_done (DuaalSqliteChanges  *self,
          sqlite3_stmt        *stmt,
          GError             **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return set_sqlite_error (self->db, error);
  return TRUE;
}

gboolean
duaal_sqlite_changes_flush (DuaalSqliteChanges  *self,
                            GPtrArray           *changes,
                            GError             **error)
{
  gint64 now = g_get_real_time ();
  guint before = changes->len;
  int rc;

  g_return_val_if_fail (self != NULL, FALSE);

  while ((rc = sqlite3_step (self->select_pending)) == SQLITE_ROW)
    g_ptr_array_add (changes, change_from_row (self->select_pending, 0));
  sqlite3_reset (self->select_pending);
  if (rc != SQLITE_DONE)
    return set_sqlite_error (self->db, error);
  if (changes->len == before)
    return TRUE;

  for (guint i = before; i < changes->len; i++)
    {
      gint64 seq;

      if (!log_change (self, g_ptr_array_index (changes, i), now, error))
        return FALSE;
      seq = sqlite3_last_insert_rowid (self->db);
      if (seq % PRUNE_EVERY == 0)
        {
          sqlite3_bind_int64 (self->prune_log, 1, seq - KEPT_CHANGES);
          if (!run_done (self, self->prune_log, error))
            return FALSE;
        }
    }
  return run_done (self, self->clear_pending, error);
}

static gboolean
read_data_version (DuaalSqliteChanges  *self,
                   gint64              *version,
                   GError             **error)
{
  int rc = sqlite3_step (self->data_version_stmt);

  if (rc == SQLITE_ROW)
    *version = sqlite3_column_int64 (self->data_version_stmt, 0);
  sqlite3_reset (self->data_version_stmt);
  if (rc != SQLITE_ROW)
    return set_sqlite_error (self->db, error);
  return TRUE;
}

/* Reads every row after last_seq; rows of this connection are its own
 * writes, already emitted when they were committed. */
static gboolean
read_new_rows (DuaalSqliteChanges  *self,
               GPtrArray           *changes,
               GError             **error)
{
  sqlite3_stmt *stmt = self->read_log;
  gboolean first = TRUE;
  int rc;

  /* The first time, only where the log stands (it may hold thousands
   * of rows, and start-up waits for this). */
  if (!self->polled)
    {
      rc = sqlite3_step (self->last_seq_stmt);
      if (rc == SQLITE_ROW)
        self->last_seq = sqlite3_column_int64 (self->last_seq_stmt, 0);
      sqlite3_reset (self->last_seq_stmt);
      if (rc != SQLITE_ROW)
        return set_sqlite_error (self->db, error);
      return TRUE;
    }
  sqlite3_bind_int64 (stmt, 1, self->last_seq);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 seq = sqlite3_column_int64 (stmt, 0);

      if (first && self->polled && seq > self->last_seq + 1)
        g_ptr_array_add (changes, duaal_change_new (DUAAL_CHANGE_ALL, 0, 0));
      first = FALSE;
      self->last_seq = seq;
      if (self->polled && sqlite3_column_int64 (stmt, 1) != self->origin)
        g_ptr_array_add (changes, change_from_row (stmt, 2));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return set_sqlite_error (self->db, error);
  return TRUE;
}

void
duaal_sqlite_changes_start_from (DuaalSqliteChanges *self,
                                 gint64              seq)
{
  g_return_if_fail (self != NULL);

  self->last_seq = seq;
  self->data_version = -1;   /* never a real value: the next poll reads the log */
  self->polled = TRUE;
}

gboolean
duaal_sqlite_changes_poll (DuaalSqliteChanges  *self,
                           GPtrArray           *changes,
                           GError             **error)
{
  gint64 version = 0;

  g_return_val_if_fail (self != NULL, FALSE);

  if (!read_data_version (self, &version, error))
    return FALSE;
  if (self->polled && version == self->data_version)
    return TRUE;
  /* One consistent read: the rows and the version they belong to. */
  if (!exec (self->db, "BEGIN", error))
    return FALSE;
  if (!read_new_rows (self, changes, error))
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }
  if (!exec (self->db, "COMMIT", error))
    return FALSE;
  self->data_version = version;
  self->polled = TRUE;
  return TRUE;
}
