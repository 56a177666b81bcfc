/* duaal-pg-evaluation.c: the PostgreSQL backend's training units, flexible evaluation, workplace results and visits (SPEC 15)
 *
 * The SQLite backend's behaviour (duaal-sqlite-evaluation.c): the same
 * errors, the same notices (the triggers of schema step 3); the rules
 * themselves (what a unit, a choice, a result may be, when a choice may
 * change, verdicts, visits due) are the core's, in
 * duaal-practice-rules.c and duaal-evaluation.c; this file only keeps
 * the rows.  Every write is one SERIALIZABLE transaction
 * (duaal_pg_store_run_write), every read one snapshot; an id outside
 * the login's scope reads as no row, so it is refused like an unknown
 * one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "duaal-evaluation-report.h"
#include "duaal-pg-evaluation-private.h"
#include "duaal-pg-store-private.h"
#include "duaal-practice-rules-private.h"

typedef DuaalPgStore Store;

#define find_qualification duaal_pg_data_find_qualification
#define find_learner       duaal_pg_data_require_learner
#define param_int  duaal_pg_params_int
#define param_text duaal_pg_params_text
#define col_int    duaal_pg_int
#define col_text   duaal_pg_text

/* ------------------------------------------------------------------ */
/* Small helpers                                                       */

static gboolean
check_group (Store   *self,
             gint64   group_id,
             GError **error)
{
  return duaal_pg_data_require_group (self, group_id, NULL, error);
}

/* A period of a group: its row id, whether closed, and its first day. */
typedef struct {
  gint64   id;
  gboolean closed;
  GDate    starts_on;   /* invalid when not set */
} PeriodRow;

