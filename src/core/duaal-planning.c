/* duaal-planning.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "duaal-csv.h"
#include "duaal-error.h"
#include "duaal-planning.h"
#include "duaal-rules.h"

/* ---- loading -------------------------------------------------------- */

/* One training plan per learner of @status, in its order. */
static GPtrArray *
load_plans (DuaalStore   *store,
            DuaalStatus  *status,
            GError      **error)
{
  GPtrArray *learners = duaal_status_get_learners (status);
  g_autoptr(GPtrArray) plans = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  for (guint l = 0; l < learners->len; l++)
    {
      gint64 id = duaal_learner_get_id (g_ptr_array_index (learners, l));
      GStrv plan = duaal_store_get_plan (store, id, error);

      if (plan == NULL)
        return NULL;
      g_ptr_array_add (plans, plan);
    }
  return g_steal_pointer (&plans);
}

static gboolean *
teacher_acquired_from_status (DuaalStatus   *status,
                              DuaalOverview *overview)
{
  guint n_learners = duaal_overview_get_n_learners (overview);
  guint n_competences = duaal_overview_get_n_competences (overview);
  gboolean *acquired = g_new0 (gboolean, MAX (1, n_learners * n_competences));

  for (guint l = 0; l < n_learners; l++)
    for (guint c = 0; c < n_competences; c++)
      {
        DuaalColour colour = duaal_status_get_colour (status,
                                                      duaal_overview_get_learner_id (overview, l),
                                                      duaal_overview_get_competence_id (overview, c),
                                                      DUAAL_ACTOR_TEACHER);
        acquired[l * n_competences + c] = duaal_colour_is_acquired (colour);
      }
  return acquired;
}

DuaalOverview *
duaal_planning_load (DuaalStore  *store,
                     gint64       group_id,
                     gboolean   **teacher_acquired,
                     GError     **error)
{
  g_autoptr(DuaalStatus) status = NULL;
  g_autoptr(GPtrArray) plans = NULL;
  DuaalOverview *overview;

  g_return_val_if_fail (DUAAL_IS_STORE (store), NULL);

  status = duaal_store_load_group_status (store, group_id, 0, error);
  if (status == NULL)
    return NULL;
  plans = load_plans (store, status, error);
  if (plans == NULL)
    return NULL;

  overview = duaal_overview_new_from_status (status, plans);
  if (teacher_acquired != NULL)
    *teacher_acquired = teacher_acquired_from_status (status, overview);
  return overview;
}

DuaalOverview *
duaal_planning_load_overview (DuaalStore  *store,
                              gint64       group_id,
                              GError     **error)
{
  return duaal_planning_load (store, group_id, NULL, error);
}

DuaalOverview *
duaal_planning_sort_by_priority (DuaalOverview     *overview,
                                 DuaalOverviewMode  mode)
{
  g_autoptr(GArray) order = NULL;
  g_autofree DuaalOverviewCompetence *competences = NULL;
  g_autofree DuaalOverviewLearner *learners = NULL;
  g_autofree gboolean *planned = NULL;
  g_autofree gboolean *actual = NULL;
  guint n_competences, n_learners;

  g_return_val_if_fail (DUAAL_IS_OVERVIEW (overview), NULL);

  n_competences = duaal_overview_get_n_competences (overview);
  n_learners = duaal_overview_get_n_learners (overview);
  order = duaal_overview_get_priority_order (overview, mode);
  competences = g_new0 (DuaalOverviewCompetence, MAX (1, n_competences));
  learners = g_new0 (DuaalOverviewLearner, MAX (1, n_learners));
  planned = g_new0 (gboolean, MAX (1, n_competences * n_learners));
  actual = g_new0 (gboolean, MAX (1, n_competences * n_learners));

  for (guint l = 0; l < n_learners; l++)
    {
      learners[l].id = duaal_overview_get_learner_id (overview, l);
      learners[l].name = duaal_overview_get_learner_name (overview, l);
      learners[l].company = duaal_overview_get_learner_company (overview, l);
    }
  for (guint row = 0; row < n_competences; row++)
    {
      guint c = g_array_index (order, guint, row);

      competences[row].id = duaal_overview_get_competence_id (overview, c);
      competences[row].title = duaal_overview_get_competence_title (overview, c);
      for (guint l = 0; l < n_learners; l++)
        {
          planned[l * n_competences + row] = duaal_overview_get_planned (overview, l, c);
          actual[l * n_competences + row] = duaal_overview_get_actual (overview, l, c);
        }
    }
  return duaal_overview_new (competences, n_competences, learners, n_learners, planned, actual);
}

