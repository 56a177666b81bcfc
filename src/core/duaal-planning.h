/* duaal-planning.h: the overview table and session planner on a store
 *
 * Glue between DuaalStore and the store-free planning code
 * (duaal-overview.h, duaal-session-planner.h): loads a class group's
 * overview and the planner's input in a few calls, and imports company
 * activity lists from CSV (formats/csv.md, "company,competence").  Used
 * by duaal-cli and the application alike.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "duaal-overview.h"
#include "duaal-session-planner.h"
#include "duaal-store.h"

G_BEGIN_DECLS

/* The overview of @group_id now (period 0): its learners, their training
 * plans, and the trainers' coverage.  @teacher_acquired: (out) (optional)
 * (transfer full): n_learners * n_competences flags in the overview's
 * layout, TRUE where the teacher's colour is light or dark green (SPEC
 * section 9); free with g_free(). */
DuaalOverview    *duaal_planning_load                 (DuaalStore         *store,
                                                       gint64              group_id,
                                                       gboolean          **teacher_acquired,
                                                       GError            **error);
/* duaal_planning_load() without the teacher's colours. */
DuaalOverview    *duaal_planning_load_overview        (DuaalStore         *store,
                                                       gint64              group_id,
                                                       GError            **error);

/* A copy of @overview with its rows in SPEC section 8 campus priority
 * order for @mode (gaps, mixed by learners lacking, covered). */
DuaalOverview    *duaal_planning_sort_by_priority     (DuaalOverview      *overview,
                                                       DuaalOverviewMode   mode);

/* The session plan of @group_id now.  @durations: (nullable)
 * (element-type utf8 guint): competence id -> sessions (1-3) as
 * GUINT_TO_POINTER; competences not in it take 1.  An id that is not a
 * competence of the group's qualification fails with
 * DUAAL_ERROR_NOT_FOUND.  @max_groups: 0 for the default (2).
 * @overview: (out) (optional) (transfer full): the overview planned
 * from; learner and competence positions of the plan are its own. */
DuaalSessionPlan *duaal_planning_plan_sessions        (DuaalStore         *store,
                                                       gint64              group_id,
                                                       GHashTable         *durations,
                                                       guint               max_groups,
                                                       DuaalOverview     **overview,
                                                       GError            **error);

/* The lesson scenarios of the qualification of @group_id (element-type
 * DuaalScenario); none (an empty array) on a backend that does not keep
 * them yet.  (transfer full) */
GPtrArray        *duaal_planning_load_scenarios       (DuaalStore         *store,
                                                       gint64              group_id,
                                                       GError            **error);
/* duaal_planning_plan_sessions() with the lesson scenarios of the
 * group's qualification (SPEC 14): a competence's scenario gives its
 * default number of sessions (its estimate; @durations still wins), and
 * the plan names each group's scenario (duaal_session_plan_set_scenarios(),
 * @choices (nullable) picking among several). */
DuaalSessionPlan *duaal_planning_plan_with_scenarios  (DuaalStore         *store,
                                                       gint64              group_id,
                                                       GHashTable         *durations,
                                                       GHashTable         *choices,
                                                       guint               max_groups,
                                                       DuaalOverview     **overview,
                                                       GError            **error);

/* What an activity import did. */
typedef struct {
  guint companies;          /* companies named in the file */
  guint companies_changed;  /* whose activity list changed */
  guint activities;         /* rows (company, competence), duplicates once */
} DuaalActivityImportResult;

/* Reads "company,competence" rows (formats/csv.md) and makes each named
 * company's activity list exactly the competences the file gives it, in
 * file order; companies the file does not name keep theirs.  Companies
 * are matched by name (exactly, else ignoring case).  Competence ids
 * must belong to the qualification of @group_id, or, when @group_id is
 * 0, to some qualification in the store.  An unknown company or
 * competence refuses the whole file (DUAAL_ERROR_INVALID_FILE,
 * "FILE:LINE: cause") before anything is stored.  Training plans are
 * not touched: they start from the activity list when a learner is
 * added.  @result: (out) (optional). */
gboolean          duaal_planning_import_activities    (DuaalStore                 *store,
                                                       const char                 *display_name,
                                                       GBytes                     *bytes,
                                                       gint64                      group_id,
                                                       DuaalActivityImportResult  *result,
                                                       GError                    **error);
/* The same for a file, named by @path in messages. */
gboolean          duaal_planning_import_activities_file (DuaalStore               *store,
                                                         const char               *path,
                                                         gint64                    group_id,
                                                         DuaalActivityImportResult *result,
                                                         GError                  **error);

/* Starts the training plan of every learner of @group_id again from
 * their company's activity list (limited to the group's qualification),
 * dropping the changes made cell by cell: what a teacher asks for after
 * importing activity lists, since imports leave plans alone.  The store
 * changes one cell per transaction; should one fail, the cells already
 * changed are put back.  @n_learners_changed: (out) (optional): how many
 * plans changed. */
gboolean          duaal_planning_reset_plans          (DuaalStore                 *store,
                                                       gint64                      group_id,
                                                       guint                      *n_learners_changed,
                                                       GError                    **error);

G_END_DECLS
