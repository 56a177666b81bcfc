/* test-palette.c: colours are never the only signal (SPEC section 4)
 *
 * Every colour and every route part is rendered to a small image,
 * turned to grey as a greyscale printer would, and compared with the
 * others: no two may look alike.  Also pins the progress bar's fill and
 * the text layout the renderers share (Pango: wrapping, shortening,
 * fallback fonts for other scripts), and writes
 * screenshots/core-bars.png for a human to look at.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "duaal-palette-private.h"
#include "duaal-bar-renderer.h"
#include "duaal-palette.h"
#include "duaal-text-private.h"

#define SWATCH_W 48
#define SWATCH_H 24

typedef void (*SwatchFunc) (cairo_t *cr, guint which, double w, double h);

static void
fill_colour (cairo_t *cr, guint which, double w, double h)
{
  duaal_palette_fill (cr, (DuaalColour) which, 0, 0, w, h);
}

static void
fill_part (cairo_t *cr, guint which, double w, double h)
{
  duaal_palette_fill_route_part (cr, (DuaalRoutePart) which, 0, 0, w, h);
}

static void
draw_symbol (cairo_t *cr, guint which, double w, double h)
{
  duaal_palette_draw_symbol (cr, (DuaalColour) which, 0, 0, MIN (w, h));
}

/* Greyscale (ITU-R BT.601 luma) of a swatch drawn on white. */
static guint8 *
render_grey (SwatchFunc func, guint which, int w, int h)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, w, h);
  cairo_t *cr = cairo_create (surface);
  guint8 *grey = g_new (guint8, w * h);
  const guint8 *data;
  int stride;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  func (cr, which, w, h);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      {
        guint32 px = *(const guint32 *) (data + y * stride + 4 * x);
        double r = (px >> 16) & 0xff, g = (px >> 8) & 0xff, b = px & 0xff;
        grey[y * w + x] = (guint8) lround (0.299 * r + 0.587 * g + 0.114 * b);
      }
  cairo_surface_destroy (surface);
  return grey;
}

/* Mean absolute difference of two greyscale images, 0-255. */
static double
grey_distance (const guint8 *a, const guint8 *b, int n)
{
  double sum = 0;
  for (int i = 0; i < n; i++)
    sum += abs ((int) a[i] - (int) b[i]);
  return sum / n;
}

static double
grey_spread (const guint8 *a, int n)
{
  double mean = 0, var = 0;
  for (int i = 0; i < n; i++)
    mean += a[i];
  mean /= n;
  for (int i = 0; i < n; i++)
    var += (a[i] - mean) * (a[i] - mean);
  return sqrt (var / n);
}

/* A printout in grey must keep every pair apart: their pixels differ
 * on average by at least 10 of 255 grey levels. */
static void
assert_pairwise_distinct (SwatchFunc func, guint count, int w, int h)
{
  g_autoptr(GPtrArray) greys = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < count; i++)
    g_ptr_array_add (greys, render_grey (func, i, w, h));

  for (guint i = 0; i < count; i++)
    for (guint j = i + 1; j < count; j++)
      {
        double d = grey_distance (greys->pdata[i], greys->pdata[j], w * h);
        if (d < 10.0)
          g_error ("swatches %u and %u look alike in grey (distance %.1f)", i, j, d);
      }
}

static void
test_colours_distinct_in_grey (void)
{
  assert_pairwise_distinct (fill_colour, DUAAL_N_COLOURS, SWATCH_W, SWATCH_H);
}

static void
test_route_parts_distinct_in_grey (void)
{
  assert_pairwise_distinct (fill_part, DUAAL_N_ROUTE_PARTS, SWATCH_W, SWATCH_H);
}

static void
test_symbols_distinct_in_grey (void)
{
  assert_pairwise_distinct (draw_symbol, DUAAL_N_COLOURS, 24, 24);
}

/* Grey and "not yet" are plain; every other fill carries a texture, so
 * it is not told apart by its shade of grey alone. */