DuaalSessionPlan *
duaal_planning_plan_sessions (DuaalStore      *store,
                              gint64           group_id,
                              GHashTable      *durations,
                              guint            max_groups,
                              DuaalOverview  **overview_out,
                              GError         **error)
{
  g_autoptr(DuaalOverview) overview = NULL;
  DuaalSessionPlan *plan;
  g_autofree gboolean *acquired = NULL;
  g_autofree guint *per_competence = NULL;
  GHashTableIter iter;
  gpointer key, value;
  guint n_competences;

  overview = duaal_planning_load (store, group_id, &acquired, error);
  if (overview == NULL)
    return NULL;

  n_competences = duaal_overview_get_n_competences (overview);
  per_competence = g_new (guint, MAX (1, n_competences));
  for (guint c = 0; c < n_competences; c++)
    per_competence[c] = 1;
  if (durations != NULL)
    {
      g_hash_table_iter_init (&iter, durations);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          int c = duaal_overview_find_competence (overview, key);

          if (c < 0)
            {
              g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND,
                           _("Competence %s is not part of the qualification of this class group."),
                           (const char *) key);
              return NULL;
            }
          per_competence[c] = GPOINTER_TO_UINT (value);
        }
    }
  plan = duaal_session_plan_new_from_overview (overview, acquired, per_competence, max_groups, error);
  if (plan != NULL && overview_out != NULL)
    *overview_out = g_steal_pointer (&overview);
  return plan;
}

GPtrArray *
duaal_planning_load_scenarios (DuaalStore  *store,
                               gint64       group_id,
                               GError     **error)
{
  g_autoptr(DuaalClassGroup) group = duaal_store_get_group (store, group_id, error);

  if (group == NULL)
    return NULL;
  return duaal_store_list_scenarios (store, duaal_class_group_get_qualification_code (group),
                                     duaal_class_group_get_qualification_version (group), error);
}

DuaalSessionPlan *
duaal_planning_plan_with_scenarios (DuaalStore      *store,
                                    gint64           group_id,
                                    GHashTable      *durations,
                                    GHashTable      *choices,
                                    guint            max_groups,
                                    DuaalOverview  **overview,
                                    GError         **error)
{
  g_autoptr(GPtrArray) scenarios = duaal_planning_load_scenarios (store, group_id, error);
  g_autoptr(GHashTable) merged = NULL;
  DuaalSessionPlan *plan;

  if (scenarios == NULL)
    return NULL;
  merged = duaal_session_durations_with_scenarios (durations, scenarios, choices);
  plan = duaal_planning_plan_sessions (store, group_id, merged, max_groups, overview, error);
  if (plan != NULL)
    duaal_session_plan_set_scenarios (plan, scenarios, choices);
  return plan;
}

/* ---- activity import ------------------------------------------------ */

static const char * const activity_columns[] = { "company", "competence", NULL };

/* Competence ids a file may name: the group's qualification, or every
 * qualification in the store when @group_id is 0. */
