/* duaal-store.h: where Duaal keeps everything
 *
 * One interface; DuaalSqliteStore (duaal-sqlite-store.h) is its first
 * backend, a PostgreSQL one will follow, so nothing outside a backend
 * knows SQL.  Every call that changes something is one transaction: it
 * either happens whole or not at all, and on error the database is as
 * it was.  Every error is a GError in DUAAL_ERROR with a message a coach
 * understands.
 *
 * Ids: groups, companies, learners, trainers and teachers by the integer
 * ids the store hands out; qualifications by (code, version), version 0
 * meaning the latest; competences and indicators by the ids of the
 * qualification file.  Periods by number within a group; period 0 means
 * "now" (the current, live scores).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "duaal-change.h"
#include "duaal-class-group.h"
#include "duaal-company.h"
#include "duaal-context.h"
#include "duaal-kept-plan.h"
#include "duaal-learner.h"
#include "duaal-period.h"
#include "duaal-qualification.h"
#include "duaal-scenario.h"
#include "duaal-score.h"
#include "duaal-status.h"
#include "duaal-teacher.h"
#include "duaal-trainer.h"
#include "duaal-training-unit.h"
#include "duaal-types.h"
#include "duaal-team-person.h"
#include "duaal-user.h"

G_BEGIN_DECLS

#define DUAAL_TYPE_STORE (duaal_store_get_type ())
G_DECLARE_INTERFACE (DuaalStore, duaal_store, DUAAL, STORE, GObject)

typedef enum {
  DUAAL_IMPORT_IMPORTED,   /* new (code, version) */
  DUAAL_IMPORT_UNCHANGED,  /* same content was already there */
  DUAAL_IMPORT_UPDATED,    /* same ids, texts changed; scores kept */
} DuaalImportStatus;

const char *duaal_import_status_to_string (DuaalImportStatus status);

/* One row of a class list (formats/csv.md). */
typedef struct {
  const char *learner;
  const char *company;
  const char *trainer;   /* (nullable) */
} DuaalClassRow;

/* One score change to record, for duaal_store_record_changes(). */
typedef struct {
  gint64            learner_id;
  const char       *indicator_id;
  DuaalActor        actor;
  DuaalScoreChange  change;
} DuaalScoreInput;

/* What is known of one period of a new class group. */
typedef struct {
  const char  *name;        /* (nullable) NULL or blank: the default name */
  const GDate *starts_on;   /* (nullable) */
  const GDate *ends_on;     /* (nullable) */
} DuaalPeriodInput;

/* A new class group's teachers and periods, checked and cleaned by the
 * core (duaal-store-rules.h) for the backend to store. */
typedef struct _DuaalGroupSetup DuaalGroupSetup;

typedef struct {
  guint learners_added;
  guint learners_present;
  guint companies_added;
  guint companies_present;
} DuaalClassImportResult;

struct _DuaalStoreInterface
{
  GTypeInterface parent_iface;

  /* qualifications */
  gboolean             (*import_qualification)   (DuaalStore *self, DuaalQualification *qualification,
                                                  DuaalImportStatus *status, GError **error);
  GPtrArray           *(*list_qualifications)    (DuaalStore *self, GError **error);
  DuaalQualification  *(*get_qualification)      (DuaalStore *self, const char *code, guint version,
                                                  GError **error);

  /* class groups; @setup (nullable): its teachers and periods, in the same transaction */
  gint64               (*add_group)              (DuaalStore *self, const char *name, const char *code,
                                                  guint version, const DuaalGroupSetup *setup,
                                                  GError **error);
  gboolean             (*rename_group)           (DuaalStore *self, gint64 group_id, const char *name,
                                                  GError **error);
  gboolean             (*delete_group)           (DuaalStore *self, gint64 group_id, GError **error);
  GPtrArray           *(*list_groups)            (DuaalStore *self, GError **error);
  DuaalClassGroup     *(*get_group)              (DuaalStore *self, gint64 group_id, GError **error);
  gint64               (*add_teacher)            (DuaalStore *self, gint64 group_id, const char *name,
                                                  GError **error);
  GPtrArray           *(*list_teachers)          (DuaalStore *self, gint64 group_id, GError **error);

