/* duaal-pg-import.c: moving a workstation's SQLite database into the team database
 *
 * SPEC 13: the whole database moves, in one transaction, and reads the
 * same afterwards.  Rows get new ids here (the team database has rows
 * of its own), so every table is copied through maps from the old ids
 * to the new: each copy names, per inserted column, the map its value
 * goes through.  Qualifications go through the core's re-import rules,
 * so one that is here already is reused (or updated) rather than
 * doubled; companies and trainers are matched by name.  Contexts,
 * scenarios and training units come along for a qualification the team
 * database has none of yet; one that has them keeps its own, and the
 * moved offers and done marks find its contexts by title.  The attention
 * list is made again from the copied current scores by the core's rule.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "duaal-error.h"
#include "duaal-pg-store-private.h"
#include "duaal-sqlite-store-private.h"

#define MAX_COLUMNS 12

typedef struct {
  DuaalSqliteStore    *source;
  sqlite3             *db;
  GHashTable          *qualifications;  /* old id -> new id, for every map below */
  GHashTable          *indicators;
  GHashTable          *groups;
  GHashTable          *companies;
  GHashTable          *trainers;
  GHashTable          *learners;
  GHashTable          *periods;
  GHashTable          *log;
  GHashTable          *contexts;
  GHashTable          *scenarios;
  /* the qualifications (old id -> new id) whose contexts, scenarios or
   * training units come along: those the team database has none of yet */
  GHashTable          *context_qualifications;
  GHashTable          *scenario_qualifications;
  GHashTable          *unit_qualifications;
  DuaalPgImportResult  result;
} Import;

/* One table's copy: @select reads the old rows (its first column the
 * old id when @ids is set); @insert writes the remaining columns as $1..,
 * each through maps[i] when set, RETURNING id when @ids is set. */
typedef struct {
  const char  *select;
  const char  *insert;
  GHashTable  *maps[MAX_COLUMNS];
  GHashTable  *ids;
  /* a row whose value is not in its map is left behind, not an error:
   * it belongs to what the team database keeps its own of */
  gboolean     skip_unmapped;
} Copy;

static GHashTable *
id_map_new (void)
{
  return g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
}

static void
id_map_add (GHashTable *map,
            gint64      old_id,
            gint64      new_id)
{
  g_hash_table_insert (map, g_memdup2 (&old_id, sizeof old_id), g_memdup2 (&new_id, sizeof new_id));
}

static gboolean
sqlite_failed (Import  *import,
               GError **error)
{
  g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_DATABASE, _("The database reported an error: %s."),
               sqlite3_errmsg (import->db));
  return FALSE;
}

static sqlite3_stmt *
prepare_source (Import      *import,
                const char  *sql,
                GError     **error)
{
  return duaal_sqlite_store_prepare (import->source, sql, error);
}

/* Copies every row of c->select; returns the number copied, -1 on error. */
static int
copy_rows (DuaalPgStore  *self,
           Import        *import,
           const Copy    *c,
           GError       **error)
{
  sqlite3_stmt *stmt = prepare_source (import, c->select, error);
  int first = c->ids != NULL ? 1 : 0;
  int copied = 0;
  int rc;

  if (stmt == NULL)
    return -1;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      DuaalPgParams p = { 0 };
      int n = sqlite3_column_count (stmt) - first;
      gint64 new_id = 0;
      gboolean skip = FALSE;

      g_return_val_if_fail (n <= MAX_COLUMNS, -1);
      for (int i = 0; i < n; i++)
        {
          int column = first + i;
          const gint64 *mapped;
          gint64 old_id;

          if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
            {
              duaal_pg_params_text (&p, NULL);
              continue;
            }
          if (c->maps[i] == NULL)
            {
              duaal_pg_params_text (&p, (const char *) sqlite3_column_text (stmt, column));
              continue;
            }
          old_id = sqlite3_column_int64 (stmt, column);
          if ((mapped = g_hash_table_lookup (c->maps[i], &old_id)) == NULL && c->skip_unmapped)
            {
              skip = TRUE;
              break;
            }
          if (mapped == NULL)
            {
              /* a row whose parent did not come along (an indicator of no qualification) */
              g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_CORRUPT,
                           _("The database file is damaged or is not a Duaal database (%s). Restore a backup copy."),
                           sqlite3_column_name (stmt, column));
              sqlite3_finalize (stmt);
              return -1;
            }
          duaal_pg_params_int (&p, *mapped);
        }
      if (skip)
        continue;
      if (c->ids != NULL)
        {
          if (duaal_pg_store_query_int64 (self, c->insert, &p, &new_id, error) != 1)
            break;
          id_map_add (c->ids, sqlite3_column_int64 (stmt, 0), new_id);
        }
      else if (!duaal_pg_store_exec_done (self, c->insert, &p, error))
        break;
      copied++;
    }
  sqlite3_finalize (stmt);
  if (rc == SQLITE_ROW)
    return -1;
  if (rc != SQLITE_DONE)
    return sqlite_failed (import, error) ? 0 : -1;
  return copied;
}

