/* duaal-indicator-row.h: one indicator with the scoring controls
 *
 * Shows the indicator's text, the scoring actor's mastery (X / lil / V)
 * and coverage (N / S / R) as linked toggle buttons, a comment entry and
 * what the viewer may see of the other actors' scores.  The row does not
 * store anything: it emits "score-changed" and the page records it.
 *
 * Keyboard (class shortcuts, active while focus is in the row):
 * 1 / 2 / 3 mastery X / lil / V, N / S / R coverage, Enter edits the
 * comment, Up / Down emit "move-to-indicator".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "duaal-indicator.h"
#include "duaal-status.h"

G_BEGIN_DECLS

#define DUAAL_TYPE_INDICATOR_ROW (duaal_indicator_row_get_type ())
G_DECLARE_FINAL_TYPE (DuaalIndicatorRow, duaal_indicator_row, DUAAL, INDICATOR_ROW, GtkListBoxRow)

GtkWidget      *duaal_indicator_row_new           (DuaalIndicator    *indicator);
DuaalIndicator *duaal_indicator_row_get_indicator (DuaalIndicatorRow *self);
/* @cell: (nullable) the scoring actor's current score
 * @others: (nullable) what the viewer may see of the other actors
 * @editable: FALSE in a closed period */
void            duaal_indicator_row_set_state     (DuaalIndicatorRow *self,
                                                   const DuaalCell   *cell,
                                                   const char        *others,
                                                   gboolean           editable);
DuaalMastery    duaal_indicator_row_get_mastery   (DuaalIndicatorRow *self);
DuaalCoverage   duaal_indicator_row_get_coverage  (DuaalIndicatorRow *self);
const char     *duaal_indicator_row_get_comment   (DuaalIndicatorRow *self);
gboolean        duaal_indicator_row_get_editable  (DuaalIndicatorRow *self);
/* The toggle button for a value, so tests and the page can reach it. */
GtkWidget      *duaal_indicator_row_get_mastery_button  (DuaalIndicatorRow *self,
                                                         DuaalMastery       mastery);
GtkWidget      *duaal_indicator_row_get_coverage_button (DuaalIndicatorRow *self,
                                                         DuaalCoverage      coverage);
GtkWidget      *duaal_indicator_row_get_comment_entry   (DuaalIndicatorRow *self);
/* What the row shows of the other actors' scores ("" when nothing). */
const char     *duaal_indicator_row_get_others_text     (DuaalIndicatorRow *self);

G_END_DECLS
