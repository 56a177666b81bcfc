/* duaal-evolution-page.h: the "film" of one learner (SPEC section 5)
 *
 * Per competence its colour per actor in every closed period and now:
 * a grid of colour chips (with their symbols), periods as columns.
 * Shows only what the "viewer" may see (duaal-status-filter.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "duaal-store.h"

G_BEGIN_DECLS

#define DUAAL_TYPE_EVOLUTION_PAGE (duaal_evolution_page_get_type ())
G_DECLARE_FINAL_TYPE (DuaalEvolutionPage, duaal_evolution_page, DUAAL, EVOLUTION_PAGE, AdwBin)

GtkWidget *duaal_evolution_page_new          (DuaalStore         *store);
void       duaal_evolution_page_set_learner  (DuaalEvolutionPage *self,
                                              gint64              learner_id);
void       duaal_evolution_page_set_viewer   (DuaalEvolutionPage *self,
                                              DuaalViewer         viewer,
                                              gint64              viewer_id);
/* The columns shown: closed periods' numbers, then 0 for now. */
GArray    *duaal_evolution_page_get_periods  (DuaalEvolutionPage *self);
/* The colour shown for (@competence_id, @actor) in column @column;
 * grey when there is no such cell. */
DuaalColour duaal_evolution_page_get_colour  (DuaalEvolutionPage *self,
                                              const char         *competence_id,
                                              DuaalActor          actor,
                                              guint               column);
/* How (@competence_id, @actor) went in column @column since the column
 * before: +1 up (red, orange, light green, dark green), -1 down, 0 the
 * same, the first column, or grey on either side (nothing to compare). */
int         duaal_evolution_page_get_trend   (DuaalEvolutionPage *self,
                                              const char         *competence_id,
                                              DuaalActor          actor,
                                              guint               column);
/* The text said of that cell, "Teacher, Now (up since Period 1): ..." */
const char *duaal_evolution_page_get_cell_label (DuaalEvolutionPage *self,
                                                 const char         *competence_id,
                                                 DuaalActor          actor,
                                                 guint               column);

G_END_DECLS
