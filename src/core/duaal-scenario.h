/* duaal-scenario.h: a lesson scenario of a qualification (SPEC section 14)
 *
 * A teacher's worked-out lesson for a theme: its title, the lesson
 * template it fills in, the competences it aims at, its objectives and
 * course (free text) and an estimate of campus sessions, which the
 * session planner (SPEC 9) takes as the default d of its competences.
 * A value object read from the store; immutable.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* A scenario's estimate is a number of campus sessions d (SPEC 9). */
#define DUAAL_SCENARIO_MIN_SESSIONS 1
#define DUAAL_SCENARIO_MAX_SESSIONS 3

#define DUAAL_TYPE_SCENARIO (duaal_scenario_get_type ())
G_DECLARE_FINAL_TYPE (DuaalScenario, duaal_scenario, DUAAL, SCENARIO, GObject)

/* The texts of a scenario; every member but the title (nullable). */
typedef struct {
  const char *title;
  const char *template_name;
  const char *objectives;
  const char *course;
  guint       sessions;     /* DUAAL_SCENARIO_MIN_SESSIONS .. _MAX_SESSIONS */
} DuaalScenarioTexts;

/* @competences: the competence ids it aims at, in the qualification's order */
DuaalScenario      *duaal_scenario_new             (gint64                    id,
                                                    const DuaalScenarioTexts *texts,
                                                    const char * const       *competences);
gint64              duaal_scenario_get_id          (DuaalScenario *self);
const char         *duaal_scenario_get_title       (DuaalScenario *self);
/* (nullable) each */
const char         *duaal_scenario_get_template    (DuaalScenario *self);
const char         *duaal_scenario_get_objectives  (DuaalScenario *self);
const char         *duaal_scenario_get_course      (DuaalScenario *self);
guint               duaal_scenario_get_sessions    (DuaalScenario *self);
/* (transfer none) never NULL */
const char * const *duaal_scenario_get_competences (DuaalScenario *self);
gboolean            duaal_scenario_aims_at         (DuaalScenario *self,
                                                    const char    *competence_id);

/* The scenarios of a qualification should together cover all its
 * competences: the ids of @competence_ids that no scenario of
 * @scenarios (element-type DuaalScenario) aims at.  (transfer full) */
GStrv               duaal_scenario_list_uncovered  (GPtrArray          *scenarios,
                                                    const char * const *competence_ids);
/* The scenarios of @scenarios aiming at @competence_id, in their order:
 * the session planner's choice for a group (SPEC 14), the first being
 * its default.  (transfer container) (element-type DuaalScenario) */
GPtrArray          *duaal_scenario_list_for_competence (GPtrArray  *scenarios,
                                                        const char *competence_id);

G_END_DECLS