/* Qualifications through the re-import rules, then the old ids of
 * qualifications and indicators matched to the new by their codes. */
static gboolean
copy_qualifications (DuaalPgStore  *self,
                     Import        *import,
                     GError       **error)
{
  g_autoptr(GPtrArray) qualifications = duaal_store_list_qualifications (DUAAL_STORE (import->source), error);
  sqlite3_stmt *stmt;
  int rc;

  if (qualifications == NULL)
    return FALSE;
  for (guint i = 0; i < qualifications->len; i++)
    {
      DuaalImportStatus status;

      if (!duaal_pg_data_import_qualification (self, g_ptr_array_index (qualifications, i), &status, error))
        return FALSE;
      import->result.qualifications++;
    }

  if ((stmt = prepare_source (import, "SELECT 0, id, code, version, NULL FROM qualification UNION ALL"
                                      " SELECT 1, i.id, q.code, q.version, i.code FROM indicator i"
                                      " JOIN qualification q ON q.id = i.qualification_id", error)) == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gboolean indicator = sqlite3_column_int (stmt, 0) == 1;
      DuaalPgParams p = { 0 };
      gint64 new_id = 0;

      duaal_pg_params_text (&p, (const char *) sqlite3_column_text (stmt, 2));
      duaal_pg_params_text (&p, (const char *) sqlite3_column_text (stmt, 3));
      if (indicator)
        duaal_pg_params_text (&p, (const char *) sqlite3_column_text (stmt, 4));
      if (duaal_pg_store_query_int64 (self, indicator
                                      ? "SELECT i.id FROM indicator i JOIN qualification q ON q.id = i.qualification_id"
                                        " WHERE q.code = $1 AND q.version = $2 AND i.code = $3"
                                      : "SELECT id FROM qualification WHERE code = $1 AND version = $2",
                                      &p, &new_id, error) < 0)
        {
          sqlite3_finalize (stmt);
          return FALSE;
        }
      /* an indicator the re-import kept out (scored elsewhere) maps to nothing */
      if (new_id != 0)
        id_map_add (indicator ? import->indicators : import->qualifications, sqlite3_column_int64 (stmt, 1), new_id);
    }
  sqlite3_finalize (stmt);
  return rc == SQLITE_DONE || sqlite_failed (import, error);
}

/* A second move is refused: a group of the same name and qualification. */
static gboolean
refuse_known_groups (DuaalPgStore  *self,
                     Import        *import,
                     GError       **error)
{
  sqlite3_stmt *stmt = prepare_source (import, "SELECT g.name, q.code, q.version FROM class_group g"
                                               " JOIN qualification q ON q.id = g.qualification_id", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      DuaalPgParams p = { 0 };
      gint64 found = 0;
      int known;

      for (int i = 0; i < 3; i++)
        duaal_pg_params_text (&p, (const char *) sqlite3_column_text (stmt, i));
      known = duaal_pg_store_query_int64 (self, "SELECT g.id FROM class_group g"
                                                " JOIN qualification q ON q.id = g.qualification_id"
                                                " WHERE g.name = $1 AND q.code = $2 AND q.version = $3",
                                          &p, &found, error);
      if (known != 0)
        {
          if (known > 0)
            g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_CONFLICT,
                         _("The team database already has a class group “%s” following %s: "
                           "this database was moved in before. Nothing was copied."),
                         (const char *) sqlite3_column_text (stmt, 0), (const char *) sqlite3_column_text (stmt, 1));
          sqlite3_finalize (stmt);
          return FALSE;
        }
    }
  sqlite3_finalize (stmt);
  return rc == SQLITE_DONE || sqlite_failed (import, error);
}

