/* duaal-attention-page.h: the attention list of a class group (SPEC section 7)
 *
 * Every (learner, competence) where the actors' colours disagree, most
 * severe first, one AdwActionRow each: learner, competence, the three
 * actors' colour chips and the severity.  Activating a row emits
 * ::open-learner, so the window can open that learner at that
 * competence with the disagreeing indicators marked
 * (duaal_coach_page_show_competence()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "duaal-store.h"

G_BEGIN_DECLS

#define DUAAL_TYPE_ATTENTION_PAGE (duaal_attention_page_get_type ())
G_DECLARE_FINAL_TYPE (DuaalAttentionPage, duaal_attention_page, DUAAL, ATTENTION_PAGE, AdwBin)

GtkWidget *duaal_attention_page_new         (DuaalStore         *store);
void       duaal_attention_page_set_group   (DuaalAttentionPage *self,
                                             gint64              group_id);
void       duaal_attention_page_set_viewer  (DuaalAttentionPage *self,
                                             DuaalViewer         viewer,
                                             gint64              viewer_id);
/* 0 for now, else a closed period's number. */
void       duaal_attention_page_set_period  (DuaalAttentionPage *self,
                                             guint               period);
/* (element-type DuaalAttentionItem) (transfer none): what is listed,
 * in order */
GPtrArray *duaal_attention_page_get_items   (DuaalAttentionPage *self);
/* Activates the @index-th row as a click would. */
void       duaal_attention_page_activate    (DuaalAttentionPage *self,
                                             guint               index);
/* Lists only severity @least_severity (1-3) and up, and only the
 * learners of @trainer or of @company (both NULL: everyone), as the
 * filters above the list do. */
void       duaal_attention_page_set_filter  (DuaalAttentionPage *self,
                                             guint               least_severity,
                                             const char         *trainer,
                                             const char         *company);
/* The row last activated takes the focus (back from its learner). */
void       duaal_attention_page_focus_last_opened (DuaalAttentionPage *self);

G_END_DECLS