  /* companies and trainers */
  gint64               (*add_company)            (DuaalStore *self, const char *name,
                                                  const char * const *activities, GError **error);
  gboolean             (*set_company_activities) (DuaalStore *self, gint64 company_id,
                                                  const char * const *activities, GError **error);
  GPtrArray           *(*list_companies)         (DuaalStore *self, GError **error);
  DuaalCompany        *(*get_company)            (DuaalStore *self, gint64 company_id, GError **error);
  GPtrArray           *(*list_trainers)          (DuaalStore *self, gint64 company_id, GError **error);

  /* learners */
  gint64               (*add_learner)            (DuaalStore *self, gint64 group_id, const char *name,
                                                  gint64 company_id, const char *trainer_name,
                                                  GError **error);
  gboolean             (*update_learner)         (DuaalStore *self, gint64 learner_id, const char *name,
                                                  gint64 company_id, const char *trainer_name,
                                                  GError **error);
  gboolean             (*delete_learner)         (DuaalStore *self, gint64 learner_id, GError **error);
  GPtrArray           *(*list_learners)          (DuaalStore *self, gint64 group_id, GError **error);
  DuaalLearner        *(*get_learner)            (DuaalStore *self, gint64 learner_id, GError **error);
  guint                (*count_learner_scores)   (DuaalStore *self, gint64 learner_id, GError **error);
  gboolean             (*import_class)           (DuaalStore *self, gint64 group_id,
                                                  const DuaalClassRow *rows, guint n_rows,
                                                  DuaalClassImportResult *result, GError **error);

  /* training plan (SPEC section 8) */
  gboolean             (*set_plan_cell)          (DuaalStore *self, gint64 learner_id,
                                                  const char *competence_id, gboolean planned,
                                                  GError **error);
  /* (element-type utf8): competence ids planned for the learner */
  GStrv                (*get_plan)               (DuaalStore *self, gint64 learner_id, GError **error);

  /* scores (SPEC section 3): every call appends to the log.  A change
   * is merged with the current value (duaal_score_change_merge()) and
   * an undo planned (duaal_score_change_plan_undo()) inside the write
   * transaction, never from a value read before it. */
  gint64               (*record_change)          (DuaalStore *self, gint64 learner_id,
                                                  const char *indicator_id, DuaalActor actor,
                                                  const DuaalScoreChange *change, const char *source,
                                                  GError **error);
  gint64               (*undo_score)             (DuaalStore *self, gint64 log_id,
                                                  DuaalScoreFields *restored, DuaalScoreFields *kept,
                                                  GError **error);
  /* Many changes in one transaction: all of them or none (imports, the benchmark). */
  gboolean             (*record_changes)         (DuaalStore *self, const DuaalScoreInput *changes,
                                                  guint n_changes, const char *source, GError **error);
  GPtrArray           *(*score_history)          (DuaalStore *self, gint64 learner_id,
                                                  const char *indicator_id, GError **error);

  /* periods (SPEC section 5) */
  GPtrArray           *(*list_periods)           (DuaalStore *self, gint64 group_id, GError **error);
  guint                (*close_period)           (DuaalStore *self, gint64 group_id, GError **error);
  /* a period's name (NULL or blank: the default) and dates (nullable) */
  gboolean             (*update_period)          (DuaalStore *self, gint64 group_id, guint number,
                                                  const char *name, const GDate *starts_on,
                                                  const GDate *ends_on, GError **error);

  /* the session planner's settings and last plan (SPEC section 9) */
  DuaalKeptPlan       *(*load_session_plan)      (DuaalStore *self, gint64 group_id, GError **error);
  /* settings and plan at once; @durations: competence id -> GUINT_TO_POINTER
   * (1-3); @plan_csv: (nullable) the plan made with them */
  gboolean             (*save_session_plan)      (DuaalStore *self, gint64 group_id, guint max_groups,
                                                  GHashTable *durations, const char *plan_csv,
                                                  GError **error);
  /* @day: (nullable) NULL takes the date away */
  gboolean             (*set_session_day)        (DuaalStore *self, gint64 group_id, guint session,
                                                  const GDate *day, GError **error);

