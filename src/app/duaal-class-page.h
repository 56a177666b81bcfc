/* duaal-class-page.h: a class group at a glance, for teachers and coaches
 *
 * Learners as columns, competences as rows, one actor's colours at a
 * time (actor dropdown), now or in a closed period.  Shows only what
 * the "viewer" may see (duaal-status-filter.h): a trainer's own
 * learners, a learner themselves.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "duaal-store.h"

G_BEGIN_DECLS

#define DUAAL_TYPE_CLASS_PAGE (duaal_class_page_get_type ())
G_DECLARE_FINAL_TYPE (DuaalClassPage, duaal_class_page, DUAAL, CLASS_PAGE, AdwBin)

GtkWidget   *duaal_class_page_new        (DuaalStore     *store);
void         duaal_class_page_set_group  (DuaalClassPage *self,
                                          gint64          group_id);
void         duaal_class_page_set_viewer (DuaalClassPage *self,
                                          DuaalViewer     viewer,
                                          gint64          viewer_id);
void         duaal_class_page_set_actor  (DuaalClassPage *self,
                                          DuaalActor      actor);
DuaalActor   duaal_class_page_get_actor  (DuaalClassPage *self);
void         duaal_class_page_set_period (DuaalClassPage *self,
                                          guint           period);
/* (transfer none) (nullable): what is shown, filtered for the viewer */
DuaalStatus *duaal_class_page_get_status (DuaalClassPage *self);

G_END_DECLS
