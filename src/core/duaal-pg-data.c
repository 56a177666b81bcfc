/* duaal-pg-data.c: the members of DuaalStoreInterface on PostgreSQL
 *
 * The same model as the SQLite backend (duaal-sqlite-store.c, where
 * the reasons for it are told): score_log is append-only, current_score
 * its latest value per (learner, indicator, actor), period_score the
 * frozen copies of closed periods, attention_item the attention list
 * kept up to date in every write.  The rules are the core's: the
 * re-import and class import (duaal-store-rules.h), merging and undoing
 * changes (duaal-score-change.h), cleaning input (duaal-input.h) and
 * assessing attention (duaal-attention.h).
 *
 * Scores and comments are read through the team schema's views
 * (score_log_seen, current_score_seen, period_score_seen), which show a
 * comment only to its own actor and the coach (SPEC 6 and 13); the
 * setup login sees all.
 *
 * Every write is one SERIALIZABLE transaction (duaal_pg_store_run_write):
 * a change is merged with the value read inside it, and when another
 * writer changed that value meanwhile PostgreSQL refuses the COMMIT and
 * the whole transaction runs again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "duaal-attention.h"
#include "duaal-error.h"
#include "duaal-input.h"
#include "duaal-period-private.h"
#include "duaal-pg-evaluation-private.h"
#include "duaal-pg-store-private.h"
#include "duaal-route.h"
#include "duaal-rules.h"
#include "duaal-score-change-private.h"
#include "duaal-session-planner.h"
#include "duaal-store-rules.h"

typedef DuaalPgStore Store;

#define param_int  duaal_pg_params_int
#define param_id   duaal_pg_params_id
#define param_text duaal_pg_params_text

static PGresult *
exec (Store               *self,
      const char          *sql,
      const DuaalPgParams *params,
      GError             **error)
{
  return duaal_pg_store_exec (self, sql, params, error);
}

static gboolean
exec_done (Store               *self,
           const char          *sql,
           const DuaalPgParams *params,
           GError             **error)
{
  return duaal_pg_store_exec_done (self, sql, params, error);
}

static gboolean
exec_id (Store       *self,
         const char  *sql,
         gint64       id,
         GError     **error)
{
  DuaalPgParams p = { 0 };

  param_int (&p, id);
  return exec_done (self, sql, &p, error);
}

#define col_int  duaal_pg_int
#define col_text duaal_pg_text

static GDateTime *
date_time_from_usec (gint64 usec)
{
  g_autoptr(GDateTime) seconds = g_date_time_new_from_unix_utc (usec / G_USEC_PER_SEC);

  if (seconds == NULL)
    return NULL;
  return g_date_time_add (seconds, usec % G_USEC_PER_SEC);
}

/* The same sentences as the SQLite backend's, from the core. */
#define set_not_found          duaal_store_rules_not_found
#define ENTITY_GROUP           DUAAL_STORE_THING_GROUP
#define ENTITY_COMPANY         DUAAL_STORE_THING_COMPANY
#define ENTITY_LEARNER         DUAAL_STORE_THING_LEARNER
#define ENTITY_SCORE_CHANGE    DUAAL_STORE_THING_SCORE_CHANGE

/* ------------------------------------------------------------------ */
/* Qualifications                                                      */

static gint64
find_qualification (Store       *self,
                    const char  *code,
                    guint        version,
                    GError     **error)
{
  DuaalPgParams p = { 0 };
  gint64 id = 0;
  int rc;

  param_text (&p, code);
  if (version != 0)
    param_int (&p, version);
  rc = duaal_pg_store_query_int64 (self, version == 0
                                   ? "SELECT id FROM qualification WHERE code = $1 ORDER BY version DESC LIMIT 1"
                                   : "SELECT id FROM qualification WHERE code = $1 AND version = $2",
                                   &p, &id, error);
  if (rc == 1)
    return id;
  if (rc < 0)
    return 0;
  if (version == 0)
    g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND, _("There is no qualification %s"), code);
  else
    g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND,
                 _("There is no version %u of qualification %s"), version, code);
  return 0;
}

static void
clear_level (gpointer data)
{
  DuaalLevel *level = data;

  g_clear_pointer (&level->framework, g_free);
}

static GArray *
load_levels (Store   *self,
             gint64   qualification_id,
             GError **error)
{
  DuaalPgParams p = { 0 };
  g_autoptr(PGresult) result = NULL;
  GArray *levels;

  param_int (&p, qualification_id);
  result = exec (self, "SELECT framework, value FROM qualification_level WHERE qualification_id = $1"
                       " ORDER BY position", &p, error);
  if (result == NULL)
    return NULL;
  levels = g_array_new (FALSE, TRUE, sizeof (DuaalLevel));
  g_array_set_clear_func (levels, clear_level);
  for (int r = 0; r < PQntuples (result); r++)
    {
      DuaalLevel level = { g_strdup (col_text (result, r, 0)), (guint) col_int (result, r, 1) };
      g_array_append_val (levels, level);
    }
  return levels;
}

/* Three queries whatever the size: competences, then every indicator
 * and knowledge item sorted into them by row id. */
static GPtrArray *
load_competences (Store      *self,
                  gint64      qualification_id,
                  GHashTable *indicator_codes,
                  GError    **error)
{
  DuaalPgParams p = { 0 };
  g_autoptr(PGresult) competences = NULL;
  g_autoptr(PGresult) indicators = NULL;
  g_autoptr(PGresult) knowledge = NULL;
  g_autoptr(GHashTable) index = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autofree gint64 *ids = NULL;
  g_autoptr(GPtrArray) indicator_lists = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GPtrArray) knowledge_lists = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray *result;
  int n;

  param_int (&p, qualification_id);
  if ((competences = exec (self, "SELECT id, code, number, title, reference, group_title FROM competence"
                                 " WHERE qualification_id = $1 ORDER BY position", &p, error)) == NULL ||
      (indicators = exec (self, "SELECT competence_id, code, text, id FROM indicator WHERE qualification_id = $1"
                                " ORDER BY competence_id, position", &p, error)) == NULL ||
      (knowledge = exec (self, "SELECT k.competence_id, k.text FROM competence c"
                               " JOIN knowledge k ON k.competence_id = c.id"
                               " WHERE c.qualification_id = $1 ORDER BY k.competence_id, k.position",
                         &p, error)) == NULL)
    return NULL;

  n = PQntuples (competences);
  ids = g_new (gint64, MAX (n, 1));
  for (int r = 0; r < n; r++)
    {
      ids[r] = col_int (competences, r, 0);
      g_hash_table_insert (index, &ids[r], GINT_TO_POINTER (r + 1));
      g_ptr_array_add (indicator_lists, g_ptr_array_new_with_free_func (g_object_unref));
      g_ptr_array_add (knowledge_lists, g_ptr_array_new_with_free_func (g_object_unref));
    }
  for (int r = 0; r < PQntuples (indicators); r++)
    {
      gint64 competence_id = col_int (indicators, r, 0);
      int at = GPOINTER_TO_INT (g_hash_table_lookup (index, &competence_id));
      DuaalIndicator *indicator;

      if (at == 0)
        continue;
      indicator = duaal_indicator_new (col_text (indicators, r, 1), col_text (indicators, r, 2));
      g_ptr_array_add (g_ptr_array_index (indicator_lists, at - 1), indicator);
      if (indicator_codes != NULL)
        g_hash_table_insert (indicator_codes, g_memdup2 (&(gint64) { col_int (indicators, r, 3) }, sizeof (gint64)),
                             (gpointer) duaal_indicator_get_id (indicator));
    }
  for (int r = 0; r < PQntuples (knowledge); r++)
    {
      gint64 competence_id = col_int (knowledge, r, 0);
      int at = GPOINTER_TO_INT (g_hash_table_lookup (index, &competence_id));

      if (at != 0)
        g_ptr_array_add (g_ptr_array_index (knowledge_lists, at - 1),
                         duaal_knowledge_item_new (col_text (knowledge, r, 1)));
    }

  result = g_ptr_array_new_full ((guint) n, g_object_unref);
  for (int r = 0; r < n; r++)
    g_ptr_array_add (result, duaal_competence_new (col_text (competences, r, 1), (guint) col_int (competences, r, 2),
                                                   col_text (competences, r, 3), col_text (competences, r, 4),
                                                   col_text (competences, r, 5),
                                                   g_ptr_array_ref (g_ptr_array_index (indicator_lists, r)),
                                                   g_ptr_array_ref (g_ptr_array_index (knowledge_lists, r))));
  return result;
}

static DuaalQualification *
load_qualification_with_codes (Store       *self,
                               gint64       qualification_id,
                               GHashTable  *indicator_codes,
                               GError     **error)
{
  DuaalPgParams p = { 0 };
  g_autoptr(PGresult) row = NULL;
  g_autoptr(GArray) levels = NULL;
  g_autoptr(GPtrArray) competences = NULL;

  param_int (&p, qualification_id);
  row = exec (self, "SELECT code, version, title, definition, lang, recognised FROM qualification WHERE id = $1",
              &p, error);
  if (row == NULL)
    return NULL;
  if (PQntuples (row) == 0)
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_DATABASE,
                   _("The database lost a qualification that a class group refers to."));
      return NULL;
    }
  if ((levels = load_levels (self, qualification_id, error)) == NULL ||
      (competences = load_competences (self, qualification_id, indicator_codes, error)) == NULL)
    return NULL;
  return duaal_qualification_new (col_text (row, 0, 0), (guint) col_int (row, 0, 1), col_text (row, 0, 2),
                                  col_text (row, 0, 3), col_text (row, 0, 4), (guint) col_int (row, 0, 5),
                                  g_steal_pointer (&levels), g_steal_pointer (&competences));
}

static DuaalQualification *
load_qualification (Store   *self,
                    gint64   qualification_id,
                    GError **error)
{
  return load_qualification_with_codes (self, qualification_id, NULL, error);
}

static GHashTable *
indicator_codes_new (void)
{
  return g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
}

