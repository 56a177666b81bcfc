/* duaal-route-chart.h: the competence route chart (SPEC section 10)
 *
 * One renderer for the widget, PNG, SVG, PDF and printing: a title
 * block (learner, company, qualification, period, date), a legend, and
 * per competence one horizontal 100% bar split into workplace only,
 * workplace and campus, campus only and not yet -- always in that
 * order -- with the competence's colour marker.  With a second route
 * the two learners are drawn side by side (seed chapter 2.5's figure).
 *
 * Units are user space units (pixels at scale 1, points in PDF); the
 * drawing is vector only, so it is sharp at any scale.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>
#include <pango/pango.h>

#include "duaal-route.h"

G_BEGIN_DECLS

typedef struct {
  /* (nullable): the name of the period shown; NULL gives "Now" for a
   * route of the current state and "Period N" for closed period N. */
  const char *period_label;
  /* (nullable): the date printed in the title block; NULL is today. */
  GDateTime  *date;
  /* Draw on a dark background with light text (the widget in a dark
   * theme); exports normally leave this FALSE. */
  gboolean    dark_theme;
  /* (nullable): the family and style of the text (a widget's own
   * font); NULL is the default, what files get.  Sizes are the
   * chart's own. */
  const PangoFontDescription *font;
} DuaalRouteChartInfo;

/* The height the chart needs at @width.  @b: (nullable) the second
 * learner of compare mode; @info: (nullable) as drawn (its font). */
void     duaal_route_chart_measure (DuaalRoute                *a,
                                    DuaalRoute                *b,
                                    const DuaalRouteChartInfo *info,
                                    double                     width,
                                    double                    *height);
/* Draws the chart into (0, 0, @width, @height) of @cr, painting its own
 * background; @height is normally what measure gave.  @info:
 * (nullable) defaults as described above. */
void     duaal_route_chart_draw    (cairo_t                   *cr,
                                    DuaalRoute                *a,
                                    DuaalRoute                *b,
                                    const DuaalRouteChartInfo *info,
                                    double                     width,
                                    double                     height);
/* Printing: the chart cut into pages of @page_height (the printable
 * area), breaking between competences; the title block and legend open
 * the first page, compare mode repeats the learners' names on every
 * page.  A competence taller than a page is left to overflow it. */
guint    duaal_route_chart_get_n_pages (DuaalRoute                *a,
                                        DuaalRoute                *b,
                                        const DuaalRouteChartInfo *info,
                                        double                     width,
                                        double                     page_height);
/* Draws page @page (from 0) into (0, 0, @width, @page_height). */
void     duaal_route_chart_draw_page   (cairo_t                   *cr,
                                        DuaalRoute                *a,
                                        DuaalRoute                *b,
                                        const DuaalRouteChartInfo *info,
                                        double                     width,
                                        double                     page_height,
                                        guint                      page);
/* Writes the chart to @path as PNG, SVG or PDF, chosen by the file's
 * extension (case-insensitive).  PNG is @width_px * @scale pixels wide
 * and measure's height * @scale high; SVG (in px) and PDF (in pt) are
 * @width_px wide, @scale does not apply to them.  The file is replaced
 * atomically.  A PNG carries its resolution (96 dpi times @scale); a
 * PDF has text as text, its fonts embedded, and the learners and the
 * qualification in its title and subject.  DUAAL_ERROR_INVALID for an
 * unknown extension or a size out of range (a chart too tall for a PNG
 * picture says so), DUAAL_ERROR_IO when the file cannot be written,
 * each naming the file. */
gboolean duaal_route_chart_export  (DuaalRoute                *a,
                                    DuaalRoute                *b,
                                    const DuaalRouteChartInfo *info,
                                    const char                *path,
                                    double                     width_px,
                                    double                     scale,
                                    GError                   **error);

/* The smallest zoom a fitted chart may get: text at half its size is
 * still readable, smaller is not. */
#define DUAAL_ROUTE_CHART_MIN_ZOOM 0.5

/* How the chart fits a box of @width x @height (a slide, a report's
 * figure): a chart taller than the box is laid out wider, so that its
 * titles wrap less, and zoomed out to fit; one that fits already keeps
 * zoom 1.  Sets the layout size (what measure and draw take) and
 * @zoom, the box's units per layout unit.  FALSE, with the values
 * still set, when the zoom would have to go below
 * DUAAL_ROUTE_CHART_MIN_ZOOM. */
gboolean duaal_route_chart_fit     (DuaalRoute                *a,
                                    DuaalRoute                *b,
                                    double                     width,
                                    double                     height,
                                    double                    *layout_width,
                                    double                    *layout_height,
                                    double                    *zoom);
/* Like duaal_route_chart_export(), for an image of exactly @width_px x
 * @height_px (times @scale for PNG): the chart fitted as
 * duaal_route_chart_fit() says and centred on its background; a
 * @height_px of 0 is as tall as the chart needs, what
 * duaal_route_chart_export() makes.  DUAAL_ERROR_INVALID also when the
 * chart does not fit. */
gboolean duaal_route_chart_export_sized (DuaalRoute                *a,
                                         DuaalRoute                *b,
                                         const DuaalRouteChartInfo *info,
                                         const char                *path,
                                         double                     width_px,
                                         double                     height_px,
                                         double                     scale,
                                         GError                   **error);

G_END_DECLS
