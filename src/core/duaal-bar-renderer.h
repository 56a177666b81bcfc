/* duaal-bar-renderer.h: SPEC section 4's colour bar and progress bar on any cairo_t
 *
 * One drawing for the GTK widgets, the PNG/SVG/PDF exports and print:
 * the widgets call these from their snapshot with a cairo node.
 * Coordinates are user space; the bars are sharp at any scale.  Text
 * is sized by the bar's height, in the family of @font: (nullable), a
 * widget's own font; NULL for the default.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>
#include <pango/pango.h>

#include "duaal-rules.h"
#include "duaal-types.h"

G_BEGIN_DECLS

/* The colour of @tally (duaal_tally_get_colour) as a rounded bar with
 * its pattern, its symbol and its label ("Partly acquired", translated);
 * the label is shortened with "…", then dropped, when the bar is narrow.
 * @dark_theme: draw the outline for a dark background. */
void duaal_bar_renderer_draw_colour        (cairo_t          *cr,
                                            const PangoFontDescription *font,
                                            const DuaalTally *tally,
                                            double            x,
                                            double            y,
                                            double            w,
                                            double            h,
                                            gboolean          dark_theme);
/* The same for a colour known without a tally (evolution views). */
void duaal_bar_renderer_draw_colour_value  (cairo_t          *cr,
                                            const PangoFontDescription *font,
                                            DuaalColour       colour,
                                            double            x,
                                            double            y,
                                            double            w,
                                            double            h,
                                            gboolean          dark_theme);
/* Progress: covered / n filled, white when nothing came up, with the
 * text "covered/n" ("–" when n is 0) and faint marks between
 * indicators when there is room for them. */
void duaal_bar_renderer_draw_progress      (cairo_t          *cr,
                                            const PangoFontDescription *font,
                                            const DuaalTally *tally,
                                            double            x,
                                            double            y,
                                            double            w,
                                            double            h,
                                            gboolean          dark_theme);

G_END_DECLS
