/* test-png.c: the fast PNG writer gives back exactly what was drawn
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>

#include "duaal-error.h"
#include "duaal-png.h"

static cairo_surface_t *
draw_sample (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 37, 23);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, 0, 0, 20, 23);
  cairo_fill (cr);
  cairo_set_source_rgba (cr, 0.88, 0.11, 0.14, 1.0);
  cairo_rectangle (cr, 3, 3, 10, 10);
  cairo_fill (cr);
  /* half transparent: must come back unpremultiplied and premultiplied again */
  cairo_set_source_rgba (cr, 0.15, 0.64, 0.41, 0.5);
  cairo_rectangle (cr, 15, 5, 20, 15);
  cairo_fill (cr);
  cairo_destroy (cr);
  return surface;
}

static void
test_round_trip (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("duaal-png-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "sample.png", NULL);
  cairo_surface_t *original = draw_sample ();
  cairo_surface_t *read_back;
  int stride;

  g_assert_true (duaal_png_write (original, path, &error));
  g_assert_no_error (error);
  read_back = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (read_back), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (read_back), ==, 37);
  g_assert_cmpint (cairo_image_surface_get_height (read_back), ==, 23);
  stride = cairo_image_surface_get_stride (original);
  g_assert_cmpint (cairo_image_surface_get_stride (read_back), ==, stride);

  for (int y = 0; y < 23; y++)
    for (int x = 0; x < 37; x++)
      {
        const guint8 *a = cairo_image_surface_get_data (original) + y * stride + x * 4;
        const guint8 *b = cairo_image_surface_get_data (read_back) + y * stride + x * 4;
        for (int k = 0; k < 4; k++)
          if (ABS (a[k] - b[k]) > 1)
            g_error ("pixel %d,%d channel %d: %u became %u", x, y, k, a[k], b[k]);
      }

  cairo_surface_destroy (read_back);
  cairo_surface_destroy (original);
  g_unlink (path);
  g_rmdir (dir);
}

/* An opaque picture is written without alpha and reads back the same. */
static void
test_opaque (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 16, 9);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 0.2, 0.4, 0.6);
  cairo_paint (cr);
  cairo_destroy (cr);
  g_assert_true (duaal_png_encode (surface, bytes, &error));
  g_assert_no_error (error);
  /* IHDR: width, height, bit depth 8, colour type 2 (RGB) */
  g_assert_cmpuint (bytes->len, >, 26);
  g_assert_cmpuint (bytes->data[19], ==, 16);
  g_assert_cmpuint (bytes->data[23], ==, 9);
  g_assert_cmpuint (bytes->data[24], ==, 8);
  g_assert_cmpuint (bytes->data[25], ==, 2);
  cairo_surface_destroy (surface);
}

static void
test_unwritable (void)
{
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface = draw_sample ();

  g_assert_false (duaal_png_write (surface, "/nonexistent/dir/x.png", &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "/nonexistent/dir/x.png"));
  cairo_surface_destroy (surface);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/png/round-trip", test_round_trip);
  g_test_add_func ("/png/opaque", test_opaque);
  g_test_add_func ("/png/unwritable", test_unwritable);
  return g_test_run ();
}