static gboolean
insert_levels (Store               *self,
               gint64               qualification_id,
               DuaalQualification  *qualification,
               GError             **error)
{
  GArray *levels = duaal_qualification_get_levels (qualification);

  for (guint i = 0; levels != NULL && i < levels->len; i++)
    {
      const DuaalLevel *level = &g_array_index (levels, DuaalLevel, i);
      DuaalPgParams p = { 0 };

      param_int (&p, qualification_id);
      param_int (&p, i);
      param_text (&p, level->framework);
      param_int (&p, level->value);
      if (!exec_done (self, "INSERT INTO qualification_level (qualification_id, position, framework, value)"
                            " VALUES ($1, $2, $3, $4)", &p, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
insert_knowledge (Store            *self,
                  gint64            competence_row,
                  DuaalCompetence  *competence,
                  GError          **error)
{
  GPtrArray *knowledge = duaal_competence_get_knowledge (competence);

  for (guint i = 0; knowledge != NULL && i < knowledge->len; i++)
    {
      DuaalPgParams p = { 0 };

      param_int (&p, competence_row);
      param_int (&p, i);
      param_text (&p, duaal_knowledge_item_get_text (g_ptr_array_index (knowledge, i)));
      if (!exec_done (self, "INSERT INTO knowledge (competence_id, position, text) VALUES ($1, $2, $3)",
                      &p, error))
        return FALSE;
    }
  return TRUE;
}

static void
bind_competence (DuaalPgParams   *p,
                 gint64           qualification_id,
                 guint            position,
                 DuaalCompetence *competence)
{
  param_int (p, qualification_id);
  param_text (p, duaal_competence_get_id (competence));
  param_int (p, position);
  param_int (p, duaal_competence_get_number (competence));
  param_text (p, duaal_competence_get_title (competence));
  param_text (p, duaal_competence_get_reference (competence));
  param_text (p, duaal_competence_get_group_title (competence));
}

static gboolean
insert_competences (Store               *self,
                    gint64               qualification_id,
                    DuaalQualification  *qualification,
                    GError             **error)
{
  for (guint c = 0; c < duaal_qualification_get_n_competences (qualification); c++)
    {
      DuaalCompetence *competence = duaal_qualification_get_competence (qualification, c);
      DuaalPgParams p = { 0 };
      gint64 competence_row = 0;

      bind_competence (&p, qualification_id, c, competence);
      if (duaal_pg_store_query_int64 (self, "INSERT INTO competence (qualification_id, code, position, number, title,"
                                            " reference, group_title) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
                                      &p, &competence_row, error) != 1)
        return FALSE;
      for (guint i = 0; i < duaal_competence_get_n_indicators (competence); i++)
        {
          DuaalIndicator *indicator = duaal_competence_get_indicator (competence, i);
          DuaalPgParams q = { 0 };

          param_int (&q, competence_row);
          param_int (&q, qualification_id);
          param_int (&q, i);
          param_text (&q, duaal_indicator_get_id (indicator));
          param_text (&q, duaal_indicator_get_text (indicator));
          if (!exec_done (self, "INSERT INTO indicator (competence_id, qualification_id, position, code, text)"
                                " VALUES ($1, $2, $3, $4, $5)", &q, error))
            return FALSE;
        }
      if (!insert_knowledge (self, competence_row, competence, error))
        return FALSE;
    }
  return TRUE;
}

static void
bind_qualification_texts (DuaalPgParams      *p,
                          DuaalQualification *qualification)
{
  const char *lang = duaal_qualification_get_lang (qualification);

  param_text (p, duaal_qualification_get_title (qualification));
  param_text (p, duaal_qualification_get_definition (qualification));
  param_text (p, lang != NULL ? lang : "nl");
  param_int (p, duaal_qualification_get_recognised (qualification));
}

static gboolean
insert_qualification (Store               *self,
                      DuaalQualification  *qualification,
                      GError             **error)
{
  DuaalPgParams p = { 0 };
  gint64 qualification_id = 0;

  param_text (&p, duaal_qualification_get_code (qualification));
  param_int (&p, duaal_qualification_get_version (qualification));
  bind_qualification_texts (&p, qualification);
  return duaal_pg_store_query_int64 (self, "INSERT INTO qualification (code, version, title, definition, lang,"
                                           " recognised) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                                     &p, &qualification_id, error) == 1 &&
         insert_levels (self, qualification_id, qualification, error) &&
         insert_competences (self, qualification_id, qualification, error);
}

static gboolean
update_texts (Store               *self,
              gint64               qualification_id,
              DuaalQualification  *qualification,
              GError             **error)
{
  for (guint c = 0; c < duaal_qualification_get_n_competences (qualification); c++)
    {
      DuaalCompetence *competence = duaal_qualification_get_competence (qualification, c);
      DuaalPgParams p = { 0 };
      gint64 competence_row = 0;
      int rc;

      bind_competence (&p, qualification_id, c, competence);
      rc = duaal_pg_store_query_int64 (self, "UPDATE competence SET position = $3, number = $4, title = $5,"
                                             " reference = $6, group_title = $7"
                                             " WHERE qualification_id = $1 AND code = $2 RETURNING id",
                                       &p, &competence_row, error);
      if (rc < 0)
        return FALSE;
      if (rc == 0)
        {
          g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_DATABASE,
                       _("The database reported an error: %s."), duaal_competence_get_id (competence));
          return FALSE;
        }
      for (guint i = 0; i < duaal_competence_get_n_indicators (competence); i++)
        {
          DuaalIndicator *indicator = duaal_competence_get_indicator (competence, i);
          DuaalPgParams q = { 0 };

          param_int (&q, qualification_id);
          param_text (&q, duaal_indicator_get_id (indicator));
          param_int (&q, i);
          param_text (&q, duaal_indicator_get_text (indicator));
          if (!exec_done (self, "UPDATE indicator SET position = $3, text = $4"
                                " WHERE qualification_id = $1 AND code = $2", &q, error))
            return FALSE;
        }
      if (!insert_knowledge (self, competence_row, competence, error))
        return FALSE;
    }
  return TRUE;
}

static DuaalQualification *
fetch_qualification (gpointer     backend,
                     const char  *code,
                     guint        version,
                     GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  gint64 qualification_id = find_qualification (backend, code, version, &local_error);

  if (qualification_id != 0)
    return load_qualification (backend, qualification_id, error);
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

static gint64
update_qualification_head (Store               *self,
                           DuaalQualification  *qualification,
                           GError             **error)
{
  gint64 qualification_id = find_qualification (self, duaal_qualification_get_code (qualification),
                                                duaal_qualification_get_version (qualification), error);
  DuaalPgParams p = { 0 };

  if (qualification_id == 0)
    return 0;
  param_int (&p, qualification_id);
  bind_qualification_texts (&p, qualification);
  if (!exec_done (self, "UPDATE qualification SET title = $2, definition = $3, lang = $4, recognised = $5"
                        " WHERE id = $1", &p, error) ||
      !exec_id (self, "DELETE FROM qualification_level WHERE qualification_id = $1", qualification_id, error) ||
      !insert_levels (self, qualification_id, qualification, error))
    return 0;
  return qualification_id;
}

static gboolean
store_qualification_texts (gpointer             backend,
                           DuaalQualification  *qualification,
                           GError             **error)
{
  Store *self = backend;
  gint64 qualification_id = update_qualification_head (self, qualification, error);

  return qualification_id != 0 &&
         exec_id (self, "DELETE FROM knowledge WHERE competence_id IN"
                        " (SELECT id FROM competence WHERE qualification_id = $1)", qualification_id, error) &&
         update_texts (self, qualification_id, qualification, error) &&
         duaal_pg_data_fill_attention (self, qualification_id, error);
}

static gboolean
fetch_qualification_has_scores (gpointer             backend,
                                DuaalQualification  *qualification,
                                gboolean            *has_scores,
                                GError             **error)
{
  Store *self = backend;
  gint64 qualification_id = find_qualification (self, duaal_qualification_get_code (qualification),
                                                duaal_qualification_get_version (qualification), error);
  DuaalPgParams p = { 0 };
  gint64 one;
  int rc;

  if (qualification_id == 0)
    return FALSE;
  param_int (&p, qualification_id);
  rc = duaal_pg_store_query_int64 (self, "SELECT 1 FROM class_group g JOIN learner l ON l.group_id = g.id"
                                         " JOIN score_log s ON s.learner_id = l.id"
                                         " WHERE g.qualification_id = $1 LIMIT 1", &p, &one, error);
  *has_scores = rc == 1;
  return rc >= 0;
}

static gboolean
store_qualification_structure (gpointer             backend,
                               DuaalQualification  *qualification,
                               GError             **error)
{
  Store *self = backend;
  gint64 qualification_id = update_qualification_head (self, qualification, error);

  return qualification_id != 0 &&
         exec_id (self, "DELETE FROM competence WHERE qualification_id = $1", qualification_id, error) &&
         insert_competences (self, qualification_id, qualification, error) &&
         duaal_pg_data_fill_attention (self, qualification_id, error);
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
  const char         *code;
  guint               version;
  DuaalQualification *result;
  GPtrArray          *results;
} QualificationArgs;

gint64
duaal_pg_data_find_qualification (gpointer      self,
                                  const char   *code,
                                  guint         version,
                                  GError      **error)
{
  return find_qualification (self, code, version, error);
}

int
duaal_pg_data_competence_position (gpointer      self,
                                   gint64        qualification_id,
                                   const char   *code,
                                   gint64       *position,
                                   GError      **error)
{
  DuaalPgParams p = { 0 };

  param_int (&p, qualification_id);
  param_text (&p, code);
  return duaal_pg_store_query_int64 (self, "SELECT position FROM competence WHERE qualification_id = $1"
                                           " AND code = $2", &p, position, error);
}

gboolean
duaal_pg_data_import_qualification (DuaalPgStore        *self,
                                    DuaalQualification  *qualification,
                                    DuaalImportStatus   *status,
                                    GError             **error)
{
  return duaal_store_rules_import_qualification (&qualification_storage, self, qualification, status, error);
}

static gboolean
import_qualification_txn (Store    *self,
                          gpointer  data,
                          GError  **error)
{
  QualificationArgs *args = data;

  /* as the SQLite backend: the file's contexts and training units too */
  return duaal_pg_data_import_qualification (self, args->qualification, &args->status, error)
      && duaal_pg_contexts_import (self, args->qualification, error)
      && duaal_pg_evaluation_import_units (self, args->qualification, error);
}

static gboolean
pg_import_qualification (DuaalStore          *store,
                         DuaalQualification  *qualification,
                         DuaalImportStatus   *status,
                         GError             **error)
{
  QualificationArgs args = { .qualification = qualification };

  if (!duaal_pg_store_run_write (DUAAL_PG_STORE (store), import_qualification_txn, &args, error))
    return FALSE;
  if (status != NULL)
    *status = args.status;
  return TRUE;
}

static gboolean
get_qualification_txn (Store    *self,
                       gpointer  data,
                       GError  **error)
{
  QualificationArgs *args = data;
  gint64 id = find_qualification (self, args->code, args->version, error);

  g_clear_object (&args->result);
  return id != 0 && (args->result = load_qualification (self, id, error)) != NULL;
}

static DuaalQualification *
pg_get_qualification (DuaalStore  *store,
                      const char  *code,
                      guint        version,
                      GError     **error)
{
  QualificationArgs args = { .code = code, .version = version };

  if (!duaal_pg_store_run_read (DUAAL_PG_STORE (store), get_qualification_txn, &args, error))
    {
      g_clear_object (&args.result);
      return NULL;
    }
  return args.result;
}

static gboolean
list_qualifications_txn (Store    *self,
                         gpointer  data,
                         GError  **error)
{
  QualificationArgs *args = data;
  g_autoptr(PGresult) ids = exec (self, "SELECT id FROM qualification ORDER BY code, version", NULL, error);

  if (ids == NULL)
    return FALSE;
  g_ptr_array_set_size (args->results, 0);
  for (int r = 0; r < PQntuples (ids); r++)
    {
      DuaalQualification *qualification = load_qualification (self, col_int (ids, r, 0), error);

      if (qualification == NULL)
        return FALSE;
      g_ptr_array_add (args->results, qualification);
    }
  return TRUE;
}

static GPtrArray *
pg_list_qualifications (DuaalStore  *store,
                        GError     **error)
{
  g_autoptr(GPtrArray) results = g_ptr_array_new_with_free_func (g_object_unref);
  QualificationArgs args = { .results = results };

  if (!duaal_pg_store_run_read (DUAAL_PG_STORE (store), list_qualifications_txn, &args, error))
    return NULL;
  return g_steal_pointer (&results);
}

/* ------------------------------------------------------------------ */
/* Existence checks                                                    */

static gboolean
require_group (Store   *self,
               gint64   group_id,
               gint64  *qualification_id,
               GError **error)
{
  DuaalPgParams p = { 0 };
  gint64 found = 0;
  int rc;

  param_int (&p, group_id);
  rc = duaal_pg_store_query_int64 (self, "SELECT qualification_id FROM class_group WHERE id = $1", &p, &found,
                                   error);
  if (rc < 0)
    return FALSE;
  if (rc == 0)
    return set_not_found (error, ENTITY_GROUP, group_id);
  if (qualification_id != NULL)
    *qualification_id = found;
  return TRUE;
}

static gboolean
require_company (Store   *self,
                 gint64   company_id,
                 GError **error)
{
  DuaalPgParams p = { 0 };
  gint64 found;
  int rc;

  param_int (&p, company_id);
  rc = duaal_pg_store_query_int64 (self, "SELECT id FROM company WHERE id = $1", &p, &found, error);
  if (rc == 0)
    set_not_found (error, ENTITY_COMPANY, company_id);
  return rc == 1;
}

typedef struct {
  gint64  group_id;
  gint64  qualification_id;
  gint64  company_id;
  char   *name;
} LearnerContext;

static void
learner_context_clear (LearnerContext *context)
{
  g_clear_pointer (&context->name, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (LearnerContext, learner_context_clear)

static gboolean
require_learner (Store           *self,
                 gint64           learner_id,
                 LearnerContext  *context,
                 GError         **error)
{
  DuaalPgParams p = { 0 };
  g_autoptr(PGresult) result = NULL;

  param_int (&p, learner_id);
  result = exec (self, "SELECT l.group_id, g.qualification_id, l.company_id, l.name FROM learner l"
                       " JOIN class_group g ON g.id = l.group_id WHERE l.id = $1", &p, error);
  if (result == NULL)
    return FALSE;
  if (PQntuples (result) == 0)
    return set_not_found (error, ENTITY_LEARNER, learner_id);
  if (context != NULL)
    *context = (LearnerContext) { col_int (result, 0, 0), col_int (result, 0, 1), col_int (result, 0, 2),
                                  g_strdup (col_text (result, 0, 3)) };
  return TRUE;
}

gboolean
duaal_pg_data_require_group (DuaalPgStore  *self,
                             gint64         group_id,
                             gint64        *qualification_id,
                             GError       **error)
{
  return require_group (self, group_id, qualification_id, error);
}

gboolean
duaal_pg_data_require_company (DuaalPgStore  *self,
                               gint64         company_id,
                               GError       **error)
{
  return require_company (self, company_id, error);
}

gboolean
duaal_pg_data_require_learner (DuaalPgStore  *self,
                               gint64         learner_id,
                               gint64        *group_id,
                               gint64        *qualification_id,
                               GError       **error)
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

/* ------------------------------------------------------------------ */
/* Class groups and teachers                                           */

typedef struct {
  gint64      id;
  const char *name;
  const char *code;
  guint       version;
  gint64      result;
  GPtrArray  *results;
  const DuaalGroupSetup *setup;  /* (nullable) a new group's teachers and periods */
} GroupArgs;

static gboolean store_group_setup (Store *self, GroupArgs *args, GError **error);

static gboolean
add_group_txn (Store    *self,
               gpointer  data,
               GError  **error)
{
  GroupArgs *args = data;
  DuaalPgParams p = { 0 };
  gint64 qualification_id;

  if ((qualification_id = find_qualification (self, args->code, args->version, error)) == 0)
    return FALSE;
  param_text (&p, args->name);
  param_int (&p, qualification_id);
  if (duaal_pg_store_query_int64 (self, "INSERT INTO class_group (name, qualification_id) VALUES ($1, $2)"
                                        " RETURNING id", &p, &args->result, error) != 1)
    return FALSE;
  /* The periods a new group starts with, without names (duaal-store-rules.h). */
  for (guint number = 1; number <= duaal_store_rules_n_default_periods (); number++)
    {
      DuaalPgParams q = { 0 };

      param_int (&q, args->result);
      param_int (&q, number);
      if (!exec_done (self, "INSERT INTO period (group_id, number) VALUES ($1, $2)", &q, error))
        return FALSE;
    }
  return store_group_setup (self, args, error);
}

static gint64
pg_add_group (DuaalStore             *store,
              const char             *name,
              const char             *code,
              guint                   version,
              const DuaalGroupSetup  *setup,
              GError                **error)
{
  g_autofree char *clean = duaal_input_clean_name (name, DUAAL_NAME_GROUP, error);
  GroupArgs args = { .name = clean, .code = code, .version = version, .setup = setup };

  if (clean == NULL || !duaal_pg_store_run_write (DUAAL_PG_STORE (store), add_group_txn, &args, error))
    return 0;
  return args.result;
}

static gboolean
rename_group_txn (Store    *self,
                  gpointer  data,
                  GError  **error)
{
  GroupArgs *args = data;
  DuaalPgParams p = { 0 };

  param_int (&p, args->id);
  param_text (&p, args->name);
  return require_group (self, args->id, NULL, error) &&
         exec_done (self, "UPDATE class_group SET name = $2 WHERE id = $1", &p, error);
}

static gboolean
pg_rename_group (DuaalStore  *store,
                 gint64       group_id,
                 const char  *name,
                 GError     **error)
{
  g_autofree char *clean = duaal_input_clean_name (name, DUAAL_NAME_GROUP, error);
  GroupArgs args = { .id = group_id, .name = clean };

  return clean != NULL && duaal_pg_store_run_write (DUAAL_PG_STORE (store), rename_group_txn, &args, error);
}

static gboolean
delete_group_txn (Store    *self,
                  gpointer  data,
                  GError  **error)
{
  GroupArgs *args = data;

  return require_group (self, args->id, NULL, error) &&
         exec_id (self, "DELETE FROM class_group WHERE id = $1", args->id, error);
}

static gboolean
pg_delete_group (DuaalStore  *store,
                 gint64       group_id,
                 GError     **error)
{
  GroupArgs args = { .id = group_id };

  return duaal_pg_store_run_write (DUAAL_PG_STORE (store), delete_group_txn, &args, error);
}

#define GROUP_COLUMNS \
  "SELECT g.id, g.name, q.code, q.version FROM class_group g JOIN qualification q ON q.id = g.qualification_id"

static gboolean
list_groups_txn (Store    *self,
                 gpointer  data,
                 GError  **error)
{
  GroupArgs *args = data;
  DuaalPgParams p = { 0 };
  g_autoptr(PGresult) result = NULL;

  if (args->id != 0)
    param_int (&p, args->id);
  result = exec (self, args->id != 0 ? GROUP_COLUMNS " WHERE g.id = $1" : GROUP_COLUMNS " ORDER BY g.name COLLATE \"C\", g.id",
                 &p, error);
  if (result == NULL)
    return FALSE;
  if (args->id != 0 && PQntuples (result) == 0)
    return set_not_found (error, ENTITY_GROUP, args->id);
  g_ptr_array_set_size (args->results, 0);
  for (int r = 0; r < PQntuples (result); r++)
    g_ptr_array_add (args->results, duaal_class_group_new (col_int (result, r, 0), col_text (result, r, 1),
                                                           col_text (result, r, 2), (guint) col_int (result, r, 3)));
  return TRUE;
}

static GPtrArray *
run_list (Store          *self,
          DuaalPgTxnFunc  func,
          gint64          id,
          GError        **error)
{
  g_autoptr(GPtrArray) results = g_ptr_array_new_with_free_func (g_object_unref);
  GroupArgs args = { .id = id, .results = results };

  if (!duaal_pg_store_run_read (self, func, &args, error))
    return NULL;
  return g_steal_pointer (&results);
}

static GPtrArray *
pg_list_groups (DuaalStore  *store,
                GError     **error)
{
  return run_list (DUAAL_PG_STORE (store), list_groups_txn, 0, error);
}

static DuaalClassGroup *
pg_get_group (DuaalStore  *store,
              gint64       group_id,
              GError     **error)
{
  g_autoptr(GPtrArray) groups = NULL;

  if (group_id <= 0)
    {
      set_not_found (error, ENTITY_GROUP, group_id);
      return NULL;
    }
  groups = run_list (DUAAL_PG_STORE (store), list_groups_txn, group_id, error);
  return groups != NULL ? g_object_ref (g_ptr_array_index (groups, 0)) : NULL;
}

static gboolean
add_teacher_txn (Store    *self,
                 gpointer  data,
                 GError  **error)
{
  GroupArgs *args = data;
  DuaalPgParams p = { 0 };

  param_int (&p, args->id);
  param_text (&p, args->name);
  return require_group (self, args->id, NULL, error) &&
         duaal_pg_store_query_int64 (self, "INSERT INTO teacher (group_id, name) VALUES ($1, $2) RETURNING id",
                                     &p, &args->result, error) == 1;
}

static gint64
pg_add_teacher (DuaalStore  *store,
                gint64       group_id,
                const char  *name,
                GError     **error)
{
  g_autofree char *clean = duaal_input_clean_name (name, DUAAL_NAME_TEACHER, error);
  GroupArgs args = { .id = group_id, .name = clean };

  if (clean == NULL || !duaal_pg_store_run_write (DUAAL_PG_STORE (store), add_teacher_txn, &args, error))
    return 0;
  return args.result;
}

static gboolean
list_teachers_txn (Store    *self,
                   gpointer  data,
                   GError  **error)
{
  GroupArgs *args = data;
  DuaalPgParams p = { 0 };
  g_autoptr(PGresult) result = NULL;

  param_int (&p, args->id);
  if (!require_group (self, args->id, NULL, error) ||
      (result = exec (self, "SELECT id, name, group_id FROM teacher WHERE group_id = $1 ORDER BY name COLLATE \"C\", id",
                      &p, error)) == NULL)
    return FALSE;
  g_ptr_array_set_size (args->results, 0);
  for (int r = 0; r < PQntuples (result); r++)
    g_ptr_array_add (args->results, duaal_teacher_new (col_int (result, r, 0), col_text (result, r, 1),
                                                       col_int (result, r, 2)));
  return TRUE;
}

static GPtrArray *
pg_list_teachers (DuaalStore  *store,
                  gint64       group_id,
                  GError     **error)
{
  return run_list (DUAAL_PG_STORE (store), list_teachers_txn, group_id, error);
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
insert_activities (Store               *self,
                   gint64               company_id,
                   const char * const  *activities,
                   GError             **error)
{
  for (guint i = 0; activities != NULL && activities[i] != NULL; i++)
    {
      g_autofree char *code = duaal_input_clean_line (activities[i], DUAAL_INPUT_MAX_ID, NULL, NULL, NULL);
      DuaalPgParams p = { 0 };

      if (code == NULL)
        continue;
      param_int (&p, company_id);
      param_text (&p, code);
      param_int (&p, i);
      if (!exec_done (self, "INSERT INTO company_activity (company_id, competence_code, position)"
                            " VALUES ($1, $2, $3) ON CONFLICT DO NOTHING", &p, error))
        return FALSE;
    }
  return TRUE;
}

/* 0 without error when there is none of that exact name; -1 on error. */
static gint64
find_company_by_name (Store       *self,
                      const char  *name,
                      GError     **error)
{
  DuaalPgParams p = { 0 };
  gint64 id = 0;
  int rc;

  param_text (&p, name);
  rc = duaal_pg_store_query_int64 (self, "SELECT id FROM company WHERE name = $1", &p, &id, error);
  return rc < 0 ? -1 : rc == 0 ? 0 : id;
}

static gboolean
insert_company (Store               *self,
                const char          *name,
                const char * const  *activities,
                gint64              *company_id,
                GError             **error)
{
  DuaalPgParams p = { 0 };

  param_text (&p, name);
  return duaal_pg_store_query_int64 (self, "INSERT INTO company (name) VALUES ($1) RETURNING id", &p,
                                     company_id, error) == 1 &&
         insert_activities (self, *company_id, activities, error);
}

static gboolean
add_company_txn (Store    *self,
                 gpointer  data,
                 GError  **error)
{
  CompanyArgs *args = data;
  gint64 existing = find_company_by_name (self, args->name, error);

  if (existing < 0)
    return FALSE;
  if (existing > 0)
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   _("There is already a company named “%s”."), args->name);
      return FALSE;
    }
  return insert_company (self, args->name, args->activities, &args->result, error);
}

static gint64
pg_add_company (DuaalStore          *store,
                const char          *name,
                const char * const  *activities,
                GError             **error)
{
  g_autofree char *clean = duaal_input_clean_name (name, DUAAL_NAME_COMPANY, error);
  CompanyArgs args = { .name = clean, .activities = activities };

  if (clean == NULL || !duaal_pg_store_run_write (DUAAL_PG_STORE (store), add_company_txn, &args, error))
    return 0;
  return args.result;
}

static gboolean
set_company_activities_txn (Store    *self,
                            gpointer  data,
                            GError  **error)
{
  CompanyArgs *args = data;

  return require_company (self, args->id, error) &&
         exec_id (self, "DELETE FROM company_activity WHERE company_id = $1", args->id, error) &&
         insert_activities (self, args->id, args->activities, error);
}

static gboolean
pg_set_company_activities (DuaalStore          *store,
                           gint64               company_id,
                           const char * const  *activities,
                           GError             **error)
{
  CompanyArgs args = { .id = company_id, .activities = activities };

  return duaal_pg_store_run_write (DUAAL_PG_STORE (store), set_company_activities_txn, &args, error);
}

/* Company rows, then the activities of all of them: two queries. */
static gboolean
list_companies_txn (Store    *self,
                    gpointer  data,
                    GError  **error)
{
  GroupArgs *args = data;
  DuaalPgParams p = { 0 };
  g_autoptr(PGresult) companies = NULL;
  g_autoptr(PGresult) activities = NULL;
  int a = 0;

  if (args->id != 0)
    param_int (&p, args->id);
  if ((companies = exec (self, args->id != 0 ? "SELECT id, name FROM company WHERE id = $1"
                                             : "SELECT id, name FROM company ORDER BY id", &p, error)) == NULL ||
      (activities = exec (self, args->id != 0
                          ? "SELECT company_id, competence_code FROM company_activity WHERE company_id = $1"
                            " ORDER BY position"
                          : "SELECT company_id, competence_code FROM company_activity ORDER BY company_id, position",
                          &p, error)) == NULL)
    return FALSE;
  if (args->id != 0 && PQntuples (companies) == 0)
    return set_not_found (error, ENTITY_COMPANY, args->id);

  g_ptr_array_set_size (args->results, 0);
  /* both in company id order: one pass */
  for (int r = 0; r < PQntuples (companies); r++)
    {
      gint64 id = col_int (companies, r, 0);
      g_autoptr(GPtrArray) list = g_ptr_array_new ();

      while (a < PQntuples (activities) && col_int (activities, a, 0) < id)
        a++;
      for (; a < PQntuples (activities) && col_int (activities, a, 0) == id; a++)
        g_ptr_array_add (list, (gpointer) col_text (activities, a, 1));
      g_ptr_array_add (list, NULL);
      g_ptr_array_add (args->results, duaal_company_new (id, col_text (companies, r, 1),
                                                         (const char * const *) list->pdata));
    }
  return TRUE;
}

static int
compare_company_names (gconstpointer a,
                       gconstpointer b)
{
  DuaalCompany *ca = *(DuaalCompany * const *) a, *cb = *(DuaalCompany * const *) b;
  int by_name = strcmp (duaal_company_get_name (ca), duaal_company_get_name (cb));

  if (by_name != 0)
    return by_name;
  return duaal_company_get_id (ca) < duaal_company_get_id (cb) ? -1 : 1;
}

/* Sorted by name as SQLite sorts (bytes), whatever the server's collation. */
static GPtrArray *
pg_list_companies (DuaalStore  *store,
                   GError     **error)
{
  GPtrArray *companies = run_list (DUAAL_PG_STORE (store), list_companies_txn, 0, error);

  if (companies != NULL)
    g_ptr_array_sort (companies, compare_company_names);
  return companies;
}

static DuaalCompany *
pg_get_company (DuaalStore  *store,
                gint64       company_id,
                GError     **error)
{
  g_autoptr(GPtrArray) companies = NULL;

  if (company_id <= 0)
    {
      set_not_found (error, ENTITY_COMPANY, company_id);
      return NULL;
    }
  companies = run_list (DUAAL_PG_STORE (store), list_companies_txn, company_id, error);
  return companies != NULL ? g_object_ref (g_ptr_array_index (companies, 0)) : NULL;
}

static gboolean
list_trainers_txn (Store    *self,
                   gpointer  data,
                   GError  **error)
{
  GroupArgs *args = data;
  DuaalPgParams p = { 0 };
  g_autoptr(PGresult) result = NULL;

  param_int (&p, args->id);
  if (!require_company (self, args->id, error) ||
      (result = exec (self, "SELECT id, name, company_id FROM trainer WHERE company_id = $1"
                            " ORDER BY name COLLATE \"C\", id", &p, error)) == NULL)
    return FALSE;
  g_ptr_array_set_size (args->results, 0);
  for (int r = 0; r < PQntuples (result); r++)
    g_ptr_array_add (args->results, duaal_trainer_new (col_int (result, r, 0), col_text (result, r, 1),
                                                       col_int (result, r, 2)));
  return TRUE;
}

static GPtrArray *
pg_list_trainers (DuaalStore  *store,
                  gint64       company_id,
                  GError     **error)
{
  return run_list (DUAAL_PG_STORE (store), list_trainers_txn, company_id, error);
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
  GPtrArray  *results;
} LearnerArgs;

static gboolean
find_or_add_trainer (Store       *self,
                     gint64       company_id,
                     const char  *name,
                     gint64      *trainer_id,
                     GError     **error)
{
  DuaalPgParams p = { 0 };
  int rc;

  param_int (&p, company_id);
  param_text (&p, name);
  rc = duaal_pg_store_query_int64 (self, "SELECT id FROM trainer WHERE company_id = $1 AND name = $2", &p,
                                   trainer_id, error);
  if (rc != 0)
    return rc == 1;
  return duaal_pg_store_query_int64 (self, "INSERT INTO trainer (company_id, name) VALUES ($1, $2) RETURNING id",
                                     &p, trainer_id, error) == 1;
}

static gboolean
resolve_company_and_trainer (Store       *self,
                             gint64       company_id,
                             const char  *trainer_name,
                             gint64      *trainer_id,
                             GError     **error)
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

/* The training plan starts as the company's activity list (SPEC 8),
 * limited to competences of the group's qualification. */
static gboolean
copy_activities_to_plan (Store   *self,
                         gint64   learner_id,
                         gint64   company_id,
                         gint64   qualification_id,
                         GError **error)
{
  DuaalPgParams p = { 0 };

  if (company_id == 0)
    return TRUE;
  param_int (&p, learner_id);
  param_int (&p, company_id);
  param_int (&p, qualification_id);
  return exec_done (self, "INSERT INTO plan (learner_id, competence_code)"
                          " SELECT $1, a.competence_code FROM company_activity a WHERE a.company_id = $2"
                          " AND EXISTS (SELECT 1 FROM competence c WHERE c.qualification_id = $3"
                          " AND c.code = a.competence_code) ON CONFLICT DO NOTHING", &p, error);
}

static gboolean
insert_learner (Store       *self,
                gint64       group_id,
                gint64       qualification_id,
                const char  *name,
                gint64       company_id,
                const char  *trainer_name,
                gint64      *learner_id,
                GError     **error)
{
  DuaalPgParams p = { 0 };
  gint64 trainer_id;

  if (!resolve_company_and_trainer (self, company_id, trainer_name, &trainer_id, error))
    return FALSE;
  param_int (&p, group_id);
  param_text (&p, name);
  param_id (&p, company_id);
  param_id (&p, trainer_id);
  return duaal_pg_store_query_int64 (self, "INSERT INTO learner (group_id, name, company_id, trainer_id)"
                                           " VALUES ($1, $2, $3, $4) RETURNING id", &p, learner_id, error) == 1 &&
         copy_activities_to_plan (self, *learner_id, company_id, qualification_id, error);
}

/* The core's rule (duaal_store_rules_check_learner_name()): @name is
 * free in @group_id, or is @learner_id's own. */
static gboolean
check_learner_name (Store       *self,
                    gint64       group_id,
                    gint64       learner_id,
                    const char  *name,
                    GError     **error)
{
  DuaalPgParams p = { 0 };
  gint64 holder = 0;

  param_int (&p, group_id);
  param_text (&p, name);
  return duaal_pg_store_query_int64 (self, "SELECT id FROM learner WHERE group_id = $1 AND name = $2", &p,
                                     &holder, error) >= 0 &&
         duaal_store_rules_check_learner_name (holder, learner_id, name, error);
}

static gboolean
add_learner_txn (Store    *self,
                 gpointer  data,
                 GError  **error)
{
  LearnerArgs *args = data;
  gint64 qualification_id;

  return require_group (self, args->group_id, &qualification_id, error) &&
         check_learner_name (self, args->group_id, 0, args->name, error) &&
         insert_learner (self, args->group_id, qualification_id, args->name, args->company_id,
                         args->trainer_name, &args->result, error);
}

static gint64
pg_add_learner (DuaalStore  *store,
                gint64       group_id,
                const char  *name,
                gint64       company_id,
                const char  *trainer_name,
                GError     **error)
{
  g_autofree char *clean = duaal_input_clean_name (name, DUAAL_NAME_LEARNER, error);
  LearnerArgs args = { .group_id = group_id, .name = clean, .company_id = company_id,
                       .trainer_name = trainer_name };

  if (clean == NULL || !duaal_pg_store_run_write (DUAAL_PG_STORE (store), add_learner_txn, &args, error))
    return 0;
  return args.result;
}

static gboolean
update_learner_txn (Store    *self,
                    gpointer  data,
                    GError  **error)
{
  LearnerArgs *args = data;
  g_auto(LearnerContext) context = { 0 };
  DuaalPgParams p = { 0 };
  gint64 trainer_id;

  if (!require_learner (self, args->id, &context, error) ||
      !check_learner_name (self, context.group_id, args->id, args->name, error) ||
      !resolve_company_and_trainer (self, args->company_id, args->trainer_name, &trainer_id, error))
    return FALSE;
  param_int (&p, args->id);
  param_text (&p, args->name);
  param_id (&p, args->company_id);
  param_id (&p, trainer_id);
  if (!exec_done (self, "UPDATE learner SET name = $2, company_id = $3, trainer_id = $4 WHERE id = $1", &p, error))
    return FALSE;
  if (context.company_id == args->company_id)
    return TRUE;
  return exec_id (self, "DELETE FROM plan WHERE learner_id = $1", args->id, error) &&
         copy_activities_to_plan (self, args->id, args->company_id, context.qualification_id, error);
}

static gboolean
pg_update_learner (DuaalStore  *store,
                   gint64       learner_id,
                   const char  *name,
                   gint64       company_id,
                   const char  *trainer_name,
                   GError     **error)
{
  g_autofree char *clean = duaal_input_clean_name (name, DUAAL_NAME_LEARNER, error);
  LearnerArgs args = { .id = learner_id, .name = clean, .company_id = company_id, .trainer_name = trainer_name };

  return clean != NULL && duaal_pg_store_run_write (DUAAL_PG_STORE (store), update_learner_txn, &args, error);
}

static gboolean
delete_learner_txn (Store    *self,
                    gpointer  data,
                    GError  **error)
{
  LearnerArgs *args = data;

  return require_learner (self, args->id, NULL, error) &&
         exec_id (self, "DELETE FROM learner WHERE id = $1", args->id, error);
}

static gboolean
pg_delete_learner (DuaalStore  *store,
                   gint64       learner_id,
                   GError     **error)
{
  LearnerArgs args = { .id = learner_id };

  return duaal_pg_store_run_write (DUAAL_PG_STORE (store), delete_learner_txn, &args, error);
}

/* Names in byte order, as SQLite's BINARY collation sorts them. */
#define LEARNER_COLUMNS \
  "SELECT l.id, l.group_id, l.name, l.company_id, c.name, l.trainer_id, t.name" \
  " FROM learner l LEFT JOIN company c ON c.id = l.company_id" \
  " LEFT JOIN trainer t ON t.id = l.trainer_id"
#define LEARNER_ORDER " ORDER BY l.name COLLATE \"C\", l.id"

static gboolean
load_learners (Store      *self,
               gint64      group_id,
               gint64      learner_id,
               GPtrArray  *results,
               GError    **error)
{
  DuaalPgParams p = { 0 };
  g_autoptr(PGresult) result = NULL;

  param_int (&p, group_id != 0 ? group_id : learner_id);
  result = exec (self, group_id != 0 ? LEARNER_COLUMNS " WHERE l.group_id = $1" LEARNER_ORDER
                                     : LEARNER_COLUMNS " WHERE l.id = $1", &p, error);
  if (result == NULL)
    return FALSE;
  if (learner_id != 0 && PQntuples (result) == 0)
    return set_not_found (error, ENTITY_LEARNER, learner_id);
  for (int r = 0; r < PQntuples (result); r++)
    g_ptr_array_add (results, duaal_learner_new (col_int (result, r, 0), col_int (result, r, 1),
                                                 col_text (result, r, 2), col_int (result, r, 3),
                                                 col_text (result, r, 4), col_int (result, r, 5),
                                                 col_text (result, r, 6)));
  return TRUE;
}

static gboolean
list_learners_txn (Store    *self,
                   gpointer  data,
                   GError  **error)
{
  GroupArgs *args = data;

  g_ptr_array_set_size (args->results, 0);
  return require_group (self, args->id, NULL, error) &&
         load_learners (self, args->id, 0, args->results, error);
}

static GPtrArray *
pg_list_learners (DuaalStore  *store,
                  gint64       group_id,
                  GError     **error)
{
  return run_list (DUAAL_PG_STORE (store), list_learners_txn, group_id, error);
}

static gboolean
get_learner_txn (Store    *self,
                 gpointer  data,
                 GError  **error)
{
  GroupArgs *args = data;

  g_ptr_array_set_size (args->results, 0);
  return load_learners (self, 0, args->id, args->results, error);
}

static DuaalLearner *
pg_get_learner (DuaalStore  *store,
                gint64       learner_id,
                GError     **error)
{
  g_autoptr(GPtrArray) learners = run_list (DUAAL_PG_STORE (store), get_learner_txn, learner_id, error);

  return learners != NULL ? g_object_ref (g_ptr_array_index (learners, 0)) : NULL;
}

static gboolean
count_learner_scores_txn (Store    *self,
                          gpointer  data,
                          GError  **error)
{
  LearnerArgs *args = data;
  DuaalPgParams p = { 0 };

  param_int (&p, args->id);
  return require_learner (self, args->id, NULL, error) &&
         duaal_pg_store_query_int64 (self, "SELECT count(*) FROM current_score WHERE learner_id = $1", &p,
                                     &args->result, error) == 1;
}

static guint
pg_count_learner_scores (DuaalStore  *store,
                         gint64       learner_id,
                         GError     **error)
{
  LearnerArgs args = { .id = learner_id };

  if (!duaal_pg_store_run_read (DUAAL_PG_STORE (store), count_learner_scores_txn, &args, error))
    return 0;
  return (guint) args.result;
}

/* The class import's primitives (duaal-store-rules.h). */
typedef struct {
  Store  *self;
  gint64  qualification_id;
} ClassBackend;

static gint64
fetch_company_id (gpointer     backend,
                  const char  *name,
                  GError     **error)
{
  ClassBackend *import = backend;
  gint64 id = find_company_by_name (import->self, name, error);

  return MAX (id, 0);
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
  DuaalPgParams p = { 0 };
  gint64 id;
  int rc;

  param_int (&p, group_id);
  param_text (&p, name);
  rc = duaal_pg_store_query_int64 (import->self, "SELECT id FROM learner WHERE group_id = $1 AND name = $2",
                                   &p, &id, error);
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
import_class_txn (Store    *self,
                  gpointer  data,
                  GError  **error)
{
  ImportClassArgs *args = data;
  ClassBackend backend = { self, 0 };

  args->result = (DuaalClassImportResult) { 0 };
  return require_group (self, args->group_id, &backend.qualification_id, error) &&
         duaal_store_rules_import_class (&class_storage, &backend, args->group_id, args->rows, args->n_rows,
                                         &args->result, error);
}

static gboolean
pg_import_class (DuaalStore              *store,
                 gint64                   group_id,
                 const DuaalClassRow     *rows,
                 guint                    n_rows,
                 DuaalClassImportResult  *result,
                 GError                 **error)
{
  ImportClassArgs args = { .group_id = group_id, .rows = rows, .n_rows = n_rows };

  if (!duaal_pg_store_run_write (DUAAL_PG_STORE (store), import_class_txn, &args, error))
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
set_plan_cell_txn (Store    *self,
                   gpointer  data,
                   GError  **error)
{
  PlanArgs *args = data;
  g_auto(LearnerContext) context = { 0 };
  DuaalPgParams p = { 0 };
  gint64 competence_row;
  int rc;

  if (!require_learner (self, args->learner_id, &context, error))
    return FALSE;
  param_int (&p, context.qualification_id);
  param_text (&p, args->competence_id);
  rc = duaal_pg_store_query_int64 (self, "SELECT id FROM competence WHERE qualification_id = $1 AND code = $2",
                                   &p, &competence_row, error);
  if (rc < 0)
    return FALSE;
  if (rc == 0)
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND,
                   _("Competence %s is not part of the qualification of %s."), args->competence_id, context.name);
      return FALSE;
    }
  p = (DuaalPgParams) { 0 };
  param_int (&p, args->learner_id);
  param_text (&p, args->competence_id);
  return exec_done (self, args->planned
                    ? "INSERT INTO plan (learner_id, competence_code) VALUES ($1, $2) ON CONFLICT DO NOTHING"
                    : "DELETE FROM plan WHERE learner_id = $1 AND competence_code = $2", &p, error);
}

static gboolean
pg_set_plan_cell (DuaalStore  *store,
                  gint64       learner_id,
                  const char  *competence_id,
                  gboolean     planned,
                  GError     **error)
{
  PlanArgs args = { .learner_id = learner_id, .competence_id = competence_id, .planned = planned };

  return duaal_pg_store_run_write (DUAAL_PG_STORE (store), set_plan_cell_txn, &args, error);
}

static gboolean
get_plan_txn (Store    *self,
              gpointer  data,
              GError  **error)
{
  PlanArgs *args = data;
  DuaalPgParams p = { 0 };
  g_autoptr(PGresult) result = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  param_int (&p, args->learner_id);
  if (!require_learner (self, args->learner_id, NULL, error) ||
      (result = exec (self, "SELECT p.competence_code FROM plan p JOIN learner l ON l.id = p.learner_id"
                            " JOIN class_group g ON g.id = l.group_id"
                            " LEFT JOIN competence c ON c.qualification_id = g.qualification_id"
                            " AND c.code = p.competence_code"
                            " WHERE p.learner_id = $1 ORDER BY c.position NULLS FIRST, p.competence_code COLLATE \"C\"",
                      &p, error)) == NULL)
    return FALSE;
  for (int r = 0; r < PQntuples (result); r++)
    g_strv_builder_add (builder, col_text (result, r, 0));
  g_clear_pointer (&args->plan, g_strfreev);
  args->plan = g_strv_builder_end (builder);
  return TRUE;
}

static GStrv
pg_get_plan (DuaalStore  *store,
             gint64       learner_id,
             GError     **error)
{
  PlanArgs args = { .learner_id = learner_id };

  if (!duaal_pg_store_run_read (DUAAL_PG_STORE (store), get_plan_txn, &args, error))
    {
      g_strfreev (args.plan);
      return NULL;
    }
  return args.plan;
}

/* ------------------------------------------------------------------ */
/* Attention upkeep (SPEC section 7)                                   */

/* The rows the attention rule reads for one (learner, competence):
 * code, position, indicator code, actor, mastery, competence row. */
#define ATTENTION_ROWS                                                               \
  "SELECT c.code, c.position, i.code, s.actor, s.mastery, c.id FROM competence c"    \
  " JOIN indicator i ON i.competence_id = c.id"                                      \
  " LEFT JOIN current_score s ON s.learner_id = $1 AND s.indicator_id = i.id"
#define ATTENTION_ROWS_BY_ROW ATTENTION_ROWS " WHERE c.id = $2 ORDER BY i.position"
/* the competence of the indicator with code $2 of learner $1's qualification */
#define ATTENTION_ROWS_BY_CODE ATTENTION_ROWS                                        \
  " WHERE c.id = (SELECT x.competence_id FROM learner l JOIN class_group g ON g.id = l.group_id" \
  " JOIN indicator x ON x.qualification_id = g.qualification_id AND x.code = $2 WHERE l.id = $1)" \
  " ORDER BY i.position"

/* Makes the attention_item row of one (learner, competence) say what
 * the core's rule says of @rows (ATTENTION_ROWS), with the COMMIT: no
 * statement of a transaction reads the list it changes. */
static gboolean
write_attention_item (Store           *self,
                      gint64           learner_id,
                      const PGresult  *rows,
                      GError         **error)
{
  g_autoptr(GArray) indicators = g_array_new (FALSE, TRUE, sizeof (DuaalIndicatorMasteries));
  g_autoptr(DuaalAttentionItem) item = NULL;
  g_autofree char *opposite = NULL;
  DuaalIndicatorMasteries *last = NULL;
  DuaalPgParams p = { 0 };

  if (PQntuples (rows) == 0)
    return TRUE;
  for (int r = 0; r < PQntuples (rows); r++)
    {
      const char *indicator_code = col_text (rows, r, 2);
      gint64 actor = col_int (rows, r, 3);
      gint64 mastery = col_int (rows, r, 4);

      if (last == NULL || strcmp (last->indicator_id, indicator_code) != 0)
        {
          g_array_set_size (indicators, indicators->len + 1);
          last = &g_array_index (indicators, DuaalIndicatorMasteries, indicators->len - 1);
          last->indicator_id = indicator_code;
        }
      if (!duaal_pg_is_null (rows, r, 3) && actor >= 0 && actor < DUAAL_N_ACTORS &&
          mastery >= DUAAL_MASTERY_NONE && mastery <= DUAAL_MASTERY_V)
        last->mastery[actor] = (DuaalMastery) mastery;
    }
  item = duaal_attention_assess (learner_id, col_text (rows, 0, 0),
                                 (const DuaalIndicatorMasteries *) indicators->data, indicators->len);
  param_int (&p, learner_id);
  if (item == NULL)
    {
      param_int (&p, col_int (rows, 0, 5));
      return duaal_pg_store_defer (self, "DELETE FROM attention_item WHERE learner_id = $1 AND competence_id = $2",
                                   &p, error);
    }
  if (item->indicators->len > 0)
    {
      g_ptr_array_add (item->indicators, NULL);
      opposite = g_strjoinv (" ", (char **) item->indicators->pdata);
      g_ptr_array_remove_index (item->indicators, item->indicators->len - 1);
    }
  param_int (&p, col_int (rows, 0, 1));
  param_int (&p, col_int (rows, 0, 5));
  param_text (&p, col_text (rows, 0, 0));
  param_int (&p, item->severity);
  for (guint a = 0; a < DUAAL_N_ACTORS; a++)
    param_int (&p, item->colours[a]);
  param_text (&p, opposite);
  return duaal_pg_store_defer (self, "INSERT INTO attention_item (learner_id, competence_position, competence_id,"
                                     " competence_code, severity, learner_colour, teacher_colour, trainer_colour,"
                                     " opposite) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)"
                                     " ON CONFLICT (learner_id, competence_position) DO UPDATE SET"
                                     " competence_id = excluded.competence_id,"
                                     " competence_code = excluded.competence_code, severity = excluded.severity,"
                                     " learner_colour = excluded.learner_colour,"
                                     " teacher_colour = excluded.teacher_colour,"
                                     " trainer_colour = excluded.trainer_colour, opposite = excluded.opposite",
                               &p, error);
}

/* Recomputes one (learner, competence) with the core's rule. */
static gboolean
refresh_attention_item (Store   *self,
                        gint64   learner_id,
                        gint64   competence_row,
                        GError **error)
{
  DuaalPgParams p = { 0 };
  g_autoptr(PGresult) rows = NULL;

  param_int (&p, learner_id);
  param_int (&p, competence_row);
  if ((rows = exec (self, ATTENTION_ROWS_BY_ROW, &p, error)) == NULL)
    return FALSE;
  return write_attention_item (self, learner_id, rows, error);
}

gboolean
duaal_pg_data_refresh_attention (DuaalPgStore  *self,
                                 gint64         learner_id,
                                 gint64         competence_row,
                                 GError       **error)
{
  return refresh_attention_item (self, learner_id, competence_row, error);
}

/* (learner, competence) pairs to recompute once, at a batch's end. */
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

static gboolean
refresh_pairs (Store       *self,
               GHashTable  *pairs,
               GError     **error)
{
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, pairs);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      const AttentionPair *pair = key;

      if (!refresh_attention_item (self, pair->learner_id, pair->competence_row, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
duaal_pg_data_fill_attention (DuaalPgStore  *self,
                              gint64         qualification_id,
                              GError       **error)
{
  DuaalPgParams p = { 0 };
  g_autoptr(PGresult) result = NULL;

  param_int (&p, qualification_id);
  if (!exec_done (self, "DELETE FROM attention_item WHERE $1::bigint = 0"
                        " OR competence_id IN (SELECT id FROM competence WHERE qualification_id = $1)", &p, error) ||
      (result = exec (self, "SELECT DISTINCT s.learner_id, i.competence_id FROM current_score s"
                            " JOIN indicator i ON i.id = s.indicator_id"
                            " WHERE $1::bigint = 0 OR i.qualification_id = $1", &p, error)) == NULL)
    return FALSE;
  for (int r = 0; r < PQntuples (result); r++)
    if (!refresh_attention_item (self, col_int (result, r, 0), col_int (result, r, 1), error))
      return FALSE;
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Scores                                                              */

typedef struct {
  gint64      learner_id;
  gint64      indicator_row;
  DuaalActor  actor;
} ScoreCell;

static void
bind_cell (DuaalPgParams   *p,
           const ScoreCell *cell)
{
  param_int (p, cell->learner_id);
  param_int (p, cell->indicator_row);
  param_int (p, cell->actor);
}

/* The row id of an indicator of the learner's own qualification, and
 * (optional) its competence's. */
static gboolean
resolve_indicator (Store       *self,
                   gint64       learner_id,
                   const char  *indicator_id,
                   gint64      *indicator_row,
                   gint64      *competence_row,
                   GError     **error)
{
  g_auto(LearnerContext) context = { 0 };
  DuaalPgParams p = { 0 };
  g_autoptr(PGresult) result = NULL;

  if (!require_learner (self, learner_id, &context, error))
    return FALSE;
  param_int (&p, context.qualification_id);
  param_text (&p, indicator_id);
  result = exec (self, "SELECT id, competence_id FROM indicator WHERE qualification_id = $1 AND code = $2",
                 &p, error);
  if (result == NULL)
    return FALSE;
  if (PQntuples (result) == 0)
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND,
                   _("Indicator %s is not part of the qualification of %s."), indicator_id, context.name);
      return FALSE;
    }
  *indicator_row = col_int (result, 0, 0);
  if (competence_row != NULL)
    *competence_row = col_int (result, 0, 1);
  return TRUE;
}

static void
value_from_row (const PGresult   *result,
                int               first,
                DuaalScoreValue  *value,
                char            **comment)
{
  *comment = g_strdup (col_text (result, 0, first + 2));
  *value = (DuaalScoreValue) { (DuaalMastery) col_int (result, 0, first), (DuaalCoverage) col_int (result, 0, first + 1),
                               *comment };
}

/* One change as a log entry: the fields it does not set are NULL here
 * and keep the cell's value, merged by the trigger that also keeps
 * current_score (write_score, the schema), where the current value is,
 * so a score needs no read first.  Parameters: learner, indicator (row
 * or code), actor, time, fields, mastery, coverage, comment, undo_of,
 * source; the scoring actor is the author (the coach does not score). */
#define INSERT_CHANGE                                                                        \
  "INSERT INTO score_log (learner_id, indicator_id, actor, mastery, coverage, comment,"       \
  " author_role, recorded_at, undo_of, fields, source) "
#define CHANGE_OF_ROW INSERT_CHANGE                                                          \
  "VALUES ($1, $2, $3, $6, $7, $8, $3, $4, $9, $5, $10) RETURNING id"
/* none when the learner is out of sight or the indicator not theirs */
#define CHANGE_OF_CODE INSERT_CHANGE                                                         \
  "SELECT l.id, i.id, $3::integer, $6::integer, $7::integer, $8::text, $3::integer, $4::bigint," \
  " $9::bigint, $5::integer, $10::text FROM learner l JOIN class_group g ON g.id = l.group_id" \
  " JOIN indicator i ON i.qualification_id = g.qualification_id AND i.code = $2"             \
  " WHERE l.id = $1::bigint RETURNING id"

static void
bind_change (DuaalPgParams           *p,
             const DuaalScoreChange  *change,
             const char              *source,
             gint64                   undo_of)
{
  param_int (p, g_get_real_time ());
  param_int (p, change->fields);
  param_id (p, change->fields & DUAAL_SCORE_FIELD_MASTERY ? change->mastery : 0);
  param_id (p, change->fields & DUAAL_SCORE_FIELD_COVERAGE ? change->coverage : 0);
  param_text (p, change->fields & DUAAL_SCORE_FIELD_COMMENT ? change->comment : NULL);
  param_id (p, undo_of);
  param_text (p, source);
}

/* Whether a change needs the attention list brought up to date: only a
 * mastery moves a colour, and a learner's login leaves the list to the
 * others (attention_stale, the team schema).  -1 on error. */
static int
change_moves_attention (Store                   *self,
                        const DuaalScoreChange  *change,
                        GError                 **error)
{
  if ((change->fields & DUAAL_SCORE_FIELD_MASTERY) == 0)
    return 0;
  return duaal_pg_store_may_keep_attention (self, error);
}

/* Appends one change to an indicator row, inside the write
 * transaction (SPEC 3), and notes in @pairs (nullable: now) which
 * attention item to recompute. */
static gboolean
append_change (Store                   *self,
               const ScoreCell         *cell,
               gint64                   competence_row,
               const DuaalScoreChange  *change,
               const char              *source,
               gint64                   undo_of,
               GHashTable              *pairs,
               gint64                  *log_id,
               GError                 **error)
{
  DuaalPgParams p = { 0 };

  bind_cell (&p, cell);
  bind_change (&p, change, source, undo_of);
  if (duaal_pg_store_query_int64 (self, CHANGE_OF_ROW, &p, log_id, error) != 1)
    return FALSE;
  switch (change_moves_attention (self, change, error))
    {
    case -1: return FALSE;
    case 0: return TRUE;
    default: break;
    }
  if (pairs == NULL)
    return refresh_attention_item (self, cell->learner_id, competence_row, error);
  g_hash_table_add (pairs, g_memdup2 (&(AttentionPair) { cell->learner_id, competence_row }, sizeof (AttentionPair)));
  return TRUE;
}

typedef struct {
  gint64                  learner_id;
  const char             *indicator_id;
  DuaalActor              actor;
  const DuaalScoreChange *change;
  const char             *source;
  gint64                  result;
} RecordChangeArgs;

/* Why a change of a learner's indicator found nothing to change. */
static gboolean
explain_missing_cell (Store             *self,
                      RecordChangeArgs  *args,
                      GError           **error)
{
  DuaalPgParams p = { 0 };
  g_autoptr(PGresult) found = NULL;

  param_int (&p, args->learner_id);
  param_text (&p, args->indicator_id);
  found = exec (self, "SELECT l.name, i.id FROM learner l JOIN class_group g ON g.id = l.group_id"
                      " LEFT JOIN indicator i ON i.qualification_id = g.qualification_id AND i.code = $2"
                      " WHERE l.id = $1", &p, error);
  if (found == NULL)
    return FALSE;
  if (PQntuples (found) == 0)
    return set_not_found (error, ENTITY_LEARNER, args->learner_id);
  g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND,
               _("Indicator %s is not part of the qualification of %s."), args->indicator_id, col_text (found, 0, 0));
  return FALSE;
}

/* One change in two round trips: the change and the rows the attention
 * rule reads as one pipeline (the BEGIN goes with them), then the
 * attention item and COMMIT. */
static gboolean
record_change_txn (Store    *self,
                   gpointer  data,
                   GError  **error)
{
  RecordChangeArgs *args = data;
  DuaalPgParams p = { 0 };
  DuaalPgParams q = { 0 };
  const char *sql[] = { CHANGE_OF_CODE, ATTENTION_ROWS_BY_CODE };
  const DuaalPgParams *params[] = { &p, &q };
  PGresult *results[G_N_ELEMENTS (sql)] = { NULL };
  g_autoptr(PGresult) logged = NULL;
  g_autoptr(PGresult) attention = NULL;
  int moves = change_moves_attention (self, args->change, error);

  if (moves < 0)
    return FALSE;
  param_int (&p, args->learner_id);
  param_text (&p, args->indicator_id);
  param_int (&p, args->actor);
  bind_change (&p, args->change, args->source, 0);
  param_int (&q, args->learner_id);
  param_text (&q, args->indicator_id);
  if (!duaal_pg_store_exec_many (self, moves ? 2 : 1, sql, params, results, error))
    return FALSE;
  logged = results[0];
  attention = results[1];
  if (PQntuples (logged) == 0)
    return explain_missing_cell (self, args, error);
  args->result = col_int (logged, 0, 0);
  return attention == NULL || write_attention_item (self, args->learner_id, attention, error);
}

static gint64
pg_record_change (DuaalStore              *store,
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
  if (!duaal_pg_store_run_write (DUAAL_PG_STORE (store), record_change_txn, &args, error))
    return 0;
  return args.result;
}

typedef struct {
  const DuaalScoreInput *changes;
  guint                  n_changes;
  const char            *source;
} ChangeBatch;

static gboolean
record_changes_txn (Store    *self,
                    gpointer  data,
                    GError  **error)
{
  ChangeBatch *batch = data;
  /* "learner:indicator" -> the two rows, looked up once per batch */
  g_autoptr(GHashTable) rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) pairs = g_hash_table_new_full (attention_pair_hash, attention_pair_equal, g_free, NULL);

  for (guint i = 0; i < batch->n_changes; i++)
    {
      const DuaalScoreInput *input = &batch->changes[i];
      g_autofree char *clean_comment = NULL;
      g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT ":%s", input->learner_id, input->indicator_id);
      gint64 *found = g_hash_table_lookup (rows, key);
      DuaalScoreChange clean;
      ScoreCell cell = { .learner_id = input->learner_id, .actor = input->actor };
      gint64 log_id;

      if (found == NULL)
        {
          found = g_new (gint64, 2);
          if (!resolve_indicator (self, input->learner_id, input->indicator_id, &found[0], &found[1], error))
            {
              g_free (found);
              return FALSE;
            }
          g_hash_table_insert (rows, g_steal_pointer (&key), found);
        }
      cell.indicator_row = found[0];
      if (!duaal_store_rules_clean_change (&input->change, &clean, &clean_comment, error) ||
          !append_change (self, &cell, found[1], &clean, batch->source, 0, pairs, &log_id, error))
        return FALSE;
    }
  return refresh_pairs (self, pairs, error);
}

static gboolean
pg_record_changes (DuaalStore             *store,
                   const DuaalScoreInput  *changes,
                   guint                   n_changes,
                   const char             *source,
                   GError                **error)
{
  ChangeBatch batch = { changes, n_changes, source };

  if (!duaal_store_rules_check_changes (changes, n_changes, source, error))
    return FALSE;
  return duaal_pg_store_run_write (DUAAL_PG_STORE (store), record_changes_txn, &batch, error);
}

typedef struct {
  gint64            log_id;
  gint64            result;
  DuaalScoreFields  restored;
  DuaalScoreFields  kept;
} UndoArgs;

static gboolean
undo_score_txn (Store    *self,
                gpointer  data,
                GError  **error)
{
  UndoArgs *args = data;
  DuaalPgParams p = { 0 };
  g_autoptr(PGresult) entry = NULL;
  g_autoptr(PGresult) log = NULL;
  g_autoptr(PGresult) previous = NULL;
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (DuaalScoreLogEntry));
  g_autofree char *comment = NULL;
  DuaalScoreValue before = { DUAAL_MASTERY_NONE, DUAAL_COVERAGE_NONE, NULL };
  DuaalScoreChange restore;
  ScoreCell cell;

  param_int (&p, args->log_id);
  entry = exec (self, "SELECT s.learner_id, s.indicator_id, s.actor, i.competence_id FROM score_log s"
                      " LEFT JOIN indicator i ON i.id = s.indicator_id WHERE s.id = $1", &p, error);
  if (entry == NULL)
    return FALSE;
  if (PQntuples (entry) == 0)
    return set_not_found (error, ENTITY_SCORE_CHANGE, args->log_id);
  cell = (ScoreCell) { col_int (entry, 0, 0), col_int (entry, 0, 1), (DuaalActor) col_int (entry, 0, 2) };

  p = (DuaalPgParams) { 0 };
  bind_cell (&p, &cell);
  if ((log = exec (self, "SELECT id, coalesce (fields, 7), coalesce (undo_of, 0) FROM score_log"
                         " WHERE learner_id = $1 AND indicator_id = $2 AND actor = $3 ORDER BY id", &p, error)) == NULL)
    return FALSE;
  for (int r = 0; r < PQntuples (log); r++)
    {
      DuaalScoreLogEntry e = { col_int (log, r, 0), (DuaalScoreFields) col_int (log, r, 1), col_int (log, r, 2) };
      g_array_append_val (entries, e);
    }
  param_int (&p, args->log_id);
  if ((previous = exec (self, "SELECT mastery, coverage, comment FROM score_log_seen"
                              " WHERE learner_id = $1 AND indicator_id = $2 AND actor = $3 AND id < $4"
                              " ORDER BY id DESC LIMIT 1", &p, error)) == NULL)
    return FALSE;
  if (PQntuples (previous) > 0)
    value_from_row (previous, 0, &before, &comment);

  args->kept = duaal_score_change_plan_undo ((const DuaalScoreLogEntry *) entries->data, entries->len,
                                             args->log_id, &before, &restore);
  args->restored = restore.fields;
  if (restore.fields == 0)
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_CONFLICT,
                   _("Nothing is left to undo: this change was undone already, or everything it "
                     "changed has been changed again since."));
      return FALSE;
    }
  return append_change (self, &cell, col_int (entry, 0, 3), &restore, NULL, args->log_id, NULL, &args->result, error);
}

static gint64
pg_undo_score (DuaalStore        *store,
               gint64             log_id,
               DuaalScoreFields  *restored,
               DuaalScoreFields  *kept,
               GError           **error)
{
  UndoArgs args = { .log_id = log_id };

  if (!duaal_pg_store_run_write (DUAAL_PG_STORE (store), undo_score_txn, &args, error))
    return 0;
  if (restored != NULL)
    *restored = args.restored;
  if (kept != NULL)
    *kept = args.kept;
  return args.result;
}

typedef struct {
  gint64      learner_id;
  const char *indicator_id;
  GPtrArray  *history;
} HistoryArgs;

static gboolean
score_history_txn (Store    *self,
                   gpointer  data,
                   GError  **error)
{
  HistoryArgs *args = data;
  DuaalPgParams p = { 0 };
  g_autoptr(PGresult) result = NULL;
  gint64 indicator_row = 0;

  if (args->indicator_id != NULL
      ? !resolve_indicator (self, args->learner_id, args->indicator_id, &indicator_row, NULL, error)
      : !require_learner (self, args->learner_id, NULL, error))
    return FALSE;
  param_int (&p, args->learner_id);
  param_id (&p, indicator_row);
  result = exec (self, "SELECT s.id, i.code, s.actor, s.mastery, s.coverage, s.comment, s.recorded_at,"
                       " coalesce (s.fields, 7), s.source, coalesce (s.undo_of, 0)"
                       " FROM score_log_seen s JOIN indicator i ON i.id = s.indicator_id"
                       " WHERE s.learner_id = $1 AND ($2::bigint IS NULL OR s.indicator_id = $2) ORDER BY s.id",
                 &p, error);
  if (result == NULL)
    return FALSE;
  g_ptr_array_set_size (args->history, 0);
  for (int r = 0; r < PQntuples (result); r++)
    {
      g_autoptr(GDateTime) recorded_at = date_time_from_usec (col_int (result, r, 6));
      DuaalScoreValue value = { (DuaalMastery) col_int (result, r, 3), (DuaalCoverage) col_int (result, r, 4),
                                col_text (result, r, 5) };

      g_ptr_array_add (args->history,
                       duaal_score_new (args->learner_id, col_text (result, r, 1), (DuaalActor) col_int (result, r, 2),
                                        &value, (DuaalScoreFields) col_int (result, r, 7), recorded_at,
                                        col_int (result, r, 0), col_text (result, r, 8), col_int (result, r, 9)));
    }
  return TRUE;
}

static GPtrArray *
pg_score_history (DuaalStore  *store,
                  gint64       learner_id,
                  const char  *indicator_id,
                  GError     **error)
{
  g_autoptr(GPtrArray) history = g_ptr_array_new_with_free_func (g_object_unref);
  HistoryArgs args = { learner_id, indicator_id, history };

  if (!duaal_pg_store_run_read (DUAAL_PG_STORE (store), score_history_txn, &args, error))
    return NULL;
  return g_steal_pointer (&history);
}

/* ------------------------------------------------------------------ */
/* Periods                                                             */

static gboolean
list_periods_txn (Store    *self,
                  gpointer  data,
                  GError  **error)
{
  GroupArgs *args = data;
  DuaalPgParams p = { 0 };
  g_autoptr(PGresult) result = NULL;

  param_int (&p, args->id);
  if (!require_group (self, args->id, NULL, error) ||
      (result = exec (self, "SELECT number, name, closed_at, to_char (starts_on, 'YYYY-MM-DD'),"
                            " to_char (ends_on, 'YYYY-MM-DD') FROM period WHERE group_id = $1 ORDER BY number",
                      &p, error)) == NULL)
    return FALSE;
  g_ptr_array_set_size (args->results, 0);
  for (int r = 0; r < PQntuples (result); r++)
    {
      g_autoptr(GDateTime) closed_at = NULL;
      g_autoptr(GDate) starts_on = duaal_period_date_from_iso (col_text (result, r, 3));
      g_autoptr(GDate) ends_on = duaal_period_date_from_iso (col_text (result, r, 4));

      if (!duaal_pg_is_null (result, r, 2))
        closed_at = date_time_from_usec (col_int (result, r, 2));
      g_ptr_array_add (args->results, duaal_period_new (args->id, (guint) col_int (result, r, 0),
                                                        col_text (result, r, 1), starts_on, ends_on, closed_at));
    }
  return TRUE;
}

static GPtrArray *
pg_list_periods (DuaalStore  *store,
                 gint64       group_id,
                 GError     **error)
{
  return run_list (DUAAL_PG_STORE (store), list_periods_txn, group_id, error);
}

typedef struct {
  gint64       group_id;
  guint        number;
  const char  *name;
  const char  *starts_on;
  const char  *ends_on;
  guint        result;
} PeriodArgs;

/* Closing the lowest open period freezes every current score of the
 * group's learners (the "foto" of SPEC 5).  duaal_close_period() (the
 * team schema, duaal-pg-team-private.h) does it on the server: the
 * snapshot copies every actor's comment, which a teacher's login may
 * not read itself. */
static gboolean
close_period_txn (Store    *self,
                  gpointer  data,
                  GError  **error)
{
  PeriodArgs *args = data;
  DuaalPgParams p = { 0 };
  g_autoptr(PGresult) closed = NULL;

  param_int (&p, args->group_id);
  param_int (&p, g_get_real_time ());
  if (!require_group (self, args->group_id, NULL, error) ||
      (closed = exec (self, "SELECT duaal_close_period ($1, $2)", &p, error)) == NULL)
    return FALSE;
  if (duaal_pg_is_null (closed, 0, 0))
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   _("Every period of this class group is closed already, and a closed period never changes."));
      return FALSE;
    }
  args->result = (guint) col_int (closed, 0, 0);
  return TRUE;
}

