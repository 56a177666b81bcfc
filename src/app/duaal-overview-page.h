/* duaal-overview-page.h: a class group's overview table and planning
 *
 * The teacher's planning tool (SPEC sections 8 and 9, seed chapter 2.4):
 * the overview table in planned or actual mode, in qualification order
 * or by campus priority; a click on a cell plans or unplans that
 * competence at the learner's workplace (with Undo); "Plan sessions…"
 * opens the session planner; the table exports as PNG, PDF and CSV and
 * prints, all through the one core renderer; activity lists import from
 * CSV.  It follows the store's change notices (plans, activity lists,
 * learners, scores of its class group) by itself.
 *
 * Actions (on the page): overview.toggle-cell ((xs): learner id,
 * competence id), overview.set-cell ((xsb): ..., planned),
 * overview.plan-sessions, overview.export (s: png, pdf or csv),
 * overview.print, overview.import-activities.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "duaal-overview-view.h"
#include "duaal-store.h"

G_BEGIN_DECLS

#define DUAAL_TYPE_OVERVIEW_PAGE (duaal_overview_page_get_type ())
G_DECLARE_FINAL_TYPE (DuaalOverviewPage, duaal_overview_page, DUAAL, OVERVIEW_PAGE, AdwBin)

GtkWidget         *duaal_overview_page_new          (DuaalStore         *store);
DuaalStore        *duaal_overview_page_get_store    (DuaalOverviewPage  *self);
/* Shows @group_id (0: nothing) and reads it from the store. */
void               duaal_overview_page_set_group    (DuaalOverviewPage  *self,
                                                     gint64              group_id);
gint64             duaal_overview_page_get_group    (DuaalOverviewPage  *self);
/* (transfer none) */
DuaalOverviewView *duaal_overview_page_get_view     (DuaalOverviewPage  *self);
/* (nullable) (transfer none): the overview shown, qualification order */
DuaalOverview     *duaal_overview_page_get_overview (DuaalOverviewPage  *self);

DuaalOverviewMode  duaal_overview_page_get_mode     (DuaalOverviewPage  *self);
/* Also switches the toolbar's toggle buttons. */
void               duaal_overview_page_set_mode     (DuaalOverviewPage  *self,
                                                     DuaalOverviewMode   mode);
void               duaal_overview_page_set_sort_by_priority (DuaalOverviewPage *self,
                                                             gboolean           by_priority);

/* Plans or unplans one cell, reloads and offers Undo: what a click on a
 * cell does.  On error the cause is shown and returned. */
gboolean           duaal_overview_page_set_cell     (DuaalOverviewPage  *self,
                                                     gint64              learner_id,
                                                     const char         *competence_id,
                                                     gboolean            planned,
                                                     GError            **error);
gboolean           duaal_overview_page_toggle_cell  (DuaalOverviewPage  *self,
                                                     gint64              learner_id,
                                                     const char         *competence_id,
                                                     GError            **error);

/* Writes the table as shown (mode and order) to @file; @format "png",
 * "pdf" or "csv": what overview.export does once a file is chosen. */
gboolean           duaal_overview_page_export       (DuaalOverviewPage  *self,
                                                     const char         *format,
                                                     GFile              *file,
                                                     GError            **error);
/* Prints the table as shown, scaled to fit one landscape page: with
 * @export_to (nullable), to that PDF file without a dialog; otherwise
 * through the print dialog (what overview.print does). */
gboolean           duaal_overview_page_print        (DuaalOverviewPage  *self,
                                                     GFile              *export_to,
                                                     GError            **error);
/* Imports a "company,competence" CSV (formats/csv.md) checked against
 * the group's qualification: what overview.import-activities does.
 * When a list changed, asks whether the plans should start from the
 * new lists (an AdwMessageDialog, responses "keep" and "reset"). */
gboolean           duaal_overview_page_import_activities (DuaalOverviewPage *self,
                                                          GFile             *file,
                                                          GError           **error);
/* Starts every learner's training plan again from their company's
 * activity list (what the question after an import offers). */
gboolean           duaal_overview_page_reset_plans  (DuaalOverviewPage  *self,
                                                     GError            **error);
/* Opens the session planner for the group: what overview.plan-sessions
 * does.  Returns: (nullable) (transfer none): the DuaalPlannerDialog. */
GtkWindow         *duaal_overview_page_open_planner (DuaalOverviewPage  *self);

/* Makes every training plan of the group again from the contexts its
 * company offers (SPEC 14), as the menu item does after asking. */
gboolean           duaal_overview_page_plans_from_contexts (DuaalOverviewPage  *self,
                                                            GError            **error);

G_END_DECLS
