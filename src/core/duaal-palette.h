/* duaal-palette.h: the colours, patterns and symbols every renderer shares
 *
 * SPEC section 4: colours are never the only signal.  Each colour (and
 * each part of a competence route) is drawn with its own pattern, and
 * each colour has a small symbol, so a greyscale printout or a
 * colour-blind reader tells them apart.  Everything is vector drawing
 * in user space, sharp at any scale; no bitmaps.
 *
 *   grey        plain light grey                  symbol: dash
 *   red         cross-hatch                       symbol: cross
 *   orange      single diagonal hatch             symbol: half-filled disc
 *   light green dots                              symbol: check mark
 *   dark green  solid dark with light check marks symbol: double check mark
 *
 *   route: workplace only  blue, "/" hatch
 *          both            purple, cross-hatch ("/" and "\" together)
 *          campus only     yellow, "\" hatch
 *          not yet         white, plain
 *
 * Black text reads on every fill when drawn with a light halo
 * (duaal_text_show_with_halo() in duaal-text-private.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "duaal-route.h"
#include "duaal-types.h"

G_BEGIN_DECLS

/* Fills the rectangle with the colour and its pattern.  Leaves source,
 * clip and line settings as it found them; clears the current path. */
void duaal_palette_fill                 (cairo_t        *cr,
                                         DuaalColour     colour,
                                         double          x,
                                         double          y,
                                         double          w,
                                         double          h);
/* A round badge of @size x @size with its top-left corner at (@x, @y):
 * the colour with its glyph, to put next to a label. */
void duaal_palette_draw_symbol          (cairo_t        *cr,
                                         DuaalColour     colour,
                                         double          x,
                                         double          y,
                                         double          size);

void duaal_palette_fill_route_part      (cairo_t        *cr,
                                         DuaalRoutePart  part,
                                         double          x,
                                         double          y,
                                         double          w,
                                         double          h);

/* Progress bar fill (SPEC section 4), and its empty trough. */
void duaal_palette_get_progress_rgb     (double          rgb[3]);
void duaal_palette_get_trough_rgb       (double          rgb[3]);

/* Helpers for every renderer. */
void duaal_palette_rounded_rectangle    (cairo_t        *cr,
                                         double          x,
                                         double          y,
                                         double          w,
                                         double          h,
                                         double          radius);
G_END_DECLS
