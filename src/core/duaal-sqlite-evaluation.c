/* duaal-sqlite-evaluation.c: the SQLite backend's training units, flexible evaluation, workplace results and visits (SPEC 15)
 *
 * Every write is one transaction body run by duaal_sqlite_store_run_write;
 * the change notices follow from the triggers of duaal-sqlite-changes.c.
 * The rules themselves (what a unit, a choice, a result may be, when a
 * choice may change, verdicts, visits due) are the core's, in
 * duaal-practice-rules.c and duaal-evaluation.c; this file only keeps
 * the rows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "duaal-evaluation-report.h"
#include "duaal-practice-rules-private.h"
#include "duaal-sqlite-evaluation-private.h"
#include "duaal-sqlite-store-private.h"

#define bind_text          duaal_sqlite_store_bind_text
#define find_qualification duaal_sqlite_store_find_qualification
#define find_learner       duaal_sqlite_store_require_learner

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

/* ------------------------------------------------------------------ */
/* Small helpers                                                       */

static gboolean
check_group (DuaalSqliteStore  *self,
             gint64             group_id,
             GError           **error)
{
  return duaal_sqlite_store_require_group (self, group_id, NULL, error);
}

/* A period of a group: its row id, whether closed, and its first day. */
typedef struct {
  gint64   id;
  gboolean closed;
  GDate    starts_on;   /* invalid when not set */
} PeriodRow;

static gboolean
find_period (DuaalSqliteStore  *self,
             gint64             group_id,
             guint              number,
             PeriodRow         *row,
             GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = duaal_sqlite_store_prepare (self,
    "SELECT id, closed_at IS NOT NULL, starts_on FROM period WHERE group_id = ?1 AND number = ?2", error);
  const char *starts_on;
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, group_id);
  sqlite3_bind_int64 (stmt, 2, number);
  rc = duaal_sqlite_store_step (self, stmt, error);
  if (rc < 0)
    return FALSE;
  if (rc == 0)
    return duaal_practice_rules_no_period (error, number);
  row->id = sqlite3_column_int64 (stmt, 0);
  row->closed = sqlite3_column_int (stmt, 1) != 0;
  g_date_clear (&row->starts_on, 1);
  starts_on = (const char *) sqlite3_column_text (stmt, 2);
  if (starts_on != NULL)
    {
      g_autoptr(GDate) day = duaal_period_date_from_iso (starts_on);
      if (day != NULL)
        row->starts_on = *day;
    }
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Training units                                                      */

static GStrv
read_unit_competences (DuaalSqliteStore  *self,
                       gint64             qualification_id,
                       const char        *unit_code,
                       GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = duaal_sqlite_store_prepare (self,
    "SELECT competence_code FROM training_unit_competence"
    " WHERE qualification_id = ?1 AND unit_code = ?2 ORDER BY position", error);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, qualification_id);
  bind_text (stmt, 2, unit_code);
  while ((rc = duaal_sqlite_store_step (self, stmt, error)) > 0)
    g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));
  if (rc < 0)
    return NULL;
  return g_strv_builder_end (builder);
}

/* The units of a qualification row, the file's (@from_file 1), Duaal's
 * (0) or all (-1), in order. */
static GPtrArray *
read_units (DuaalSqliteStore  *self,
            gint64             qualification_id,
            int                from_file,
            GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = duaal_sqlite_store_prepare (self,
    "SELECT code, title FROM training_unit WHERE qualification_id = ?1 AND (?2 < 0 OR from_file = ?2)"
    " ORDER BY from_file DESC, position", error);
  g_autoptr(GPtrArray) units = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, qualification_id);
  sqlite3_bind_int (stmt, 2, from_file);
  while ((rc = duaal_sqlite_store_step (self, stmt, error)) > 0)
    {
      const char *code = (const char *) sqlite3_column_text (stmt, 0);
      g_auto(GStrv) competences = read_unit_competences (self, qualification_id, code, error);

      if (competences == NULL)
        return NULL;
      g_ptr_array_add (units, duaal_training_unit_new (code, (const char *) sqlite3_column_text (stmt, 1),
                                                       (const char * const *) competences));
    }
  if (rc < 0)
    return NULL;
  return g_steal_pointer (&units);
}

