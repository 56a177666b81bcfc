/* duaal-learner-page.h: one learner's competences, scored per actor
 *
 * Shows every competence of the learner's qualification with, per
 * scoring actor, a colour bar and a progress bar; expanding one lists
 * its indicators with the scoring controls of the actor chosen in
 * "Scoring as".  Every change goes to the store at once and can be
 * undone (toast button or Ctrl+Z), both through the score log.  A closed
 * period is shown read-only; the viewer selector applies SPEC section 6
 * through the core's viewer filter.  Writes elsewhere (another view,
 * duaal-cli, another process) show in place through the store's change
 * notices.
 *
 * Actions (on the page): learner.undo (Ctrl+Z), learner.undo-score (x: a
 * log id), learner.close-period.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "duaal-competence-row.h"
#include "duaal-indicator-row.h"
#include "duaal-store.h"

G_BEGIN_DECLS

#define DUAAL_TYPE_LEARNER_PAGE (duaal_learner_page_get_type ())
G_DECLARE_FINAL_TYPE (DuaalLearnerPage, duaal_learner_page, DUAAL, LEARNER_PAGE, AdwBin)

GtkWidget          *duaal_learner_page_new                   (DuaalStore         *store);
DuaalStore         *duaal_learner_page_get_store             (DuaalLearnerPage   *self);
/* Shows @learner_id now (period 0); FALSE with @error when it cannot be read. */
gboolean            duaal_learner_page_load                  (DuaalLearnerPage   *self,
                                                              gint64              learner_id,
                                                              GError            **error);
gint64              duaal_learner_page_get_learner_id        (DuaalLearnerPage   *self);

DuaalViewer         duaal_learner_page_get_viewer            (DuaalLearnerPage   *self);
void                duaal_learner_page_set_viewer            (DuaalLearnerPage   *self,
                                                              DuaalViewer         viewer);
/* TRUE: the viewer cannot be changed (a team login sees as its own role). */
void                duaal_learner_page_set_viewer_locked     (DuaalLearnerPage   *self,
                                                              gboolean            locked);
DuaalActor          duaal_learner_page_get_scoring_actor     (DuaalLearnerPage   *self);
void                duaal_learner_page_set_scoring_actor     (DuaalLearnerPage   *self,
                                                              DuaalActor          actor);
/* 0 is now; else a closed period's number.  FALSE for an unknown one. */
guint               duaal_learner_page_get_period            (DuaalLearnerPage   *self);
gboolean            duaal_learner_page_set_period            (DuaalLearnerPage   *self,
                                                              guint               period);
/* Whether the indicator controls accept changes (now, and a learner loaded). */
gboolean            duaal_learner_page_get_editable          (DuaalLearnerPage   *self);

/* (nullable) (transfer none) */
DuaalCompetenceRow *duaal_learner_page_find_competence_row   (DuaalLearnerPage   *self,
                                                              const char         *competence_id);
DuaalIndicatorRow  *duaal_learner_page_find_indicator_row    (DuaalLearnerPage   *self,
                                                              const char         *indicator_id);
/* (nullable): the competence whose bars are shown above the list, its
 * own header having scrolled out of view while its indicators are in it */
const char         *duaal_learner_page_get_pinned_competence (DuaalLearnerPage   *self);
/* Asks to close the current period (what learner.close-period does).
 * Returns: (nullable) (transfer none): the confirmation dialog. */
AdwMessageDialog   *duaal_learner_page_ask_close_period      (DuaalLearnerPage   *self);

G_END_DECLS