  /* status: every score of a learner, or of a whole group, now or in a closed period */
  DuaalStatus         *(*load_learner_status)    (DuaalStore *self, gint64 learner_id, guint period,
                                                  GError **error);
  DuaalStatus         *(*load_group_status)      (DuaalStore *self, gint64 group_id, guint period,
                                                  GError **error);

  /* attention (SPEC section 7), kept up to date on every write: the
   * current items of a group's learners, in learner order (that of
   * list_learners) and within a learner in qualification order, with
   * their indicators, unsorted by severity; and how many there are,
   * group 0 meaning every group */
  GPtrArray           *(*list_attention)         (DuaalStore *self, gint64 group_id, GError **error);
  guint                (*count_attention)        (DuaalStore *self, gint64 group_id, GError **error);

  /* CCV contexts, learning line, lesson scenarios (SPEC section 14) */
  GPtrArray           *(*list_contexts)          (DuaalStore *self, const char *code, guint version,
                                                  GError **error);
  gint64               (*add_context)            (DuaalStore *self, const char *code, guint version,
                                                  const char *title, const char *activities,
                                                  const char * const *competences, guint position,
                                                  GError **error);
  gboolean             (*update_context)         (DuaalStore *self, gint64 context_id, const char *title,
                                                  const char *activities, const char * const *competences,
                                                  GError **error);
  gboolean             (*move_context)           (DuaalStore *self, gint64 context_id, guint position,
                                                  GError **error);
  gboolean             (*delete_context)         (DuaalStore *self, gint64 context_id, GError **error);
  gboolean             (*set_company_contexts)   (DuaalStore *self, gint64 company_id,
                                                  GArray *context_ids, GError **error);
  GArray              *(*list_company_contexts)  (DuaalStore *self, gint64 company_id, GError **error);
  gboolean             (*set_context_done)       (DuaalStore *self, gint64 learner_id, gint64 context_id,
                                                  gboolean done, GError **error);
  GArray              *(*list_contexts_done)     (DuaalStore *self, gint64 learner_id, GError **error);
  gboolean             (*reset_plans)            (DuaalStore *self, gint64 group_id, DuaalPlanSource source,
                                                  guint *n_learners, GError **error);
  gint64               (*add_scenario)           (DuaalStore *self, const char *code, guint version,
                                                  const DuaalScenarioTexts *texts,
                                                  const char * const *competences, GError **error);
  gboolean             (*update_scenario)        (DuaalStore *self, gint64 scenario_id,
                                                  const DuaalScenarioTexts *texts,
                                                  const char * const *competences, GError **error);
  gboolean             (*delete_scenario)        (DuaalStore *self, gint64 scenario_id, GError **error);
  GPtrArray           *(*list_scenarios)         (DuaalStore *self, const char *code, guint version,
                                                  GError **error);

  /* training units, flexible evaluation, workplace results, visits (SPEC section 15) */
  gboolean             (*add_training_unit)      (DuaalStore *self, const char *code, guint version,
                                                  DuaalTrainingUnit *unit, GError **error);
  GPtrArray           *(*list_training_units)    (DuaalStore *self, const char *code, guint version,
                                                  GError **error);
  gboolean             (*choose_units)           (DuaalStore *self, gint64 learner_id, guint period,
                                                  const char * const *units, const GDate *today,
                                                  GError **error);
  GHashTable          *(*list_unit_choices)      (DuaalStore *self, gint64 group_id, guint period,
                                                  GError **error);
  gboolean             (*set_workplace_result)   (DuaalStore *self, gint64 learner_id, guint period,
                                                  guint tenths, GError **error);
  GPtrArray           *(*list_workplace_results) (DuaalStore *self, gint64 group_id, GError **error);
  gboolean             (*set_pass_mark)          (DuaalStore *self, gint64 group_id, guint tenths,
                                                  GError **error);
  guint                (*get_pass_mark)          (DuaalStore *self, gint64 group_id, GError **error);
  GHashTable          *(*list_trainer_scored)    (DuaalStore *self, gint64 group_id, guint period,
                                                  GError **error);
  gint64               (*add_visit)              (DuaalStore *self, gint64 learner_id, const GDate *day,
                                                  const char *notes, GError **error);
  GPtrArray           *(*list_visits)            (DuaalStore *self, gint64 group_id, GError **error);

