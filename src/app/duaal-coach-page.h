/* duaal-coach-page.h: the coach's view of one learner (SPEC section 7)
 *
 * Competences as rows, the three scoring actors as columns, each cell
 * the actor's colour and progress bar, now or in any closed period;
 * a competence opens its indicators with every actor's mastery, coverage
 * and comment side by side, the ones scored X by one actor and V by
 * another marked.  Shows only what the "viewer" may see (SPEC section 6,
 * duaal-status-filter.h); the coach, the default, sees everything.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "duaal-store.h"

G_BEGIN_DECLS

#define DUAAL_TYPE_COACH_PAGE (duaal_coach_page_get_type ())
G_DECLARE_FINAL_TYPE (DuaalCoachPage, duaal_coach_page, DUAAL, COACH_PAGE, AdwBin)

GtkWidget  *duaal_coach_page_new             (DuaalStore     *store);
/* 0 shows nothing; goes back to the list of competences. */
void        duaal_coach_page_set_learner     (DuaalCoachPage *self,
                                              gint64          learner_id);
gint64      duaal_coach_page_get_learner     (DuaalCoachPage *self);
/* SPEC section 6: @viewer_id as in duaal_status_filter_for_viewer(). */
void        duaal_coach_page_set_viewer      (DuaalCoachPage *self,
                                              DuaalViewer     viewer,
                                              gint64          viewer_id);
/* 0 for now, else a closed period's number; unknown numbers show now. */
void        duaal_coach_page_set_period      (DuaalCoachPage *self,
                                              guint           period);
guint       duaal_coach_page_get_period      (DuaalCoachPage *self);
/* Opens @competence_id's indicators (NULL: back to all competences);
 * returns FALSE when the learner's qualification has no such competence. */
gboolean    duaal_coach_page_show_competence (DuaalCoachPage *self,
                                              const char     *competence_id);
/* (nullable): the competence whose indicators are shown */
const char *duaal_coach_page_get_competence  (DuaalCoachPage *self);
/* (transfer none) (nullable): what is shown, filtered for the viewer */
DuaalStatus *duaal_coach_page_get_status     (DuaalCoachPage *self);
/* Indicator ids marked as scored X by one actor and V by another in
 * the open competence. (element-type utf8) (transfer none) */
GPtrArray  *duaal_coach_page_get_marked_indicators (DuaalCoachPage *self);
/* The competence shown was opened from the attention list: its Back
 * button emits ::back-to-list instead of showing every competence. */
void        duaal_coach_page_set_back_to_list (DuaalCoachPage *self,
                                               gboolean        back_to_list);
/* Whether the table of competences marks @competence_id as on the
 * attention list (SPEC section 7). */
gboolean    duaal_coach_page_is_marked_for_attention (DuaalCoachPage *self,
                                                      const char     *competence_id);

G_END_DECLS