static void
test_patterns_are_textured (void)
{
  for (guint c = 0; c < DUAAL_N_COLOURS; c++)
    {
      g_autofree guint8 *grey = render_grey (fill_colour, c, SWATCH_W, SWATCH_H);
      double spread = grey_spread (grey, SWATCH_W * SWATCH_H);
      if (c == DUAAL_COLOUR_GREY)
        g_assert_cmpfloat (spread, <, 1.0);
      else
        g_assert_cmpfloat (spread, >, 15.0);
    }
  for (guint p = 0; p < DUAAL_N_ROUTE_PARTS; p++)
    {
      g_autofree guint8 *grey = render_grey (fill_part, p, SWATCH_W, SWATCH_H);
      double spread = grey_spread (grey, SWATCH_W * SWATCH_H);
      if (p == DUAAL_ROUTE_PART_NONE)
        g_assert_cmpfloat (spread, <, 1.0);
      else
        g_assert_cmpfloat (spread, >, 15.0);
    }
}

static void
test_base_colours (void)
{
  /* SPEC section 4's GNOME palette colours, as given in the design. */
  static const guint32 want[DUAAL_N_COLOURS] = { 0xc0bfbc, 0xe01b24, 0xff7800, 0x8ff0a4, 0x26a269 };

  for (guint c = 0; c < DUAAL_N_COLOURS; c++)
    {
      double rgb[3];
      duaal_palette_get_rgb (c, rgb);
      g_assert_cmpint (lround (rgb[0] * 255), ==, (want[c] >> 16) & 0xff);
      g_assert_cmpint (lround (rgb[1] * 255), ==, (want[c] >> 8) & 0xff);
      g_assert_cmpint (lround (rgb[2] * 255), ==, want[c] & 0xff);
    }
}

/* Reads one pixel of a progress bar drawn at 200 x 20. */
static guint32
progress_pixel (guint covered, guint n, int x, int y)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 200, 20);
  cairo_t *cr = cairo_create (surface);
  DuaalTally tally = { .n = n, .covered = covered };
  guint32 px;

  cairo_set_source_rgb (cr, 0.5, 0.5, 0.5);
  cairo_paint (cr);
  duaal_bar_renderer_draw_progress (cr, NULL, &tally, 0, 0, 200, 20, FALSE);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  px = *(guint32 *) (cairo_image_surface_get_data (surface)
                     + y * cairo_image_surface_get_stride (surface) + 4 * x) & 0xffffff;
  cairo_surface_destroy (surface);
  return px;
}

static void
test_progress_fill (void)
{
  double rgb[3];
  guint32 blue;

  duaal_palette_get_progress_rgb (rgb);
  blue = (lround (rgb[0] * 255) << 16) | (lround (rgb[1] * 255) << 8) | lround (rgb[2] * 255);

  /* 1 of 4 covered: the first quarter is filled, the rest white.  The
   * probes avoid the centred text and the indicator marks. */
  g_assert_cmphex (progress_pixel (1, 4, 20, 5), ==, blue);
  g_assert_cmphex (progress_pixel (1, 4, 60, 5), ==, 0xffffff);
  g_assert_cmphex (progress_pixel (3, 4, 140, 5), ==, blue);
  g_assert_cmphex (progress_pixel (3, 4, 160, 5), ==, 0xffffff);
  /* None covered: white (SPEC section 4); n = 0 likewise. */
  g_assert_cmphex (progress_pixel (0, 4, 20, 5), ==, 0xffffff);
  g_assert_cmphex (progress_pixel (0, 0, 20, 5), ==, 0xffffff);
  g_assert_cmphex (progress_pixel (4, 4, 190, 5), ==, blue);
}

static cairo_t *
text_context (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 10, 10);
  cairo_t *cr = cairo_create (surface);

  cairo_surface_destroy (surface);
  return cr;
}

/* The text of @layout as shown: every line's characters, joined. */
static char *
shown_text (PangoLayout *layout)
{
  GString *text = g_string_new (NULL);
  const char *all = pango_layout_get_text (layout);

  for (GSList *l = pango_layout_get_lines_readonly (layout); l != NULL; l = l->next)
    {
      PangoLayoutLine *line = l->data;
      g_string_append_len (text, all + line->start_index, line->length);
    }
  return g_string_free (text, FALSE);
}