  /* team database (SPEC section 13): persons, logins, roles */
  DuaalUser           *(*whoami)                 (DuaalStore *self, GError **error);
  DuaalUser           *(*add_user)               (DuaalStore *self, const char *login, DuaalViewer role,
                                                  gint64 person_id, const char *password, GError **error);
  GPtrArray           *(*list_users)             (DuaalStore *self, GError **error);
  gint64               (*add_team_teacher)       (DuaalStore *self, const char *name,
                                                  const gint64 *group_ids, guint n_group_ids,
                                                  GError **error);
  GPtrArray           *(*list_team_teachers)     (DuaalStore *self, GError **error);
  GPtrArray           *(*list_team_trainers)     (DuaalStore *self, gint64 group_id, GError **error);

  /* change notices (SPEC section 12): start noticing writes of other
   * connections, emitting DuaalStore::changed for each */
  void                 (*watch)                  (DuaalStore *self);
};

/* Public wrappers: see the interface members above.  Returned arrays own
 * their elements (g_object_unref as free func); gint64 ids are > 0 on
 * success and 0 on error; guint period numbers are >= 1 on success. */
gboolean            duaal_store_import_qualification   (DuaalStore *self, DuaalQualification *qualification,
                                                        DuaalImportStatus *status, GError **error);
GPtrArray          *duaal_store_list_qualifications    (DuaalStore *self, GError **error);
DuaalQualification *duaal_store_get_qualification      (DuaalStore *self, const char *code, guint version,
                                                        GError **error);
gint64              duaal_store_add_group              (DuaalStore *self, const char *name, const char *code,
                                                        guint version, GError **error);
/* A new class group with its teachers (names; nullable) and what is
 * known of its periods (@periods[i] is period i + 1; an entry with
 * neither name nor dates keeps the default), in one transaction:
 * nothing is stored when anything is refused. */
gint64              duaal_store_add_group_with         (DuaalStore *self, const char *name, const char *code,
                                                        guint version, const char * const *teachers,
                                                        const DuaalPeriodInput *periods, guint n_periods,
                                                        GError **error);
gboolean            duaal_store_rename_group           (DuaalStore *self, gint64 group_id, const char *name,
                                                        GError **error);
gboolean            duaal_store_delete_group           (DuaalStore *self, gint64 group_id, GError **error);
GPtrArray          *duaal_store_list_groups            (DuaalStore *self, GError **error);
DuaalClassGroup    *duaal_store_get_group              (DuaalStore *self, gint64 group_id, GError **error);
gint64              duaal_store_add_teacher            (DuaalStore *self, gint64 group_id, const char *name,
                                                        GError **error);
gint64              duaal_store_add_company            (DuaalStore *self, const char *name,
                                                        const char * const *activities, GError **error);
gboolean            duaal_store_set_company_activities (DuaalStore *self, gint64 company_id,
                                                        const char * const *activities, GError **error);
GPtrArray          *duaal_store_list_companies         (DuaalStore *self, GError **error);
gint64              duaal_store_add_learner            (DuaalStore *self, gint64 group_id, const char *name,
                                                        gint64 company_id, const char *trainer_name,
                                                        GError **error);
gboolean            duaal_store_update_learner         (DuaalStore *self, gint64 learner_id, const char *name,
                                                        gint64 company_id, const char *trainer_name,
                                                        GError **error);