static gboolean
insert_unit (DuaalSqliteStore   *self,
             gint64              qualification_id,
             DuaalTrainingUnit  *unit,
             gboolean            from_file,
             GError            **error)
{
  g_autoptr(sqlite3_stmt) insert = duaal_sqlite_store_prepare (self,
    "INSERT INTO training_unit (qualification_id, code, title, position, from_file)"
    " VALUES (?1, ?2, ?3, (SELECT coalesce (max (position), 0) + 1 FROM training_unit"
    "                      WHERE qualification_id = ?1), ?4)", error);
  g_autoptr(sqlite3_stmt) insert_competence = NULL;
  const char * const *competences = duaal_training_unit_get_competences (unit);

  if (insert == NULL)
    return FALSE;
  sqlite3_bind_int64 (insert, 1, qualification_id);
  bind_text (insert, 2, duaal_training_unit_get_code (unit));
  bind_text (insert, 3, duaal_training_unit_get_title (unit));
  sqlite3_bind_int (insert, 4, from_file ? 1 : 0);
  if (!duaal_sqlite_store_step_done (self, insert, error))
    return FALSE;

  insert_competence = duaal_sqlite_store_prepare (self,
    "INSERT INTO training_unit_competence (qualification_id, unit_code, position, competence_code)"
    " VALUES (?1, ?2, ?3, ?4)", error);
  if (insert_competence == NULL)
    return FALSE;
  for (guint i = 0; competences[i] != NULL; i++)
    {
      sqlite3_reset (insert_competence);
      sqlite3_bind_int64 (insert_competence, 1, qualification_id);
      bind_text (insert_competence, 2, duaal_training_unit_get_code (unit));
      sqlite3_bind_int (insert_competence, 3, (int) i);
      bind_text (insert_competence, 4, competences[i]);
      if (!duaal_sqlite_store_step_done (self, insert_competence, error))
        return FALSE;
    }
  return TRUE;
}

typedef struct {
  const char        *code;
  guint              version;
  DuaalTrainingUnit *unit;
  GPtrArray         *units;
} UnitsTxn;

static gboolean
add_training_unit_txn (DuaalSqliteStore  *self,
                       gpointer           data,
                       GError           **error)
{
  UnitsTxn *txn = data;
  gint64 qualification_id = find_qualification (self, txn->code, txn->version, error);
  g_autoptr(GPtrArray) existing = NULL;

  if (qualification_id == 0)
    return FALSE;
  existing = read_units (self, qualification_id, -1, error);
  if (existing == NULL
      || !duaal_practice_rules_check_new_unit (existing, txn->unit, duaal_sqlite_store_competence_position, self,
                                               qualification_id, error))
    return FALSE;
  return insert_unit (self, qualification_id, txn->unit, FALSE, error);
}

static gboolean
duaal_sqlite_evaluation_add_training_unit (DuaalStore         *store,
                                           const char         *code,
                                           guint               version,
                                           DuaalTrainingUnit  *unit,
                                           GError            **error)
{
  UnitsTxn txn = { .code = code, .version = version, .unit = unit };

  g_return_val_if_fail (DUAAL_IS_TRAINING_UNIT (unit), FALSE);
  return duaal_sqlite_store_run_write (DUAAL_SQLITE_STORE (store), add_training_unit_txn, &txn, error);
}

static gboolean
list_training_units_txn (DuaalSqliteStore  *self,
                         gpointer           data,
                         GError           **error)
{
  UnitsTxn *txn = data;
  gint64 qualification_id = find_qualification (self, txn->code, txn->version, error);

  if (qualification_id == 0)
    return FALSE;
  txn->units = read_units (self, qualification_id, -1, error);
  return txn->units != NULL;
}