static void
test_wrap (void)
{
  const char *title = "Voert de voorbereidende werkzaamheden uit met betrekking tot "
                      "onderhoudswerkzaamheden aan elektrotechnische installaties";
  cairo_t *cr = text_context ();
  g_auto(DuaalText) text = { 0 };
  g_autoptr(PangoLayout) lines = NULL;
  g_autoptr(PangoLayout) tiny = NULL;
  g_autoptr(PangoLayout) capped = NULL;
  g_autofree char *tiny_text = NULL;

  duaal_text_init (&text, cr, NULL);
  lines = duaal_text_wrapped (&text, title, 12, FALSE, 200, 0);
  tiny = duaal_text_wrapped (&text, "Onderhoudswerkzaamheden", 12, FALSE, 40, 0);
  capped = duaal_text_wrapped (&text, title, 12, FALSE, 200, 2);

  g_assert_cmpint (pango_layout_get_line_count (lines), >, 2);
  g_assert_cmpfloat (duaal_text_get_width (lines), <=, 200);
  g_assert_cmpint (pango_layout_is_ellipsized (lines), ==, FALSE);

  /* A word wider than the line is cut between characters, nothing lost. */
  tiny_text = shown_text (tiny);
  g_assert_cmpint (pango_layout_get_line_count (tiny), >, 1);
  g_assert_cmpfloat (duaal_text_get_width (tiny), <=, 40);
  g_assert_cmpstr (tiny_text, ==, "Onderhoudswerkzaamheden");

  /* At most two lines, the second one shortened. */
  g_assert_cmpint (pango_layout_get_line_count (capped), ==, 2);
  g_assert_true (pango_layout_is_ellipsized (capped));
  g_assert_cmpfloat (duaal_text_get_height (capped), <, duaal_text_get_height (lines));
  cairo_destroy (cr);
}

static void
test_ellipsize (void)
{
  cairo_t *cr = text_context ();
  g_auto(DuaalText) text = { 0 };
  g_autoptr(PangoLayout) fits = NULL;
  g_autoptr(PangoLayout) cut = NULL;
  g_autoptr(PangoLayout) natural = NULL;

  duaal_text_init (&text, cr, NULL);
  fits = duaal_text_line (&text, "Verworven", 12, FALSE, 500);
  cut = duaal_text_line (&text, "Gedeeltelijk verworven", 12, FALSE, 60);
  natural = duaal_text_line (&text, "Gedeeltelijk verworven", 12, FALSE, -1);

  g_assert_false (pango_layout_is_ellipsized (fits));
  g_assert_true (pango_layout_is_ellipsized (cut));
  g_assert_cmpfloat (duaal_text_get_width (cut), <=, 60);
  g_assert_cmpfloat (duaal_text_get_width (natural), >, 60);
  g_assert_cmpint (pango_layout_get_line_count (cut), ==, 1);
  g_assert_cmpuint (text.n_layouts, ==, 3);
  cairo_destroy (cr);
}

/* Names in other scripts find a font (fallback) and are shaped: no
 * glyph is missing, and the Arabic name runs right to left. */
static void
test_scripts (void)
{
  static const char *names[] = { "محمد العلي", "Çağla Öztürk", "Łukasz Żółkiewski", "王小明" };
  cairo_t *cr = text_context ();
  g_auto(DuaalText) text = { 0 };
  g_autoptr(PangoLayout) arabic = NULL;

  duaal_text_init (&text, cr, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(PangoLayout) name = duaal_text_line (&text, names[i], 13, TRUE, -1);

      g_assert_cmpint (pango_layout_get_unknown_glyphs_count (name), ==, 0);
      g_assert_cmpfloat (duaal_text_get_width (name), >, 13);
    }
  arabic = duaal_text_line (&text, names[0], 13, FALSE, -1);
  g_assert_cmpint (pango_layout_get_direction (arabic, 0), ==, PANGO_DIRECTION_RTL);
  cairo_destroy (cr);
}