gboolean            duaal_store_delete_learner         (DuaalStore *self, gint64 learner_id, GError **error);
GPtrArray          *duaal_store_list_learners          (DuaalStore *self, gint64 group_id, GError **error);
DuaalLearner       *duaal_store_get_learner            (DuaalStore *self, gint64 learner_id, GError **error);
guint               duaal_store_count_learner_scores   (DuaalStore *self, gint64 learner_id, GError **error);
gboolean            duaal_store_import_class           (DuaalStore *self, gint64 group_id,
                                                        const DuaalClassRow *rows, guint n_rows,
                                                        DuaalClassImportResult *result, GError **error);
gboolean            duaal_store_set_plan_cell          (DuaalStore *self, gint64 learner_id,
                                                        const char *competence_id, gboolean planned,
                                                        GError **error);
GStrv               duaal_store_get_plan               (DuaalStore *self, gint64 learner_id, GError **error);
/* Scores.  duaal_store_record_change: one actor's change of one
 * indicator; @source: (nullable) where it came from, e.g. a sheet's file
 * name, NULL when typed.  Returns the new log entry's id.
 * duaal_store_undo_score: undoes log entry @log_id by SPEC section 3
 * (duaal_score_change_plan_undo()) as a new log entry, whose id it
 * returns; @restored and @kept: (out) (optional) the fields put back and
 * those kept because they were changed since.  When nothing is left to
 * restore it refuses with DUAAL_ERROR_CONFLICT and writes nothing.
 * duaal_store_score_history: a learner's log entries (DuaalScore), every
 * actor, of one indicator or (@indicator_id NULL) all, oldest first. */
gint64              duaal_store_record_change          (DuaalStore *self, gint64 learner_id,
                                                        const char *indicator_id, DuaalActor actor,
                                                        const DuaalScoreChange *change, const char *source,
                                                        GError **error);
gint64              duaal_store_undo_score             (DuaalStore *self, gint64 log_id,
                                                        DuaalScoreFields *restored, DuaalScoreFields *kept,
                                                        GError **error);
gboolean            duaal_store_record_changes         (DuaalStore *self, const DuaalScoreInput *changes,
                                                        guint n_changes, const char *source, GError **error);
GPtrArray          *duaal_store_score_history          (DuaalStore *self, gint64 learner_id,
                                                        const char *indicator_id, GError **error);
GPtrArray          *duaal_store_list_periods           (DuaalStore *self, gint64 group_id, GError **error);
guint               duaal_store_close_period           (DuaalStore *self, gint64 group_id, GError **error);
gboolean            duaal_store_update_period          (DuaalStore *self, gint64 group_id, guint number,
                                                        const char *name, const GDate *starts_on,
                                                        const GDate *ends_on, GError **error);
DuaalKeptPlan      *duaal_store_load_session_plan      (DuaalStore *self, gint64 group_id, GError **error);
gboolean            duaal_store_save_session_plan      (DuaalStore *self, gint64 group_id, guint max_groups,
                                                        GHashTable *durations, const char *plan_csv,
                                                        GError **error);
gboolean            duaal_store_set_session_day        (DuaalStore *self, gint64 group_id, guint session,
                                                        const GDate *day, GError **error);
DuaalStatus        *duaal_store_load_learner_status    (DuaalStore *self, gint64 learner_id, guint period,
                                                        GError **error);
DuaalStatus        *duaal_store_load_group_status      (DuaalStore *self, gint64 group_id, guint period,
                                                        GError **error);
/* (element-type DuaalAttentionItem): see duaal_attention_list_now() for the sorted list */
GPtrArray          *duaal_store_list_attention         (DuaalStore *self, gint64 group_id, GError **error);
guint               duaal_store_count_attention        (DuaalStore *self, gint64 group_id, GError **error);