static guint
pg_close_period (DuaalStore  *store,
                 gint64       group_id,
                 GError     **error)
{
  PeriodArgs args = { .group_id = group_id };

  if (!duaal_pg_store_run_write (DUAAL_PG_STORE (store), close_period_txn, &args, error))
    return 0;
  return args.result;
}

static gboolean
update_period_txn (Store    *self,
                   gpointer  data,
                   GError  **error)
{
  PeriodArgs *args = data;
  DuaalPgParams p = { 0 };
  gint64 one;
  int rc;

  if (!require_group (self, args->group_id, NULL, error))
    return FALSE;
  param_int (&p, args->group_id);
  param_int (&p, args->number);
  param_text (&p, args->name);
  param_text (&p, args->starts_on);
  param_text (&p, args->ends_on);
  rc = duaal_pg_store_query_int64 (self, "UPDATE period SET name = $3, starts_on = $4::date, ends_on = $5::date"
                                         " WHERE group_id = $1 AND number = $2 RETURNING 1", &p, &one, error);
  if (rc == 0)
    g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND, _("This class group has no period %u."), args->number);
  return rc == 1;
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
  PeriodArgs args = { .group_id = group_id, .number = period->number, .name = period->name,
                      .starts_on = period->starts_on, .ends_on = period->ends_on };

  return update_period_txn (backend, &args, error);
}

