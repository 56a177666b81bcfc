/* duaal-png.c: PNG files from Cairo image surfaces, fast
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <png.h>
#include <setjmp.h>
#include <zlib.h>

#include "duaal-error.h"
#include "duaal-png.h"

static void
append_data (png_structp  png,
             png_bytep    data,
             png_size_t   length)
{
  g_byte_array_append (png_get_io_ptr (png), data, (guint) length);
}

static void
flush_nothing (png_structp png)
{
}

/* Cairo keeps premultiplied native-endian ARGB; PNG wants straight RGBA,
 * or RGB when every pixel is opaque (a quarter less to compress). */
static void
unpremultiply_row (const guint32 *pixels,
                   guint8        *out,
                   int            width,
                   gboolean       has_alpha)
{
  for (int x = 0; x < width; x++)
    {
      guint32 p = pixels[x];
      guint a = has_alpha ? p >> 24 : 0xff;
      guint r = (p >> 16) & 0xff, g = (p >> 8) & 0xff, b = p & 0xff;

      if (!has_alpha)
        {
          out[3 * x] = r;
          out[3 * x + 1] = g;
          out[3 * x + 2] = b;
          continue;
        }
      if (a != 0xff && a != 0)
        {
          r = (r * 255 + a / 2) / a;
          g = (g * 255 + a / 2) / a;
          b = (b * 255 + a / 2) / a;
        }
      out[4 * x] = r;
      out[4 * x + 1] = g;
      out[4 * x + 2] = b;
      out[4 * x + 3] = a;
    }
}

static gboolean
is_opaque (cairo_surface_t *surface)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  const guint8 *data = cairo_image_surface_get_data (surface);

  if (cairo_image_surface_get_format (surface) == CAIRO_FORMAT_RGB24)
    return TRUE;
  for (int y = 0; y < height; y++)
    {
      const guint32 *row = (const guint32 *) (data + (gsize) y * stride);
      for (int x = 0; x < width; x++)
        if ((row[x] >> 24) != 0xff)
          return FALSE;
    }
  return TRUE;
}

/* libpng reports errors by longjmp: nothing with a destructor may live
 * in this frame. */
static gboolean
encode_rows (png_structp      png,
             png_infop        info,
             cairo_surface_t *surface,
             guint8          *row)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  const guint8 *data = cairo_image_surface_get_data (surface);
  gboolean has_alpha = !is_opaque (surface);

  if (setjmp (png_jmpbuf (png)))
    return FALSE;

  png_set_IHDR (png, info, width, height, 8, has_alpha ? PNG_COLOR_TYPE_RGB_ALPHA : PNG_COLOR_TYPE_RGB,
                PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  /* Charts are runs of flat colour: run-length matching finds nearly
   * all there is to find, far faster than full deflate. */
  png_set_compression_level (png, Z_BEST_SPEED);
  png_set_compression_strategy (png, Z_RLE);
  png_set_filter (png, PNG_FILTER_TYPE_BASE, PNG_FILTER_SUB);
  png_write_info (png, info);
  for (int y = 0; y < height; y++)
    {
      unpremultiply_row ((const guint32 *) (data + (gsize) y * stride), row, width, has_alpha);
      png_write_row (png, row);
    }
  png_write_end (png, info);
  return TRUE;
}

gboolean
duaal_png_encode (cairo_surface_t  *surface,
                  GByteArray       *bytes,
                  GError          **error)
{
  png_structp png;
  png_infop info = NULL;
  g_autofree guint8 *row = NULL;
  gboolean ok = FALSE;
  cairo_format_t format;

  g_return_val_if_fail (surface != NULL && bytes != NULL, FALSE);

  format = cairo_image_surface_get_format (surface);
  if (cairo_surface_get_type (surface) != CAIRO_SURFACE_TYPE_IMAGE ||
      (format != CAIRO_FORMAT_ARGB32 && format != CAIRO_FORMAT_RGB24) ||
      cairo_image_surface_get_width (surface) <= 0 || cairo_image_surface_get_height (surface) <= 0)
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_IO, _("This picture cannot be saved as PNG."));
      return FALSE;
    }

  cairo_surface_flush (surface);
  row = g_malloc ((gsize) cairo_image_surface_get_width (surface) * 4);
  png = png_create_write_struct (PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
  if (png != NULL)
    info = png_create_info_struct (png);
  if (info != NULL)
    {
      png_set_write_fn (png, bytes, append_data, flush_nothing);
      ok = encode_rows (png, info, surface, row);
    }
  png_destroy_write_struct (&png, &info);
  if (!ok)
    g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_IO, _("There was not enough memory to make the PNG picture."));
  return ok;
}

gboolean
duaal_png_write (cairo_surface_t  *surface,
                 const char       *path,
                 GError          **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autoptr(GError) local_error = NULL;

  if (!duaal_png_encode (surface, bytes, error))
    return FALSE;
  if (!g_file_set_contents (path, (const char *) bytes->data, bytes->len, &local_error))
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_IO, _("Could not save “%s”: %s"), path, local_error->message);
      return FALSE;
    }
  return TRUE;
}

gboolean
duaal_png_render (double            width,
                  double            height,
                  double            scale,
                  DuaalPngDrawFunc  draw,
                  gpointer          data,
                  const char       *path,
                  GError          **error)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  gboolean ok;

  if (scale <= 0)
    scale = 1.0;
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                        (int) ceil (width * scale), (int) ceil (height * scale));
  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  draw (cr, data);
  cairo_destroy (cr);
  ok = duaal_png_write (surface, path, error);
  cairo_surface_destroy (surface);
  return ok;
}
