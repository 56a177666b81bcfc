/* duaal-palette-private.h: text layout shared by the core renderers
 *
 * The core draws text with Cairo's toy API (no Pango), so the little
 * layout it needs lives here: ellipsizing and word wrapping measured
 * with cairo_text_extents in the current font.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* The advance width of @text in the current font. */
double     duaal_palette_text_width  (cairo_t    *cr,
                                      const char *text);
/* @text itself when it fits in @max_width, else its longest prefix
 * (whole characters) followed by "…" that fits; "" when not even "…"
 * fits. */
char      *duaal_palette_ellipsize   (cairo_t    *cr,
                                      const char *text,
                                      double      max_width);
/* Splits @text into lines no wider than @max_width, breaking between
 * words; a word wider than a line is broken between characters.  At
 * least one line (possibly empty). */
GStrv      duaal_palette_wrap        (cairo_t    *cr,
                                      const char *text,
                                      double      max_width);

G_END_DECLS
