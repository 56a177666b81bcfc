/* duaal-evaluation-report.h: SPEC 15's lists for a class group, from a store
 *
 * The rules are in duaal-evaluation.h; these gather their inputs from a
 * store, for the CLI, the application and the visit agenda alike.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "duaal-evaluation.h"
#include "duaal-store.h"

G_BEGIN_DECLS

/* The number of the group's last closed period, 0 when none is closed. */
guint      duaal_evaluation_last_closed_period (DuaalStore   *store,
                                                gint64        group_id,
                                                GError      **error);

/* The early warnings of the group's last closed period (none before a
 * period is closed), see duaal_warnings_collect().
 * (transfer full) (element-type DuaalWarning) */
GPtrArray *duaal_evaluation_list_warnings      (DuaalStore   *store,
                                                gint64        group_id,
                                                GError      **error);

/* A learner's workplace result with its verdict. */
typedef struct {
  gint64       learner_id;
  guint        period;
  guint        tenths;
  DuaalVerdict verdict;
} DuaalDeliberation;

/* The learners of @period (0: the last period with any result) whose
 * workplace result is below the group's pass mark, in learner order.
 * @period_out: (out) (optional) the period used.
 * (transfer full) (element-type DuaalDeliberation) */
GPtrArray *duaal_evaluation_list_deliberation  (DuaalStore   *store,
                                                gint64        group_id,
                                                guint         period,
                                                guint        *period_out,
                                                GError      **error);

/* The learners of the group who cannot qualify in any period's result:
 * (transfer full) a set of learner ids (gint64 *). */
GHashTable *duaal_evaluation_cannot_qualify    (DuaalStore   *store,
                                                gint64        group_id,
                                                GError      **error);

/* The choices of a class group for one period, as the grid of units by
 * learners shows them (SPEC 15, flexible evaluation). */
typedef struct {
  guint       period;
  GPtrArray  *learners;        /* (element-type DuaalLearner) in learner order */
  GPtrArray  *units;           /* (element-type DuaalTrainingUnit) of the group's qualification */
  GPtrArray  *assessed;        /* per unit, a GArray of the learner ids (gint64) who chose it */
  GArray     *without_choice;  /* learner ids (gint64) who chose nothing */
  GHashTable *choices;         /* learner id (gint64 *) -> GPtrArray of unit codes */
} DuaalEvaluationGrid;

DuaalEvaluationGrid *duaal_evaluation_grid_load   (DuaalStore          *store,
                                                   gint64               group_id,
                                                   guint                period,
                                                   GError             **error);
gboolean             duaal_evaluation_grid_has    (DuaalEvaluationGrid *grid,
                                                   gint64               learner_id,
                                                   const char          *unit_code);
void                 duaal_evaluation_grid_free   (DuaalEvaluationGrid *grid);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DuaalEvaluationGrid, duaal_evaluation_grid_free)

/* One learner's visits as the rule sees them. */
typedef struct {
  gint64           learner_id;
  DuaalVisitStatus status;
} DuaalLearnerVisits;

/* The training's start for the visit rule: the earliest first day set
 * on any of the group's periods; invalid when none is set. */
void       duaal_evaluation_training_start     (GPtrArray    *periods,
                                                GDate        *start);

/* Every learner of the group, in learner order, on @today.
 * (transfer full) (element-type DuaalLearnerVisits) */
GPtrArray *duaal_evaluation_list_visit_status  (DuaalStore   *store,
                                                gint64        group_id,
                                                const GDate  *today,
                                                GError      **error);

/* What the application shows wherever a learner is (SPEC 15). */
typedef struct {
  gboolean cannot_qualify;   /* a workplace result of any period 10 points or more below the pass mark */
  guint    n_warnings;       /* early warnings after the last closed period */
  gboolean visit_overdue;    /* the next workplace visit is overdue on the day asked */
} DuaalLearnerEvaluation;

/* Every learner of the group: learner id (gint64 *) ->
 * DuaalLearnerEvaluation, on @today.  (transfer full) */
GHashTable *duaal_evaluation_summarize         (DuaalStore   *store,
                                                gint64        group_id,
                                                const GDate  *today,
                                                GError      **error);

/* The local date today, for the callers above. */
void       duaal_evaluation_today              (GDate        *today);

G_END_DECLS