static gboolean
store_group_setup (Store      *self,
                   GroupArgs  *args,
                   GError    **error)
{
  static const DuaalGroupSetupStorage storage = { setup_add_teacher, setup_set_period };

  return duaal_group_setup_store (args->setup, args->result, &storage, self, error);
}

static gboolean
pg_update_period (DuaalStore   *store,
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
  PeriodArgs args = { .group_id = group_id, .number = number };

  if (!duaal_store_rules_clean_period (name, starts_on, ends_on, &clean, &starts, &ends, error))
    return FALSE;
  args.name = clean;
  args.starts_on = starts;
  args.ends_on = ends;
  return duaal_pg_store_run_write (DUAAL_PG_STORE (store), update_period_txn, &args, error);
}

/* ------------------------------------------------------------------ */
/* The session planner's settings and last plan (SPEC 9)               */

typedef struct {
  gint64         group_id;
  guint          max_groups;
  GHashTable    *durations;
  const char    *plan_csv;
  guint          session;
  const char    *day;
  DuaalKeptPlan *result;
} SessionPlanArgs;

static gboolean
load_session_plan_txn (Store    *self,
                       gpointer  data,
                       GError  **error)
{
  SessionPlanArgs *args = data;
  DuaalPgParams p = { 0 };
  g_autoptr(PGresult) settings = NULL;
  g_autoptr(PGresult) durations = NULL;
  g_autoptr(PGresult) days = NULL;

  param_int (&p, args->group_id);
  if (!require_group (self, args->group_id, NULL, error) ||
      (settings = exec (self, "SELECT max_groups, plan_csv, planned_at FROM session_plan WHERE group_id = $1",
                        &p, error)) == NULL ||
      (durations = exec (self, "SELECT competence_code, sessions FROM session_duration WHERE group_id = $1",
                         &p, error)) == NULL ||
      (days = exec (self, "SELECT session, to_char (day, 'YYYY-MM-DD') FROM session_date WHERE group_id = $1"
                          " ORDER BY session", &p, error)) == NULL)
    return FALSE;

  g_clear_pointer (&args->result, duaal_kept_plan_free);
  args->result = duaal_kept_plan_new ();
  if (PQntuples (settings) > 0)
    {
      args->result->max_groups = (guint) col_int (settings, 0, 0);
      args->result->plan_csv = g_strdup (col_text (settings, 0, 1));
      if (!duaal_pg_is_null (settings, 0, 2))
        args->result->planned_at = date_time_from_usec (col_int (settings, 0, 2));
    }
  for (int r = 0; r < PQntuples (durations); r++)
    g_hash_table_insert (args->result->durations, g_strdup (col_text (durations, r, 0)),
                         GUINT_TO_POINTER ((guint) col_int (durations, r, 1)));
  for (int r = 0; r < PQntuples (days); r++)
    {
      g_autoptr(GDate) day = duaal_period_date_from_iso (col_text (days, r, 1));

      duaal_kept_plan_set_session_day (args->result, (guint) col_int (days, r, 0), day);
    }
  return TRUE;
}

