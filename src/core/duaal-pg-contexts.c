/* duaal-pg-contexts.c: the PostgreSQL backend's CCV contexts, learning line and lesson scenarios (SPEC 14)
 *
 * The SQLite backend's behaviour (duaal-sqlite-contexts.c): the same
 * errors, the same notices (the triggers of schema step 3), the same
 * rules, which are the core's (duaal-practice-rules-private.h, and
 * duaal-learning-line.h for plans from contexts); this file only stores
 * and fetches.  Every write is one
 * SERIALIZABLE transaction (duaal_pg_store_run_write), every read one
 * snapshot.  Under row-level security an id outside the login's scope
 * reads as no row, so it is refused like an unknown one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "duaal-learning-line.h"
#include "duaal-pg-contexts-private.h"
#include "duaal-pg-store-private.h"
#include "duaal-practice-rules-private.h"

typedef DuaalPgStore Store;

#define find_qualification duaal_pg_data_find_qualification
#define exec_ids   duaal_pg_store_exec_ids
#define param_int  duaal_pg_params_int
#define param_text duaal_pg_params_text
#define col_int    duaal_pg_int
#define col_text   duaal_pg_text

/* ------------------------------------------------------------------ */
/* Helpers                                                             */

/* The first column of the one row @sql gives for @id; *@found FALSE
 * when there is none. */
static gboolean
query_id (Store       *self,
          const char  *sql,
          gint64       id,
          gint64      *value,
          gboolean    *found,
          GError     **error)
{
  DuaalPgParams p = { 0 };
  int rc;

  param_int (&p, id);
  rc = duaal_pg_store_query_int64 (self, sql, &p, value, error);
  if (rc < 0)
    return FALSE;
  *found = rc > 0;
  return TRUE;
}

/* The competence codes of row @id of @sql (a context or scenario), in
 * the qualification's order.  (transfer full) */
static GStrv
load_competences (Store       *self,
                  const char  *sql,
                  gint64       id,
                  GError     **error)
{
  DuaalPgParams p = { 0 };
  g_autoptr(PGresult) result = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  param_int (&p, id);
  result = duaal_pg_store_exec (self, sql, &p, error);
  if (result == NULL)
    return NULL;
  for (int r = 0; r < PQntuples (result); r++)
    g_strv_builder_add (builder, col_text (result, r, 0));
  return g_strv_builder_end (builder);
}

