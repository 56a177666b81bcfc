/* duaal-evaluation-report.c: SPEC 15's lists for a class group, from a store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "duaal-evaluation-report.h"

guint
duaal_evaluation_last_closed_period (DuaalStore  *store,
                                     gint64       group_id,
                                     GError     **error)
{
  g_autoptr(GPtrArray) periods = duaal_store_list_periods (store, group_id, error);
  guint last = 0;

  if (periods == NULL)
    return 0;
  for (guint i = 0; i < periods->len; i++)
    {
      DuaalPeriod *period = g_ptr_array_index (periods, i);

      if (duaal_period_is_closed (period))
        last = MAX (last, duaal_period_get_number (period));
    }
  return last;
}

/* learner id -> the DuaalWorkplaceResult of @period, pointing into @results */
static GHashTable *
results_of_period (GPtrArray *results,
                   guint      period)
{
  GHashTable *table = g_hash_table_new (g_int64_hash, g_int64_equal);

  for (guint i = 0; i < results->len; i++)
    {
      DuaalWorkplaceResult *result = g_ptr_array_index (results, i);

      if (result->period == period)
        g_hash_table_insert (table, &result->learner_id, result);
    }
  return table;
}

static GHashTable *
load_plans (DuaalStore  *store,
            GPtrArray   *learners,
            GError     **error)
{
  g_autoptr(GHashTable) plans = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                       (GDestroyNotify) g_strfreev);

  for (guint i = 0; i < learners->len; i++)
    {
      gint64 *id = g_new (gint64, 1);
      GStrv plan;

      *id = duaal_learner_get_id (g_ptr_array_index (learners, i));
      plan = duaal_store_get_plan (store, *id, error);
      if (plan == NULL)
        {
          g_free (id);
          return NULL;
        }
      g_hash_table_insert (plans, id, plan);
    }
  return g_steal_pointer (&plans);
}

/* Every workplace result of the group and the group's pass mark. */
static GPtrArray *
load_results (DuaalStore  *store,
              gint64       group_id,
              guint       *pass_mark,
              GError     **error)
{
  g_autoptr(GPtrArray) results = duaal_store_list_workplace_results (store, group_id, error);

  if (results == NULL)
    return NULL;
  *pass_mark = duaal_store_get_pass_mark (store, group_id, error);
  if (*pass_mark == 0)
    return NULL;
  return g_steal_pointer (&results);
}

GPtrArray *
duaal_evaluation_list_warnings (DuaalStore  *store,
                                gint64       group_id,
                                GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(DuaalStatus) status = NULL;
  g_autoptr(GHashTable) plans = NULL;
  g_autoptr(GHashTable) trainer_scored = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GHashTable) period_results = NULL;
  DuaalWarningInput input = { 0 };
  guint period = duaal_evaluation_last_closed_period (store, group_id, &local_error);

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (period == 0)
    return g_ptr_array_new_with_free_func ((GDestroyNotify) duaal_warning_free);

  status = duaal_store_load_group_status (store, group_id, period, error);
  if (status == NULL)
    return NULL;
  plans = load_plans (store, duaal_status_get_learners (status), error);
  if (plans == NULL)
    return NULL;
  trainer_scored = duaal_store_list_trainer_scored (store, group_id, period, error);
  if (trainer_scored == NULL)
    return NULL;
  results = load_results (store, group_id, &input.pass_mark, error);
  if (results == NULL)
    return NULL;

  period_results = results_of_period (results, period);
  input.status = status;
  input.plans = plans;
  input.trainer_scored = trainer_scored;
  input.results = period_results;
  return duaal_warnings_collect (&input);
}

static guint
last_period_with_result (GPtrArray *results)
{
  guint last = 0;

  for (guint i = 0; i < results->len; i++)
    last = MAX (last, ((DuaalWorkplaceResult *) g_ptr_array_index (results, i))->period);
  return last;
}