static GPtrArray *
duaal_sqlite_evaluation_list_training_units (DuaalStore  *store,
                                             const char  *code,
                                             guint        version,
                                             GError     **error)
{
  UnitsTxn txn = { .code = code, .version = version };

  if (!duaal_sqlite_store_run_read (DUAAL_SQLITE_STORE (store), list_training_units_txn, &txn, error))
    {
      g_clear_pointer (&txn.units, g_ptr_array_unref);
      return NULL;
    }
  return txn.units;
}

/* Whether the schema has the units' table: a database opened at an
 * older version (duaal_sqlite_store_open_at_version(), for the
 * migration tests) has not. */
static gboolean
has_units_table (DuaalSqliteStore  *self,
                 gboolean          *has,
                 GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = duaal_sqlite_store_prepare (self,
    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'training_unit'", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = duaal_sqlite_store_step (self, stmt, error);
  *has = rc > 0;
  return rc >= 0;
}

static GPtrArray *
storage_read_file_units (gpointer   backend,
                         gint64     qualification_id,
                         GError   **error)
{
  return read_units (backend, qualification_id, 1, error);
}

static gboolean
storage_delete_file_units (gpointer   backend,
                           gint64     qualification_id,
                           GError   **error)
{
  return duaal_sqlite_store_exec_ids (backend, "DELETE FROM training_unit WHERE qualification_id = ?1"
                                               " AND from_file = 1", qualification_id, 0, 0, error);
}

static gboolean
storage_delete_own_unit (gpointer     backend,
                         gint64       qualification_id,
                         const char  *code,
                         GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = duaal_sqlite_store_prepare (backend,
    "DELETE FROM training_unit WHERE qualification_id = ?1 AND from_file = 0 AND code = ?2", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, qualification_id);
  bind_text (stmt, 2, code);
  return duaal_sqlite_store_step_done (backend, stmt, error);
}

static gboolean
storage_insert_file_unit (gpointer            backend,
                          gint64              qualification_id,
                          DuaalTrainingUnit  *unit,
                          GError            **error)
{
  return insert_unit (backend, qualification_id, unit, TRUE, error);
}

static const DuaalUnitStorage unit_storage = {
  .find = duaal_sqlite_store_find_qualification,
  .competence = duaal_sqlite_store_competence_position,
  .read_file_units = storage_read_file_units,
  .delete_file_units = storage_delete_file_units,
  .delete_own_unit = storage_delete_own_unit,
  .insert_file_unit = storage_insert_file_unit,
};

gboolean
duaal_sqlite_evaluation_import_units (DuaalSqliteStore    *self,
                                      DuaalQualification  *qualification,
                                      GError             **error)
{
  gboolean has_table = FALSE;

  if (!has_units_table (self, &has_table, error))
    return FALSE;
  if (!has_table && duaal_qualification_get_training_units (qualification)->len == 0)
    return TRUE;
  return duaal_practice_rules_import_units (&unit_storage, self, qualification, error);
}

/* ------------------------------------------------------------------ */
/* Flexible evaluation                                                 */

typedef struct {
  gint64              learner_id;
  gint64              group_id;
  guint               period;
  const char * const *units;
  const GDate        *today;
  GHashTable         *choices;
} ChoiceTxn;

static int
unit_known (gpointer      backend,
            gint64        qualification_id,
            const char   *code,
            gint64       *value,
            GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = duaal_sqlite_store_prepare (backend,
    "SELECT 1 FROM training_unit WHERE qualification_id = ?1 AND code = ?2", error);

  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, qualification_id);
  bind_text (stmt, 2, code);
  return duaal_sqlite_store_step (backend, stmt, error);
}