static DuaalKeptPlan *
pg_load_session_plan (DuaalStore  *store,
                      gint64       group_id,
                      GError     **error)
{
  SessionPlanArgs args = { .group_id = group_id };

  if (!duaal_pg_store_run_read (DUAAL_PG_STORE (store), load_session_plan_txn, &args, error))
    {
      g_clear_pointer (&args.result, duaal_kept_plan_free);
      return NULL;
    }
  return args.result;
}

static gboolean
save_session_plan_txn (Store    *self,
                       gpointer  data,
                       GError  **error)
{
  SessionPlanArgs *args = data;
  DuaalPgParams p = { 0 };
  GHashTableIter iter;
  gpointer code, sessions;

  param_int (&p, args->group_id);
  param_int (&p, args->max_groups);
  param_text (&p, args->plan_csv);
  param_id (&p, args->plan_csv != NULL ? g_get_real_time () : 0);
  if (!require_group (self, args->group_id, NULL, error) ||
      !exec_done (self, "INSERT INTO session_plan (group_id, max_groups, plan_csv, planned_at)"
                        " VALUES ($1, $2, $3, $4) ON CONFLICT (group_id) DO UPDATE SET"
                        " max_groups = excluded.max_groups, plan_csv = excluded.plan_csv,"
                        " planned_at = excluded.planned_at", &p, error) ||
      !exec_id (self, "DELETE FROM session_duration WHERE group_id = $1", args->group_id, error))
    return FALSE;
  if (args->durations == NULL)
    return TRUE;
  g_hash_table_iter_init (&iter, args->durations);
  while (g_hash_table_iter_next (&iter, &code, &sessions))
    {
      DuaalPgParams q = { 0 };

      param_int (&q, args->group_id);
      param_text (&q, code);
      param_int (&q, GPOINTER_TO_UINT (sessions));
      if (!exec_done (self, "INSERT INTO session_duration (group_id, competence_code, sessions)"
                            " VALUES ($1, $2, $3)", &q, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
pg_save_session_plan (DuaalStore  *store,
                      gint64       group_id,
                      guint        max_groups,
                      GHashTable  *durations,
                      const char  *plan_csv,
                      GError     **error)
{
  SessionPlanArgs args = { .group_id = group_id, .max_groups = max_groups, .durations = durations,
                           .plan_csv = plan_csv };

  return duaal_store_rules_check_session_settings (max_groups, durations, error) &&
         duaal_pg_store_run_write (DUAAL_PG_STORE (store), save_session_plan_txn, &args, error);
}

static gboolean
set_session_day_txn (Store    *self,
                     gpointer  data,
                     GError  **error)
{
  SessionPlanArgs *args = data;
  DuaalPgParams p = { 0 };

  param_int (&p, args->group_id);
  param_int (&p, args->session);
  if (args->day != NULL)
    param_text (&p, args->day);
  return require_group (self, args->group_id, NULL, error) &&
         exec_done (self, args->day != NULL
                    ? "INSERT INTO session_date (group_id, session, day) VALUES ($1, $2, $3::date)"
                      " ON CONFLICT (group_id, session) DO UPDATE SET day = excluded.day"
                    : "DELETE FROM session_date WHERE group_id = $1 AND session = $2", &p, error);
}

static gboolean
pg_set_session_day (DuaalStore   *store,
                    gint64        group_id,
                    guint         session,
                    const GDate  *day,
                    GError      **error)
{
  g_autofree char *iso = day != NULL && g_date_valid (day) ? duaal_period_date_to_iso (day) : NULL;
  SessionPlanArgs args = { .group_id = group_id, .session = session, .day = iso };

  if (session == 0)
    {
      g_set_error_literal (error, DUAAL_ERROR, DUAAL_ERROR_INVALID, _("Sessions are numbered from 1."));
      return FALSE;
    }
  return duaal_pg_store_run_write (DUAAL_PG_STORE (store), set_session_day_txn, &args, error);
}

/* ------------------------------------------------------------------ */
/* Status                                                              */

typedef struct {
  gint64       id;
  guint        period;
  DuaalStatus *result;
} StatusArgs;

static gboolean
resolve_closed_period (Store   *self,
                       gint64   group_id,
                       guint    period,
                       gint64  *period_row,
                       GError **error)
{
  DuaalPgParams p = { 0 };
  g_autoptr(PGresult) result = NULL;

  param_int (&p, group_id);
  param_int (&p, period);
  if ((result = exec (self, "SELECT id, closed_at FROM period WHERE group_id = $1 AND number = $2", &p,
                      error)) == NULL)
    return FALSE;
  if (PQntuples (result) == 0)
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND, _("This class group has no period %u."), period);
      return FALSE;
    }
  if (duaal_pg_is_null (result, 0, 1))
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   _("Period %u is not closed yet: its scores are the current ones."), period);
      return FALSE;
    }
  *period_row = col_int (result, 0, 0);
  return TRUE;
}

