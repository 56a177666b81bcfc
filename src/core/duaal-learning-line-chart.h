/* duaal-learning-line-chart.h: the learning line chart (SPEC section 14)
 *
 * One renderer for the widget, PNG, SVG and PDF: a title block (the
 * qualification, and the learner when there is one), a legend, and a
 * grid of the contexts in learning-line order (columns) by the
 * qualification's competences (rows).  A cell where a competence
 * starts holds a filled circle, one where it deepens a diamond: two
 * shapes, not colour alone.  An uncovered competence says so in words.
 * For a learner, the contexts done carry a check mark and a shaded
 * column.
 *
 * Units are user space units (pixels at scale 1, points in PDF); the
 * drawing is vector only.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>
#include <pango/pango.h>

#include "duaal-learning-line.h"

G_BEGIN_DECLS

typedef struct {
  /* (nullable) the qualification's title, shown in the title block */
  const char *qualification;
  /* (nullable) the learner whose contexts done the line shows */
  const char *learner;
  /* Light text on a dark background (a widget in a dark theme). */
  gboolean    dark_theme;
  /* (nullable) a widget's own font; files get the default. */
  const PangoFontDescription *font;
} DuaalLearningLineChartInfo;

/* The height the chart needs at @width; @info: (nullable). */
void     duaal_learning_line_chart_measure (DuaalLearningLine                *line,
                                            const DuaalLearningLineChartInfo *info,
                                            double                            width,
                                            double                           *height);
/* Draws the chart into (0, 0, @width, @height) of @cr, background included. */
void     duaal_learning_line_chart_draw    (cairo_t                          *cr,
                                            DuaalLearningLine                *line,
                                            const DuaalLearningLineChartInfo *info,
                                            double                            width,
                                            double                            height);
/* Where the cell of @competence in context @context lies, as drawn at
 * @width (for a widget's focus and its accessible labels). */
void     duaal_learning_line_chart_cell    (DuaalLearningLine                *line,
                                            const DuaalLearningLineChartInfo *info,
                                            double                            width,
                                            guint                             competence,
                                            guint                             context,
                                            cairo_rectangle_t                *cell);
/* Writes the chart to @path as PNG, SVG or PDF by its extension: PNG
 * @width_px * @scale pixels wide, SVG in px and PDF in pt @width_px
 * wide (text as text, a title in the PDF's metadata).  Replaced
 * atomically.  DUAAL_ERROR_INVALID for another extension or a size
 * out of range, DUAAL_ERROR_IO when it cannot be written. */
gboolean duaal_learning_line_chart_export  (DuaalLearningLine                *line,
                                            const DuaalLearningLineChartInfo *info,
                                            const char                       *path,
                                            double                            width_px,
                                            double                            scale,
                                            GError                          **error);

/* In words, for screen readers and the chart's cells: "Starts here",
 * "Deepens here" or "Not offered here".  (transfer none) */
const char *duaal_learning_mark_describe   (DuaalLearningMark mark);

G_END_DECLS