static gboolean
choose_units_txn (DuaalSqliteStore  *self,
                  gpointer           data,
                  GError           **error)
{
  ChoiceTxn *txn = data;
  g_autoptr(sqlite3_stmt) delete = NULL;
  g_autoptr(sqlite3_stmt) insert = NULL;
  gint64 group_id = 0, qualification_id = 0;
  PeriodRow period;

  if (!find_learner (self, txn->learner_id, &group_id, &qualification_id, error)
      || !find_period (self, group_id, txn->period, &period, error)
      || !duaal_unit_choice_check_open (txn->period, period.closed, &period.starts_on, txn->today, error)
      || !duaal_practice_rules_check_units_known (txn->units, unit_known, self, qualification_id, error))
    return FALSE;

  delete = duaal_sqlite_store_prepare (self,
    "DELETE FROM unit_choice WHERE period_id = ?1 AND learner_id = ?2", error);
  insert = duaal_sqlite_store_prepare (self,
    "INSERT OR IGNORE INTO unit_choice (period_id, learner_id, unit_code) VALUES (?1, ?2, ?3)", error);
  if (delete == NULL || insert == NULL)
    return FALSE;
  sqlite3_bind_int64 (delete, 1, period.id);
  sqlite3_bind_int64 (delete, 2, txn->learner_id);
  if (!duaal_sqlite_store_step_done (self, delete, error))
    return FALSE;
  for (guint i = 0; txn->units[i] != NULL; i++)
    {
      sqlite3_reset (insert);
      sqlite3_bind_int64 (insert, 1, period.id);
      sqlite3_bind_int64 (insert, 2, txn->learner_id);
      bind_text (insert, 3, txn->units[i]);
      if (!duaal_sqlite_store_step_done (self, insert, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
duaal_sqlite_evaluation_choose_units (DuaalStore          *store,
                                      gint64               learner_id,
                                      guint                period,
                                      const char * const  *units,
                                      const GDate         *today,
                                      GError             **error)
{
  ChoiceTxn txn = { .learner_id = learner_id, .period = period, .units = units, .today = today };
  GDate local_today;

  g_return_val_if_fail (units != NULL, FALSE);
  if (today == NULL)
    {
      duaal_evaluation_today (&local_today);
      txn.today = &local_today;
    }
  return duaal_sqlite_store_run_write (DUAAL_SQLITE_STORE (store), choose_units_txn, &txn, error);
}

static gboolean
list_unit_choices_txn (DuaalSqliteStore  *self,
                       gpointer           data,
                       GError           **error)
{
  ChoiceTxn *txn = data;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  PeriodRow period;
  int rc;

  if (!check_group (self, txn->group_id, error)
      || !find_period (self, txn->group_id, txn->period, &period, error))
    return FALSE;
  stmt = duaal_sqlite_store_prepare (self,
    "SELECT c.learner_id, c.unit_code FROM unit_choice c"
    " JOIN learner l ON l.id = c.learner_id"
    " JOIN class_group g ON g.id = l.group_id"
    " LEFT JOIN training_unit u ON u.qualification_id = g.qualification_id AND u.code = c.unit_code"
    " WHERE c.period_id = ?1 ORDER BY c.learner_id, u.from_file DESC, u.position", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, period.id);
  g_hash_table_remove_all (txn->choices);
  while ((rc = duaal_sqlite_store_step (self, stmt, error)) > 0)
    duaal_practice_choices_add (txn->choices, sqlite3_column_int64 (stmt, 0), (const char *) sqlite3_column_text (stmt, 1));
  return rc == 0;
}

static GHashTable *
duaal_sqlite_evaluation_list_unit_choices (DuaalStore  *store,
                                           gint64       group_id,
                                           guint        period,
                                           GError     **error)
{
  g_autoptr(GHashTable) choices = duaal_practice_choices_new ();
  ChoiceTxn txn = { .group_id = group_id, .period = period, .choices = choices };

  if (!duaal_sqlite_store_run_read (DUAAL_SQLITE_STORE (store), list_unit_choices_txn, &txn, error))
    return NULL;
  return g_steal_pointer (&choices);
}

/* ------------------------------------------------------------------ */
/* Workplace results and the pass mark                                 */

typedef struct {
  gint64      learner_id;
  gint64      group_id;
  guint       period;
  guint       tenths;
  GHashTable *learners;
} ResultTxn;

static gboolean
set_workplace_result_txn (DuaalSqliteStore  *self,
                          gpointer           data,
                          GError           **error)
{
  ResultTxn *txn = data;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 group_id = 0, qualification_id = 0;
  PeriodRow period;

  if (!find_learner (self, txn->learner_id, &group_id, &qualification_id, error)
      || !find_period (self, group_id, txn->period, &period, error))
    return FALSE;
  stmt = duaal_sqlite_store_prepare (self,
    "INSERT INTO workplace_result (period_id, learner_id, tenths) VALUES (?1, ?2, ?3)"
    " ON CONFLICT (period_id, learner_id) DO UPDATE SET tenths = excluded.tenths"
    " WHERE tenths <> excluded.tenths", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, period.id);
  sqlite3_bind_int64 (stmt, 2, txn->learner_id);
  sqlite3_bind_int (stmt, 3, (int) txn->tenths);
  return duaal_sqlite_store_step_done (self, stmt, error);
}

static gboolean
duaal_sqlite_evaluation_set_workplace_result (DuaalStore  *store,
                                              gint64       learner_id,
                                              guint        period,
                                              guint        tenths,
                                              GError     **error)
{
  ResultTxn txn = { .learner_id = learner_id, .period = period, .tenths = tenths };

  if (!duaal_practice_rules_check_result (tenths, error))
    return FALSE;
  return duaal_sqlite_store_run_write (DUAAL_SQLITE_STORE (store), set_workplace_result_txn, &txn, error);
}

/* One read of a group's rows: @sql with ?1 the group, each row made an
 * element of @rows by @make_row. */
typedef gpointer (*MakeRow) (sqlite3_stmt *stmt);

typedef struct {
  gint64      group_id;
  const char *sql;
  MakeRow     make_row;
  GPtrArray  *rows;
} GroupRowsTxn;

static gboolean
list_group_rows_txn (DuaalSqliteStore  *self,
                     gpointer           data,
                     GError           **error)
{
  GroupRowsTxn *txn = data;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  if (!check_group (self, txn->group_id, error))
    return FALSE;
  stmt = duaal_sqlite_store_prepare (self, txn->sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, txn->group_id);
  g_ptr_array_set_size (txn->rows, 0);
  while ((rc = duaal_sqlite_store_step (self, stmt, error)) > 0)
    g_ptr_array_add (txn->rows, txn->make_row (stmt));
  return rc == 0;
}

static GPtrArray *
list_group_rows (DuaalStore     *store,
                 gint64          group_id,
                 const char     *sql,
                 MakeRow         make_row,
                 GDestroyNotify  free_row,
                 GError        **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (free_row);
  GroupRowsTxn txn = { .group_id = group_id, .sql = sql, .make_row = make_row, .rows = rows };

  if (!duaal_sqlite_store_run_read (DUAAL_SQLITE_STORE (store), list_group_rows_txn, &txn, error))
    return NULL;
  return g_steal_pointer (&rows);
}

static gpointer
make_workplace_result (sqlite3_stmt *stmt)
{
  DuaalWorkplaceResult *result = g_new (DuaalWorkplaceResult, 1);

  result->learner_id = sqlite3_column_int64 (stmt, 0);
  result->period = (guint) sqlite3_column_int (stmt, 1);
  result->tenths = (guint) sqlite3_column_int (stmt, 2);
  return result;
}

static GPtrArray *
duaal_sqlite_evaluation_list_workplace_results (DuaalStore  *store,
                                                gint64       group_id,
                                                GError     **error)
{
  return list_group_rows (store, group_id,
                          "SELECT r.learner_id, p.number, r.tenths FROM workplace_result r"
                          " JOIN period p ON p.id = r.period_id JOIN learner l ON l.id = r.learner_id"
                          " WHERE l.group_id = ?1 ORDER BY p.number, l.name, l.id",
                          make_workplace_result, g_free, error);
}

static gboolean
set_pass_mark_txn (DuaalSqliteStore  *self,
                   gpointer           data,
                   GError           **error)
{
  ResultTxn *txn = data;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!check_group (self, txn->group_id, error))
    return FALSE;
  stmt = duaal_sqlite_store_prepare (self,
    "INSERT INTO group_evaluation (group_id, pass_mark) VALUES (?1, ?2)"
    " ON CONFLICT (group_id) DO UPDATE SET pass_mark = excluded.pass_mark"
    " WHERE pass_mark <> excluded.pass_mark", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, txn->group_id);
  sqlite3_bind_int (stmt, 2, (int) txn->tenths);
  return duaal_sqlite_store_step_done (self, stmt, error);
}

static gboolean
duaal_sqlite_evaluation_set_pass_mark (DuaalStore  *store,
                                       gint64       group_id,
                                       guint        tenths,
                                       GError     **error)
{
  ResultTxn txn = { .group_id = group_id, .tenths = tenths };

  if (!duaal_practice_rules_check_pass_mark (tenths, error))
    return FALSE;
  return duaal_sqlite_store_run_write (DUAAL_SQLITE_STORE (store), set_pass_mark_txn, &txn, error);
}

static gboolean
get_pass_mark_txn (DuaalSqliteStore  *self,
                   gpointer           data,
                   GError           **error)
{
  ResultTxn *txn = data;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  if (!check_group (self, txn->group_id, error))
    return FALSE;
  stmt = duaal_sqlite_store_prepare (self, "SELECT pass_mark FROM group_evaluation WHERE group_id = ?1",
                                     error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, txn->group_id);
  rc = duaal_sqlite_store_step (self, stmt, error);
  if (rc < 0)
    return FALSE;
  txn->tenths = rc > 0 ? (guint) sqlite3_column_int (stmt, 0) : DUAAL_DEFAULT_PASS_MARK;
  return TRUE;
}

static guint
duaal_sqlite_evaluation_get_pass_mark (DuaalStore  *store,
                                       gint64       group_id,
                                       GError     **error)
{
  ResultTxn txn = { .group_id = group_id };

  if (!duaal_sqlite_store_run_read (DUAAL_SQLITE_STORE (store), get_pass_mark_txn, &txn, error))
    return 0;
  return txn.tenths;
}

/* The span of a closed period: after the previous period's closing (for
 * period 1: since the beginning) up to and including its own; both
 * closed_at and score_log.recorded_at are UTC microseconds. */
static gboolean
list_trainer_scored_txn (DuaalSqliteStore  *self,
                         gpointer           data,
                         GError           **error)
{
  ResultTxn *txn = data;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  PeriodRow period;
  int rc;

  if (!check_group (self, txn->group_id, error)
      || !find_period (self, txn->group_id, txn->period, &period, error))
    return FALSE;
  stmt = duaal_sqlite_store_prepare (self,
    "SELECT l.id FROM learner l, period p"
    " WHERE l.group_id = ?1 AND p.id = ?2 AND p.closed_at IS NOT NULL AND EXISTS ("
    "  SELECT 1 FROM score_log s WHERE s.learner_id = l.id AND s.actor = ?3"
    "   AND s.recorded_at <= p.closed_at"
    "   AND s.recorded_at > coalesce ((SELECT q.closed_at FROM period q"
    "                                  WHERE q.group_id = p.group_id AND q.number = p.number - 1),"
    "                                 -9223372036854775807 - 1))", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, txn->group_id);
  sqlite3_bind_int64 (stmt, 2, period.id);
  sqlite3_bind_int (stmt, 3, DUAAL_ACTOR_TRAINER);
  g_hash_table_remove_all (txn->learners);
  while ((rc = duaal_sqlite_store_step (self, stmt, error)) > 0)
    {
      gint64 *id = g_new (gint64, 1);

      *id = sqlite3_column_int64 (stmt, 0);
      g_hash_table_add (txn->learners, id);
    }
  return rc == 0;
}

static GHashTable *
duaal_sqlite_evaluation_list_trainer_scored (DuaalStore  *store,
                                             gint64       group_id,
                                             guint        period,
                                             GError     **error)
{
  g_autoptr(GHashTable) learners = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  ResultTxn txn = { .group_id = group_id, .period = period, .learners = learners };

  if (!duaal_sqlite_store_run_read (DUAAL_SQLITE_STORE (store), list_trainer_scored_txn, &txn, error))
    return NULL;
  return g_steal_pointer (&learners);
}

/* ------------------------------------------------------------------ */
/* Workplace visits                                                    */

typedef struct {
  gint64       learner_id;
  const GDate *day;
  const char  *notes;
  gint64       visit_id;
} VisitTxn;

static gboolean
add_visit_txn (DuaalSqliteStore  *self,
               gpointer           data,
               GError           **error)
{
  VisitTxn *txn = data;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *day = duaal_period_date_to_iso (txn->day);
  gint64 group_id = 0, qualification_id = 0;

  if (!find_learner (self, txn->learner_id, &group_id, &qualification_id, error))
    return FALSE;
  stmt = duaal_sqlite_store_prepare (self,
    "INSERT INTO workplace_visit (learner_id, day, notes) VALUES (?1, ?2, ?3)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, txn->learner_id);
  bind_text (stmt, 2, day);
  bind_text (stmt, 3, txn->notes);
  if (!duaal_sqlite_store_step_done (self, stmt, error))
    return FALSE;
  txn->visit_id = sqlite3_last_insert_rowid (duaal_sqlite_store_get_db (self));
  return TRUE;
}

static gint64
duaal_sqlite_evaluation_add_visit (DuaalStore   *store,
                                   gint64        learner_id,
                                   const GDate  *day,
                                   const char   *notes,
                                   GError      **error)
{
  g_autofree char *clean_notes = duaal_practice_rules_clean_notes (notes);
  VisitTxn txn = { .learner_id = learner_id, .day = day, .notes = clean_notes };

  g_return_val_if_fail (day != NULL && g_date_valid (day), 0);
  if (!duaal_sqlite_store_run_write (DUAAL_SQLITE_STORE (store), add_visit_txn, &txn, error))
    return 0;
  return txn.visit_id;
}

static gpointer
make_visit (sqlite3_stmt *stmt)
{
  g_autoptr(GDate) day = duaal_period_date_from_iso ((const char *) sqlite3_column_text (stmt, 2));
  DuaalVisit *visit = g_new0 (DuaalVisit, 1);

  visit->id = sqlite3_column_int64 (stmt, 0);
  visit->learner_id = sqlite3_column_int64 (stmt, 1);
  g_date_clear (&visit->day, 1);
  if (day != NULL)
    visit->day = *day;
  visit->notes = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
  return visit;
}

static GPtrArray *
duaal_sqlite_evaluation_list_visits (DuaalStore  *store,
                                     gint64       group_id,
                                     GError     **error)
{
  return list_group_rows (store, group_id,
                          "SELECT v.id, v.learner_id, v.day, v.notes FROM workplace_visit v"
                          " JOIN learner l ON l.id = v.learner_id WHERE l.group_id = ?1"
                          " ORDER BY l.name, l.id, v.day, v.id",
                          make_visit, (GDestroyNotify) duaal_visit_free, error);
}

void
duaal_sqlite_evaluation_iface_init (DuaalStoreInterface *iface)
{
  iface->add_training_unit = duaal_sqlite_evaluation_add_training_unit;
  iface->list_training_units = duaal_sqlite_evaluation_list_training_units;
  iface->choose_units = duaal_sqlite_evaluation_choose_units;
  iface->list_unit_choices = duaal_sqlite_evaluation_list_unit_choices;
  iface->set_workplace_result = duaal_sqlite_evaluation_set_workplace_result;
  iface->list_workplace_results = duaal_sqlite_evaluation_list_workplace_results;
  iface->set_pass_mark = duaal_sqlite_evaluation_set_pass_mark;
  iface->get_pass_mark = duaal_sqlite_evaluation_get_pass_mark;
  iface->list_trainer_scored = duaal_sqlite_evaluation_list_trainer_scored;
  iface->add_visit = duaal_sqlite_evaluation_add_visit;
  iface->list_visits = duaal_sqlite_evaluation_list_visits;
}