static GHashTable *
load_known_competences (DuaalStore  *store,
                        gint64       group_id,
                        GError     **error)
{
  g_autoptr(GHashTable) known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) qualifications = g_ptr_array_new_with_free_func (g_object_unref);

  if (group_id != 0)
    {
      g_autoptr(DuaalClassGroup) group = duaal_store_get_group (store, group_id, error);
      DuaalQualification *qualification;

      if (group == NULL)
        return NULL;
      qualification = duaal_store_get_qualification (store,
                                                     duaal_class_group_get_qualification_code (group),
                                                     duaal_class_group_get_qualification_version (group),
                                                     error);
      if (qualification == NULL)
        return NULL;
      g_ptr_array_add (qualifications, qualification);
    }
  else
    {
      g_autoptr(GPtrArray) listed = duaal_store_list_qualifications (store, error);

      if (listed == NULL)
        return NULL;
      /* The list may hold summaries: fetch each whole. */
      for (guint i = 0; i < listed->len; i++)
        {
          DuaalQualification *summary = g_ptr_array_index (listed, i);
          DuaalQualification *qualification =
            duaal_store_get_qualification (store, duaal_qualification_get_code (summary),
                                           duaal_qualification_get_version (summary), error);
          if (qualification == NULL)
            return NULL;
          g_ptr_array_add (qualifications, qualification);
        }
    }

  for (guint q = 0; q < qualifications->len; q++)
    {
      GPtrArray *competences = duaal_qualification_get_competences (g_ptr_array_index (qualifications, q));

      for (guint c = 0; c < competences->len; c++)
        g_hash_table_add (known, g_strdup (duaal_competence_get_id (g_ptr_array_index (competences, c))));
    }
  return g_steal_pointer (&known);
}

/* The company named @name: exactly, else the only one equal ignoring
 * case.  (transfer none) (nullable) */
static DuaalCompany *
find_company (GPtrArray  *companies,
              const char *name)
{
  g_autofree char *folded = g_utf8_casefold (name, -1);
  DuaalCompany *by_case = NULL;
  guint n_by_case = 0;

  for (guint i = 0; i < companies->len; i++)
    {
      DuaalCompany *company = g_ptr_array_index (companies, i);
      g_autofree char *other = NULL;

      if (g_strcmp0 (duaal_company_get_name (company), name) == 0)
        return company;
      other = g_utf8_casefold (duaal_company_get_name (company), -1);
      if (g_strcmp0 (other, folded) == 0)
        {
          by_case = company;
          n_by_case++;
        }
    }
  return n_by_case == 1 ? by_case : NULL;
}

/* One company's new list, as read from the file. */
typedef struct {
  DuaalCompany *company;     /* (transfer none) */
  GPtrArray    *activities;  /* (element-type utf8) NULL-terminated when done */
} CompanyActivities;

static void
company_activities_free (CompanyActivities *entry)
{
  g_ptr_array_unref (entry->activities);
  g_free (entry);
}

static gboolean
ptr_array_has_string (GPtrArray  *array,
                      const char *value)
{
  for (guint i = 0; i < array->len; i++)
    if (g_strcmp0 (g_ptr_array_index (array, i), value) == 0)
      return TRUE;
  return FALSE;
}

/* Checks every row; returns the new lists in file order of first
 * mention, or NULL with @error naming the first bad line. */
static GPtrArray *
read_activity_rows (DuaalCsv    *csv,
                    GPtrArray   *companies,
                    GHashTable  *known,
                    guint       *n_activities,
                    GError     **error)
{
  g_autoptr(GPtrArray) lists = g_ptr_array_new_with_free_func ((GDestroyNotify) company_activities_free);
  g_autoptr(GHashTable) by_company = g_hash_table_new (g_direct_hash, g_direct_equal);

  *n_activities = 0;
  for (guint row = 0; row < duaal_csv_get_n_rows (csv); row++)
    {
      const char *name = duaal_csv_get_value (csv, row, "company");
      const char *competence = duaal_csv_get_value (csv, row, "competence");
      DuaalCompany *company;
      CompanyActivities *entry;

      if (*name == '\0' || *competence == '\0')
        {
          g_propagate_error (error, duaal_csv_new_row_error (csv, row,
            _("every row needs a company and a competence id")));
          return NULL;
        }
      company = find_company (companies, name);
      if (company == NULL)
        {
          g_propagate_error (error, duaal_csv_new_row_error (csv, row,
            _("there is no company named “%s” (add it first, or import the class list)"), name));
          return NULL;
        }
      if (!g_hash_table_contains (known, competence))
        {
          g_propagate_error (error, duaal_csv_new_row_error (csv, row,
            _("“%s” is not a competence of the qualification"), competence));
          return NULL;
        }

      entry = g_hash_table_lookup (by_company, company);
      if (entry == NULL)
        {
          entry = g_new0 (CompanyActivities, 1);
          entry->company = company;
          entry->activities = g_ptr_array_new_with_free_func (g_free);
          g_hash_table_insert (by_company, company, entry);
          g_ptr_array_add (lists, entry);
        }
      if (!ptr_array_has_string (entry->activities, competence))
        {
          g_ptr_array_add (entry->activities, g_strdup (competence));
          (*n_activities)++;
        }
    }
  for (guint i = 0; i < lists->len; i++)
    g_ptr_array_add (((CompanyActivities *) g_ptr_array_index (lists, i))->activities, NULL);
  return g_steal_pointer (&lists);
}

