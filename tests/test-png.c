/* test-png.c: the fast PNG writer gives back exactly what was drawn
 *
 * ... with its resolution (pHYs), checked by parsing the chunk and by
 * pngcheck, and a picture too tall for PNG refused in plain words.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <glib/gstdio.h>

#include "duaal-error.h"
#include "duaal-png.h"

/* The tests draw their pictures by copying a prepared surface, pixel
 * for pixel, through the same export every renderer uses. */
static void
paint_surface (cairo_t  *cr,
               gpointer  surface)
{
  cairo_set_operator (cr, CAIRO_OPERATOR_SOURCE);
  cairo_set_source_surface (cr, surface, 0, 0);
  cairo_paint (cr);
}

static gboolean
write_surface (cairo_surface_t  *surface,
               const char       *path,
               GError          **error)
{
  return duaal_png_render (cairo_image_surface_get_width (surface), cairo_image_surface_get_height (surface),
                           1, paint_surface, surface, path, error);
}

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

  g_assert_true (write_surface (original, path, &error));
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

/* Tall enough to be cut into bands compressed apart (one per core, at
 * least 64 rows each; 1001 rows do not divide evenly): every row, across
 * every band boundary, reads back exactly, in a stream whose checksums
 * Cairo's reader (libpng and zlib) verifies. */
static void
test_bands (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("duaal-png-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "tall.png", NULL);
  cairo_surface_t *original = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 301, 1001);
  cairo_surface_t *read_back;
  guint8 *data = cairo_image_surface_get_data (original);
  int stride = cairo_image_surface_get_stride (original);

  /* Flat runs and noise, different on every row. */
  for (int y = 0; y < 1001; y++)
    for (int x = 0; x < 301; x++)
      ((guint32 *) (data + y * stride))[x] = x < 150 ? 0x102030u * (guint32) (y % 7)
                                                     : (guint32) g_test_rand_int () & 0xffffff;
  cairo_surface_mark_dirty (original);

  g_assert_true (write_surface (original, path, &error));
  g_assert_no_error (error);
  read_back = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (read_back), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_height (read_back), ==, 1001);
  for (int y = 0; y < 1001; y++)
    for (int x = 0; x < 301; x++)
      {
        guint32 a = ((guint32 *) (data + y * stride))[x] & 0xffffff;
        guint32 b = ((guint32 *) (cairo_image_surface_get_data (read_back)
                                  + y * cairo_image_surface_get_stride (read_back)))[x] & 0xffffff;
        if (a != b)
          g_error ("pixel %d,%d: %06x became %06x", x, y, a, b);
      }

  cairo_surface_destroy (read_back);
  cairo_surface_destroy (original);
  g_unlink (path);
  g_rmdir (dir);
}

static void
draw_across_bands (cairo_t  *cr,
                   gpointer  data)
{
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  /* Slanted, antialiased and text: all of it crosses band edges. */
  cairo_set_source_rgb (cr, 0.2, 0.4, 0.8);
  cairo_set_line_width (cr, 3.3);
  for (int i = 0; i < 40; i++)
    {
      cairo_move_to (cr, i * 13.7, 0);
      cairo_line_to (cr, i * 13.7 + 250, 999);
    }
  cairo_stroke (cr);
  cairo_set_source_rgba (cr, 0.9, 0.1, 0.1, 0.6);
  cairo_arc (cr, 150, 500, 120, 0, 2 * G_PI);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_font_size (cr, 40);
  for (int y = 60; y < 1000; y += 63)
    {
      cairo_move_to (cr, 10, y + 0.4);
      cairo_show_text (cr, "Competentie");
    }
}

/* Drawn in bands on several threads, the picture is the one drawn
 * whole, pixel for pixel. */
static void
test_render_in_bands (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autofree char *dir = g_dir_make_tmp ("duaal-png-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "bands.png", NULL);
  cairo_surface_t *whole = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 400, 999);
  cairo_t *cr = cairo_create (whole);
  cairo_surface_t *read_back;
  int stride = cairo_image_surface_get_stride (whole);
  guint differences = 0;

  draw_across_bands (cr, NULL);
  cairo_destroy (cr);
  cairo_surface_flush (whole);

  g_assert_true (duaal_png_render_to_bytes (400, 999, 1.0, draw_across_bands, NULL, bytes, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, (const char *) bytes->data, bytes->len, NULL));
  read_back = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (read_back), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (read_back), ==, 400);
  g_assert_cmpint (cairo_image_surface_get_height (read_back), ==, 999);
  for (int y = 0; y < 999; y++)
    for (int x = 0; x < 400; x++)
      {
        guint32 a = ((guint32 *) (cairo_image_surface_get_data (whole) + y * stride))[x] & 0xffffff;
        guint32 b = ((guint32 *) (cairo_image_surface_get_data (read_back)
                                  + y * cairo_image_surface_get_stride (read_back)))[x] & 0xffffff;
        differences += a != b;
      }
  g_assert_cmpuint (differences, ==, 0);

  cairo_surface_destroy (read_back);
  cairo_surface_destroy (whole);
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
  g_assert_true (duaal_png_render_to_bytes (16, 9, 1.0, paint_surface, surface, bytes, &error));
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

  g_assert_false (write_surface (surface, "/nonexistent/dir/x.png", &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "/nonexistent/dir/x.png"));
  cairo_surface_destroy (surface);
}

