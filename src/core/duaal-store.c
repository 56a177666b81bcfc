/* duaal-store.c: the DuaalStore interface and its public wrappers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"


#include "duaal-error.h"
#include "duaal-store-private.h"
#include "duaal-store-rules.h"

G_DEFINE_INTERFACE (DuaalStore, duaal_store, G_TYPE_OBJECT)

enum { CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
duaal_store_default_init (DuaalStoreInterface *iface)
{
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_INTERFACE (iface), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1,
                                   DUAAL_TYPE_CHANGE | G_SIGNAL_TYPE_STATIC_SCOPE);
}

void
duaal_store_watch (DuaalStore *self)
{
  DuaalStoreInterface *iface;

  g_return_if_fail (DUAAL_IS_STORE (self));
  iface = DUAAL_STORE_GET_IFACE (self);
  if (iface->watch != NULL)
    iface->watch (self);
}

void
duaal_store_emit_changed (DuaalStore        *self,
                          const DuaalChange *change)
{
  g_return_if_fail (DUAAL_IS_STORE (self));
  g_return_if_fail (change != NULL);
  g_signal_emit (self, signals[CHANGED], 0, change);
}

const char *
duaal_import_status_to_string (DuaalImportStatus status)
{
  switch (status)
    {
    case DUAAL_IMPORT_IMPORTED: return "imported";
    case DUAAL_IMPORT_UNCHANGED: return "unchanged";
    case DUAAL_IMPORT_UPDATED: return "updated";
    default: g_return_val_if_reached (NULL);
    }
}

/* Every wrapper checks its store and dispatches; a backend that lacks a
 * member is a programming error, not something a coach can fix. */
#define DISPATCH(member, fail, ...)                                      \
  G_STMT_START {                                                         \
    DuaalStoreInterface *iface;                                          \
    g_return_val_if_fail (DUAAL_IS_STORE (self), fail);                  \
    g_return_val_if_fail (error == NULL || *error == NULL, fail);        \
    iface = DUAAL_STORE_GET_IFACE (self);                                \
    g_return_val_if_fail (iface->member != NULL, fail);                  \
    return iface->member (self, __VA_ARGS__);                            \
  } G_STMT_END

gboolean
duaal_store_import_qualification (DuaalStore *self, DuaalQualification *qualification,
                                  DuaalImportStatus *status, GError **error)
{
  g_return_val_if_fail (DUAAL_IS_QUALIFICATION (qualification), FALSE);
  DISPATCH (import_qualification, FALSE, qualification, status, error);
}

GPtrArray *
duaal_store_list_qualifications (DuaalStore *self, GError **error)
{
  DISPATCH (list_qualifications, NULL, error);
}

DuaalQualification *
duaal_store_get_qualification (DuaalStore *self, const char *code, guint version, GError **error)
{
  g_return_val_if_fail (code != NULL, NULL);
  DISPATCH (get_qualification, NULL, code, version, error);
}

gint64
duaal_store_add_group (DuaalStore *self, const char *name, const char *code, guint version,
                       GError **error)
{
  g_return_val_if_fail (name != NULL, 0);
  g_return_val_if_fail (code != NULL, 0);
  DISPATCH (add_group, 0, name, code, version, NULL, error);
}

static gint64
add_group_with_setup (DuaalStore *self, const char *name, const char *code, guint version,
                      const DuaalGroupSetup *setup, GError **error)
{
  DISPATCH (add_group, 0, name, code, version, setup, error);
}

gint64
duaal_store_add_group_with (DuaalStore *self, const char *name, const char *code, guint version,
                            const char * const *teachers, const DuaalPeriodInput *periods, guint n_periods,
                            GError **error)
{
  g_autoptr(DuaalGroupSetup) setup = NULL;

  g_return_val_if_fail (name != NULL, 0);
  g_return_val_if_fail (code != NULL, 0);
  g_return_val_if_fail (periods != NULL || n_periods == 0, 0);
  if ((setup = duaal_group_setup_new (teachers, periods, n_periods, error)) == NULL)
    return 0;
  return add_group_with_setup (self, name, code, version, setup, error);
}

gboolean
duaal_store_rename_group (DuaalStore *self, gint64 group_id, const char *name, GError **error)
{
  g_return_val_if_fail (name != NULL, FALSE);
  DISPATCH (rename_group, FALSE, group_id, name, error);
}

gboolean
duaal_store_delete_group (DuaalStore *self, gint64 group_id, GError **error)
{
  DISPATCH (delete_group, FALSE, group_id, error);
}

GPtrArray *
duaal_store_list_groups (DuaalStore *self, GError **error)
{
  DISPATCH (list_groups, NULL, error);
}