/* A widget's font chooses the family; sizes stay the renderer's. */
static void
test_font_family (void)
{
  cairo_t *cr = text_context ();
  g_autoptr(PangoFontDescription) mono = pango_font_description_from_string ("Monospace 30");
  g_auto(DuaalText) sans = { 0 };
  g_auto(DuaalText) fixed = { 0 };
  g_autoptr(PangoLayout) a = NULL;
  g_autoptr(PangoLayout) b = NULL;
  g_autoptr(PangoLayout) i_sans = NULL;
  g_autoptr(PangoLayout) i_fixed = NULL;

  duaal_text_init (&sans, cr, NULL);
  duaal_text_init (&fixed, cr, mono);
  a = duaal_text_line (&sans, "mmmm", 12, FALSE, -1);
  b = duaal_text_line (&fixed, "mmmm", 12, FALSE, -1);
  i_sans = duaal_text_line (&sans, "iiii", 12, FALSE, -1);
  i_fixed = duaal_text_line (&fixed, "iiii", 12, FALSE, -1);

  /* Monospace: "iiii" as wide as "mmmm"; proportional: not. */
  g_assert_cmpfloat (fabs (duaal_text_get_width (b) - duaal_text_get_width (i_fixed)), <, 0.01);
  g_assert_cmpfloat (duaal_text_get_width (i_sans), <, duaal_text_get_width (a) * 0.8);
  /* 12 units, not the description's 30 points. */
  g_assert_cmpfloat (duaal_text_get_height (b), <, 12 * 2);
  cairo_destroy (cr);
}

/* Every colour as a bar at two sizes, several progress values, the
 * symbols and the route parts, for people to judge. */
static void
test_screenshot (void)
{
  const char *root = g_getenv ("DUAAL_BUILD_ROOT");
  g_autofree char *dir = g_build_filename (root ? root : ".", "screenshots", NULL);
  g_autofree char *path = g_build_filename (dir, "core-bars.png", NULL);
  static const guint covered[] = { 0, 1, 3, 5, 7 };
  cairo_surface_t *surface;
  cairo_t *cr;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1000, 420);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);

  for (guint c = 0; c < DUAAL_N_COLOURS; c++)
    {
      DuaalTally tally = { .n = 7, .covered = covered[c] };
      double y = 16 + c * 44;

      duaal_bar_renderer_draw_colour_value (cr, NULL, c, 16, y, 220, 24, FALSE);
      duaal_bar_renderer_draw_colour_value (cr, NULL, c, 252, y - 4, 300, 36, FALSE);
      duaal_bar_renderer_draw_colour_value (cr, NULL, c, 568, y, 90, 24, FALSE);
      duaal_bar_renderer_draw_progress (cr, NULL, &tally, 674, y, 160, 24, FALSE);
      duaal_palette_draw_symbol (cr, c, 850, y, 24);
      duaal_palette_draw_symbol (cr, c, 884, y + 4, 16);
      duaal_palette_fill (cr, c, 910, y, 70, 24);
    }
  for (guint p = 0; p < DUAAL_N_ROUTE_PARTS; p++)
    duaal_palette_fill_route_part (cr, p, 16 + p * 130, 250, 120, 28);

  /* The same on a dark background, with the dark theme's outline. */
  cairo_set_source_rgb (cr, 0.14, 0.14, 0.14);
  cairo_rectangle (cr, 0, 300, 1000, 120);
  cairo_fill (cr);
  for (guint c = 0; c < DUAAL_N_COLOURS; c++)
    {
      DuaalTally tally = { .n = 13, .covered = c * 3 };
      duaal_bar_renderer_draw_colour_value (cr, NULL, c, 16 + c * 196, 316, 180, 24, TRUE);
      duaal_bar_renderer_draw_progress (cr, NULL, &tally, 16 + c * 196, 356, 180, 24, TRUE);
    }

  cairo_destroy (cr);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/palette/colours-distinct-in-grey", test_colours_distinct_in_grey);
  g_test_add_func ("/palette/route-parts-distinct-in-grey", test_route_parts_distinct_in_grey);
  g_test_add_func ("/palette/symbols-distinct-in-grey", test_symbols_distinct_in_grey);
  g_test_add_func ("/palette/patterns-are-textured", test_patterns_are_textured);
  g_test_add_func ("/palette/base-colours", test_base_colours);
  g_test_add_func ("/palette/progress-fill", test_progress_fill);
  g_test_add_func ("/palette/wrap", test_wrap);
  g_test_add_func ("/palette/ellipsize", test_ellipsize);
  g_test_add_func ("/palette/scripts", test_scripts);
  g_test_add_func ("/palette/font-family", test_font_family);
  g_test_add_func ("/palette/screenshot", test_screenshot);
  return g_test_run ();
}