GPtrArray *
duaal_evaluation_list_deliberation (DuaalStore  *store,
                                    gint64       group_id,
                                    guint        period,
                                    guint       *period_out,
                                    GError     **error)
{
  guint pass_mark;
  g_autoptr(GPtrArray) results = load_results (store, group_id, &pass_mark, error);
  GPtrArray *list;

  if (results == NULL)
    return NULL;
  if (period == 0)
    period = last_period_with_result (results);
  if (period_out != NULL)
    *period_out = period;

  /* The results come in period order, then learner order. */
  list = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < results->len; i++)
    {
      DuaalWorkplaceResult *result = g_ptr_array_index (results, i);
      DuaalVerdict verdict = duaal_verdict_for_result (result->tenths, pass_mark);
      DuaalDeliberation *entry;

      if (result->period != period || verdict == DUAAL_VERDICT_SUFFICIENT)
        continue;
      entry = g_new (DuaalDeliberation, 1);
      entry->learner_id = result->learner_id;
      entry->period = result->period;
      entry->tenths = result->tenths;
      entry->verdict = verdict;
      g_ptr_array_add (list, entry);
    }
  return list;
}

GHashTable *
duaal_evaluation_cannot_qualify (DuaalStore  *store,
                                 gint64       group_id,
                                 GError     **error)
{
  guint pass_mark;
  g_autoptr(GPtrArray) results = load_results (store, group_id, &pass_mark, error);
  GHashTable *learners;

  if (results == NULL)
    return NULL;
  learners = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < results->len; i++)
    {
      DuaalWorkplaceResult *result = g_ptr_array_index (results, i);

      if (duaal_verdict_for_result (result->tenths, pass_mark) == DUAAL_VERDICT_CANNOT_QUALIFY)
        g_hash_table_add (learners, g_memdup2 (&result->learner_id, sizeof (gint64)));
    }
  return learners;
}

void
duaal_evaluation_training_start (GPtrArray *periods,
                                 GDate     *start)
{
  g_date_clear (start, 1);
  for (guint i = 0; i < periods->len; i++)
    {
      const GDate *starts_on = duaal_period_get_starts_on (g_ptr_array_index (periods, i));

      if (starts_on != NULL && g_date_valid (starts_on)
          && (!g_date_valid (start) || g_date_compare (starts_on, start) < 0))
        *start = *starts_on;
    }
}

GPtrArray *
duaal_evaluation_list_visit_status (DuaalStore   *store,
                                    gint64        group_id,
                                    const GDate  *today,
                                    GError      **error)
{
  g_autoptr(GPtrArray) learners = duaal_store_list_learners (store, group_id, error);
  g_autoptr(GPtrArray) periods = NULL;
  g_autoptr(GPtrArray) visits = NULL;
  g_autoptr(GArray) days = g_array_new (FALSE, FALSE, sizeof (GDate));
  GPtrArray *list;
  GDate start;

  if (learners == NULL)
    return NULL;
  periods = duaal_store_list_periods (store, group_id, error);
  if (periods == NULL)
    return NULL;
  visits = duaal_store_list_visits (store, group_id, error);
  if (visits == NULL)
    return NULL;
  duaal_evaluation_training_start (periods, &start);

  list = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < learners->len; i++)
    {
      DuaalLearnerVisits *entry = g_new0 (DuaalLearnerVisits, 1);

      entry->learner_id = duaal_learner_get_id (g_ptr_array_index (learners, i));
      g_array_set_size (days, 0);
      for (guint v = 0; v < visits->len; v++)
        {
          DuaalVisit *visit = g_ptr_array_index (visits, v);

          if (visit->learner_id == entry->learner_id)
            g_array_append_val (days, visit->day);
        }
      duaal_visits_assess (g_date_valid (&start) ? &start : NULL, (const GDate *) days->data, days->len,
                           today, &entry->status);
      g_ptr_array_add (list, entry);
    }
  return list;
}

void
duaal_evaluation_today (GDate *today)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_date_clear (today, 1);
  g_date_set_dmy (today, (GDateDay) g_date_time_get_day_of_month (now),
                  (GDateMonth) g_date_time_get_month (now), (GDateYear) g_date_time_get_year (now));
}

void
duaal_evaluation_grid_free (DuaalEvaluationGrid *grid)
{
  if (grid == NULL)
    return;
  g_clear_pointer (&grid->learners, g_ptr_array_unref);
  g_clear_pointer (&grid->units, g_ptr_array_unref);
  g_clear_pointer (&grid->assessed, g_ptr_array_unref);
  g_clear_pointer (&grid->without_choice, g_array_unref);
  g_clear_pointer (&grid->choices, g_hash_table_unref);
  g_free (grid);
}

