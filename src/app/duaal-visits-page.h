/* duaal-visits-page.h: a class group's workplace visits (SPEC 15)
 *
 * Per learner: the company, the last visit, the day the next is due and
 * whether it is overdue (duaal_visits_assess()), with the learner's
 * early warnings, so the coach plans the next round of visits.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "duaal-store.h"

G_BEGIN_DECLS

#define DUAAL_TYPE_VISITS_PAGE (duaal_visits_page_get_type ())
G_DECLARE_FINAL_TYPE (DuaalVisitsPage, duaal_visits_page, DUAAL, VISITS_PAGE, AdwBin)

GtkWidget *duaal_visits_page_new        (DuaalStore      *store);
void       duaal_visits_page_set_group  (DuaalVisitsPage *self,
                                         gint64           group_id);
gint64     duaal_visits_page_get_group  (DuaalVisitsPage *self);
/* The day reckoned from (default: today), for tests and screenshots. */
void       duaal_visits_page_set_today  (DuaalVisitsPage *self,
                                         const GDate     *today);
/* What "Record Visit" does with the form's values: @day_text in the
 * form the application shows dates in (or ISO 8601), @notes nullable. */
gboolean   duaal_visits_page_record_visit (DuaalVisitsPage *self,
                                           gint64           learner_id,
                                           const char      *day_text,
                                           const char      *notes,
                                           GError         **error);
/* What a row's "Visit Agenda…" button does once a file is chosen. */
gboolean   duaal_visits_page_write_agenda (DuaalVisitsPage *self,
                                           gint64           learner_id,
                                           GFile           *file,
                                           GError         **error);
/* How many learners' visits are overdue, as shown. */
guint      duaal_visits_page_count_overdue (DuaalVisitsPage *self);

G_END_DECLS
