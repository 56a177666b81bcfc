/* duaal-overview-renderer.h: the overview table drawn with Cairo
 *
 * One drawing for the widget, PNG, PDF and print: competences as rows
 * (long titles wrapped), learners with their company as columns, blue
 * hatched cells where the competence is planned (or, in actual mode,
 * covered at the workplace), orange hatched rows for collective gaps,
 * green dotted rows for collectively covered ones, "n lack it" on mixed
 * rows, and a legend.  In actual mode a cross marks "planned but not
 * covered" and a dot "covered but not planned".  Every signal has a
 * pattern or a text besides its colour, so a greyscale print reads the
 * same.
 *
 * @font: (nullable) in each call: the family and style of the text, a
 * widget's own font (the same in every call for one widget); NULL is
 * the default, what files get.  Sizes are the table's own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>
#include <pango/pango.h>

#include "duaal-overview.h"

G_BEGIN_DECLS

/* The natural size in user units (pixels at scale 1). */
void     duaal_overview_renderer_measure (DuaalOverview      *overview,
                                          DuaalOverviewMode   mode,
                                          const PangoFontDescription *font,
                                          double             *width,
                                          double             *height);
/* Draws at the origin of @cr at the natural size; scale @cr to fit.
 * Leaves the state of @cr as it found it. */
void     duaal_overview_renderer_draw    (DuaalOverview      *overview,
                                          DuaalOverviewMode   mode,
                                          const PangoFontDescription *font,
                                          cairo_t            *cr);

/* As duaal_overview_renderer_draw(), for a window: in the colours of
 * the dark style when @dark; when @visible_left (the left edge of what
 * is on screen, in the same units) is past the table's margin, the
 * competence column is drawn again from there, over the learners'
 * cells, so a table scrolled sideways still says which row is which. */
void     duaal_overview_renderer_draw_in_window (DuaalOverview              *overview,
                                                 DuaalOverviewMode           mode,
                                                 const PangoFontDescription *font,
                                                 gboolean                    dark,
                                                 double                      visible_left,
                                                 cairo_t                    *cr);
/* The width of that competence column, in the same units. */
double   duaal_overview_renderer_get_pinned_width (void);

/* The learner cell drawn at (@x, @y), in the units of
 * duaal_overview_renderer_draw() at the origin (undo any scale first).
 * Returns FALSE outside the cells (titles, headers, status, legend).
 * @learner, @competence: (out) (optional): positions in @overview. */
gboolean duaal_overview_renderer_hit_test (DuaalOverview      *overview,
                                           DuaalOverviewMode   mode,
                                           const PangoFontDescription *font,
                                           double              x,
                                           double              y,
                                           guint              *learner,
                                           guint              *competence);
/* Where a learner cell is drawn, in the same units; FALSE for a position
 * outside @overview.  (out) (optional) each. */
gboolean duaal_overview_renderer_get_cell_area (DuaalOverview     *overview,
                                                DuaalOverviewMode  mode,
                                                const PangoFontDescription *font,
                                                guint              learner,
                                                guint              competence,
                                                double            *x,
                                                double            *y,
                                                double            *width,
                                                double            *height);

/* @scale: 1.0 for the natural size, 2.0 for a sharper image, ... */
gboolean duaal_overview_render_png       (DuaalOverview      *overview,
                                          DuaalOverviewMode   mode,
                                          double              scale,
                                          const char         *path,
                                          GError            **error);
/* A4 pages with margins, portrait when the table fits across, else
 * landscape; a table wider than a page is cut between learners, each
 * page repeating the competence and status columns, and between rows,
 * each page repeating the header.  Its text is text (searchable, fonts
 * embedded) and its title is in the file's metadata. */
gboolean duaal_overview_render_pdf       (DuaalOverview      *overview,
                                          DuaalOverviewMode   mode,
                                          const char         *path,
                                          GError            **error);

G_END_DECLS