#define CELL_COLUMNS "SELECT s.learner_id, s.indicator_id, s.actor, s.mastery, s.coverage, s.comment, s.log_id"

static gboolean
fill_cells (Store        *self,
            DuaalStatus  *status,
            GHashTable   *indicator_codes,
            const char   *sql,
            gint64        first,
            gint64        second,
            GError      **error)
{
  DuaalPgParams p = { 0 };
  g_autoptr(PGresult) result = NULL;

  param_int (&p, first);
  if (second != 0)
    param_int (&p, second);
  if ((result = exec (self, sql, &p, error)) == NULL)
    return FALSE;
  for (int r = 0; r < PQntuples (result); r++)
    {
      gint64 indicator_row = col_int (result, r, 1);
      const char *indicator_id = g_hash_table_lookup (indicator_codes, &indicator_row);
      gint64 actor = col_int (result, r, 2), mastery = col_int (result, r, 3), coverage = col_int (result, r, 4);

      if (indicator_id == NULL || actor < 0 || actor >= DUAAL_N_ACTORS || mastery < 0 ||
          mastery > DUAAL_MASTERY_V || coverage < 0 || coverage > DUAAL_COVERAGE_R)
        continue;
      duaal_status_set_cell (status, col_int (result, r, 0), indicator_id, (DuaalActor) actor,
                             (DuaalMastery) mastery, (DuaalCoverage) coverage, col_text (result, r, 5),
                             col_int (result, r, 6));
    }
  return TRUE;
}