static gboolean
copy_table (DuaalPgStore  *self,
            Import        *import,
            const Copy    *copy,
            guint         *count,
            GError       **error)
{
  int copied = copy_rows (self, import, copy, error);

  if (copied < 0)
    return FALSE;
  if (count != NULL)
    *count += (guint) copied;
  return TRUE;
}

static gboolean
copy_everything (DuaalPgStore  *self,
                 Import        *import,
                 GError       **error)
{
  const Copy copies[] = {
    { "SELECT id, name FROM company",
      "INSERT INTO company (name) VALUES ($1) ON CONFLICT (name) DO UPDATE SET name = excluded.name RETURNING id",
      { NULL }, import->companies },
    { "SELECT company_id, competence_code, position FROM company_activity",
      "INSERT INTO company_activity (company_id, competence_code, position) VALUES ($1, $2, $3)"
      " ON CONFLICT DO NOTHING", { import->companies } },
    { "SELECT id, company_id, name FROM trainer",
      "INSERT INTO trainer (company_id, name) VALUES ($1, $2)"
      " ON CONFLICT (company_id, name) DO UPDATE SET name = excluded.name RETURNING id",
      { import->companies }, import->trainers },
    { "SELECT id, name, qualification_id FROM class_group ORDER BY id",
      "INSERT INTO class_group (name, qualification_id) VALUES ($1, $2) RETURNING id",
      { NULL, import->qualifications }, import->groups },
    { "SELECT group_id, name FROM teacher ORDER BY id",
      "INSERT INTO teacher (group_id, name) VALUES ($1, $2)", { import->groups } },
    { "SELECT id, group_id, number, name, closed_at, starts_on, ends_on FROM period ORDER BY id",
      "INSERT INTO period (group_id, number, name, closed_at, starts_on, ends_on)"
      " VALUES ($1, $2, $3, $4, $5::date, $6::date) RETURNING id", { import->groups }, import->periods },
    { "SELECT id, group_id, name, company_id, trainer_id FROM learner ORDER BY id",
      "INSERT INTO learner (group_id, name, company_id, trainer_id) VALUES ($1, $2, $3, $4) RETURNING id",
      { import->groups, NULL, import->companies, import->trainers }, import->learners },
    { "SELECT learner_id, competence_code FROM plan",
      "INSERT INTO plan (learner_id, competence_code) VALUES ($1, $2)", { import->learners } },
    { "SELECT id, learner_id, indicator_id, actor, mastery, coverage, comment, author_role, recorded_at, undo_of,"
      " fields, source FROM score_log ORDER BY id",
      "INSERT INTO score_log (learner_id, indicator_id, actor, mastery, coverage, comment, author_role,"
      " recorded_at, undo_of, fields, source) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
      { import->learners, import->indicators, NULL, NULL, NULL, NULL, NULL, NULL, import->log }, import->log },
    { "SELECT learner_id, indicator_id, actor, mastery, coverage, comment, log_id FROM current_score",
      /* the log's trigger has made them already; the workstation's stand */
      "INSERT INTO current_score (learner_id, indicator_id, actor, mastery, coverage, comment, log_id)"
      " VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (learner_id, indicator_id, actor) DO UPDATE SET"
      " mastery = excluded.mastery, coverage = excluded.coverage, comment = excluded.comment, log_id = excluded.log_id",
      { import->learners, import->indicators, NULL, NULL, NULL, NULL, import->log } },
    { "SELECT period_id, learner_id, indicator_id, actor, mastery, coverage, comment, log_id FROM period_score",
      "INSERT INTO period_score (period_id, learner_id, indicator_id, actor, mastery, coverage, comment, log_id)"
      " VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
      { import->periods, import->learners, import->indicators, NULL, NULL, NULL, NULL, import->log } },
    { "SELECT group_id, max_groups, plan_csv, planned_at FROM session_plan",
      "INSERT INTO session_plan (group_id, max_groups, plan_csv, planned_at) VALUES ($1, $2, $3, $4)",
      { import->groups } },
    { "SELECT group_id, competence_code, sessions FROM session_duration",
      "INSERT INTO session_duration (group_id, competence_code, sessions) VALUES ($1, $2, $3)",
      { import->groups } },
    { "SELECT group_id, session, day FROM session_date",
      "INSERT INTO session_date (group_id, session, day) VALUES ($1, $2, $3::date)", { import->groups } },
  };
  guint *counts[G_N_ELEMENTS (copies)] = {
    [3] = &import->result.groups, [6] = &import->result.learners, [8] = &import->result.scores,
  };

  for (guint i = 0; i < G_N_ELEMENTS (copies); i++)
    if (!copy_table (self, import, &copies[i], counts[i], error))
      return FALSE;
  return TRUE;
}