DuaalClassGroup *
duaal_store_get_group (DuaalStore *self, gint64 group_id, GError **error)
{
  DISPATCH (get_group, NULL, group_id, error);
}

gint64
duaal_store_add_teacher (DuaalStore *self, gint64 group_id, const char *name, GError **error)
{
  g_return_val_if_fail (name != NULL, 0);
  DISPATCH (add_teacher, 0, group_id, name, error);
}

GPtrArray *
duaal_store_list_teachers (DuaalStore *self, gint64 group_id, GError **error)
{
  DISPATCH (list_teachers, NULL, group_id, error);
}

gint64
duaal_store_add_company (DuaalStore *self, const char *name, const char * const *activities,
                         GError **error)
{
  g_return_val_if_fail (name != NULL, 0);
  DISPATCH (add_company, 0, name, activities, error);
}

gboolean
duaal_store_set_company_activities (DuaalStore *self, gint64 company_id,
                                    const char * const *activities, GError **error)
{
  DISPATCH (set_company_activities, FALSE, company_id, activities, error);
}

GPtrArray *
duaal_store_list_companies (DuaalStore *self, GError **error)
{
  DISPATCH (list_companies, NULL, error);
}

DuaalCompany *
duaal_store_get_company (DuaalStore *self, gint64 company_id, GError **error)
{
  DISPATCH (get_company, NULL, company_id, error);
}

GPtrArray *
duaal_store_list_trainers (DuaalStore *self, gint64 company_id, GError **error)
{
  DISPATCH (list_trainers, NULL, company_id, error);
}

gint64
duaal_store_add_learner (DuaalStore *self, gint64 group_id, const char *name, gint64 company_id,
                         const char *trainer_name, GError **error)
{
  g_return_val_if_fail (name != NULL, 0);
  DISPATCH (add_learner, 0, group_id, name, company_id, trainer_name, error);
}

gboolean
duaal_store_update_learner (DuaalStore *self, gint64 learner_id, const char *name,
                            gint64 company_id, const char *trainer_name, GError **error)
{
  g_return_val_if_fail (name != NULL, FALSE);
  DISPATCH (update_learner, FALSE, learner_id, name, company_id, trainer_name, error);
}

gboolean
duaal_store_delete_learner (DuaalStore *self, gint64 learner_id, GError **error)
{
  DISPATCH (delete_learner, FALSE, learner_id, error);
}

GPtrArray *
duaal_store_list_learners (DuaalStore *self, gint64 group_id, GError **error)
{
  DISPATCH (list_learners, NULL, group_id, error);
}

DuaalLearner *
duaal_store_get_learner (DuaalStore *self, gint64 learner_id, GError **error)
{
  DISPATCH (get_learner, NULL, learner_id, error);
}

guint
duaal_store_count_learner_scores (DuaalStore *self, gint64 learner_id, GError **error)
{
  DISPATCH (count_learner_scores, 0, learner_id, error);
}

gboolean
duaal_store_import_class (DuaalStore *self, gint64 group_id, const DuaalClassRow *rows,
                          guint n_rows, DuaalClassImportResult *result, GError **error)
{
  g_return_val_if_fail (rows != NULL || n_rows == 0, FALSE);
  DISPATCH (import_class, FALSE, group_id, rows, n_rows, result, error);
}

gboolean
duaal_store_set_plan_cell (DuaalStore *self, gint64 learner_id, const char *competence_id,
                           gboolean planned, GError **error)
{
  g_return_val_if_fail (competence_id != NULL, FALSE);
  DISPATCH (set_plan_cell, FALSE, learner_id, competence_id, planned, error);
}

GStrv
duaal_store_get_plan (DuaalStore *self, gint64 learner_id, GError **error)
{
  DISPATCH (get_plan, NULL, learner_id, error);
}

gint64
duaal_store_record_change (DuaalStore *self, gint64 learner_id, const char *indicator_id,
                           DuaalActor actor, const DuaalScoreChange *change, const char *source,
                           GError **error)
{
  g_return_val_if_fail (indicator_id != NULL, 0);
  g_return_val_if_fail (actor < DUAAL_N_ACTORS, 0);
  g_return_val_if_fail (change != NULL, 0);
  DISPATCH (record_change, 0, learner_id, indicator_id, actor, change, source, error);
}

gint64
duaal_store_undo_score (DuaalStore *self, gint64 log_id, DuaalScoreFields *restored,
                        DuaalScoreFields *kept, GError **error)
{
  DISPATCH (undo_score, 0, log_id, restored, kept, error);
}

gboolean
duaal_store_record_changes (DuaalStore *self, const DuaalScoreInput *changes, guint n_changes,
                            const char *source, GError **error)
{
  g_return_val_if_fail (changes != NULL || n_changes == 0, FALSE);
  DISPATCH (record_changes, FALSE, changes, n_changes, source, error);
}