static gboolean
load_group_status_txn (Store    *self,
                       gpointer  data,
                       GError  **error)
{
  StatusArgs *args = data;
  g_autoptr(DuaalQualification) qualification = NULL;
  g_autoptr(GPtrArray) learners = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) codes = indicator_codes_new ();
  gint64 qualification_id, period_row = 0;

  g_clear_object (&args->result);
  if (!require_group (self, args->id, &qualification_id, error) ||
      (args->period != 0 && !resolve_closed_period (self, args->id, args->period, &period_row, error)) ||
      (qualification = load_qualification_with_codes (self, qualification_id, codes, error)) == NULL ||
      !load_learners (self, args->id, 0, learners, error))
    return FALSE;
  args->result = duaal_status_new (qualification, args->period, learners);
  if (args->period == 0)
    return fill_cells (self, args->result, codes, CELL_COLUMNS " FROM learner l JOIN current_score_seen s"
                                                 " ON s.learner_id = l.id WHERE l.group_id = $1", args->id, 0, error);
  return fill_cells (self, args->result, codes, CELL_COLUMNS " FROM period_score_seen s WHERE s.period_id = $1",
                     period_row, 0, error);
}

/* A learner's login may not read the other actors' scores (SPEC 13):
 * the database gives their colour and progress per competence, and the
 * route's counts, which the status keeps as the viewer filter would. */
