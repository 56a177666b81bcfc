/* test-palette.c: colours are never the only signal (SPEC section 4)
 *
 * Every colour and every route part is rendered to a small image,
 * turned to grey as a greyscale printer would, and compared with the
 * others: no two may look alike.  Also pins the progress bar's fill and
 * the text layout the renderers share, and writes
 * screenshots/core-bars.png for a human to look at.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "duaal-bar-renderer.h"
#include "duaal-palette.h"
#include "duaal-palette-private.h"

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
  duaal_bar_renderer_draw_progress (cr, &tally, 0, 0, 200, 20, FALSE);
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
  duaal_palette_select_font (cr, 12, FALSE);
  return cr;
}

static void
test_wrap (void)
{
  const char *title = "Voert de voorbereidende werkzaamheden uit met betrekking tot "
                      "onderhoudswerkzaamheden aan elektrotechnische installaties";
  cairo_t *cr = text_context ();
  g_auto(GStrv) lines = duaal_palette_wrap (cr, title, 200);
  g_autofree char *joined = g_strjoinv (" ", lines);
  g_auto(GStrv) tiny = duaal_palette_wrap (cr, "Onderhoudswerkzaamheden", 40);
  g_autofree char *tiny_joined = g_strjoinv ("", tiny);
  g_auto(GStrv) empty = duaal_palette_wrap (cr, "", 100);

  g_assert_cmpuint (g_strv_length (lines), >, 2);
  for (guint i = 0; lines[i] != NULL; i++)
    g_assert_cmpfloat (duaal_palette_text_width (cr, lines[i]), <=, 200);
  g_assert_cmpstr (joined, ==, title);

  /* A word wider than the line is cut between characters, nothing lost. */
  g_assert_cmpuint (g_strv_length (tiny), >, 1);
  for (guint i = 0; tiny[i] != NULL; i++)
    g_assert_cmpfloat (duaal_palette_text_width (cr, tiny[i]), <=, 40);
  g_assert_cmpstr (tiny_joined, ==, "Onderhoudswerkzaamheden");

  g_assert_cmpuint (g_strv_length (empty), ==, 1);
  g_assert_cmpstr (empty[0], ==, "");
  cairo_destroy (cr);
}

static void
test_ellipsize (void)
{
  cairo_t *cr = text_context ();
  g_autofree char *fits = duaal_palette_ellipsize (cr, "Verworven", 500);
  g_autofree char *cut = duaal_palette_ellipsize (cr, "Gedeeltelijk verworven", 60);
  g_autofree char *nothing = duaal_palette_ellipsize (cr, "Verworven", 1);

  g_assert_cmpstr (fits, ==, "Verworven");
  g_assert_true (g_str_has_suffix (cut, "…"));
  g_assert_cmpfloat (duaal_palette_text_width (cr, cut), <=, 60);
  /* What is kept before "…" is the start of the label. */
  cut[strlen (cut) - strlen ("…")] = '\0';
  g_assert_cmpuint (strlen (cut), >, 0);
  g_assert_true (g_str_has_prefix ("Gedeeltelijk verworven", cut));
  g_assert_cmpstr (nothing, ==, "");
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

      duaal_bar_renderer_draw_colour_value (cr, c, 16, y, 220, 24, FALSE);
      duaal_bar_renderer_draw_colour_value (cr, c, 252, y - 4, 300, 36, FALSE);
      duaal_bar_renderer_draw_colour_value (cr, c, 568, y, 90, 24, FALSE);
      duaal_bar_renderer_draw_progress (cr, &tally, 674, y, 160, 24, FALSE);
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
      duaal_bar_renderer_draw_colour_value (cr, c, 16 + c * 196, 316, 180, 24, TRUE);
      duaal_bar_renderer_draw_progress (cr, &tally, 16 + c * 196, 356, 180, 24, TRUE);
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
  g_test_add_func ("/palette/screenshot", test_screenshot);
  return g_test_run ();
}