static guint32
read_be32 (const guint8 *p)
{
  return (guint32) p[0] << 24 | (guint32) p[1] << 16 | (guint32) p[2] << 8 | p[3];
}

/* The data of the first chunk of @type in the PNG file @data, walking
 * the chunks from the signature; NULL when there is none.  Sets
 * @index to the chunk's position among the chunks. */
static const guint8 *
find_chunk (const guint8 *data,
            gsize         length,
            const char   *type,
            guint32      *chunk_length,
            guint        *index)
{
  gsize at = 8;

  *index = 0;
  while (at + 12 <= length)
    {
      guint32 n = read_be32 (data + at);

      if (memcmp (data + at + 4, type, 4) == 0)
        {
          *chunk_length = n;
          return data + at + 8;
        }
      at += 12 + (gsize) n;
      (*index)++;
    }
  return NULL;
}

static void
check_resolution (const char *path,
                  double      scale,
                  guint32     per_metre)
{
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface = draw_sample ();
  g_autofree char *contents = NULL;
  g_autofree char *pngcheck = g_find_program_in_path ("pngcheck");
  gsize length;
  const guint8 *phys;
  guint32 phys_length = 0;
  guint phys_index, idat_index;

  g_assert_true (duaal_png_render (37, 23, scale, paint_surface, surface, path, &error));
  g_assert_no_error (error);
  cairo_surface_destroy (surface);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));

  phys = find_chunk ((const guint8 *) contents, length, "pHYs", &phys_length, &phys_index);
  g_assert_nonnull (phys);
  g_assert_cmpuint (phys_length, ==, 9);
  g_assert_cmpuint (read_be32 (phys), ==, per_metre);
  g_assert_cmpuint (read_be32 (phys + 4), ==, per_metre);
  g_assert_cmpuint (phys[8], ==, 1);   /* the metre */
  /* PNG wants pHYs before the image data. */
  g_assert_nonnull (find_chunk ((const guint8 *) contents, length, "IDAT", &phys_length, &idat_index));
  g_assert_cmpuint (phys_index, <, idat_index);

  if (pngcheck != NULL)
    {
      g_autofree char *command = g_strdup_printf ("pngcheck -v '%s'", path);
      g_autofree char *out = NULL;
      g_autofree char *expected = g_strdup_printf ("%ux%u pixels/meter (%.0f dpi)", per_metre, per_metre,
                                                   96 * scale);
      int status;

      g_assert_true (g_spawn_command_line_sync (command, &out, NULL, &status, NULL));
      g_assert_true (g_spawn_check_wait_status (status, NULL));
      g_assert_nonnull (strstr (out, expected));
      g_assert_nonnull (strstr (out, "No errors detected"));
    }
}

/* 96 dpi at scale 1 (3780 pixels a metre), twice that at scale 2, so
 * a word processor places the picture at its size on screen. */
static void
test_resolution (void)
{
  g_autofree char *dir = g_dir_make_tmp ("duaal-png-XXXXXX", NULL);
  g_autofree char *one = g_build_filename (dir, "one.png", NULL);
  g_autofree char *two = g_build_filename (dir, "two.png", NULL);
  g_autofree char *pngcheck = g_find_program_in_path ("pngcheck");

  check_resolution (one, 1.0, 3780);
  check_resolution (two, 2.0, 7560);
  if (pngcheck == NULL)
    g_test_message ("pngcheck is not installed: checked by parsing only");
  g_unlink (one);
  g_unlink (two);
  g_rmdir (dir);
}

/* A table or chart too tall for PNG is refused before anything is
 * drawn, in words, and no file is left. */
static void
test_too_tall (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) wide_error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("duaal-png-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "tall.png", NULL);
  cairo_surface_t *surface = draw_sample ();

  g_assert_false (duaal_png_render (100, 20000, 2.0, paint_surface, surface, path, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "too tall"));
  g_assert_nonnull (strstr (error->message, "40000"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  g_assert_false (duaal_png_render (40000, 10, 1.0, paint_surface, surface, path, &wide_error));
  g_assert_error (wide_error, DUAAL_ERROR, DUAAL_ERROR_INVALID);
  g_assert_nonnull (strstr (wide_error->message, "too wide"));
  cairo_surface_destroy (surface);
  g_rmdir (dir);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/png/round-trip", test_round_trip);
  g_test_add_func ("/png/opaque", test_opaque);
  g_test_add_func ("/png/bands", test_bands);
  g_test_add_func ("/png/render-in-bands", test_render_in_bands);
  g_test_add_func ("/png/unwritable", test_unwritable);
  g_test_add_func ("/png/resolution", test_resolution);
  g_test_add_func ("/png/too-tall", test_too_tall);
  return g_test_run ();
}