static gboolean
fill_summaries (Store        *self,
                DuaalStatus  *status,
                gint64        learner_id,
                guint         period,
                GError      **error)
{
  DuaalPgParams p = { 0 };
  g_autoptr(PGresult) tallies = NULL;
  g_autoptr(PGresult) routes = NULL;

  param_int (&p, learner_id);
  param_int (&p, period);
  if ((tallies = exec (self, "SELECT competence_code, actor, n, covered, colour FROM duaal_score_summary ($1, $2)",
                       &p, error)) == NULL ||
      (routes = exec (self, "SELECT competence_code, workplace_only, in_both, campus_only, not_yet"
                            " FROM duaal_route_summary ($1, $2)", &p, error)) == NULL)
    return FALSE;
  for (int r = 0; r < PQntuples (tallies); r++)
    {
      gint64 actor = col_int (tallies, r, 1), colour = col_int (tallies, r, 4);
      DuaalTally tally;

      if (actor == DUAAL_ACTOR_LEARNER || actor < 0 || actor >= DUAAL_N_ACTORS ||
          colour < DUAAL_COLOUR_GREY || colour > DUAAL_COLOUR_DARK_GREEN)
        continue;
      tally = duaal_tally_for_colour ((DuaalColour) colour, col_int (tallies, r, 2), col_int (tallies, r, 3));
      duaal_status_set_tally (status, learner_id, col_text (tallies, r, 0), (DuaalActor) actor, &tally);
    }
  for (int r = 0; r < PQntuples (routes); r++)
    {
      guint counts[DUAAL_N_ROUTE_PARTS];

      for (guint part = 0; part < DUAAL_N_ROUTE_PARTS; part++)
        counts[part] = col_int (routes, r, 1 + part);
      duaal_status_set_route_counts (status, learner_id, col_text (routes, r, 0), counts);
    }
  return TRUE;
}

static gboolean
load_learner_status_txn (Store    *self,
                         gpointer  data,
                         GError  **error)
{
  StatusArgs *args = data;
  g_auto(LearnerContext) context = { 0 };
  g_autoptr(DuaalQualification) qualification = NULL;
  g_autoptr(GPtrArray) learners = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) codes = indicator_codes_new ();
  gint64 period_row = 0;

  g_clear_object (&args->result);
  if (!require_learner (self, args->id, &context, error) ||
      (args->period != 0 && !resolve_closed_period (self, context.group_id, args->period, &period_row, error)) ||
      (qualification = load_qualification_with_codes (self, context.qualification_id, codes, error)) == NULL ||
      !load_learners (self, 0, args->id, learners, error))
    return FALSE;
  args->result = duaal_status_new (qualification, args->period, learners);
  if (args->period == 0 ?
      !fill_cells (self, args->result, codes, CELL_COLUMNS " FROM current_score_seen s WHERE s.learner_id = $1",
                   args->id, 0, error) :
      !fill_cells (self, args->result, codes,
                   CELL_COLUMNS " FROM period_score_seen s WHERE s.period_id = $1 AND s.learner_id = $2",
                   period_row, args->id, error))
    return FALSE;
  switch (duaal_pg_store_reads_summaries (self, error))
    {
    case -1: return FALSE;
    case 0: return TRUE;
    default: return fill_summaries (self, args->result, args->id, args->period, error);
    }
}

static DuaalStatus *
run_status (Store          *self,
            DuaalPgTxnFunc  func,
            gint64          id,
            guint           period,
            GError        **error)
{
  StatusArgs args = { .id = id, .period = period };

  if (!duaal_pg_store_run_read (self, func, &args, error))
    {
      g_clear_object (&args.result);
      return NULL;
    }
  return args.result;
}

static DuaalStatus *
pg_load_learner_status (DuaalStore  *store,
                        gint64       learner_id,
                        guint        period,
                        GError     **error)
{
  return run_status (DUAAL_PG_STORE (store), load_learner_status_txn, learner_id, period, error);
}

static DuaalStatus *
pg_load_group_status (DuaalStore  *store,
                      gint64       group_id,
                      guint        period,
                      GError     **error)
{
  return run_status (DUAAL_PG_STORE (store), load_group_status_txn, group_id, period, error);
}

/* ------------------------------------------------------------------ */
/* Attention list (SPEC section 7)                                     */

typedef struct {
  gint64     group_id;
  GPtrArray *items;
  guint      count;
} AttentionArgs;

static DuaalAttentionItem *
attention_item_from_row (const PGresult *result,
                         int             r)
{
  DuaalColour colours[DUAAL_N_ACTORS];
  DuaalAttentionItem *item;
  g_auto(GStrv) opposite = NULL;

  for (guint a = 0; a < DUAAL_N_ACTORS; a++)
    colours[a] = CLAMP (col_int (result, r, 3 + (int) a), DUAAL_COLOUR_GREY, DUAAL_COLOUR_DARK_GREEN);
  item = duaal_attention_item_new (col_int (result, r, 0), col_text (result, r, 1),
                                   (guint) col_int (result, r, 2), colours);
  if (col_text (result, r, 6) != NULL && *col_text (result, r, 6) != '\0')
    {
      opposite = g_strsplit (col_text (result, r, 6), " ", -1);
      for (guint i = 0; opposite[i] != NULL; i++)
        g_ptr_array_add (item->indicators, g_strdup (opposite[i]));
    }
  return item;
}

static gboolean
list_attention_txn (Store    *self,
                    gpointer  data,
                    GError  **error)
{
  AttentionArgs *args = data;
  DuaalPgParams p = { 0 };
  g_autoptr(PGresult) result = NULL;

  param_int (&p, args->group_id);
  if (!require_group (self, args->group_id, NULL, error) ||
      (result = exec (self, "SELECT a.learner_id, a.competence_code, a.severity, a.learner_colour,"
                            " a.teacher_colour, a.trainer_colour, a.opposite FROM learner l"
                            " JOIN attention_item a ON a.learner_id = l.id WHERE l.group_id = $1"
                            " ORDER BY l.name COLLATE \"C\", l.id, a.competence_position", &p, error)) == NULL)
    return FALSE;
  g_ptr_array_set_size (args->items, 0);
  for (int r = 0; r < PQntuples (result); r++)
    g_ptr_array_add (args->items, attention_item_from_row (result, r));
  return TRUE;
}

/* Pairs a learner's login scored (attention_stale) made again, by a
 * login that may: before the list is read. */
static gboolean
refresh_stale_txn (Store    *self,
                   gpointer  data,
                   GError  **error)
{
  g_autoptr(PGresult) stale = NULL;
  int may = duaal_pg_store_may_keep_attention (self, error);

  if (may <= 0)
    return may == 0;
  if ((stale = exec (self, "DELETE FROM attention_stale RETURNING learner_id, competence_id", NULL, error)) == NULL)
    return FALSE;
  for (int r = 0; r < PQntuples (stale); r++)
    if (!refresh_attention_item (self, col_int (stale, r, 0), col_int (stale, r, 1), error))
      return FALSE;
  return TRUE;
}

static gboolean
refresh_stale (Store   *self,
               GError **error)
{
  return duaal_pg_store_run_write (self, refresh_stale_txn, NULL, error);
}

static GPtrArray *
pg_list_attention (DuaalStore  *store,
                   gint64       group_id,
                   GError     **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify) duaal_attention_item_free);
  AttentionArgs args = { .group_id = group_id, .items = items };

  if (!refresh_stale (DUAAL_PG_STORE (store), error) ||
      !duaal_pg_store_run_read (DUAAL_PG_STORE (store), list_attention_txn, &args, error))
    return NULL;
  return g_steal_pointer (&items);
}

static gboolean
count_attention_txn (Store    *self,
                     gpointer  data,
                     GError  **error)
{
  AttentionArgs *args = data;
  DuaalPgParams p = { 0 };
  gint64 count = 0;

  if (args->group_id != 0)
    param_int (&p, args->group_id);
  if ((args->group_id != 0 && !require_group (self, args->group_id, NULL, error)) ||
      duaal_pg_store_query_int64 (self, args->group_id != 0
                                  ? "SELECT count(*) FROM learner l JOIN attention_item a ON a.learner_id = l.id"
                                    " WHERE l.group_id = $1"
                                  : "SELECT count(*) FROM attention_item", &p, &count, error) != 1)
    return FALSE;
  args->count = (guint) count;
  return TRUE;
}

static guint
pg_count_attention (DuaalStore  *store,
                    gint64       group_id,
                    GError     **error)
{
  AttentionArgs args = { .group_id = group_id };

  if (!refresh_stale (DUAAL_PG_STORE (store), error) ||
      !duaal_pg_store_run_read (DUAAL_PG_STORE (store), count_attention_txn, &args, error))
    return 0;
  return args.count;
}

void
duaal_pg_data_iface_init (DuaalStoreInterface *iface)
{
  iface->import_qualification = pg_import_qualification;
  iface->list_qualifications = pg_list_qualifications;
  iface->get_qualification = pg_get_qualification;
  iface->add_group = pg_add_group;
  iface->rename_group = pg_rename_group;
  iface->delete_group = pg_delete_group;
  iface->list_groups = pg_list_groups;
  iface->get_group = pg_get_group;
  iface->add_teacher = pg_add_teacher;
  iface->list_teachers = pg_list_teachers;
  iface->add_company = pg_add_company;
  iface->set_company_activities = pg_set_company_activities;
  iface->list_companies = pg_list_companies;
  iface->get_company = pg_get_company;
  iface->list_trainers = pg_list_trainers;
  iface->add_learner = pg_add_learner;
  iface->update_learner = pg_update_learner;
  iface->delete_learner = pg_delete_learner;
  iface->list_learners = pg_list_learners;
  iface->get_learner = pg_get_learner;
  iface->count_learner_scores = pg_count_learner_scores;
  iface->import_class = pg_import_class;
  iface->set_plan_cell = pg_set_plan_cell;
  iface->get_plan = pg_get_plan;
  iface->record_change = pg_record_change;
  iface->record_changes = pg_record_changes;
  iface->undo_score = pg_undo_score;
  iface->score_history = pg_score_history;
  iface->list_periods = pg_list_periods;
  iface->close_period = pg_close_period;
  iface->update_period = pg_update_period;
  iface->load_session_plan = pg_load_session_plan;
  iface->save_session_plan = pg_save_session_plan;
  iface->set_session_day = pg_set_session_day;
  iface->load_learner_status = pg_load_learner_status;
  iface->load_group_status = pg_load_group_status;
  iface->list_attention = pg_list_attention;
  iface->count_attention = pg_count_attention;
}