GPtrArray *
duaal_store_score_history (DuaalStore *self, gint64 learner_id, const char *indicator_id,
                           GError **error)
{
  DISPATCH (score_history, NULL, learner_id, indicator_id, error);
}

GPtrArray *
duaal_store_list_periods (DuaalStore *self, gint64 group_id, GError **error)
{
  DISPATCH (list_periods, NULL, group_id, error);
}

guint
duaal_store_close_period (DuaalStore *self, gint64 group_id, GError **error)
{
  DISPATCH (close_period, 0, group_id, error);
}

gboolean
duaal_store_update_period (DuaalStore *self, gint64 group_id, guint number, const char *name,
                           const GDate *starts_on, const GDate *ends_on, GError **error)
{
  DISPATCH (update_period, FALSE, group_id, number, name, starts_on, ends_on, error);
}

DuaalKeptPlan *
duaal_store_load_session_plan (DuaalStore *self, gint64 group_id, GError **error)
{
  DISPATCH (load_session_plan, NULL, group_id, error);
}

gboolean
duaal_store_save_session_plan (DuaalStore *self, gint64 group_id, guint max_groups,
                               GHashTable *durations, const char *plan_csv, GError **error)
{
  DISPATCH (save_session_plan, FALSE, group_id, max_groups, durations, plan_csv, error);
}

gboolean
duaal_store_set_session_day (DuaalStore *self, gint64 group_id, guint session, const GDate *day,
                             GError **error)
{
  DISPATCH (set_session_day, FALSE, group_id, session, day, error);
}

DuaalStatus *
duaal_store_load_learner_status (DuaalStore *self, gint64 learner_id, guint period, GError **error)
{
  DISPATCH (load_learner_status, NULL, learner_id, period, error);
}

DuaalStatus *
duaal_store_load_group_status (DuaalStore *self, gint64 group_id, guint period, GError **error)
{
  DISPATCH (load_group_status, NULL, group_id, period, error);
}

GPtrArray *
duaal_store_list_attention (DuaalStore *self, gint64 group_id, GError **error)
{
  DISPATCH (list_attention, NULL, group_id, error);
}

guint
duaal_store_count_attention (DuaalStore *self, gint64 group_id, GError **error)
{
  DISPATCH (count_attention, 0, group_id, error);
}

/* CCV contexts, learning line, lesson scenarios (SPEC section 14) */

GPtrArray *
duaal_store_list_contexts (DuaalStore *self, const char *code, guint version, GError **error)
{
  DISPATCH (list_contexts, NULL, code, version, error);
}

gint64
duaal_store_add_context (DuaalStore *self, const char *code, guint version, const char *title,
                         const char *activities, const char * const *competences, guint position,
                         GError **error)
{
  DISPATCH (add_context, 0, code, version, title, activities, competences, position, error);
}

gboolean
duaal_store_update_context (DuaalStore *self, gint64 context_id, const char *title,
                            const char *activities, const char * const *competences, GError **error)
{
  DISPATCH (update_context, FALSE, context_id, title, activities, competences, error);
}

gboolean
duaal_store_move_context (DuaalStore *self, gint64 context_id, guint position, GError **error)
{
  DISPATCH (move_context, FALSE, context_id, position, error);
}

gboolean
duaal_store_delete_context (DuaalStore *self, gint64 context_id, GError **error)
{
  DISPATCH (delete_context, FALSE, context_id, error);
}

gboolean
duaal_store_set_company_contexts (DuaalStore *self, gint64 company_id, GArray *context_ids,
                                  GError **error)
{
  DISPATCH (set_company_contexts, FALSE, company_id, context_ids, error);
}

GArray *
duaal_store_list_company_contexts (DuaalStore *self, gint64 company_id, GError **error)
{
  DISPATCH (list_company_contexts, NULL, company_id, error);
}

gboolean
duaal_store_set_context_done (DuaalStore *self, gint64 learner_id, gint64 context_id, gboolean done,
                              GError **error)
{
  DISPATCH (set_context_done, FALSE, learner_id, context_id, done, error);
}

GArray *
duaal_store_list_contexts_done (DuaalStore *self, gint64 learner_id, GError **error)
{
  DISPATCH (list_contexts_done, NULL, learner_id, error);
}

gboolean
duaal_store_reset_plans (DuaalStore *self, gint64 group_id, DuaalPlanSource source, guint *n_learners,
                         GError **error)
{
  DISPATCH (reset_plans, FALSE, group_id, source, n_learners, error);
}

