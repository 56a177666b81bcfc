/* duaal-planner-dialog.h: differentiated campus sessions (SPEC section 9)
 *
 * First page: per competence the campus sessions it takes (1-3), with
 * who needs it, and the number of groups the teacher runs at once
 * (2-3).  "Plan" shows the result: a timeline of sessions and groups
 * with the learners' names, drawn by the core renderer, and the session
 * count beside the lower bound; it exports as PDF and CSV.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "duaal-session-planner.h"
#include "duaal-store.h"

G_BEGIN_DECLS

#define DUAAL_TYPE_PLANNER_DIALOG (duaal_planner_dialog_get_type ())
G_DECLARE_FINAL_TYPE (DuaalPlannerDialog, duaal_planner_dialog, DUAAL, PLANNER_DIALOG, AdwWindow)

/* Reads the group now; NULL with @error when it cannot be read. */
DuaalPlannerDialog *duaal_planner_dialog_new              (GtkWindow          *parent,
                                                           DuaalStore         *store,
                                                           gint64              group_id,
                                                           GError            **error);
/* Sets a competence's spin button (1-3); FALSE for an unknown id. */
gboolean            duaal_planner_dialog_set_duration     (DuaalPlannerDialog *self,
                                                           const char         *competence_id,
                                                           guint               sessions);
void                duaal_planner_dialog_set_max_groups   (DuaalPlannerDialog *self,
                                                           guint               max_groups);
/* The settings shown: a competence's sessions (0 for an unknown id) and
 * the groups at a time. */
guint               duaal_planner_dialog_get_duration     (DuaalPlannerDialog *self,
                                                           const char         *competence_id);
guint               duaal_planner_dialog_get_max_groups   (DuaalPlannerDialog *self);
/* Plans with the settings shown and turns to the result: what the
 * "Plan" button does. */
gboolean            duaal_planner_dialog_plan             (DuaalPlannerDialog *self,
                                                           GError            **error);
/* Back to the settings. */
void                duaal_planner_dialog_show_settings    (DuaalPlannerDialog *self);
/* "settings" or "result" */
const char         *duaal_planner_dialog_get_visible_page (DuaalPlannerDialog *self);
/* (nullable) (transfer none): the last plan */
DuaalSessionPlan   *duaal_planner_dialog_get_plan         (DuaalPlannerDialog *self);
/* "4 sessions (at least 4 needed)" as shown */
const char         *duaal_planner_dialog_get_result_text  (DuaalPlannerDialog *self);
/* "Not in the plenary group for c02: Bert (already acquired)." per
 * plenary group that leaves someone out; "" when none does. */
const char         *duaal_planner_dialog_get_absence_text (DuaalPlannerDialog *self);
/* (nullable) "Planned on ..." when the plan shown is kept */
const char         *duaal_planner_dialog_get_kept_note    (DuaalPlannerDialog *self);
/* Types @text into session @session's date field and applies it, as the
 * coach does; FALSE when the plan has no such session. */
gboolean            duaal_planner_dialog_set_session_day  (DuaalPlannerDialog *self,
                                                           guint               session,
                                                           const char         *text);
/* (nullable) the date field's text of session @session */
const char         *duaal_planner_dialog_get_session_day  (DuaalPlannerDialog *self,
                                                           guint               session);
/* @format: "pdf" or "csv"; what the export buttons do once a file is chosen. */
gboolean            duaal_planner_dialog_export           (DuaalPlannerDialog *self,
                                                           const char         *format,
                                                           GFile              *file,
                                                           GError            **error);

/* Chooses, where several lesson scenarios aim at @competence_id, the one
 * its groups use (and its estimate as d); FALSE when there is no choice. */
gboolean            duaal_planner_dialog_choose_scenario (DuaalPlannerDialog *self,
                                                          const char         *competence_id,
                                                          gint64              scenario_id);

G_END_DECLS
