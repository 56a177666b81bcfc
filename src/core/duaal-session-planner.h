/* duaal-session-planner.h: differentiated campus sessions (SPEC section 9)
 *
 * Learner L *needs* competence c when c is not planned at L's workplace
 * and L's teacher colour for c is not acquired.  The planner splits the
 * campus time into numbered sessions; in each session the teacher runs
 * at most g groups, a group being one competence and the learners who
 * work on it.  The plan always keeps rules 1-5 of SPEC section 9:
 *
 *  1. every need (L, c) is served exactly once, by d consecutive sessions;
 *  2. a learner is in at most one group per session;
 *  3. collective gaps (SPEC 8: nobody has the competence planned) come
 *     first and plenary: one group holding every learner who needs it,
 *     started no later than any other group;
 *  4. a group keeps its members through its d sessions;
 *  5. nobody is in a group for a competence they do not need.
 *
 * Rule 6 (as few sessions as possible) is a heuristic: list scheduling
 * tried with several priority orders, keeping the shortest plan, reported
 * beside the lower bound.  One competence may be taught to more than one
 * group over time (the seed's "groepjes hersamenstellen").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "duaal-overview.h"
#include "duaal-scenario.h"

G_BEGIN_DECLS

#define DUAAL_SESSION_DEFAULT_MAX_GROUPS 2
#define DUAAL_SESSION_MAX_DURATION 3

/* The planner's input; every array is owned by the caller and only read
 * during duaal_session_plan_new(). */
typedef struct {
  guint               n_learners;
  const char * const *learner_names;      /* n_learners */
  guint               n_competences;
  const char * const *competence_ids;     /* n_competences, qualification order */
  const char * const *competence_titles;  /* (nullable) n_competences */
  const guint        *durations;          /* (nullable) d per competence, 1-3; NULL: all 1 */
  const gboolean     *needs;              /* needs[l * n_competences + c] */
  const gboolean     *collective_gaps;    /* (nullable) n_competences; NULL: none */
  guint               max_groups;         /* g; 0: DUAAL_SESSION_DEFAULT_MAX_GROUPS */
} DuaalSessionInput;

/* One group: a competence, its learners, its run of sessions. */
typedef struct {
  guint        competence;      /* position in the input */
  guint        first_session;   /* 1-based */
  guint        n_sessions;      /* d of the competence */
  guint        lane;            /* 0 .. g-1, the same through its sessions */
  gboolean     plenary;         /* a collective gap's single group */
  guint        n_members;
  const guint *members;         /* learner positions, ascending */
} DuaalSessionGroup;

#define DUAAL_TYPE_SESSION_PLAN (duaal_session_plan_get_type ())
G_DECLARE_FINAL_TYPE (DuaalSessionPlan, duaal_session_plan, DUAAL, SESSION_PLAN, GObject)

/* SPEC 9 needs: needs[l * n_competences + c] = !planned && !acquired.
 * @teacher_acquired: (nullable) same layout, TRUE where the teacher's
 * colour is light or dark green; NULL: nothing acquired yet.
 * Returns (transfer full): free with g_free(). */
gboolean         *duaal_session_needs_from_overview        (DuaalOverview           *overview,
                                                            const gboolean          *teacher_acquired);

/* Why learner @learner is, or is not, in the groups for @competence
 * (SPEC 9 needs), in the layout of duaal_session_needs_from_overview():
 * a learner who has it acquired is told so first, even when it is also
 * planned at the workplace. */
typedef enum {
  DUAAL_SESSION_NEEDED,        /* on campus */
  DUAAL_SESSION_ACQUIRED,      /* the teacher's colour is light or dark green */
  DUAAL_SESSION_AT_WORKPLACE,  /* planned in the training plan */
} DuaalSessionReason;

DuaalSessionReason duaal_session_reason_from_overview      (DuaalOverview           *overview,
                                                            const gboolean          *teacher_acquired,
                                                            guint                    learner,
                                                            guint                    competence);

/* Fails with DUAAL_ERROR_INVALID for a duration outside 1-3. */
DuaalSessionPlan *duaal_session_plan_new                   (const DuaalSessionInput *input,
                                                            GError                 **error);