/* Which moved qualifications' contexts, scenarios and training units
 * come along: a qualification the team database has some of already
 * keeps its own (a coach there may have edited them), as a re-import
 * keeps a coach's contexts. */
static gboolean
choose_qualifications (DuaalPgStore  *self,
                       Import        *import,
                       GError       **error)
{
  static const char * const counts[] = {
    "SELECT count(*) FROM context WHERE qualification_id = $1",
    "SELECT count(*) FROM scenario WHERE qualification_id = $1",
    "SELECT count(*) FROM training_unit WHERE qualification_id = $1",
  };
  GHashTable *maps[] = { import->context_qualifications, import->scenario_qualifications,
                         import->unit_qualifications };
  GHashTableIter iter;
  gpointer old_id, new_id;

  G_STATIC_ASSERT (G_N_ELEMENTS (counts) == G_N_ELEMENTS (maps));
  g_hash_table_iter_init (&iter, import->qualifications);
  while (g_hash_table_iter_next (&iter, &old_id, &new_id))
    for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
      {
        DuaalPgParams p = { 0 };
        gint64 n = 0;

        duaal_pg_params_int (&p, *(gint64 *) new_id);
        if (duaal_pg_store_query_int64 (self, counts[i], &p, &n, error) < 0)
          return FALSE;
        if (n == 0)
          id_map_add (maps[i], *(gint64 *) old_id, *(gint64 *) new_id);
      }
  return TRUE;
}

/* The contexts of a qualification that kept its own, matched by title,
 * so that offers and done marks of the moved database still count. */
static gboolean
match_kept_contexts (DuaalPgStore  *self,
                     Import        *import,
                     GError       **error)
{
  sqlite3_stmt *stmt = prepare_source (import, "SELECT id, qualification_id, title FROM context", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 old_id = sqlite3_column_int64 (stmt, 0);
      gint64 old_qualification = sqlite3_column_int64 (stmt, 1);
      const gint64 *qualification = g_hash_table_lookup (import->qualifications, &old_qualification);
      DuaalPgParams p = { 0 };
      gint64 new_id = 0;
      int found;

      if (qualification == NULL || g_hash_table_contains (import->contexts, &old_id))
        continue;
      duaal_pg_params_int (&p, *qualification);
      duaal_pg_params_text (&p, (const char *) sqlite3_column_text (stmt, 2));
      found = duaal_pg_store_query_int64 (self, "SELECT id FROM context WHERE qualification_id = $1 AND title = $2"
                                                " ORDER BY position LIMIT 1", &p, &new_id, error);
      if (found < 0)
        {
          sqlite3_finalize (stmt);
          return FALSE;
        }
      if (found > 0)
        id_map_add (import->contexts, old_id, new_id);
    }
  sqlite3_finalize (stmt);
  return rc == SQLITE_DONE || sqlite_failed (import, error);
}