static gboolean
insert_competences (Store               *self,
                    const char          *sql,
                    gint64               id,
                    const char * const  *competences,
                    GError             **error)
{
  for (guint i = 0; competences[i] != NULL; i++)
    {
      DuaalPgParams p = { 0 };

      param_int (&p, id);
      param_text (&p, competences[i]);
      if (!duaal_pg_store_exec_done (self, sql, &p, error))
        return FALSE;
    }
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Contexts                                                            */

/* Only competences the qualification still has: a re-import that
 * removed one (allowed while nobody scored) leaves no stale id behind. */
#define CONTEXT_COMPETENCES_SELECT \
  "SELECT x.competence_code FROM context_competence x JOIN context k ON k.id = x.context_id" \
  " JOIN competence c ON c.qualification_id = k.qualification_id AND c.code = x.competence_code" \
  " WHERE x.context_id = $1 ORDER BY c.position"
#define CONTEXT_COMPETENCE_INSERT \
  "INSERT INTO context_competence (context_id, competence_code) VALUES ($1, $2) ON CONFLICT DO NOTHING"

/* The learning line of qualification @qualification_id.  (transfer full) */
static GPtrArray *
load_contexts (Store   *self,
               gint64   qualification_id,
               GError **error)
{
  DuaalPgParams p = { 0 };
  g_autoptr(PGresult) result = NULL;
  g_autoptr(GPtrArray) contexts = g_ptr_array_new_with_free_func (g_object_unref);

  param_int (&p, qualification_id);
  result = duaal_pg_store_exec (self, "SELECT id, position, title, activities FROM context"
                                      " WHERE qualification_id = $1 ORDER BY position", &p, error);
  if (result == NULL)
    return NULL;
  for (int r = 0; r < PQntuples (result); r++)
    {
      gint64 id = col_int (result, r, 0);
      g_auto(GStrv) competences = load_competences (self, CONTEXT_COMPETENCES_SELECT, id, error);

      if (competences == NULL)
        return NULL;
      g_ptr_array_add (contexts, duaal_context_new (id, (guint) col_int (result, r, 1), col_text (result, r, 2),
                                                    col_text (result, r, 3), (const char * const *) competences));
    }
  return g_steal_pointer (&contexts);
}

typedef struct {
  const char  *code;
  guint        version;
  GPtrArray   *result;
} ListQuery;

static gboolean
list_contexts_txn (Store    *self,
                   gpointer  data,
                   GError  **error)
{
  ListQuery *query = data;
  gint64 qualification_id = find_qualification (self, query->code, query->version, error);

  g_clear_pointer (&query->result, g_ptr_array_unref);
  if (qualification_id == 0)
    return FALSE;
  query->result = load_contexts (self, qualification_id, error);
  return query->result != NULL;
}

/* What @func lists of qualification @code, in one consistent read. */
static GPtrArray *
read_list (DuaalStore      *store,
           DuaalPgTxnFunc   func,
           const char      *code,
           guint            version,
           GError         **error)
{
  ListQuery query = { code, version, NULL };

  if (!duaal_pg_store_run_read (DUAAL_PG_STORE (store), func, &query, error))
    {
      g_clear_pointer (&query.result, g_ptr_array_unref);
      return NULL;
    }
  return query.result;
}

static GPtrArray *
list_contexts (DuaalStore  *store,
               const char  *code,
               guint        version,
               GError     **error)
{
  return read_list (store, list_contexts_txn, code, version, error);
}

static gboolean
count_contexts (Store   *self,
                gint64   qualification_id,
                gint64  *n,
                GError **error)
{
  gboolean found;

  return query_id (self, "SELECT count(*) FROM context WHERE qualification_id = $1",
                   qualification_id, n, &found, error);
}

/* Inserts a context whose texts and competences are checked, at
 * @position (0 or past the end: appended).  Returns its id. */
static gint64
insert_context (Store               *self,
                gint64               qualification_id,
                const char          *title,
                const char          *activities,
                const char * const  *competences,
                guint                position,
                GError             **error)
{
  DuaalPgParams p = { 0 };
  gint64 n = 0;
  gint64 id = 0;

  if (!count_contexts (self, qualification_id, &n, error))
    return 0;
  position = duaal_practice_rules_insert_position (position, n);
  if (!exec_ids (self, "UPDATE context SET position = position + 1"
                       " WHERE qualification_id = $1 AND position >= $2",
                 2, qualification_id, position, 0, error))
    return 0;

  param_int (&p, qualification_id);
  param_int (&p, position);
  param_text (&p, title);
  param_text (&p, activities);
  if (duaal_pg_store_query_int64 (self, "INSERT INTO context (qualification_id, position, title, activities)"
                                        " VALUES ($1, $2, $3, $4) RETURNING id", &p, &id, error) != 1)
    return 0;
  if (!insert_competences (self, CONTEXT_COMPETENCE_INSERT, id, competences, error))
    return 0;
  return id;
}

typedef struct {
  const char         *code;
  guint               version;
  gint64              id;        /* the context, or 0 for a new one */
  const char         *title;
  const char         *activities;
  const char * const *competences;
  guint               position;
  gint64              result;
} ContextWrite;

/* Title and activities cleaned, competences checked and ordered. */
static gboolean
clean_context (Store         *self,
               gint64         qualification_id,
               ContextWrite  *write,
               char         **title,
               char         **activities,
               GStrv         *competences,
               GError       **error)
{
  return duaal_practice_rules_clean_context (write->title, write->activities, write->competences,
                                             duaal_pg_data_competence_position, self, qualification_id,
                                             title, activities, competences, error);
}

static gboolean
add_context_txn (Store    *self,
                 gpointer  data,
                 GError  **error)
{
  ContextWrite *write = data;
  gint64 qualification_id = find_qualification (self, write->code, write->version, error);
  g_autofree char *title = NULL;
  g_autofree char *activities = NULL;
  g_auto(GStrv) competences = NULL;

  if (qualification_id == 0
      || !clean_context (self, qualification_id, write, &title, &activities, &competences, error))
    return FALSE;
  write->result = insert_context (self, qualification_id, title, activities,
                                  (const char * const *) competences, write->position, error);
  return write->result != 0;
}

static gint64
add_context (DuaalStore          *store,
             const char          *code,
             guint                version,
             const char          *title,
             const char          *activities,
             const char * const  *competences,
             guint                position,
             GError             **error)
{
  ContextWrite write = { code, version, 0, title, activities, competences, position, 0 };

  if (!duaal_pg_store_run_write (DUAAL_PG_STORE (store), add_context_txn, &write, error))
    return 0;
  return write.result;
}

/* The qualification and position of context @id. */
static gboolean
find_context (Store   *self,
              gint64   id,
              gint64  *qualification_id,
              gint64  *position,
              GError **error)
{
  DuaalPgParams p = { 0 };
  g_autoptr(PGresult) result = NULL;

  param_int (&p, id);
  result = duaal_pg_store_exec (self, "SELECT qualification_id, position FROM context WHERE id = $1", &p, error);
  if (result == NULL)
    return FALSE;
  if (PQntuples (result) == 0)
    return duaal_practice_rules_not_found (error, DUAAL_PRACTICE_CONTEXT, id);
  *qualification_id = col_int (result, 0, 0);
  if (position != NULL)
    *position = col_int (result, 0, 1);
  return TRUE;
}

static gboolean
update_context_txn (Store    *self,
                    gpointer  data,
                    GError  **error)
{
  ContextWrite *write = data;
  DuaalPgParams p = { 0 };
  g_autofree char *title = NULL;
  g_autofree char *activities = NULL;
  g_auto(GStrv) competences = NULL;
  gint64 qualification_id = 0;

  if (!find_context (self, write->id, &qualification_id, NULL, error)
      || !clean_context (self, qualification_id, write, &title, &activities, &competences, error))
    return FALSE;
  param_int (&p, write->id);
  param_text (&p, title);
  param_text (&p, activities);
  return duaal_pg_store_exec_done (self, "UPDATE context SET title = $2, activities = $3 WHERE id = $1", &p, error)
      && exec_ids (self, "DELETE FROM context_competence WHERE context_id = $1", 1, write->id, 0, 0, error)
      && insert_competences (self, CONTEXT_COMPETENCE_INSERT, write->id,
                             (const char * const *) competences, error);
}

static gboolean
update_context (DuaalStore          *store,
                gint64               context_id,
                const char          *title,
                const char          *activities,
                const char * const  *competences,
                GError             **error)
{
  ContextWrite write = { NULL, 0, context_id, title, activities, competences, 0, 0 };

  return duaal_pg_store_run_write (DUAAL_PG_STORE (store), update_context_txn, &write, error);
}

static gboolean
move_context_txn (Store    *self,
                  gpointer  data,
                  GError  **error)
{
  ContextWrite *write = data;
  gint64 qualification_id = 0, from = 0, n = 0, to = 0;

  if (!find_context (self, write->id, &qualification_id, &from, error)
      || !count_contexts (self, qualification_id, &n, error))
    return FALSE;
  to = duaal_practice_rules_move_position (write->position, n);
  if (to == from)
    return TRUE;
  /* The contexts between the two places shift by one towards the gap. */
  if (!exec_ids (self, to < from
                       ? "UPDATE context SET position = position + 1"
                         " WHERE qualification_id = $1 AND position >= $2 AND position < $3"
                       : "UPDATE context SET position = position - 1"
                         " WHERE qualification_id = $1 AND position <= $2 AND position > $3",
                 3, qualification_id, to, from, error))
    return FALSE;
  return exec_ids (self, "UPDATE context SET position = $2 WHERE id = $1", 2, write->id, to, 0, error);
}

static gboolean
move_context (DuaalStore  *store,
              gint64       context_id,
              guint        position,
              GError     **error)
{
  ContextWrite write = { .id = context_id, .position = MAX (position, 1) };

  return duaal_pg_store_run_write (DUAAL_PG_STORE (store), move_context_txn, &write, error);
}

static gboolean
delete_context_txn (Store    *self,
                    gpointer  data,
                    GError  **error)
{
  ContextWrite *write = data;
  gint64 qualification_id = 0, position = 0;

  return find_context (self, write->id, &qualification_id, &position, error)
      && exec_ids (self, "DELETE FROM context WHERE id = $1", 1, write->id, 0, 0, error)
      && exec_ids (self, "UPDATE context SET position = position - 1"
                         " WHERE qualification_id = $1 AND position > $2",
                   2, qualification_id, position, 0, error);
}

static gboolean
delete_context (DuaalStore  *store,
                gint64       context_id,
                GError     **error)
{
  ContextWrite write = { .id = context_id };

  return duaal_pg_store_run_write (DUAAL_PG_STORE (store), delete_context_txn, &write, error);
}

static gboolean
storage_count (gpointer   backend,
               gint64     qualification_id,
               gint64    *n,
               GError   **error)
{
  return count_contexts (backend, qualification_id, n, error);
}

static gint64
storage_insert (gpointer       backend,
                gint64         qualification_id,
                DuaalContext  *context,
                GError       **error)
{
  return insert_context (backend, qualification_id, duaal_context_get_title (context),
                         duaal_context_get_activities (context), duaal_context_get_competences (context),
                         0, error);
}

static const DuaalContextStorage context_storage = {
  .find = duaal_pg_data_find_qualification,
  .count = storage_count,
  .insert = storage_insert,
};

gboolean
duaal_pg_contexts_import (DuaalPgStore        *self,
                          DuaalQualification  *qualification,
                          GError             **error)
{
  return duaal_practice_rules_import_contexts (&context_storage, self, qualification, error);
}

/* ------------------------------------------------------------------ */
/* Companies and learners                                              */

typedef struct {
  gint64          owner;       /* company, learner or group */
  gint64          context_id;
  GArray         *ids;         /* in: contexts to offer; out: the list read */
  gboolean        done;
  DuaalPlanSource source;
  guint           n_learners;
} IdsQuery;

static GArray *
read_ids (Store       *self,
          const char  *sql,
          gint64       owner,
          GError     **error)
{
  DuaalPgParams p = { 0 };
  g_autoptr(PGresult) result = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  param_int (&p, owner);
  result = duaal_pg_store_exec (self, sql, &p, error);
  if (result == NULL)
    return NULL;
  for (int r = 0; r < PQntuples (result); r++)
    {
      gint64 id = col_int (result, r, 0);
      g_array_append_val (ids, id);
    }
  return g_steal_pointer (&ids);
}

#define COMPANY_CONTEXTS_SELECT \
  "SELECT o.context_id FROM company_context o JOIN context k ON k.id = o.context_id" \
  " WHERE o.company_id = $1 ORDER BY k.qualification_id, k.position"

static gboolean
set_company_contexts_txn (Store    *self,
                          gpointer  data,
                          GError  **error)
{
  IdsQuery *query = data;

  if (!duaal_pg_data_require_company (self, query->owner, error)
      || !exec_ids (self, "DELETE FROM company_context WHERE company_id = $1", 1, query->owner, 0, 0, error))
    return FALSE;
  for (guint i = 0; i < query->ids->len; i++)
    {
      gint64 context_id = g_array_index (query->ids, gint64, i);
      gint64 qualification_id = 0;

      if (!find_context (self, context_id, &qualification_id, NULL, error)
          || !exec_ids (self, "INSERT INTO company_context (company_id, context_id) VALUES ($1, $2)"
                              " ON CONFLICT DO NOTHING", 2, query->owner, context_id, 0, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
set_company_contexts (DuaalStore  *store,
                      gint64       company_id,
                      GArray      *context_ids,
                      GError     **error)
{
  IdsQuery query = { .owner = company_id, .ids = context_ids };

  g_return_val_if_fail (context_ids != NULL, FALSE);
  return duaal_pg_store_run_write (DUAAL_PG_STORE (store), set_company_contexts_txn, &query, error);
}

static gboolean
list_company_contexts_txn (Store    *self,
                           gpointer  data,
                           GError  **error)
{
  IdsQuery *query = data;

  g_clear_pointer (&query->ids, g_array_unref);
  if (!duaal_pg_data_require_company (self, query->owner, error))
    return FALSE;
  query->ids = read_ids (self, COMPANY_CONTEXTS_SELECT, query->owner, error);
  return query->ids != NULL;
}

/* The ids @func reads for @owner in one consistent read. */
static GArray *
read_ids_of (DuaalStore      *store,
             DuaalPgTxnFunc   func,
             gint64           owner,
             GError         **error)
{
  IdsQuery query = { .owner = owner };

  if (!duaal_pg_store_run_read (DUAAL_PG_STORE (store), func, &query, error))
    {
      g_clear_pointer (&query.ids, g_array_unref);
      return NULL;
    }
  return query.ids;
}

static GArray *
list_company_contexts (DuaalStore  *store,
                       gint64       company_id,
                       GError     **error)
{
  return read_ids_of (store, list_company_contexts_txn, company_id, error);
}

static gboolean
set_context_done_txn (Store    *self,
                      gpointer  data,
                      GError  **error)
{
  IdsQuery *query = data;
  gint64 learner_qualification_id = 0, context_qualification_id = 0;

  if (!duaal_pg_data_require_learner (self, query->owner, NULL, &learner_qualification_id, error)
      || !find_context (self, query->context_id, &context_qualification_id, NULL, error))
    return FALSE;
  if (!duaal_practice_rules_check_on_line (learner_qualification_id, context_qualification_id, query->context_id,
                                           error))
    return FALSE;
  if (!query->done)
    return exec_ids (self, "DELETE FROM context_done WHERE learner_id = $1 AND context_id = $2",
                     2, query->owner, query->context_id, 0, error);
  return exec_ids (self, "INSERT INTO context_done (learner_id, context_id, done_at) VALUES ($1, $2, $3)"
                         " ON CONFLICT DO NOTHING",
                   3, query->owner, query->context_id, g_get_real_time (), error);
}

static gboolean
set_context_done (DuaalStore  *store,
                  gint64       learner_id,
                  gint64       context_id,
                  gboolean     done,
                  GError     **error)
{
  IdsQuery query = { .owner = learner_id, .context_id = context_id, .done = done };

  return duaal_pg_store_run_write (DUAAL_PG_STORE (store), set_context_done_txn, &query, error);
}

static gboolean
list_contexts_done_txn (Store    *self,
                        gpointer  data,
                        GError  **error)
{
  IdsQuery *query = data;
  gint64 qualification_id = 0;

  g_clear_pointer (&query->ids, g_array_unref);
  if (!duaal_pg_data_require_learner (self, query->owner, NULL, &qualification_id, error))
    return FALSE;
  query->ids = read_ids (self, "SELECT d.context_id FROM context_done d JOIN context k ON k.id = d.context_id"
                               " WHERE d.learner_id = $1 ORDER BY k.position", query->owner, error);
  return query->ids != NULL;
}

static GArray *
list_contexts_done (DuaalStore  *store,
                    gint64       learner_id,
                    GError     **error)
{
  return read_ids_of (store, list_contexts_done_txn, learner_id, error);
}

#define PLAN_INSERT \
  "INSERT INTO plan (learner_id, competence_code) VALUES ($1, $2) ON CONFLICT DO NOTHING"

/* One learner's plan made again from their company's contexts, by the
 * core's rule (duaal_learning_line_offered_competences()). */
static gboolean
plan_from_contexts (Store      *self,
                    gint64      learner_id,
                    gint64      company_id,
                    GPtrArray  *contexts,
                    GError    **error)
{
  g_autoptr(GArray) offered = read_ids (self, COMPANY_CONTEXTS_SELECT, company_id, error);
  g_auto(GStrv) competences = NULL;

  if (offered == NULL)
    return FALSE;
  competences = duaal_learning_line_offered_competences (contexts, offered);
  return insert_competences (self, PLAN_INSERT, learner_id, (const char * const *) competences, error);
}

static gboolean
reset_plans_txn (Store    *self,
                 gpointer  data,
                 GError  **error)
{
  IdsQuery *query = data;
  DuaalPgParams p = { 0 };
  g_autoptr(PGresult) learners = NULL;
  g_autoptr(GPtrArray) contexts = NULL;
  gint64 qualification_id = 0;

  query->n_learners = 0;
  if (!duaal_pg_data_require_group (self, query->owner, &qualification_id, error))
    return FALSE;
  contexts = load_contexts (self, qualification_id, error);
  if (contexts == NULL)
    return FALSE;
  param_int (&p, query->owner);
  learners = duaal_pg_store_exec (self, "SELECT id, coalesce (company_id, 0) FROM learner WHERE group_id = $1"
                                        " ORDER BY id", &p, error);
  if (learners == NULL)
    return FALSE;
  for (int r = 0; r < PQntuples (learners); r++)
    {
      gint64 learner_id = col_int (learners, r, 0);
      gint64 company_id = col_int (learners, r, 1);

      if (!exec_ids (self, "DELETE FROM plan WHERE learner_id = $1", 1, learner_id, 0, 0, error))
        return FALSE;
      if (query->source == DUAAL_PLAN_FROM_CONTEXTS
          ? !plan_from_contexts (self, learner_id, company_id, contexts, error)
          : !exec_ids (self, "INSERT INTO plan (learner_id, competence_code)"
                             " SELECT $1, a.competence_code FROM company_activity a WHERE a.company_id = $2"
                             " AND EXISTS (SELECT 1 FROM competence c"
                             "  WHERE c.qualification_id = $3 AND c.code = a.competence_code)"
                             " ON CONFLICT DO NOTHING",
                       3, learner_id, company_id, qualification_id, error))
        return FALSE;
      query->n_learners++;
    }
  return TRUE;
}

static gboolean
reset_plans (DuaalStore       *store,
             gint64            group_id,
             DuaalPlanSource   source,
             guint            *n_learners,
             GError          **error)
{
  IdsQuery query = { .owner = group_id, .source = source };

  if (!duaal_pg_store_run_write (DUAAL_PG_STORE (store), reset_plans_txn, &query, error))
    return FALSE;
  if (n_learners != NULL)
    *n_learners = query.n_learners;
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Lesson scenarios                                                    */

#define SCENARIO_COMPETENCES_SELECT \
  "SELECT x.competence_code FROM scenario_competence x JOIN scenario s ON s.id = x.scenario_id" \
  " JOIN competence c ON c.qualification_id = s.qualification_id AND c.code = x.competence_code" \
  " WHERE x.scenario_id = $1 ORDER BY c.position"
#define SCENARIO_COMPETENCE_INSERT \
  "INSERT INTO scenario_competence (scenario_id, competence_code) VALUES ($1, $2) ON CONFLICT DO NOTHING"

typedef struct {
  const char               *code;
  guint                     version;
  gint64                    id;
  const DuaalScenarioTexts *texts;
  const char * const       *competences;
  gint64                    result;
} ScenarioWrite;

/* Inserts (@write->id 0) or updates a scenario; checks first. */
static gboolean
write_scenario (Store          *self,
                ScenarioWrite  *write,
                gint64          qualification_id,
                GError        **error)
{
  g_auto(DuaalScenarioTexts) clean = { 0 };
  g_auto(GStrv) competences = NULL;
  DuaalPgParams p = { 0 };
  gint64 id = 0;

  if (!duaal_practice_rules_clean_scenario (write->texts, write->competences, duaal_pg_data_competence_position,
                                            self, qualification_id, &clean, &competences, error))
    return FALSE;
  param_int (&p, write->id == 0 ? qualification_id : write->id);
  param_text (&p, clean.title);
  param_text (&p, clean.template_name);
  param_text (&p, clean.objectives);
  param_text (&p, clean.course);
  param_int (&p, clean.sessions);
  if (duaal_pg_store_query_int64 (self, write->id == 0
                                  ? "INSERT INTO scenario (qualification_id, title, template, objectives, course,"
                                    " sessions) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id"
                                  : "UPDATE scenario SET title = $2, template = $3, objectives = $4, course = $5,"
                                    " sessions = $6 WHERE id = $1 RETURNING id", &p, &id, error) != 1)
    {
      /* no row: the scenario went out of sight between the check and here */
      if (error == NULL || *error == NULL)
        duaal_practice_rules_not_found (error, DUAAL_PRACTICE_SCENARIO, write->id);
      return FALSE;
    }
  write->result = id;
  return exec_ids (self, "DELETE FROM scenario_competence WHERE scenario_id = $1", 1, write->result, 0, 0, error)
      && insert_competences (self, SCENARIO_COMPETENCE_INSERT, write->result,
                             (const char * const *) competences, error);
}

static gboolean
add_scenario_txn (Store    *self,
                  gpointer  data,
                  GError  **error)
{
  ScenarioWrite *write = data;
  gint64 qualification_id = find_qualification (self, write->code, write->version, error);

  return qualification_id != 0 && write_scenario (self, write, qualification_id, error);
}

static gint64
add_scenario (DuaalStore                *store,
              const char                *code,
              guint                      version,
              const DuaalScenarioTexts  *texts,
              const char * const        *competences,
              GError                   **error)
{
  ScenarioWrite write = { code, version, 0, texts, competences, 0 };

  g_return_val_if_fail (texts != NULL, 0);
  if (!duaal_pg_store_run_write (DUAAL_PG_STORE (store), add_scenario_txn, &write, error))
    return 0;
  return write.result;
}

static gboolean
find_scenario (Store   *self,
               gint64   id,
               gint64  *qualification_id,
               GError **error)
{
  gboolean found = FALSE;

  if (!query_id (self, "SELECT qualification_id FROM scenario WHERE id = $1", id,
                 qualification_id, &found, error))
    return FALSE;
  return found || duaal_practice_rules_not_found (error, DUAAL_PRACTICE_SCENARIO, id);
}

static gboolean
update_scenario_txn (Store    *self,
                     gpointer  data,
                     GError  **error)
{
  ScenarioWrite *write = data;
  gint64 qualification_id = 0;

  return find_scenario (self, write->id, &qualification_id, error)
      && write_scenario (self, write, qualification_id, error);
}

static gboolean
update_scenario (DuaalStore                *store,
                 gint64                     scenario_id,
                 const DuaalScenarioTexts  *texts,
                 const char * const        *competences,
                 GError                   **error)
{
  ScenarioWrite write = { NULL, 0, scenario_id, texts, competences, 0 };

  g_return_val_if_fail (texts != NULL, FALSE);
  return duaal_pg_store_run_write (DUAAL_PG_STORE (store), update_scenario_txn, &write, error);
}

static gboolean
delete_scenario_txn (Store    *self,
                     gpointer  data,
                     GError  **error)
{
  ScenarioWrite *write = data;
  gint64 qualification_id = 0;

  return find_scenario (self, write->id, &qualification_id, error)
      && exec_ids (self, "DELETE FROM scenario WHERE id = $1", 1, write->id, 0, 0, error);
}

static gboolean
delete_scenario (DuaalStore  *store,
                 gint64       scenario_id,
                 GError     **error)
{
  ScenarioWrite write = { .id = scenario_id };

  return duaal_pg_store_run_write (DUAAL_PG_STORE (store), delete_scenario_txn, &write, error);
}

static gboolean
list_scenarios_txn (Store    *self,
                    gpointer  data,
                    GError  **error)
{
  ListQuery *query = data;
  DuaalPgParams p = { 0 };
  g_autoptr(PGresult) result = NULL;
  g_autoptr(GPtrArray) scenarios = g_ptr_array_new_with_free_func (g_object_unref);
  gint64 qualification_id = find_qualification (self, query->code, query->version, error);

  g_clear_pointer (&query->result, g_ptr_array_unref);
  if (qualification_id == 0)
    return FALSE;
  param_int (&p, qualification_id);
  result = duaal_pg_store_exec (self, "SELECT id, title, template, objectives, course, sessions FROM scenario"
                                      " WHERE qualification_id = $1 ORDER BY id", &p, error);
  if (result == NULL)
    return FALSE;
  for (int r = 0; r < PQntuples (result); r++)
    {
      gint64 id = col_int (result, r, 0);
      g_auto(GStrv) competences = load_competences (self, SCENARIO_COMPETENCES_SELECT, id, error);
      DuaalScenarioTexts texts = {
        .title = col_text (result, r, 1),
        .template_name = col_text (result, r, 2),
        .objectives = col_text (result, r, 3),
        .course = col_text (result, r, 4),
        .sessions = (guint) col_int (result, r, 5),
      };

      if (competences == NULL)
        return FALSE;
      g_ptr_array_add (scenarios, duaal_scenario_new (id, &texts, (const char * const *) competences));
    }
  query->result = g_steal_pointer (&scenarios);
  return TRUE;
}

static GPtrArray *
list_scenarios (DuaalStore  *store,
                const char  *code,
                guint        version,
                GError     **error)
{
  return read_list (store, list_scenarios_txn, code, version, error);
}

void
duaal_pg_contexts_iface_init (DuaalStoreInterface *iface)
{
  iface->list_contexts = list_contexts;
  iface->add_context = add_context;
  iface->update_context = update_context;
  iface->move_context = move_context;
  iface->delete_context = delete_context;
  iface->set_company_contexts = set_company_contexts;
  iface->list_company_contexts = list_company_contexts;
  iface->set_context_done = set_context_done;
  iface->list_contexts_done = list_contexts_done;
  iface->reset_plans = reset_plans;
  iface->add_scenario = add_scenario;
  iface->update_scenario = update_scenario;
  iface->delete_scenario = delete_scenario;
  iface->list_scenarios = list_scenarios;
}