/* CCV contexts, learning line and lesson scenarios (SPEC section 14).
 * Contexts and scenarios belong to a qualification (@code, @version,
 * 0 the latest) and name its competences; an unknown competence, an
 * empty title or no competence at all is refused with
 * DUAAL_ERROR_INVALID, an unknown id with DUAAL_ERROR_NOT_FOUND.
 * duaal_store_list_contexts: (element-type DuaalContext) the learning
 * line, positions 1..n.  duaal_store_add_context: at @position (1 is
 * the front), 0 or past the end appends.  duaal_store_move_context:
 * to @position, the others shifting up or down, keeping their order.
 * duaal_store_set_company_contexts: (element-type gint64) the contexts
 * the company offers, replacing what it offered.
 * duaal_store_list_company_contexts, _list_contexts_done: (element-type
 * gint64) context ids in learning-line order.
 * duaal_store_reset_plans: the training plans of every learner of the
 * group made again from their company's activity list or offered
 * contexts; @n_learners: (out) (optional) how many.
 * duaal_store_list_scenarios: (element-type DuaalScenario) oldest first. */
GPtrArray          *duaal_store_list_contexts          (DuaalStore *self, const char *code, guint version,
                                                        GError **error);
gint64              duaal_store_add_context            (DuaalStore *self, const char *code, guint version,
                                                        const char *title, const char *activities,
                                                        const char * const *competences, guint position,
                                                        GError **error);
gboolean            duaal_store_update_context         (DuaalStore *self, gint64 context_id, const char *title,
                                                        const char *activities, const char * const *competences,
                                                        GError **error);
gboolean            duaal_store_move_context           (DuaalStore *self, gint64 context_id, guint position,
                                                        GError **error);
gboolean            duaal_store_delete_context         (DuaalStore *self, gint64 context_id, GError **error);
gboolean            duaal_store_set_company_contexts   (DuaalStore *self, gint64 company_id,
                                                        GArray *context_ids, GError **error);
GArray             *duaal_store_list_company_contexts  (DuaalStore *self, gint64 company_id, GError **error);
gboolean            duaal_store_set_context_done       (DuaalStore *self, gint64 learner_id, gint64 context_id,
                                                        gboolean done, GError **error);
GArray             *duaal_store_list_contexts_done     (DuaalStore *self, gint64 learner_id, GError **error);
gboolean            duaal_store_reset_plans            (DuaalStore *self, gint64 group_id, DuaalPlanSource source,
                                                        guint *n_learners, GError **error);
gint64              duaal_store_add_scenario           (DuaalStore *self, const char *code, guint version,
                                                        const DuaalScenarioTexts *texts,
                                                        const char * const *competences, GError **error);
gboolean            duaal_store_update_scenario        (DuaalStore *self, gint64 scenario_id,
                                                        const DuaalScenarioTexts *texts,
                                                        const char * const *competences, GError **error);
gboolean            duaal_store_delete_scenario        (DuaalStore *self, gint64 scenario_id, GError **error);
GPtrArray          *duaal_store_list_scenarios         (DuaalStore *self, const char *code, guint version,
                                                        GError **error);

/* Training units, flexible evaluation, workplace results and visits
 * (SPEC section 15; rules in duaal-evaluation.h).
 * duaal_store_add_training_unit: adds a unit to a qualification (version
 * 0: the latest); its code must be new and its competences the
 * qualification's.  duaal_store_list_training_units: (element-type
 * DuaalTrainingUnit) in order, the file's first.
 * duaal_store_choose_units: sets the units @learner_id chose for period
 * @period (replacing an earlier choice; an empty list takes it away);
 * DUAAL_ERROR_CONFLICT once the period has started (@today: (nullable)
 * the local date when NULL) or is closed.  duaal_store_list_unit_choices:
 * learner id (gint64 *) -> GPtrArray of unit codes, learners without a
 * choice absent.  duaal_store_set_workplace_result: @tenths 0-1000.
 * duaal_store_list_workplace_results: (element-type DuaalWorkplaceResult)
 * every period's.  duaal_store_get_pass_mark: in tenths, the default
 * DUAAL_DEFAULT_PASS_MARK when the group set none.
 * duaal_store_list_trainer_scored: the set of learner ids (gint64 *) whose
 * trainer recorded a score change within closed period @period: after
 * the previous period was closed (period 1: any time) and up to its own
 * closing.  duaal_store_list_visits: (element-type DuaalVisit) of a group's
 * learners, by learner, oldest first. */