/* CCV contexts and scenarios (SPEC 14), training units, choices,
 * workplace results, pass marks and visits (SPEC 15). */
static gboolean
copy_contexts_and_evaluation (DuaalPgStore  *self,
                              Import        *import,
                              GError       **error)
{
  const Copy qualification_level[] = {
    { "SELECT id, qualification_id, position, title, activities FROM context ORDER BY id",
      "INSERT INTO context (qualification_id, position, title, activities) VALUES ($1, $2, $3, $4) RETURNING id",
      { import->context_qualifications }, import->contexts, TRUE },
    { "SELECT context_id, competence_code FROM context_competence",
      "INSERT INTO context_competence (context_id, competence_code) VALUES ($1, $2)",
      { import->contexts }, NULL, TRUE },
    { "SELECT id, qualification_id, title, template, objectives, course, sessions FROM scenario ORDER BY id",
      "INSERT INTO scenario (qualification_id, title, template, objectives, course, sessions)"
      " VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
      { import->scenario_qualifications }, import->scenarios, TRUE },
    { "SELECT scenario_id, competence_code FROM scenario_competence",
      "INSERT INTO scenario_competence (scenario_id, competence_code) VALUES ($1, $2)",
      { import->scenarios }, NULL, TRUE },
    { "SELECT qualification_id, code, title, position, from_file FROM training_unit",
      "INSERT INTO training_unit (qualification_id, code, title, position, from_file) VALUES ($1, $2, $3, $4, $5)",
      { import->unit_qualifications }, NULL, TRUE },
    { "SELECT qualification_id, unit_code, position, competence_code FROM training_unit_competence",
      "INSERT INTO training_unit_competence (qualification_id, unit_code, position, competence_code)"
      " VALUES ($1, $2, $3, $4)", { import->unit_qualifications }, NULL, TRUE },
  };
  const Copy learner_level[] = {
    /* a company matched by name may offer the context already */
    { "SELECT company_id, context_id FROM company_context",
      "INSERT INTO company_context (company_id, context_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
      { import->companies, import->contexts }, NULL, TRUE },
    { "SELECT learner_id, context_id, done_at FROM context_done",
      "INSERT INTO context_done (learner_id, context_id, done_at) VALUES ($1, $2, $3)",
      { import->learners, import->contexts }, NULL, TRUE },
    { "SELECT period_id, learner_id, unit_code FROM unit_choice",
      "INSERT INTO unit_choice (period_id, learner_id, unit_code) VALUES ($1, $2, $3)",
      { import->periods, import->learners } },
    { "SELECT period_id, learner_id, tenths FROM workplace_result",
      "INSERT INTO workplace_result (period_id, learner_id, tenths) VALUES ($1, $2, $3)",
      { import->periods, import->learners } },
    { "SELECT group_id, pass_mark FROM group_evaluation",
      "INSERT INTO group_evaluation (group_id, pass_mark) VALUES ($1, $2)", { import->groups } },
    { "SELECT learner_id, day, notes FROM workplace_visit ORDER BY id",
      "INSERT INTO workplace_visit (learner_id, day, notes) VALUES ($1, $2::date, $3)", { import->learners } },
  };

  if (!choose_qualifications (self, import, error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (qualification_level); i++)
    if (!copy_table (self, import, &qualification_level[i], NULL, error))
      return FALSE;
  if (!match_kept_contexts (self, import, error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (learner_level); i++)
    if (!copy_table (self, import, &learner_level[i], NULL, error))
      return FALSE;
  return TRUE;
}

/* The attention list of the moved learners, by the core's rule. */
static gboolean
refresh_attention (DuaalPgStore  *self,
                   Import        *import,
                   GError       **error)
{
  GHashTableIter iter;
  gpointer new_id;

  g_hash_table_iter_init (&iter, import->learners);
  while (g_hash_table_iter_next (&iter, NULL, &new_id))
    {
      DuaalPgParams p = { 0 };
      g_autoptr(PGresult) pairs = NULL;

      duaal_pg_params_int (&p, *(gint64 *) new_id);
      if ((pairs = duaal_pg_store_exec (self, "SELECT DISTINCT i.competence_id FROM current_score s"
                                              " JOIN indicator i ON i.id = s.indicator_id WHERE s.learner_id = $1",
                                        &p, error)) == NULL)
        return FALSE;
      for (int r = 0; r < PQntuples (pairs); r++)
        if (!duaal_pg_data_refresh_attention (self, *(gint64 *) new_id, duaal_pg_int (pairs, r, 0), error))
          return FALSE;
    }
  return TRUE;
}

static gboolean
count_closed_periods (DuaalPgStore  *self,
                      Import        *import,
                      GError       **error)
{
  sqlite3_stmt *stmt = prepare_source (import, "SELECT count(*) FROM period WHERE closed_at IS NOT NULL", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    import->result.periods = (guint) sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return rc == SQLITE_ROW || sqlite_failed (import, error);
}

static gboolean
import_txn (DuaalPgStore  *self,
            gpointer       data,
            GError       **error)
{
  Import *import = data;

  /* the transaction may run again (serialization): start afresh */
  import->result = (DuaalPgImportResult) { 0 };
  g_hash_table_remove_all (import->qualifications);
  g_hash_table_remove_all (import->indicators);
  g_hash_table_remove_all (import->groups);
  g_hash_table_remove_all (import->companies);
  g_hash_table_remove_all (import->trainers);
  g_hash_table_remove_all (import->learners);
  g_hash_table_remove_all (import->periods);
  g_hash_table_remove_all (import->log);
  g_hash_table_remove_all (import->contexts);
  g_hash_table_remove_all (import->scenarios);
  g_hash_table_remove_all (import->context_qualifications);
  g_hash_table_remove_all (import->scenario_qualifications);
  g_hash_table_remove_all (import->unit_qualifications);

  return refuse_known_groups (self, import, error) &&
         copy_qualifications (self, import, error) &&
         copy_everything (self, import, error) &&
         copy_contexts_and_evaluation (self, import, error) &&
         refresh_attention (self, import, error) &&
         count_closed_periods (self, import, error);
}

gboolean
duaal_pg_store_import_database (DuaalPgStore         *self,
                                const char           *path,
                                DuaalPgImportResult  *result,
                                GError              **error)
{
  g_autoptr(DuaalSqliteStore) source = NULL;
  Import import = { 0 };
  gboolean ok;

  g_return_val_if_fail (DUAAL_IS_PG_STORE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if ((source = duaal_sqlite_store_open_existing (path, error)) == NULL)
    return FALSE;
  import.source = source;
  import.db = duaal_sqlite_store_get_db (source);
  import.qualifications = id_map_new ();
  import.indicators = id_map_new ();
  import.groups = id_map_new ();
  import.companies = id_map_new ();
  import.trainers = id_map_new ();
  import.learners = id_map_new ();
  import.periods = id_map_new ();
  import.log = id_map_new ();
  import.contexts = id_map_new ();
  import.scenarios = id_map_new ();
  import.context_qualifications = id_map_new ();
  import.scenario_qualifications = id_map_new ();
  import.unit_qualifications = id_map_new ();

  ok = duaal_pg_store_run_write (self, import_txn, &import, error);
  if (ok && result != NULL)
    *result = import.result;

  g_hash_table_unref (import.qualifications);
  g_hash_table_unref (import.indicators);
  g_hash_table_unref (import.groups);
  g_hash_table_unref (import.companies);
  g_hash_table_unref (import.trainers);
  g_hash_table_unref (import.learners);
  g_hash_table_unref (import.periods);
  g_hash_table_unref (import.log);
  g_hash_table_unref (import.contexts);
  g_hash_table_unref (import.scenarios);
  g_hash_table_unref (import.context_qualifications);
  g_hash_table_unref (import.scenario_qualifications);
  g_hash_table_unref (import.unit_qualifications);
  return ok;
}