gint64
duaal_store_add_scenario (DuaalStore *self, const char *code, guint version,
                          const DuaalScenarioTexts *texts, const char * const *competences,
                          GError **error)
{
  DISPATCH (add_scenario, 0, code, version, texts, competences, error);
}

gboolean
duaal_store_update_scenario (DuaalStore *self, gint64 scenario_id, const DuaalScenarioTexts *texts,
                             const char * const *competences, GError **error)
{
  DISPATCH (update_scenario, FALSE, scenario_id, texts, competences, error);
}

gboolean
duaal_store_delete_scenario (DuaalStore *self, gint64 scenario_id, GError **error)
{
  DISPATCH (delete_scenario, FALSE, scenario_id, error);
}

GPtrArray *
duaal_store_list_scenarios (DuaalStore *self, const char *code, guint version, GError **error)
{
  DISPATCH (list_scenarios, NULL, code, version, error);
}

/* Training units, flexible evaluation, workplace results, visits (SPEC 15) */

gboolean
duaal_store_add_training_unit (DuaalStore *self, const char *code, guint version,
                               DuaalTrainingUnit *unit, GError **error)
{
  DISPATCH (add_training_unit, FALSE, code, version, unit, error);
}

GPtrArray *
duaal_store_list_training_units (DuaalStore *self, const char *code, guint version, GError **error)
{
  DISPATCH (list_training_units, NULL, code, version, error);
}

gboolean
duaal_store_choose_units (DuaalStore *self, gint64 learner_id, guint period,
                          const char * const *units, const GDate *today, GError **error)
{
  DISPATCH (choose_units, FALSE, learner_id, period, units, today, error);
}

GHashTable *
duaal_store_list_unit_choices (DuaalStore *self, gint64 group_id, guint period, GError **error)
{
  DISPATCH (list_unit_choices, NULL, group_id, period, error);
}

gboolean
duaal_store_set_workplace_result (DuaalStore *self, gint64 learner_id, guint period, guint tenths,
                                  GError **error)
{
  DISPATCH (set_workplace_result, FALSE, learner_id, period, tenths, error);
}

GPtrArray *
duaal_store_list_workplace_results (DuaalStore *self, gint64 group_id, GError **error)
{
  DISPATCH (list_workplace_results, NULL, group_id, error);
}

gboolean
duaal_store_set_pass_mark (DuaalStore *self, gint64 group_id, guint tenths, GError **error)
{
  DISPATCH (set_pass_mark, FALSE, group_id, tenths, error);
}

guint
duaal_store_get_pass_mark (DuaalStore *self, gint64 group_id, GError **error)
{
  DISPATCH (get_pass_mark, 0, group_id, error);
}

GHashTable *
duaal_store_list_trainer_scored (DuaalStore *self, gint64 group_id, guint period, GError **error)
{
  DISPATCH (list_trainer_scored, NULL, group_id, period, error);
}

gint64
duaal_store_add_visit (DuaalStore *self, gint64 learner_id, const GDate *day, const char *notes,
                       GError **error)
{
  DISPATCH (add_visit, 0, learner_id, day, notes, error);
}

GPtrArray *
duaal_store_list_visits (DuaalStore *self, gint64 group_id, GError **error)
{
  DISPATCH (list_visits, NULL, group_id, error);
}

/* Team database (SPEC 13) */

DuaalUser *
duaal_store_whoami (DuaalStore *self, GError **error)
{
  DISPATCH (whoami, NULL, error);
}

DuaalUser *
duaal_store_add_user (DuaalStore *self, const char *login, DuaalViewer role, gint64 person_id,
                      const char *password, GError **error)
{
  g_return_val_if_fail (login != NULL, NULL);
  g_return_val_if_fail (role <= DUAAL_VIEWER_COACH, NULL);
  DISPATCH (add_user, NULL, login, role, person_id, password, error);
}

GPtrArray *
duaal_store_list_users (DuaalStore *self, GError **error)
{
  DISPATCH (list_users, NULL, error);
}

gint64
duaal_store_add_team_teacher (DuaalStore *self, const char *name, const gint64 *group_ids,
                              guint n_group_ids, GError **error)
{
  g_return_val_if_fail (name != NULL, 0);
  g_return_val_if_fail (group_ids != NULL || n_group_ids == 0, 0);
  DISPATCH (add_team_teacher, 0, name, group_ids, n_group_ids, error);
}

GPtrArray *
duaal_store_list_team_teachers (DuaalStore *self, GError **error)
{
  DISPATCH (list_team_teachers, NULL, error);
}

GPtrArray *
duaal_store_list_team_trainers (DuaalStore *self, gint64 group_id, GError **error)
{
  DISPATCH (list_team_trainers, NULL, group_id, error);
}
