/* duaal-route-view.h: the competence route chart as a widget
 *
 * Draws duaal_route_chart_draw() for one learner, or two side by side,
 * at its allocated width and as high as the chart needs there
 * (height-for-width): put it in a GtkScrolledWindow.  Follows the dark
 * style of AdwStyleManager.  For assistive technologies it is an image
 * whose label names the learner(s) and whose description reads every
 * bar, one competence per line (duaal_route_row_describe).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "duaal-chart-view.h"
#include "duaal-route.h"

G_BEGIN_DECLS

#define DUAAL_TYPE_ROUTE_VIEW (duaal_route_view_get_type ())
G_DECLARE_FINAL_TYPE (DuaalRouteView, duaal_route_view, DUAAL, ROUTE_VIEW, DuaalChartView)

GtkWidget  *duaal_route_view_new                 (void);
/* @route: (nullable) nothing to show; @compare: (nullable) the second
 * learner, drawn beside the first. */
void        duaal_route_view_set_routes          (DuaalRouteView *self,
                                                  DuaalRoute     *route,
                                                  DuaalRoute     *compare);
/* (nullable) (transfer none) */
DuaalRoute *duaal_route_view_get_route           (DuaalRouteView *self);
DuaalRoute *duaal_route_view_get_compare         (DuaalRouteView *self);
/* 0 (nothing shown), 1, or 2 learners side by side. */
guint       duaal_route_view_get_n_columns       (DuaalRouteView *self);
/* The period named in the title block; NULL: "Now" or "Period N". */
void        duaal_route_view_set_period_label    (DuaalRouteView *self,
                                                  const char     *label);
const char *duaal_route_view_get_period_label    (DuaalRouteView *self);
/* What assistive technologies are told, and whether the chart is drawn
 * dark: duaal-chart-view.h. */

G_END_DECLS