/* Learners and competences of @overview; collective gaps from its
 * planned mode.  @durations: (nullable) as in DuaalSessionInput. */
DuaalSessionPlan *duaal_session_plan_new_from_overview     (DuaalOverview           *overview,
                                                            const gboolean          *teacher_acquired,
                                                            const guint             *durations,
                                                            guint                    max_groups,
                                                            GError                 **error);

guint             duaal_session_plan_get_n_sessions        (DuaalSessionPlan        *self);
/* SPEC 9 rule 6: max(largest learner load, ceil(sum of d over needed
 * competences / g)). */
guint             duaal_session_plan_get_lower_bound       (DuaalSessionPlan        *self);
guint             duaal_session_plan_get_max_groups        (DuaalSessionPlan        *self);

guint             duaal_session_plan_get_n_learners        (DuaalSessionPlan        *self);
const char       *duaal_session_plan_get_learner_name      (DuaalSessionPlan        *self,
                                                            guint                    learner);
const char       *duaal_session_plan_get_competence_id     (DuaalSessionPlan        *self,
                                                            guint                    competence);
/* Never NULL: the id when there is no title. */
const char       *duaal_session_plan_get_competence_title  (DuaalSessionPlan        *self,
                                                            guint                    competence);

/* Groups ordered by first session, then lane. */
guint             duaal_session_plan_get_n_groups          (DuaalSessionPlan        *self);
const DuaalSessionGroup *duaal_session_plan_get_group      (DuaalSessionPlan        *self,
                                                            guint                    group);
/* The groups running in @session (1-based), by lane.
 * Returns (transfer container) (element-type DuaalSessionGroup). */
GPtrArray        *duaal_session_plan_get_session_groups    (DuaalSessionPlan        *self,
                                                            guint                    session);

/* The table of the exports: one row per group per session, header
 * session,competence,title,part,parts,kind,learners where kind is
 * `plenary` (a collective gap) or `group`, learners joined by "; ".
 * (transfer full) */
DuaalTable       *duaal_session_plan_to_table              (DuaalSessionPlan        *self);
/* The table as CSV (duaal-table.h: BOM, CRLF, formulas neutralised). */
char             *duaal_session_plan_to_csv                (DuaalSessionPlan        *self);
gboolean          duaal_session_plan_write_csv             (DuaalSessionPlan        *self,
                                                            const char              *path,
                                                            GError                 **error);
/* The table as a workbook of one sheet (duaal-xlsx.h). */
gboolean          duaal_session_plan_write_xlsx            (DuaalSessionPlan        *self,
                                                            const char              *path,
                                                            GError                 **error);

/* Lesson scenarios (SPEC 14).  duaal_session_plan_set_scenarios: names
 * for each competence the scenario its groups use: the one aiming at
 * it, @choices (nullable) picking among several (competence id ->
 * GSIZE_TO_POINTER (scenario id)), else the first; none when none aims
 * at it.  The exports then carry a "scenario" column.
 * @scenarios: (element-type DuaalScenario) the qualification's. */
void              duaal_session_plan_set_scenarios         (DuaalSessionPlan        *self,
                                                            GPtrArray               *scenarios,
                                                            GHashTable              *choices);
gboolean          duaal_session_plan_has_scenarios         (DuaalSessionPlan        *self);
/* (nullable) (transfer none) */
DuaalScenario    *duaal_session_plan_get_scenario          (DuaalSessionPlan        *self,
                                                            guint                    competence);
/* The scenarios to choose from for @competence, in order.
 * (transfer container) (element-type DuaalScenario) */
GPtrArray        *duaal_session_plan_get_scenario_choices  (DuaalSessionPlan        *self,
                                                            guint                    competence);
/* The durations d to plan with: the estimate of each competence's
 * scenario (chosen as above) as its default, @durations (nullable,
 * competence id -> GUINT_TO_POINTER (d)) where given.  (transfer full) */
GHashTable       *duaal_session_durations_with_scenarios   (GHashTable              *durations,
                                                            GPtrArray               *scenarios,
                                                            GHashTable              *choices);

G_END_DECLS