gboolean            duaal_store_add_training_unit      (DuaalStore *self, const char *code, guint version,
                                                        DuaalTrainingUnit *unit, GError **error);
GPtrArray          *duaal_store_list_training_units    (DuaalStore *self, const char *code, guint version,
                                                        GError **error);
gboolean            duaal_store_choose_units           (DuaalStore *self, gint64 learner_id, guint period,
                                                        const char * const *units, const GDate *today,
                                                        GError **error);
GHashTable         *duaal_store_list_unit_choices      (DuaalStore *self, gint64 group_id, guint period,
                                                        GError **error);
gboolean            duaal_store_set_workplace_result   (DuaalStore *self, gint64 learner_id, guint period,
                                                        guint tenths, GError **error);
GPtrArray          *duaal_store_list_workplace_results (DuaalStore *self, gint64 group_id, GError **error);
gboolean            duaal_store_set_pass_mark          (DuaalStore *self, gint64 group_id, guint tenths,
                                                        GError **error);
guint               duaal_store_get_pass_mark          (DuaalStore *self, gint64 group_id, GError **error);
GHashTable         *duaal_store_list_trainer_scored    (DuaalStore *self, gint64 group_id, guint period,
                                                        GError **error);
gint64              duaal_store_add_visit              (DuaalStore *self, gint64 learner_id, const GDate *day,
                                                        const char *notes, GError **error);
GPtrArray          *duaal_store_list_visits            (DuaalStore *self, gint64 group_id, GError **error);

/* Team database (SPEC 13).  duaal_store_whoami: the connected login, its
 * role and person (a workstation's database: no login, a coach, no
 * person).  duaal_store_add_user: makes @login a login of @role for
 * @person_id (the teacher, trainer or learner id; 0 for a coach), or
 * takes the login that exists; @password: (nullable) its new password,
 * never logged.  Only a team database has logins: a workstation's
 * refuses with DUAAL_ERROR_INVALID.  duaal_store_list_users:
 * (element-type DuaalUser) by login.  duaal_store_add_team_teacher: a
 * teacher of @group_ids (a workstation's database needs at least one);
 * returns the id.  duaal_store_list_team_teachers: (element-type
 * DuaalTeamPerson) every teacher in scope, by name, with the groups they
 * teach.  duaal_store_list_team_trainers: (element-type DuaalTeamPerson)
 * the trainers of @group_id's learners (0: every trainer), by name, with
 * their company and those learners. */
DuaalUser          *duaal_store_whoami                 (DuaalStore *self, GError **error);
DuaalUser          *duaal_store_add_user               (DuaalStore *self, const char *login, DuaalViewer role,
                                                        gint64 person_id, const char *password,
                                                        GError **error);
GPtrArray          *duaal_store_list_users             (DuaalStore *self, GError **error);
gint64              duaal_store_add_team_teacher       (DuaalStore *self, const char *name,
                                                        const gint64 *group_ids, guint n_group_ids,
                                                        GError **error);
GPtrArray          *duaal_store_list_team_teachers     (DuaalStore *self, GError **error);
GPtrArray          *duaal_store_list_team_trainers     (DuaalStore *self, gint64 group_id, GError **error);

/* DuaalStore::changed (DuaalStore *store, DuaalChange *change):
 * emitted once per change notice of every committed write.  This
 * store's own writes emit it in the thread that wrote, right after the
 * commit; writes of other connections (another window's store, duaal-cli,
 * another process or workstation) emit it in the main context of the
 * thread that called duaal_store_watch(), within one second of their
 * commit.  Views connect to it and update in place.
 *
 * duaal_store_watch: starts noticing other connections' writes; calling
 * it again does nothing. */
void                duaal_store_watch                  (DuaalStore *self);
/* For backends: emits DuaalStore::changed. */
void                duaal_store_emit_changed           (DuaalStore *self, const DuaalChange *change);

G_END_DECLS