static gboolean
same_activities (const char * const *old_list,
                 const char * const *new_list)
{
  guint i;

  for (i = 0; old_list[i] != NULL && new_list[i] != NULL; i++)
    if (g_strcmp0 (old_list[i], new_list[i]) != 0)
      return FALSE;
  return old_list[i] == NULL && new_list[i] == NULL;
}

/* The store has no transaction spanning several companies: everything
 * is checked before the first write, and should a write still fail
 * (disk full, ...), the lists already written are put back. */
static gboolean
write_activity_lists (DuaalStore  *store,
                      GPtrArray   *lists,
                      guint       *n_changed,
                      GError     **error)
{
  guint written = 0;

  *n_changed = 0;
  for (; written < lists->len; written++)
    {
      CompanyActivities *entry = g_ptr_array_index (lists, written);
      const char * const *new_list = (const char * const *) entry->activities->pdata;

      if (same_activities (duaal_company_get_activities (entry->company), new_list))
        continue;
      if (!duaal_store_set_company_activities (store, duaal_company_get_id (entry->company),
                                               new_list, error))
        break;
      (*n_changed)++;
    }
  if (written == lists->len)
    return TRUE;

  for (guint i = 0; i < written; i++)
    {
      CompanyActivities *entry = g_ptr_array_index (lists, i);

      duaal_store_set_company_activities (store, duaal_company_get_id (entry->company),
                                          duaal_company_get_activities (entry->company), NULL);
    }
  *n_changed = 0;
  return FALSE;
}

static gboolean
import_activities (DuaalStore                 *store,
                   DuaalCsv                   *csv,
                   gint64                      group_id,
                   DuaalActivityImportResult  *result,
                   GError                    **error)
{
  g_autoptr(GHashTable) known = NULL;
  g_autoptr(GPtrArray) companies = NULL;
  g_autoptr(GPtrArray) lists = NULL;
  DuaalActivityImportResult done = { 0 };

  known = load_known_competences (store, group_id, error);
  if (known == NULL)
    return FALSE;
  companies = duaal_store_list_companies (store, error);
  if (companies == NULL)
    return FALSE;
  lists = read_activity_rows (csv, companies, known, &done.activities, error);
  if (lists == NULL)
    return FALSE;
  done.companies = lists->len;
  if (!write_activity_lists (store, lists, &done.companies_changed, error))
    return FALSE;
  if (result != NULL)
    *result = done;
  return TRUE;
}

gboolean
duaal_planning_import_activities (DuaalStore                 *store,
                                  const char                 *display_name,
                                  GBytes                     *bytes,
                                  gint64                      group_id,
                                  DuaalActivityImportResult  *result,
                                  GError                    **error)
{
  g_autoptr(DuaalCsv) csv = NULL;

  g_return_val_if_fail (DUAAL_IS_STORE (store), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);

  csv = duaal_csv_parse (display_name, bytes, activity_columns, error);
  if (csv == NULL)
    return FALSE;
  return import_activities (store, csv, group_id, result, error);
}

