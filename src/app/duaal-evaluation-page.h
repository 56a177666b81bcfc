/* duaal-evaluation-page.h: a class group's flexible evaluation of one period (SPEC 15)
 *
 * A grid of training units by learners: who chose which unit to be
 * assessed on at the end of the period (changeable with a click until
 * the period starts, never once it is closed), the count per unit, the
 * learners without a choice, and each learner's workplace result with
 * its verdict.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "duaal-store.h"

G_BEGIN_DECLS

#define DUAAL_TYPE_EVALUATION_PAGE (duaal_evaluation_page_get_type ())
G_DECLARE_FINAL_TYPE (DuaalEvaluationPage, duaal_evaluation_page, DUAAL, EVALUATION_PAGE, AdwBin)

GtkWidget *duaal_evaluation_page_new        (DuaalStore          *store);
void       duaal_evaluation_page_set_group  (DuaalEvaluationPage *self,
                                             gint64               group_id);
gint64     duaal_evaluation_page_get_group  (DuaalEvaluationPage *self);
void       duaal_evaluation_page_set_period (DuaalEvaluationPage *self,
                                             guint                period);
/* The count label of unit @position (0-based), for tests: "2" */
const char *duaal_evaluation_page_get_count (DuaalEvaluationPage *self,
                                             guint                position);

G_END_DECLS
