/* duaal-png.h: PNG files of Cairo drawings, fast
 *
 * cairo_surface_write_to_png() compresses with zlib's default level and
 * adaptive filters: for a chart of flat colours that costs several times
 * the drawing itself (duaal-bench, route-png).  Charts compress almost as
 * well with the fastest settings, in a fraction of the
 * time (zlib's run-length strategy, RGB when opaque, bands of rows
 * compressed on all cores at once), so every PNG Duaal writes goes
 * through here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* Cairo's image surfaces stop at 32767 pixels a side. */
#define DUAAL_PNG_MAX_PIXELS 32767

/* 96 dpi, the resolution of a pixel at scale 1. */
#define DUAAL_PNG_PIXELS_PER_METRE 3780.0

/* Draws the picture on @cr, whose origin is the picture's top-left.
 * It is called once per band of rows, from several threads at once,
 * each with its own cairo_t clipped to its band: it must only read
 * @data. */
typedef void (*DuaalPngDrawFunc) (cairo_t *cr,
                                  gpointer data);

/* Draws a picture of @width_px x @height_px pixels with @draw, in bands
 * on all cores, and appends its PNG encoding to @bytes, with its
 * resolution (pHYs): 96 dpi times @scale, the pixels per unit drawn.
 * DUAAL_ERROR_INVALID, saying so plainly, when a side is over
 * DUAAL_PNG_MAX_PIXELS; DUAAL_ERROR_IO when Cairo fails or memory runs
 * out. */
gboolean duaal_png_render_to_bytes (int               width_px,
                                    int               height_px,
                                    double            scale,
                                    DuaalPngDrawFunc  draw,
                                    gpointer          data,
                                    GByteArray       *bytes,
                                    GError          **error);

/* Draws a picture of @width x @height units at @scale pixels per unit
 * (scale <= 0 means 1) with @draw and writes it as PNG to @path: what
 * every renderer's PNG export does. */
gboolean duaal_png_render (double            width,
                           double            height,
                           double            scale,
                           DuaalPngDrawFunc  draw,
                           gpointer          data,
                           const char       *path,
                           GError          **error);

G_END_DECLS
