/* duaal-kept-plan.h: the session planner's settings and last plan of a
 * class group, as the store keeps them (SPEC section 9)
 *
 * The planner shows them again when it is reopened.  A plain record:
 * the store fills it, the caller frees it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  guint       max_groups;    /* groups at a time; 0 when never planned */
  GHashTable *durations;     /* competence id -> GUINT_TO_POINTER (sessions, 1-3) */
  char       *plan_csv;      /* (nullable) the last plan, as its CSV export */
  GDateTime  *planned_at;    /* (nullable) when the last plan was made */
  GPtrArray  *session_days;  /* (element-type GDate) (nullable elements): index session - 1 */
} DuaalKeptPlan;

/* (transfer full) an empty record: never planned, no dates */
DuaalKeptPlan *duaal_kept_plan_new               (void);
void           duaal_kept_plan_free              (DuaalKeptPlan *self);
/* (nullable) the date of @session (1-based), NULL when it has none */
const GDate   *duaal_kept_plan_get_session_day   (DuaalKeptPlan *self,
                                                  guint          session);
void           duaal_kept_plan_set_session_day   (DuaalKeptPlan *self,
                                                  guint          session,
                                                  const GDate   *day);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DuaalKeptPlan, duaal_kept_plan_free)

G_END_DECLS