gboolean
duaal_planning_import_activities_file (DuaalStore                 *store,
                                       const char                 *path,
                                       gint64                      group_id,
                                       DuaalActivityImportResult  *result,
                                       GError                    **error)
{
  g_autoptr(DuaalCsv) csv = NULL;

  g_return_val_if_fail (DUAAL_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  csv = duaal_csv_parse_file (path, activity_columns, error);
  if (csv == NULL)
    return FALSE;
  return import_activities (store, csv, group_id, result, error);
}

/* ---- plans from activity lists ------------------------------------- */

typedef struct {
  gint64      learner_id;
  const char *competence_id;  /* (transfer none): the overview's */
  gboolean    planned;        /* the new value */
} PlanChange;

/* The cells where @learner's plan differs from its company's list. */
static void
collect_plan_changes (DuaalOverview *overview,
                      guint          learner,
                      DuaalCompany  *company,
                      GArray        *changes)
{
  for (guint c = 0; c < duaal_overview_get_n_competences (overview); c++)
    {
      const char *id = duaal_overview_get_competence_id (overview, c);
      gboolean want = company != NULL && duaal_company_has_activity (company, id);

      if (want != duaal_overview_get_planned (overview, learner, c))
        {
          PlanChange change = { duaal_overview_get_learner_id (overview, learner), id, want };
          g_array_append_val (changes, change);
        }
    }
}

static DuaalCompany *
find_company_by_id (GPtrArray *companies,
                    gint64     company_id)
{
  for (guint i = 0; i < companies->len; i++)
    if (duaal_company_get_id (g_ptr_array_index (companies, i)) == company_id)
      return g_ptr_array_index (companies, i);
  return NULL;
}

static gboolean
apply_plan_changes (DuaalStore  *store,
                    GArray      *changes,
                    GError     **error)
{
  guint done;

  for (done = 0; done < changes->len; done++)
    {
      PlanChange *change = &g_array_index (changes, PlanChange, done);

      if (!duaal_store_set_plan_cell (store, change->learner_id, change->competence_id, change->planned, error))
        break;
    }
  if (done == changes->len)
    return TRUE;
  while (done-- > 0)
    {
      PlanChange *change = &g_array_index (changes, PlanChange, done);
      duaal_store_set_plan_cell (store, change->learner_id, change->competence_id, !change->planned, NULL);
    }
  return FALSE;
}

gboolean
duaal_planning_reset_plans (DuaalStore  *store,
                            gint64       group_id,
                            guint       *n_learners_changed,
                            GError     **error)
{
  g_autoptr(DuaalOverview) overview = NULL;
  g_autoptr(GPtrArray) learners = NULL;
  g_autoptr(GPtrArray) companies = NULL;
  g_autoptr(GArray) changes = g_array_new (FALSE, FALSE, sizeof (PlanChange));
  guint changed = 0;

  g_return_val_if_fail (DUAAL_IS_STORE (store), FALSE);

  if ((overview = duaal_planning_load_overview (store, group_id, error)) == NULL ||
      (learners = duaal_store_list_learners (store, group_id, error)) == NULL ||
      (companies = duaal_store_list_companies (store, error)) == NULL)
    return FALSE;

  for (guint l = 0; l < duaal_overview_get_n_learners (overview); l++)
    {
      gint64 company_id = 0;
      guint before = changes->len;

      for (guint i = 0; i < learners->len; i++)
        if (duaal_learner_get_id (g_ptr_array_index (learners, i)) == duaal_overview_get_learner_id (overview, l))
          company_id = duaal_learner_get_company_id (g_ptr_array_index (learners, i));
      collect_plan_changes (overview, l, find_company_by_id (companies, company_id), changes);
      changed += changes->len > before;
    }
  if (!apply_plan_changes (store, changes, error))
    return FALSE;
  if (n_learners_changed != NULL)
    *n_learners_changed = changed;
  return TRUE;
}
