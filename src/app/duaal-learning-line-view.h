/* duaal-learning-line-view.h: the learning line chart as a widget (SPEC section 14)
 *
 * Draws duaal-learning-line-chart.h at its width, as tall as the chart
 * needs, in the widget's font and the style's light or dark colours.
 * For screen readers it is an image whose label names the chart and
 * whose description says, per competence, where it starts and deepens
 * or that it is uncovered, and which contexts the learner has done.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "duaal-chart-view.h"
#include "duaal-learning-line.h"

G_BEGIN_DECLS

#define DUAAL_TYPE_LEARNING_LINE_VIEW (duaal_learning_line_view_get_type ())
G_DECLARE_FINAL_TYPE (DuaalLearningLineView, duaal_learning_line_view, DUAAL, LEARNING_LINE_VIEW, DuaalChartView)

GtkWidget         *duaal_learning_line_view_new (void);
/* @line: (nullable); @qualification, @learner: (nullable) the names
 * shown in the chart's title block */
void               duaal_learning_line_view_set_line (DuaalLearningLineView *self,
                                                      DuaalLearningLine     *line,
                                                      const char            *qualification,
                                                      const char            *learner);
/* (nullable) (transfer none) */
DuaalLearningLine *duaal_learning_line_view_get_line (DuaalLearningLineView *self);
/* What assistive technologies are told: duaal_chart_view_get_accessible_label()
 * and duaal_chart_view_get_accessible_description(). */
/* Writes the chart as the widget shows it (PNG, SVG or PDF by extension). */
gboolean           duaal_learning_line_view_export (DuaalLearningLineView  *self,
                                                    const char             *path,
                                                    GError                **error);

G_END_DECLS
