/* duaal-competence-row.h: one competence of a learner's qualification
 *
 * A header (number, title and per scoring actor a colour bar, a
 * progress bar and the colour's label in words) that expands to the
 * competence's indicator rows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "duaal-competence.h"
#include "duaal-indicator-row.h"
#include "duaal-rules.h"

G_BEGIN_DECLS

#define DUAAL_TYPE_COMPETENCE_ROW (duaal_competence_row_get_type ())
G_DECLARE_FINAL_TYPE (DuaalCompetenceRow, duaal_competence_row, DUAAL, COMPETENCE_ROW, GtkListBoxRow)

GtkWidget         *duaal_competence_row_new               (DuaalCompetence    *competence);
DuaalCompetence   *duaal_competence_row_get_competence    (DuaalCompetenceRow *self);
gboolean           duaal_competence_row_get_expanded      (DuaalCompetenceRow *self);
void               duaal_competence_row_set_expanded      (DuaalCompetenceRow *self,
                                                           gboolean            expanded);
void               duaal_competence_row_set_tally         (DuaalCompetenceRow *self,
                                                           DuaalActor          actor,
                                                           const DuaalTally   *tally);
GtkWidget         *duaal_competence_row_get_colour_bar    (DuaalCompetenceRow *self,
                                                           DuaalActor          actor);
GtkWidget         *duaal_competence_row_get_progress_bar  (DuaalCompetenceRow *self,
                                                           DuaalActor          actor);
guint              duaal_competence_row_get_n_indicators  (DuaalCompetenceRow *self);
DuaalIndicatorRow *duaal_competence_row_get_indicator_row (DuaalCompetenceRow *self,
                                                           guint               position);
/* The header button, where focus goes to expand or collapse. */
GtkWidget         *duaal_competence_row_get_header        (DuaalCompetenceRow *self);

G_END_DECLS
