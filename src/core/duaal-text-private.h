/* duaal-text-private.h: text for the core renderers, through Pango
 *
 * Every renderer lays its text out with pangocairo: wrapping between
 * words, shortening with "…", font fallback (an Arabic or Chinese name
 * in a Latin interface font) and shaping.  A DuaalText serves one pass
 * (measuring or drawing) over one cairo_t: its layouts share one Pango
 * context, with unhinted metrics and unrounded glyph positions, so a
 * text is as wide on an image, in a PDF and in a widget, at any scale.
 *
 * Sizes are absolute, in the cairo_t's user units: the renderers keep
 * their own proportions; a font passed in chooses the family and style
 * (a widget passes its own, files get DUAAL_TEXT_DEFAULT_FONT).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>
#include <pango/pangocairo.h>

G_BEGIN_DECLS

/* GNOME's interface font; fontconfig falls back to Sans without it. */
#define DUAAL_TEXT_DEFAULT_FONT "Cantarell"

/* The characters of a text handed to Pango; what follows is cut and
 * marked "…".  No line of a chart or table shows as many. */
#define DUAAL_TEXT_MAX_CHARS 2000

typedef struct {
  PangoContext         *context;
  PangoFontDescription *font;       /* family and style; sizes are per text */
  /* The work done (bytes of text handed to Pango), for the tests that
   * keep it linear in the text. */
  guint                 n_layouts;
  gsize                 n_bytes;
} DuaalText;

/* @font: (nullable) the family and style to use; NULL is
 * DUAAL_TEXT_DEFAULT_FONT.  Its size is ignored. */
void         duaal_text_init           (DuaalText                  *text,
                                        cairo_t                    *cr,
                                        const PangoFontDescription *font);
void         duaal_text_clear          (DuaalText                  *text);

/* One line of @str at @size, shortened with "…" at the end when wider
 * than @max_width (no limit when @max_width < 0).  Free with
 * g_object_unref(). */
PangoLayout *duaal_text_line           (DuaalText                  *text,
                                        const char                 *str,
                                        double                      size,
                                        gboolean                    bold,
                                        double                      max_width);
/* @str wrapped to @max_width between words (between characters in a
 * word too long for a line), at most @max_lines lines (0: no limit),
 * the last one shortened with "…". */
PangoLayout *duaal_text_wrapped        (DuaalText                  *text,
                                        const char                 *str,
                                        double                      size,
                                        gboolean                    bold,
                                        double                      max_width,
                                        int                         max_lines);
/* Italic instead of upright, for a caption. */
void         duaal_text_set_italic     (PangoLayout                *layout);

/* The logical size in user units. */
double       duaal_text_get_width      (PangoLayout                *layout);
double       duaal_text_get_height     (PangoLayout                *layout);
/* The first line's baseline below the layout's top. */
double       duaal_text_get_baseline   (PangoLayout                *layout);

/* Draws @layout with its top-left corner at (@x, @y) in the current
 * source: real text on a PDF or SVG surface. */
void         duaal_text_show           (cairo_t                    *cr,
                                        PangoLayout                *layout,
                                        double                      x,
                                        double                      y);
/* The same in near-black with a light outline, so it stays readable
 * over any pattern. */
void         duaal_text_show_with_halo (cairo_t                    *cr,
                                        PangoLayout                *layout,
                                        double                      x,
                                        double                      y);
/* The same in @ink over a halo of @halo (red, green, blue from 0 to 1):
 * light text on a dark background. */
void         duaal_text_show_with_halo_rgb (cairo_t                *cr,
                                            PangoLayout            *layout,
                                            double                  x,
                                            double                  y,
                                            const double            ink[3],
                                            const double            halo[3]);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (DuaalText, duaal_text_clear)

G_END_DECLS
