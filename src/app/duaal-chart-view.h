/* duaal-chart-view.h: what the chart widgets share
 *
 * The learning line and the competence route are charts drawn by the
 * core at the allocated width and as high as they need there
 * (height-for-width), in the palette of AdwStyleManager's dark style.
 * For assistive technologies each is an image with a label and a
 * description the leaf composes; they stay readable for the tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define DUAAL_TYPE_CHART_VIEW (duaal_chart_view_get_type ())
G_DECLARE_DERIVABLE_TYPE (DuaalChartView, duaal_chart_view, DUAAL, CHART_VIEW, GtkWidget)

struct _DuaalChartViewClass
{
  GtkWidgetClass parent_class;
};

/* What a screen reader is told of @self: @label and @description, taken
 * over; a NULL @label says nothing at all (no chart shown). */
void        duaal_chart_view_describe                (DuaalChartView *self,
                                                      char           *label,
                                                      char           *description);
/* (nullable) (transfer none) */
const char *duaal_chart_view_get_accessible_label       (DuaalChartView *self);
const char *duaal_chart_view_get_accessible_description (DuaalChartView *self);
/* Whether the chart is drawn dark (the style manager's dark state). */
gboolean    duaal_chart_view_get_dark                (DuaalChartView *self);

G_END_DECLS
