/* duaal-overview-view.h: the overview table as a widget
 *
 * Draws a DuaalOverview with the core renderer (the same drawing as the
 * PNG, PDF and print exports) at its natural size; put it in a
 * GtkScrolledWindow.  In planned mode a click on a learner's cell, or
 * Space/Enter on the keyboard-focused cell (arrow keys move it), emits
 * ::cell-activated; the page toggles the plan and hands back a new
 * overview.  The actual mode is read-only.  Rows in qualification order
 * or by campus priority (SPEC section 8).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "duaal-overview.h"

G_BEGIN_DECLS

#define DUAAL_TYPE_OVERVIEW_VIEW (duaal_overview_view_get_type ())
G_DECLARE_FINAL_TYPE (DuaalOverviewView, duaal_overview_view, DUAAL, OVERVIEW_VIEW, GtkWidget)

GtkWidget         *duaal_overview_view_new                (void);

/* (nullable) (transfer none): as given, rows in qualification order */
DuaalOverview     *duaal_overview_view_get_overview       (DuaalOverviewView *self);
/* @overview: (nullable) */
void               duaal_overview_view_set_overview       (DuaalOverviewView *self,
                                                           DuaalOverview     *overview);
/* (nullable) (transfer none): what is drawn, rows in the shown order */
DuaalOverview     *duaal_overview_view_get_shown_overview (DuaalOverviewView *self);

DuaalOverviewMode  duaal_overview_view_get_mode           (DuaalOverviewView *self);
void               duaal_overview_view_set_mode           (DuaalOverviewView *self,
                                                           DuaalOverviewMode  mode);
gboolean           duaal_overview_view_get_sort_by_priority (DuaalOverviewView *self);
void               duaal_overview_view_set_sort_by_priority (DuaalOverviewView *self,
                                                             gboolean           by_priority);

/* What a click at (@x, @y) in widget coordinates does: in planned mode,
 * emits ::cell-activated for the cell there.  Returns whether it did. */
gboolean           duaal_overview_view_activate_at        (DuaalOverviewView *self,
                                                           double             x,
                                                           double             y);
/* The middle of a learner's cell in widget coordinates; FALSE when the
 * learner or competence is not shown. */
gboolean           duaal_overview_view_get_cell_center    (DuaalOverviewView *self,
                                                           gint64             learner_id,
                                                           const char        *competence_id,
                                                           double            *x,
                                                           double            *y);
/* The summary given to assistive technologies, e.g. "Overview table of
 * 4 learners and 11 competences. Collective gaps: c02. ..." */
const char        *duaal_overview_view_get_summary        (DuaalOverviewView *self);

G_END_DECLS
