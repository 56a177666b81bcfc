/* duaal-text.c: text for the core renderers, through Pango
 *
 * Each text is handed to Pango once, in one layout that wraps and
 * shortens it, and no more of it than a chart can show: the work grows
 * with the text's length up to that bound, then stays.  Measuring by
 * trying ever longer prefixes, as a hand-written ellipsis must, grows
 * with its square (a 300,000-character name took 19 s in a chart);
 * Pango itself takes 0.2 s over 300,000 characters and gives up on
 * twice that.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "duaal-text-private.h"

/* Near-black text, white halo (GNOME HIG Dark 4). */
static const double text_ink[3] = { 0x24 / 255.0, 0x1f / 255.0, 0x31 / 255.0 };

void
duaal_text_init (DuaalText                  *text,
                 cairo_t                    *cr,
                 const PangoFontDescription *font)
{
  cairo_font_options_t *options = cairo_font_options_create ();

  g_return_if_fail (text != NULL);
  g_return_if_fail (cr != NULL);

  *text = (DuaalText) { 0 };
  text->context = pango_cairo_create_context (cr);
  /* Unhinted metrics, unrounded positions: widths do not depend on the
   * surface or the scale, so a measured layout is the drawn one. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (text->context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (text->context, FALSE);

  text->font = font != NULL ? pango_font_description_copy (font)
                            : pango_font_description_from_string (DUAAL_TEXT_DEFAULT_FONT);
  if (pango_font_description_get_family (text->font) == NULL)
    pango_font_description_set_family (text->font, DUAAL_TEXT_DEFAULT_FONT);
}

void
duaal_text_clear (DuaalText *text)
{
  g_clear_object (&text->context);
  g_clear_pointer (&text->font, pango_font_description_free);
}

/* Sets at most DUAAL_TEXT_MAX_CHARS characters of @str on @layout, and
 * "…" after them when there were more. */
static void
set_bounded_text (DuaalText   *text,
                  PangoLayout *layout,
                  const char  *str)
{
  const char *end = str;
  guint n = 0;

  while (*end != '\0' && n < DUAAL_TEXT_MAX_CHARS)
    {
      end = g_utf8_next_char (end);
      n++;
    }
  if (*end == '\0')
    pango_layout_set_text (layout, str, end - str);
  else
    {
      g_autofree char *cut = g_strdup_printf ("%.*s…", (int) (end - str), str);
      pango_layout_set_text (layout, cut, -1);
    }
  text->n_bytes += end - str;
}

static PangoLayout *
create_layout (DuaalText  *text,
               const char *str,
               double      size,
               gboolean    bold)
{
  PangoLayout *layout = pango_layout_new (text->context);
  g_autoptr(PangoFontDescription) font = pango_font_description_copy_static (text->font);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  set_bounded_text (text, layout, str != NULL ? str : "");
  text->n_layouts++;
  return layout;
}

static int
to_pango_units (double width)
{
  return (int) CLAMP (width * PANGO_SCALE, 0, G_MAXINT);
}

PangoLayout *
duaal_text_line (DuaalText  *text,
                 const char *str,
                 double      size,
                 gboolean    bold,
                 double      max_width)
{
  PangoLayout *layout;

  g_return_val_if_fail (text != NULL && text->context != NULL, NULL);

  layout = create_layout (text, str, size, bold);
  /* Line breaks in a name or title are no reason for a second line. */
  pango_layout_set_single_paragraph_mode (layout, TRUE);
  if (max_width >= 0)
    {
      pango_layout_set_width (layout, to_pango_units (max_width));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  return layout;
}

PangoLayout *
duaal_text_wrapped (DuaalText  *text,
                    const char *str,
                    double      size,
                    gboolean    bold,
                    double      max_width,
                    int         max_lines)
{
  PangoLayout *layout;

  g_return_val_if_fail (text != NULL && text->context != NULL, NULL);

  layout = create_layout (text, str, size, bold);
  pango_layout_set_width (layout, to_pango_units (MAX (max_width, 1.0)));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  if (max_lines > 0)
    {
      /* A bounded number of lines also bounds Pango's work: it breaks
       * that many lines and shortens the rest of the text in one go. */
      pango_layout_set_single_paragraph_mode (layout, TRUE);
      pango_layout_set_height (layout, -max_lines);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  return layout;
}

void
duaal_text_set_italic (PangoLayout *layout)
{
  g_autoptr(PangoFontDescription) font =
    pango_font_description_copy (pango_layout_get_font_description (layout));

  pango_font_description_set_style (font, PANGO_STYLE_ITALIC);
  pango_layout_set_font_description (layout, font);
}

double
duaal_text_get_width (PangoLayout *layout)
{
  int width;

  pango_layout_get_size (layout, &width, NULL);
  return (double) width / PANGO_SCALE;
}

double
duaal_text_get_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

double
duaal_text_get_baseline (PangoLayout *layout)
{
  return (double) pango_layout_get_baseline (layout) / PANGO_SCALE;
}

void
duaal_text_show (cairo_t     *cr,
                 PangoLayout *layout,
                 double       x,
                 double       y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  cairo_new_path (cr);
}

void
duaal_text_show_with_halo (cairo_t     *cr,
                           PangoLayout *layout,
                           double       x,
                           double       y)
{
  static const double white[3] = { 1, 1, 1 };

  duaal_text_show_with_halo_rgb (cr, layout, x, y, text_ink, white);
}

void
duaal_text_show_with_halo_rgb (cairo_t      *cr,
                               PangoLayout  *layout,
                               double        x,
                               double        y,
                               const double  ink[3],
                               const double  halo[3])
{
  g_return_if_fail (cr != NULL);
  g_return_if_fail (PANGO_IS_LAYOUT (layout));

  cairo_save (cr);
  /* The halo is the outline stroked wide; the letters themselves are
   * shown as text, so a PDF stays searchable and can be read aloud. */
  cairo_new_path (cr);
  cairo_move_to (cr, x, y);
  pango_cairo_layout_path (cr, layout);
  cairo_set_source_rgba (cr, halo[0], halo[1], halo[2], 0.9);
  cairo_set_line_width (cr, MAX (1.0, duaal_text_get_baseline (layout) * 0.3));
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_stroke (cr);
  cairo_set_source_rgb (cr, ink[0], ink[1], ink[2]);
  duaal_text_show (cr, layout, x, y);
  cairo_restore (cr);
}