gboolean
duaal_evaluation_grid_has (DuaalEvaluationGrid *grid,
                           gint64               learner_id,
                           const char          *unit_code)
{
  GPtrArray *codes = g_hash_table_lookup (grid->choices, &learner_id);

  if (codes == NULL)
    return FALSE;
  for (guint i = 0; i < codes->len; i++)
    if (g_str_equal (g_ptr_array_index (codes, i), unit_code))
      return TRUE;
  return FALSE;
}

/* Fills @grid->assessed and @grid->without_choice from the choices. */
static void
grid_sort_choices (DuaalEvaluationGrid *grid)
{
  grid->assessed = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  for (guint u = 0; u < grid->units->len; u++)
    g_ptr_array_add (grid->assessed, g_array_new (FALSE, FALSE, sizeof (gint64)));
  grid->without_choice = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint l = 0; l < grid->learners->len; l++)
    {
      gint64 id = duaal_learner_get_id (g_ptr_array_index (grid->learners, l));

      if (!g_hash_table_contains (grid->choices, &id))
        {
          g_array_append_val (grid->without_choice, id);
          continue;
        }
      for (guint u = 0; u < grid->units->len; u++)
        if (duaal_evaluation_grid_has (grid, id,
                                       duaal_training_unit_get_code (g_ptr_array_index (grid->units, u))))
          g_array_append_val (g_ptr_array_index (grid->assessed, u), id);
    }
}

DuaalEvaluationGrid *
duaal_evaluation_grid_load (DuaalStore  *store,
                            gint64       group_id,
                            guint        period,
                            GError     **error)
{
  g_autoptr(DuaalEvaluationGrid) grid = g_new0 (DuaalEvaluationGrid, 1);
  g_autoptr(DuaalClassGroup) group = duaal_store_get_group (store, group_id, error);

  if (group == NULL)
    return NULL;
  grid->period = period;
  grid->choices = duaal_store_list_unit_choices (store, group_id, period, error);
  if (grid->choices == NULL)
    return NULL;
  grid->learners = duaal_store_list_learners (store, group_id, error);
  if (grid->learners == NULL)
    return NULL;
  grid->units = duaal_store_list_training_units (store, duaal_class_group_get_qualification_code (group),
                                                 duaal_class_group_get_qualification_version (group), error);
  if (grid->units == NULL)
    return NULL;
  grid_sort_choices (grid);
  return g_steal_pointer (&grid);
}

static DuaalLearnerEvaluation *
summary_of (GHashTable *summary,
            gint64      learner_id)
{
  DuaalLearnerEvaluation *entry = g_hash_table_lookup (summary, &learner_id);

  if (entry == NULL)
    {
      entry = g_new0 (DuaalLearnerEvaluation, 1);
      g_hash_table_insert (summary, g_memdup2 (&learner_id, sizeof learner_id), entry);
    }
  return entry;
}

GHashTable *
duaal_evaluation_summarize (DuaalStore   *store,
                            gint64        group_id,
                            const GDate  *today,
                            GError      **error)
{
  g_autoptr(GHashTable) summary = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr(GHashTable) cannot = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GPtrArray) visits = NULL;
  GHashTableIter iter;
  gpointer key;

  visits = duaal_evaluation_list_visit_status (store, group_id, today, error);
  if (visits == NULL)
    return NULL;
  warnings = duaal_evaluation_list_warnings (store, group_id, error);
  if (warnings == NULL)
    return NULL;
  cannot = duaal_evaluation_cannot_qualify (store, group_id, error);
  if (cannot == NULL)
    return NULL;

  for (guint i = 0; i < visits->len; i++)
    {
      DuaalLearnerVisits *entry = g_ptr_array_index (visits, i);

      summary_of (summary, entry->learner_id)->visit_overdue = entry->status.overdue;
    }
  for (guint i = 0; i < warnings->len; i++)
    summary_of (summary, ((DuaalWarning *) g_ptr_array_index (warnings, i))->learner_id)->n_warnings++;
  g_hash_table_iter_init (&iter, cannot);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    summary_of (summary, *(gint64 *) key)->cannot_qualify = TRUE;
  return g_steal_pointer (&summary);
}
