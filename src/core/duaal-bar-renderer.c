/* duaal-bar-renderer.c
 *
 * Sizes (corner radius, font, badge, padding) follow the bar's height,
 * so a bar drawn 20 units high in a table row and 60 units high in a
 * report look like the same object.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "duaal-bar-renderer.h"
#include "duaal-palette.h"
#include "duaal-text-private.h"

static double
corner_radius (double h)
{
  return MIN (6.0, h * 0.3);
}

static void
stroke_outline (cairo_t  *cr,
                double    x,
                double    y,
                double    w,
                double    h,
                gboolean  dark_theme)
{
  double line = MAX (1.0, h / 24.0);

  cairo_save (cr);
  cairo_new_path (cr);
  /* Inset by half the line so the outline stays inside the rectangle. */
  duaal_palette_rounded_rectangle (cr, x + line / 2, y + line / 2, w - line, h - line,
                                   corner_radius (h) - line / 2);
  if (dark_theme)
    cairo_set_source_rgba (cr, 1, 1, 1, 0.55);
  else
    cairo_set_source_rgba (cr, 0, 0, 0, 0.45);
  cairo_set_line_width (cr, line);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
clip_to_bar (cairo_t *cr,
             double   x,
             double   y,
             double   w,
             double   h)
{
  cairo_new_path (cr);
  duaal_palette_rounded_rectangle (cr, x, y, w, h, corner_radius (h));
  cairo_clip (cr);
}

/* The top at which @layout sits centred in a box of height @h. */
static double
top_in (PangoLayout *layout,
        double       y,
        double       h)
{
  return y + (h - duaal_text_get_height (layout)) / 2.0;
}

void
duaal_bar_renderer_draw_colour_value (cairo_t                    *cr,
                                      const PangoFontDescription *font,
                                      DuaalColour                 colour,
                                      double       x,
                                      double       y,
                                      double       w,
                                      double       h,
                                      gboolean     dark_theme)
{
  double pad = h * 0.15;
  double badge = h * 0.7;
  double text_x = x + pad + badge + pad;
  double room = x + w - pad - text_x;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (colour < DUAAL_N_COLOURS);

  if (w <= 0 || h <= 0)
    return;

  cairo_save (cr);
  clip_to_bar (cr, x, y, w, h);
  duaal_palette_fill (cr, colour, x, y, w, h);

  /* The symbol only when it fits with some colour around it. */
  if (w >= badge + 2 * pad)
    duaal_palette_draw_symbol (cr, colour, x + pad, y + (h - badge) / 2, badge);

  if (room > h)
    {
      g_auto(DuaalText) text = { 0 };
      g_autoptr(PangoLayout) label = NULL;

      duaal_text_init (&text, cr, font);
      label = duaal_text_line (&text, duaal_colour_get_label (colour), h * 0.5, FALSE, room);
      duaal_text_show_with_halo (cr, label, text_x, top_in (label, y, h));
    }
  cairo_restore (cr);

  stroke_outline (cr, x, y, w, h, dark_theme);
}

void
duaal_bar_renderer_draw_colour (cairo_t                    *cr,
                                const PangoFontDescription *font,
                                const DuaalTally           *tally,
                                double            x,
                                double            y,
                                double            w,
                                double            h,
                                gboolean          dark_theme)
{
  g_return_if_fail (tally != NULL);

  duaal_bar_renderer_draw_colour_value (cr, font, duaal_tally_get_colour (tally),
                                        x, y, w, h, dark_theme);
}

/* Faint separators between indicator slots, so "3 of 7" can be read
 * off the bar itself; left out when they would crowd. */
static void
stroke_indicator_marks (cairo_t *cr,
                        guint    n,
                        double   x,
                        double   y,
                        double   w,
                        double   h)
{
  if (n < 2 || w / n < 6.0)
    return;

  for (guint i = 1; i < n; i++)
    {
      double mx = x + w * i / n;
      cairo_move_to (cr, mx, y + h * 0.7);
      cairo_line_to (cr, mx, y + h);
    }
  cairo_set_source_rgba (cr, 0, 0, 0, 0.3);
  cairo_set_line_width (cr, MAX (0.75, h / 30.0));
  cairo_stroke (cr);
}

void
duaal_bar_renderer_draw_progress (cairo_t                    *cr,
                                  const PangoFontDescription *font,
                                  const DuaalTally           *tally,
                                  double            x,
                                  double            y,
                                  double            w,
                                  double            h,
                                  gboolean          dark_theme)
{
  double rgb[3];
  g_autofree char *fraction = NULL;
  g_auto(DuaalText) text = { 0 };
  g_autoptr(PangoLayout) label = NULL;
  double text_width;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (tally != NULL);

  if (w <= 0 || h <= 0)
    return;

  cairo_save (cr);
  clip_to_bar (cr, x, y, w, h);
  duaal_palette_get_trough_rgb (rgb);
  cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
  cairo_paint (cr);

  duaal_palette_get_progress_rgb (rgb);
  cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
  cairo_rectangle (cr, x, y, w * duaal_tally_get_progress (tally), h);
  cairo_fill (cr);

  stroke_indicator_marks (cr, tally->n, x, y, w, h);

  /* "5/13": a fraction reads the same in Dutch and English. */
  fraction = tally->n > 0 ? g_strdup_printf ("%u/%u", tally->covered, tally->n) : g_strdup ("–");
  duaal_text_init (&text, cr, font);
  label = duaal_text_line (&text, fraction, h * 0.5, TRUE, -1);
  text_width = duaal_text_get_width (label);
  if (text_width <= w - h * 0.3)
    duaal_text_show_with_halo (cr, label, x + (w - text_width) / 2, top_in (label, y, h));
  cairo_restore (cr);

  stroke_outline (cr, x, y, w, h, dark_theme);
}
