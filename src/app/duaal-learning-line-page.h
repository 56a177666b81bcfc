/* duaal-learning-line-page.h: the Learning Line view of a class group (SPEC section 14)
 *
 * The learning line of the group's qualification as a chart
 * (DuaalLearningLineView), then its contexts in order (add, change,
 * move up or down, remove), the contexts each company of the group
 * offers (with a button that makes the training plans again from
 * them), and the qualification's library of lesson scenarios with the
 * competences none aims at.  For a learner of the group, the chart shows
 * the contexts they have done and each context row a check their trainer
 * ticks; a drop-down above the chart chooses the learner.  It follows
 * the store's change notices (duaal-live-view).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "duaal-learning-line-view.h"
#include "duaal-store.h"

G_BEGIN_DECLS

#define DUAAL_TYPE_LEARNING_LINE_PAGE (duaal_learning_line_page_get_type ())
G_DECLARE_FINAL_TYPE (DuaalLearningLinePage, duaal_learning_line_page, DUAAL, LEARNING_LINE_PAGE, AdwBin)

GtkWidget             *duaal_learning_line_page_new        (DuaalStore            *store);
/* @learner_id: 0 for the whole group, else a learner of it */
void                   duaal_learning_line_page_set_group  (DuaalLearningLinePage *self,
                                                            gint64                 group_id,
                                                            gint64                 learner_id);
gint64                 duaal_learning_line_page_get_group  (DuaalLearningLinePage *self);
gint64                 duaal_learning_line_page_get_learner (DuaalLearningLinePage *self);
DuaalLearningLineView *duaal_learning_line_page_get_view   (DuaalLearningLinePage *self);
/* What the buttons do, for the tests as for people. */
gboolean               duaal_learning_line_page_move_context (DuaalLearningLinePage *self,
                                                              gint64                 context_id,
                                                              int                    by,
                                                              GError               **error);
gboolean               duaal_learning_line_page_set_done   (DuaalLearningLinePage *self,
                                                            gint64                 context_id,
                                                            gboolean               done,
                                                            GError               **error);
gboolean               duaal_learning_line_page_plans_from_contexts (DuaalLearningLinePage *self,
                                                                     GError               **error);
/* (transfer none) the text of the scenarios' "uncovered" row */
const char            *duaal_learning_line_page_get_uncovered_text (DuaalLearningLinePage *self);
gboolean               duaal_learning_line_page_export     (DuaalLearningLinePage *self,
                                                            const char            *path,
                                                            GError               **error);

G_END_DECLS
