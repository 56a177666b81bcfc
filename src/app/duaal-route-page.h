/* duaal-route-page.h: a learner's competence route (SPEC section 10)
 *
 * The route chart of one learner, now or at the end of a closed period,
 * optionally beside another learner of the same class group (seed
 * chapter 2.5: learner A beside learner B).  Above the chart: the
 * period, "Compare with", and Export… (DuaalExportDialog), Copy (the
 * chart as an image on the clipboard) and Print….  The page only reads
 * the store, through the viewer filter, and follows its change notices.
 *
 * Actions (on the page): route.export, route.copy, route.print; enabled
 * while a learner is shown.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "duaal-export-dialog.h"
#include "duaal-route-view.h"
#include "duaal-store.h"

G_BEGIN_DECLS

#define DUAAL_ROUTE_COPY_WIDTH 1200   /* the clipboard image: units wide... */
#define DUAAL_ROUTE_COPY_SCALE 2      /* ...at this many pixels per unit */

#define DUAAL_TYPE_ROUTE_PAGE (duaal_route_page_get_type ())
G_DECLARE_FINAL_TYPE (DuaalRoutePage, duaal_route_page, DUAAL, ROUTE_PAGE, AdwBin)

GtkWidget         *duaal_route_page_new                (DuaalStore     *store);
/* Shows @learner_id now, without a second learner; 0 shows nothing.  A
 * learner that cannot be read shows the cause on the page. */
void               duaal_route_page_set_learner        (DuaalRoutePage *self,
                                                        gint64          learner_id);
gint64             duaal_route_page_get_learner        (DuaalRoutePage *self);
/* SPEC section 6: @viewer_id as in duaal_status_filter_for_viewer().
 * A viewer who may not see the teacher's and the trainer's indicator
 * scores (a learner) gets no route; one compares only with learners
 * they may see. */
void               duaal_route_page_set_viewer         (DuaalRoutePage *self,
                                                        DuaalViewer     viewer,
                                                        gint64          viewer_id);
DuaalViewer        duaal_route_page_get_viewer         (DuaalRoutePage *self);

/* 0 is now; else a closed period's number.  FALSE for any other. */
gboolean           duaal_route_page_set_period         (DuaalRoutePage *self,
                                                        guint           period);
guint              duaal_route_page_get_period         (DuaalRoutePage *self);
/* Another learner of the group beside the first; 0 for none.  FALSE
 * for a learner not in the "Compare with" list. */
gboolean           duaal_route_page_set_compare        (DuaalRoutePage *self,
                                                        gint64          learner_id);
gint64             duaal_route_page_get_compare        (DuaalRoutePage *self);

/* (transfer none) */
DuaalRouteView    *duaal_route_page_get_view           (DuaalRoutePage *self);
/* The error that keeps the chart from being shown, if any; (nullable). */
const GError      *duaal_route_page_get_error          (DuaalRoutePage *self);

/* What route.export does; (transfer none) (nullable): the dialog, or
 * NULL when no learner is shown. */
DuaalExportDialog *duaal_route_page_open_export_dialog (DuaalRoutePage *self);
/* The chart as an image @width units wide at @scale; (transfer full)
 * (nullable): NULL when no learner is shown. */
GdkTexture        *duaal_route_page_render_texture     (DuaalRoutePage *self,
                                                        double          width,
                                                        double          scale);
/* What route.copy does: the chart as an image on the clipboard.  FALSE
 * when no learner is shown. */
gboolean           duaal_route_page_copy_to_clipboard  (DuaalRoutePage *self);
/* The print operation route.print runs (one chart cut into pages);
 * (transfer full) (nullable): NULL when no learner is shown. */
GtkPrintOperation *duaal_route_page_create_print_operation (DuaalRoutePage *self);

G_END_DECLS