static gboolean
find_period (Store      *self,
             gint64      group_id,
             guint       number,
             PeriodRow  *row,
             GError    **error)
{
  DuaalPgParams p = { 0 };
  g_autoptr(PGresult) result = NULL;
  const char *starts_on;

  param_int (&p, group_id);
  param_int (&p, number);
  result = duaal_pg_store_exec (self, "SELECT id, closed_at IS NOT NULL, to_char (starts_on, 'YYYY-MM-DD') FROM period"
                                      " WHERE group_id = $1 AND number = $2", &p, error);
  if (result == NULL)
    return FALSE;
  if (PQntuples (result) == 0)
    return duaal_practice_rules_no_period (error, number);
  row->id = col_int (result, 0, 0);
  row->closed = g_strcmp0 (col_text (result, 0, 1), "t") == 0;
  g_date_clear (&row->starts_on, 1);
  starts_on = col_text (result, 0, 2);
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
read_unit_competences (Store       *self,
                       gint64       qualification_id,
                       const char  *unit_code,
                       GError     **error)
{
  DuaalPgParams p = { 0 };
  g_autoptr(PGresult) result = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  param_int (&p, qualification_id);
  param_text (&p, unit_code);
  result = duaal_pg_store_exec (self, "SELECT competence_code FROM training_unit_competence"
                                      " WHERE qualification_id = $1 AND unit_code = $2 ORDER BY position", &p, error);
  if (result == NULL)
    return NULL;
  for (int r = 0; r < PQntuples (result); r++)
    g_strv_builder_add (builder, col_text (result, r, 0));
  return g_strv_builder_end (builder);
}

/* The units of a qualification row, the file's (@from_file 1), Duaal's
 * (0) or all (-1), in order. */
static GPtrArray *
read_units (Store   *self,
            gint64   qualification_id,
            int      from_file,
            GError **error)
{
  DuaalPgParams p = { 0 };
  g_autoptr(PGresult) result = NULL;
  g_autoptr(GPtrArray) units = g_ptr_array_new_with_free_func (g_object_unref);

  param_int (&p, qualification_id);
  param_int (&p, from_file);
  result = duaal_pg_store_exec (self, "SELECT code, title FROM training_unit WHERE qualification_id = $1"
                                      " AND ($2::integer < 0 OR from_file = $2::integer)"
                                      " ORDER BY from_file DESC, position", &p, error);
  if (result == NULL)
    return NULL;
  for (int r = 0; r < PQntuples (result); r++)
    {
      const char *code = col_text (result, r, 0);
      g_auto(GStrv) competences = read_unit_competences (self, qualification_id, code, error);

      if (competences == NULL)
        return NULL;
      g_ptr_array_add (units, duaal_training_unit_new (code, col_text (result, r, 1),
                                                       (const char * const *) competences));
    }
  return g_steal_pointer (&units);
}

static gboolean
insert_unit (Store              *self,
             gint64              qualification_id,
             DuaalTrainingUnit  *unit,
             gboolean            from_file,
             GError            **error)
{
  const char * const *competences = duaal_training_unit_get_competences (unit);
  DuaalPgParams p = { 0 };

  param_int (&p, qualification_id);
  param_text (&p, duaal_training_unit_get_code (unit));
  param_text (&p, duaal_training_unit_get_title (unit));
  param_int (&p, from_file ? 1 : 0);
  if (!duaal_pg_store_exec_done (self, "INSERT INTO training_unit (qualification_id, code, title, position, from_file)"
                                       " VALUES ($1, $2, $3, (SELECT coalesce (max (position), 0) + 1"
                                       "   FROM training_unit WHERE qualification_id = $1), $4)", &p, error))
    return FALSE;
  for (guint i = 0; competences[i] != NULL; i++)
    {
      DuaalPgParams c = { 0 };

      param_int (&c, qualification_id);
      param_text (&c, duaal_training_unit_get_code (unit));
      param_int (&c, i);
      param_text (&c, competences[i]);
      if (!duaal_pg_store_exec_done (self, "INSERT INTO training_unit_competence"
                                           " (qualification_id, unit_code, position, competence_code)"
                                           " VALUES ($1, $2, $3, $4)", &c, error))
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
add_training_unit_txn (Store    *self,
                       gpointer  data,
                       GError  **error)
{
  UnitsTxn *txn = data;
  gint64 qualification_id = find_qualification (self, txn->code, txn->version, error);
  g_autoptr(GPtrArray) existing = NULL;

  if (qualification_id == 0)
    return FALSE;
  existing = read_units (self, qualification_id, -1, error);
  if (existing == NULL
      || !duaal_practice_rules_check_new_unit (existing, txn->unit, duaal_pg_data_competence_position, self,
                                               qualification_id, error))
    return FALSE;
  return insert_unit (self, qualification_id, txn->unit, FALSE, error);
}

static gboolean
add_training_unit (DuaalStore         *store,
                   const char         *code,
                   guint               version,
                   DuaalTrainingUnit  *unit,
                   GError            **error)
{
  UnitsTxn txn = { .code = code, .version = version, .unit = unit };

  g_return_val_if_fail (DUAAL_IS_TRAINING_UNIT (unit), FALSE);
  return duaal_pg_store_run_write (DUAAL_PG_STORE (store), add_training_unit_txn, &txn, error);
}

static gboolean
list_training_units_txn (Store    *self,
                         gpointer  data,
                         GError  **error)
{
  UnitsTxn *txn = data;
  gint64 qualification_id = find_qualification (self, txn->code, txn->version, error);

  g_clear_pointer (&txn->units, g_ptr_array_unref);
  if (qualification_id == 0)
    return FALSE;
  txn->units = read_units (self, qualification_id, -1, error);
  return txn->units != NULL;
}

static GPtrArray *
list_training_units (DuaalStore  *store,
                     const char  *code,
                     guint        version,
                     GError     **error)
{
  UnitsTxn txn = { .code = code, .version = version };

  if (!duaal_pg_store_run_read (DUAAL_PG_STORE (store), list_training_units_txn, &txn, error))
    {
      g_clear_pointer (&txn.units, g_ptr_array_unref);
      return NULL;
    }
  return txn.units;
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
  return duaal_pg_store_exec_ids (backend, "DELETE FROM training_unit WHERE qualification_id = $1 AND from_file = 1",
                                  1, qualification_id, 0, 0, error);
}

static gboolean
storage_delete_own_unit (gpointer     backend,
                         gint64       qualification_id,
                         const char  *code,
                         GError     **error)
{
  DuaalPgParams p = { 0 };

  param_int (&p, qualification_id);
  param_text (&p, code);
  return duaal_pg_store_exec_done (backend, "DELETE FROM training_unit WHERE qualification_id = $1"
                                            " AND from_file = 0 AND code = $2", &p, error);
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
  .find = duaal_pg_data_find_qualification,
  .competence = duaal_pg_data_competence_position,
  .read_file_units = storage_read_file_units,
  .delete_file_units = storage_delete_file_units,
  .delete_own_unit = storage_delete_own_unit,
  .insert_file_unit = storage_insert_file_unit,
};

gboolean
duaal_pg_evaluation_import_units (DuaalPgStore        *self,
                                  DuaalQualification  *qualification,
                                  GError             **error)
{
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
  DuaalPgParams p = { 0 };

  param_int (&p, qualification_id);
  param_text (&p, code);
  return duaal_pg_store_query_int64 (backend, "SELECT 1 FROM training_unit WHERE qualification_id = $1"
                                              " AND code = $2", &p, value, error);
}

static gboolean
choose_units_txn (Store    *self,
                  gpointer  data,
                  GError  **error)
{
  ChoiceTxn *txn = data;
  DuaalPgParams p = { 0 };
  gint64 group_id = 0, qualification_id = 0;
  PeriodRow period;

  if (!find_learner (self, txn->learner_id, &group_id, &qualification_id, error)
      || !find_period (self, group_id, txn->period, &period, error)
      || !duaal_unit_choice_check_open (txn->period, period.closed, &period.starts_on, txn->today, error)
      || !duaal_practice_rules_check_units_known (txn->units, unit_known, self, qualification_id, error))
    return FALSE;

  param_int (&p, period.id);
  param_int (&p, txn->learner_id);
  if (!duaal_pg_store_exec_done (self, "DELETE FROM unit_choice WHERE period_id = $1 AND learner_id = $2",
                                 &p, error))
    return FALSE;
  for (guint i = 0; txn->units[i] != NULL; i++)
    {
      DuaalPgParams c = { 0 };

      param_int (&c, period.id);
      param_int (&c, txn->learner_id);
      param_text (&c, txn->units[i]);
      if (!duaal_pg_store_exec_done (self, "INSERT INTO unit_choice (period_id, learner_id, unit_code)"
                                           " VALUES ($1, $2, $3) ON CONFLICT DO NOTHING", &c, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
choose_units (DuaalStore          *store,
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
  return duaal_pg_store_run_write (DUAAL_PG_STORE (store), choose_units_txn, &txn, error);
}

static gboolean
list_unit_choices_txn (Store    *self,
                       gpointer  data,
                       GError  **error)
{
  ChoiceTxn *txn = data;
  DuaalPgParams p = { 0 };
  g_autoptr(PGresult) result = NULL;
  PeriodRow period;

  if (!check_group (self, txn->group_id, error)
      || !find_period (self, txn->group_id, txn->period, &period, error))
    return FALSE;
  param_int (&p, period.id);
  /* NULLS as SQLite orders them: a unit no longer there last. */
  result = duaal_pg_store_exec (self,
    "SELECT c.learner_id, c.unit_code FROM unit_choice c"
    " JOIN learner l ON l.id = c.learner_id"
    " JOIN class_group g ON g.id = l.group_id"
    " LEFT JOIN training_unit u ON u.qualification_id = g.qualification_id AND u.code = c.unit_code"
    " WHERE c.period_id = $1 ORDER BY c.learner_id, u.from_file DESC NULLS LAST, u.position NULLS FIRST",
    &p, error);
  if (result == NULL)
    return FALSE;
  g_hash_table_remove_all (txn->choices);
  for (int r = 0; r < PQntuples (result); r++)
    duaal_practice_choices_add (txn->choices, col_int (result, r, 0), col_text (result, r, 1));
  return TRUE;
}

static GHashTable *
list_unit_choices (DuaalStore  *store,
                   gint64       group_id,
                   guint        period,
                   GError     **error)
{
  g_autoptr(GHashTable) choices = duaal_practice_choices_new ();
  ChoiceTxn txn = { .group_id = group_id, .period = period, .choices = choices };

  if (!duaal_pg_store_run_read (DUAAL_PG_STORE (store), list_unit_choices_txn, &txn, error))
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
set_workplace_result_txn (Store    *self,
                          gpointer  data,
                          GError  **error)
{
  ResultTxn *txn = data;
  DuaalPgParams p = { 0 };
  gint64 group_id = 0, qualification_id = 0;
  PeriodRow period;

  if (!find_learner (self, txn->learner_id, &group_id, &qualification_id, error)
      || !find_period (self, group_id, txn->period, &period, error))
    return FALSE;
  param_int (&p, period.id);
  param_int (&p, txn->learner_id);
  param_int (&p, txn->tenths);
  return duaal_pg_store_exec_done (self,
    "INSERT INTO workplace_result AS r (period_id, learner_id, tenths) VALUES ($1, $2, $3)"
    " ON CONFLICT (period_id, learner_id) DO UPDATE SET tenths = excluded.tenths"
    " WHERE r.tenths <> excluded.tenths", &p, error);
}

static gboolean
set_workplace_result (DuaalStore  *store,
                      gint64       learner_id,
                      guint        period,
                      guint        tenths,
                      GError     **error)
{
  ResultTxn txn = { .learner_id = learner_id, .period = period, .tenths = tenths };

  if (!duaal_practice_rules_check_result (tenths, error))
    return FALSE;
  return duaal_pg_store_run_write (DUAAL_PG_STORE (store), set_workplace_result_txn, &txn, error);
}

/* One read of a group's rows: @sql with $1 the group, each row made an
 * element of @rows by @make_row. */
typedef gpointer (*MakeRow) (const PGresult *result, int row);

typedef struct {
  gint64      group_id;
  const char *sql;
  MakeRow     make_row;
  GPtrArray  *rows;
} GroupRowsTxn;

static gboolean
list_group_rows_txn (Store    *self,
                     gpointer  data,
                     GError  **error)
{
  GroupRowsTxn *txn = data;
  DuaalPgParams p = { 0 };
  g_autoptr(PGresult) result = NULL;

  if (!check_group (self, txn->group_id, error))
    return FALSE;
  param_int (&p, txn->group_id);
  result = duaal_pg_store_exec (self, txn->sql, &p, error);
  if (result == NULL)
    return FALSE;
  g_ptr_array_set_size (txn->rows, 0);
  for (int r = 0; r < PQntuples (result); r++)
    g_ptr_array_add (txn->rows, txn->make_row (result, r));
  return TRUE;
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

  if (!duaal_pg_store_run_read (DUAAL_PG_STORE (store), list_group_rows_txn, &txn, error))
    return NULL;
  return g_steal_pointer (&rows);
}

static gpointer
make_workplace_result (const PGresult *result,
                       int             row)
{
  DuaalWorkplaceResult *workplace = g_new (DuaalWorkplaceResult, 1);

  workplace->learner_id = col_int (result, row, 0);
  workplace->period = (guint) col_int (result, row, 1);
  workplace->tenths = (guint) col_int (result, row, 2);
  return workplace;
}

static GPtrArray *
list_workplace_results (DuaalStore  *store,
                        gint64       group_id,
                        GError     **error)
{
  /* learners in the SQLite backend's order: names by their bytes */
  return list_group_rows (store, group_id,
                          "SELECT r.learner_id, p.number, r.tenths FROM workplace_result r"
                          " JOIN period p ON p.id = r.period_id JOIN learner l ON l.id = r.learner_id"
                          " WHERE l.group_id = $1 ORDER BY p.number, l.name COLLATE \"C\", l.id",
                          make_workplace_result, g_free, error);
}

static gboolean
set_pass_mark_txn (Store    *self,
                   gpointer  data,
                   GError  **error)
{
  ResultTxn *txn = data;
  DuaalPgParams p = { 0 };

  if (!check_group (self, txn->group_id, error))
    return FALSE;
  param_int (&p, txn->group_id);
  param_int (&p, txn->tenths);
  return duaal_pg_store_exec_done (self,
    "INSERT INTO group_evaluation AS e (group_id, pass_mark) VALUES ($1, $2)"
    " ON CONFLICT (group_id) DO UPDATE SET pass_mark = excluded.pass_mark"
    " WHERE e.pass_mark <> excluded.pass_mark", &p, error);
}

static gboolean
set_pass_mark (DuaalStore  *store,
               gint64       group_id,
               guint        tenths,
               GError     **error)
{
  ResultTxn txn = { .group_id = group_id, .tenths = tenths };

  if (!duaal_practice_rules_check_pass_mark (tenths, error))
    return FALSE;
  return duaal_pg_store_run_write (DUAAL_PG_STORE (store), set_pass_mark_txn, &txn, error);
}

static gboolean
get_pass_mark_txn (Store    *self,
                   gpointer  data,
                   GError  **error)
{
  ResultTxn *txn = data;
  DuaalPgParams p = { 0 };
  gint64 value = 0;
  int rc;

  if (!check_group (self, txn->group_id, error))
    return FALSE;
  param_int (&p, txn->group_id);
  rc = duaal_pg_store_query_int64 (self, "SELECT pass_mark FROM group_evaluation WHERE group_id = $1",
                                   &p, &value, error);
  if (rc < 0)
    return FALSE;
  txn->tenths = rc > 0 ? (guint) value : DUAAL_DEFAULT_PASS_MARK;
  return TRUE;
}

static guint
get_pass_mark (DuaalStore  *store,
               gint64       group_id,
               GError     **error)
{
  ResultTxn txn = { .group_id = group_id };

  if (!duaal_pg_store_run_read (DUAAL_PG_STORE (store), get_pass_mark_txn, &txn, error))
    return 0;
  return txn.tenths;
}

/* The span of a closed period: after the previous period's closing (for
 * period 1: since the beginning) up to and including its own; both
 * closed_at and score_log.recorded_at are UTC microseconds.  The score
 * log's columns but the comment are every scoring login's to read. */
static gboolean
list_trainer_scored_txn (Store    *self,
                         gpointer  data,
                         GError  **error)
{
  ResultTxn *txn = data;
  DuaalPgParams p = { 0 };
  g_autoptr(PGresult) result = NULL;
  PeriodRow period;

  if (!check_group (self, txn->group_id, error)
      || !find_period (self, txn->group_id, txn->period, &period, error))
    return FALSE;
  param_int (&p, txn->group_id);
  param_int (&p, period.id);
  param_int (&p, DUAAL_ACTOR_TRAINER);
  result = duaal_pg_store_exec (self,
    "SELECT l.id FROM learner l, period p"
    " WHERE l.group_id = $1 AND p.id = $2 AND p.closed_at IS NOT NULL AND EXISTS ("
    "  SELECT 1 FROM score_log s WHERE s.learner_id = l.id AND s.actor = $3"
    "   AND s.recorded_at <= p.closed_at"
    "   AND s.recorded_at > coalesce ((SELECT q.closed_at FROM period q"
    "                                  WHERE q.group_id = p.group_id AND q.number = p.number - 1),"
    "                                 -9223372036854775807 - 1))", &p, error);
  if (result == NULL)
    return FALSE;
  g_hash_table_remove_all (txn->learners);
  for (int r = 0; r < PQntuples (result); r++)
    {
      gint64 *id = g_new (gint64, 1);

      *id = col_int (result, r, 0);
      g_hash_table_add (txn->learners, id);
    }
  return TRUE;
}

static GHashTable *
list_trainer_scored (DuaalStore  *store,
                     gint64       group_id,
                     guint        period,
                     GError     **error)
{
  g_autoptr(GHashTable) learners = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  ResultTxn txn = { .group_id = group_id, .period = period, .learners = learners };

  if (!duaal_pg_store_run_read (DUAAL_PG_STORE (store), list_trainer_scored_txn, &txn, error))
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
add_visit_txn (Store    *self,
               gpointer  data,
               GError  **error)
{
  VisitTxn *txn = data;
  DuaalPgParams p = { 0 };
  g_autofree char *day = duaal_period_date_to_iso (txn->day);
  gint64 group_id = 0, qualification_id = 0;

  if (!find_learner (self, txn->learner_id, &group_id, &qualification_id, error))
    return FALSE;
  param_int (&p, txn->learner_id);
  param_text (&p, day);
  param_text (&p, txn->notes);
  return duaal_pg_store_query_int64 (self, "INSERT INTO workplace_visit (learner_id, day, notes)"
                                           " VALUES ($1, $2::date, $3) RETURNING id", &p, &txn->visit_id,
                                     error) == 1;
}

static gint64
add_visit (DuaalStore   *store,
           gint64        learner_id,
           const GDate  *day,
           const char   *notes,
           GError      **error)
{
  g_autofree char *clean_notes = duaal_practice_rules_clean_notes (notes);
  VisitTxn txn = { .learner_id = learner_id, .day = day, .notes = clean_notes };

  g_return_val_if_fail (day != NULL && g_date_valid (day), 0);
  if (!duaal_pg_store_run_write (DUAAL_PG_STORE (store), add_visit_txn, &txn, error))
    return 0;
  return txn.visit_id;
}

static gpointer
make_visit (const PGresult *result,
            int             row)
{
  g_autoptr(GDate) day = duaal_period_date_from_iso (col_text (result, row, 2));
  DuaalVisit *visit = g_new0 (DuaalVisit, 1);

  visit->id = col_int (result, row, 0);
  visit->learner_id = col_int (result, row, 1);
  g_date_clear (&visit->day, 1);
  if (day != NULL)
    visit->day = *day;
  visit->notes = g_strdup (col_text (result, row, 3));
  return visit;
}

static GPtrArray *
list_visits (DuaalStore  *store,
             gint64       group_id,
             GError     **error)
{
  /* to_char: ISO 8601 whatever the server's DateStyle */
  return list_group_rows (store, group_id,
                          "SELECT v.id, v.learner_id, to_char (v.day, 'YYYY-MM-DD'), v.notes FROM workplace_visit v"
                          " JOIN learner l ON l.id = v.learner_id WHERE l.group_id = $1"
                          " ORDER BY l.name COLLATE \"C\", l.id, v.day, v.id",
                          make_visit, (GDestroyNotify) duaal_visit_free, error);
}

void
duaal_pg_evaluation_iface_init (DuaalStoreInterface *iface)
{
  iface->add_training_unit = add_training_unit;
  iface->list_training_units = list_training_units;
  iface->choose_units = choose_units;
  iface->list_unit_choices = list_unit_choices;
  iface->set_workplace_result = set_workplace_result;
  iface->list_workplace_results = list_workplace_results;
  iface->set_pass_mark = set_pass_mark;
  iface->get_pass_mark = get_pass_mark;
  iface->list_trainer_scored = list_trainer_scored;
  iface->add_visit = add_visit;
  iface->list_visits = list_visits;
}
