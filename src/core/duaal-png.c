/* duaal-png.c: PNG files of Cairo drawings, fast
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>
#include <zlib.h>

#include "duaal-error.h"
#include "duaal-file.h"
#include "duaal-png.h"

static gboolean
write_bytes (GByteArray  *bytes,
             const char  *path,
             GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  if (!duaal_file_replace_contents (path, bytes->data, bytes->len, &local_error))
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_IO, _("Could not save “%s”: %s"), path, local_error->message);
      return FALSE;
    }
  return TRUE;
}

/* The picture is cut into bands of rows, one per core.  Each band is
 * drawn by its own thread into its own image surface over its part of
 * one buffer, then filtered and compressed by its own thread into a raw
 * deflate stream; the streams are joined into one zlib stream (every
 * band but the last ends on a byte boundary without the final-block
 * bit, as pigz does) whose Adler-32 is combined from the bands'.  The
 * file is an ordinary PNG; on two cores an export takes about half the
 * time. */

#define MIN_BAND_ROWS 64
#define MAX_BANDS     8

typedef struct {
  guint8           *pixels;      /* the band's first row in the picture */
  int               stride;
  int               width;
  int               first_row;
  int               n_rows;
  /* drawing */
  DuaalPngDrawFunc  draw;
  gpointer          draw_data;
  cairo_status_t    status;
  gboolean          opaque;
  /* encoding */
  int               bpp;         /* 3 (RGB) or 4 (RGBA) */
  gboolean          last;
  gsize             filtered_length;  /* n_rows * (1 + width * bpp) */
  guint8           *deflated;
  gsize             deflated_length;
  uLong             adler;
  gboolean          ok;
} Band;

static guint
count_bands (int height)
{
  guint n = MIN (g_get_num_processors (), MAX_BANDS);

  return CLAMP ((guint) (height / MIN_BAND_ROWS), 1, MAX (n, 1));
}

static Band *
split_into_bands (guint8 *data,
                  int     width,
                  int     height,
                  int     stride,
                  guint   n_bands)
{
  Band *bands = g_new0 (Band, n_bands);
  int first_row = 0;

  for (guint i = 0; i < n_bands; i++)
    {
      int n_rows = height / n_bands + ((int) i < height % (int) n_bands ? 1 : 0);

      bands[i] = (Band) { .pixels = data + (gsize) first_row * stride, .stride = stride,
                          .width = width, .first_row = first_row, .n_rows = n_rows,
                          .last = i + 1 == n_bands };
      first_row += n_rows;
    }
  return bands;
}

static void
free_bands (Band  *bands,
            guint  n_bands)
{
  for (guint i = 0; i < n_bands; i++)
    g_free (bands[i].deflated);
  g_free (bands);
}

/* Runs @func on every band, all at once; the caller's thread takes the
 * last one (and any a thread could not be started for). */
static void
run_on_bands (Band        *bands,
              guint        n_bands,
              GThreadFunc  func)
{
  g_autofree GThread **threads = g_new0 (GThread *, n_bands);

  for (guint i = 0; i + 1 < n_bands; i++)
    threads[i] = g_thread_try_new ("duaal-png", func, &bands[i], NULL);
  for (guint i = 0; i < n_bands; i++)
    if (threads[i] == NULL)
      func (&bands[i]);
  for (guint i = 0; i < n_bands; i++)
    if (threads[i] != NULL)
      g_thread_join (threads[i]);
}

static gboolean
rows_are_opaque (const guint8 *data,
                 int           width,
                 int           n_rows,
                 int           stride)
{
  for (int y = 0; y < n_rows; y++)
    {
      const guint32 *row = (const guint32 *) (data + (gsize) y * stride);
      for (int x = 0; x < width; x++)
        if ((row[x] >> 24) != 0xff)
          return FALSE;
    }
  return TRUE;
}

static gpointer
draw_band (gpointer data)
{
  Band *band = data;
  cairo_surface_t *surface = cairo_image_surface_create_for_data (band->pixels, CAIRO_FORMAT_ARGB32,
                                                                  band->width, band->n_rows, band->stride);
  cairo_t *cr = cairo_create (surface);

  /* The band sees the whole picture through a window of its rows:
   * what falls outside is clipped away early by Cairo. */
  cairo_translate (cr, 0, -band->first_row);
  band->draw (cr, band->draw_data);
  band->status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  cairo_surface_destroy (surface);
  band->opaque = rows_are_opaque (band->pixels, band->width, band->n_rows, band->stride);
  return NULL;
}

/* Cairo keeps premultiplied native-endian ARGB; PNG wants straight RGBA,
 * or RGB when every pixel is opaque (a quarter less to compress). */
static void
unpremultiply_row (const guint32 *pixels,
                   guint8        *out,
                   int            width,
                   int            bpp)
{
  for (int x = 0; x < width; x++)
    {
      guint32 p = pixels[x];
      guint a = bpp == 4 ? p >> 24 : 0xff;
      guint r = (p >> 16) & 0xff, g = (p >> 8) & 0xff, b = p & 0xff;

      if (a != 0xff && a != 0)
        {
          r = (r * 255 + a / 2) / a;
          g = (g * 255 + a / 2) / a;
          b = (b * 255 + a / 2) / a;
        }
      out[bpp * x] = r;
      out[bpp * x + 1] = g;
      out[bpp * x + 2] = b;
      if (bpp == 4)
        out[bpp * x + 3] = a;
    }
}

/* PNG filter type 1 (Sub), in place from the right: flat runs become
 * runs of zeros, which run-length matching packs best. */
static void
filter_sub (guint8 *row,
            gsize   length,
            int     bpp)
{
  for (gsize i = length - 1; i >= (gsize) bpp; i--)
    row[i] -= row[i - bpp];
}

/* Filters and compresses the band row by row through one row buffer:
 * a filtered copy of the whole band would be megabytes of fresh memory,
 * and faulting it in costs more than the filtering. */
static gboolean
deflate_band (Band   *band,
              guint8 *row)
{
  gsize row_bytes = (gsize) band->width * band->bpp;
  z_stream z = { 0 };
  uLong bound;
  int rc = Z_OK;

  band->filtered_length = (gsize) band->n_rows * (row_bytes + 1);
  /* zlib counts in 32 bits; no chart comes near. */
  if (band->filtered_length > G_MAXUINT32 / 2)
    return FALSE;
  /* Raw deflate (no zlib header): the bands are joined under one.
   * Charts are runs of flat colour: run-length matching finds nearly
   * all there is to find, far faster than full deflate. */
  if (deflateInit2 (&z, Z_BEST_SPEED, Z_DEFLATED, -15, 8, Z_RLE) != Z_OK)
    return FALSE;
  bound = deflateBound (&z, band->filtered_length) + 16;
  band->deflated = g_try_malloc (bound);
  if (band->deflated == NULL)
    {
      deflateEnd (&z);
      return FALSE;
    }
  z.next_out = band->deflated;
  z.avail_out = (uInt) bound;
  band->adler = adler32 (0, NULL, 0);

  for (int y = 0; y < band->n_rows && rc == Z_OK; y++)
    {
      gboolean last_row = y + 1 == band->n_rows;

      row[0] = 1;
      unpremultiply_row ((const guint32 *) (band->pixels + (gsize) y * band->stride), row + 1,
                         band->width, band->bpp);
      filter_sub (row + 1, row_bytes, band->bpp);
      band->adler = adler32 (band->adler, row, (uInt) (row_bytes + 1));
      z.next_in = row;
      z.avail_in = (uInt) (row_bytes + 1);
      rc = deflate (&z, !last_row ? Z_NO_FLUSH : band->last ? Z_FINISH : Z_SYNC_FLUSH);
      if (z.avail_in != 0)
        rc = Z_BUF_ERROR;
    }
  band->deflated_length = z.total_out;
  deflateEnd (&z);
  return band->last ? rc == Z_STREAM_END : rc == Z_OK;
}

static gpointer
encode_band (gpointer data)
{
  Band *band = data;
  g_autofree guint8 *row = g_try_malloc ((gsize) band->width * band->bpp + 1);

  band->ok = row != NULL && deflate_band (band, row);
  return NULL;
}

static void
put_be32 (guint8  *out,
          guint32  value)
{
  out[0] = value >> 24;
  out[1] = value >> 16;
  out[2] = value >> 8;
  out[3] = value;
}

static void
append_be32 (GByteArray *bytes,
             guint32     value)
{
  guint8 be[4];

  put_be32 (be, value);
  g_byte_array_append (bytes, be, 4);
}

/* A chunk is its length, type, data and the CRC of type and data. */
static void
append_chunk (GByteArray   *bytes,
              const char   *type,
              const guint8 *data,
              gsize         length)
{
  uLong crc = crc32 (crc32 (0, NULL, 0), (const Bytef *) type, 4);

  append_be32 (bytes, (guint32) length);
  g_byte_array_append (bytes, (const guint8 *) type, 4);
  /* crc32 (crc, NULL, 0) would start over rather than go on. */
  if (length > 0)
    {
      g_byte_array_append (bytes, data, (guint) length);
      crc = crc32 (crc, data, (uInt) length);
    }
  append_be32 (bytes, (guint32) crc);
}

/* Joins the bands' streams under one zlib header and checksum, in one
 * IDAT chunk written straight into @bytes. */
static void
append_image_data (GByteArray *bytes,
                   Band       *bands,
                   guint       n_bands)
{
  static const guint8 header[2] = { 0x78, 0x01 };   /* deflate, 32K window, fastest */
  uLong adler = adler32 (0, NULL, 0);
  uLong crc = crc32 (crc32 (0, NULL, 0), (const Bytef *) "IDAT", 4);
  gsize length = sizeof header + 4;
  guint8 trailer[4];
  guint8 *out;

  for (guint i = 0; i < n_bands; i++)
    length += bands[i].deflated_length;
  append_be32 (bytes, (guint32) length);
  g_byte_array_append (bytes, (const guint8 *) "IDAT", 4);

  /* Room for all of it at once, then filled in place. */
  g_byte_array_set_size (bytes, bytes->len + length);
  out = bytes->data + bytes->len - length;
  memcpy (out, header, sizeof header);
  out += sizeof header;
  for (guint i = 0; i < n_bands; i++)
    {
      memcpy (out, bands[i].deflated, bands[i].deflated_length);
      out += bands[i].deflated_length;
      adler = adler32_combine (adler, bands[i].adler, (z_off_t) bands[i].filtered_length);
    }
  put_be32 (trailer, (guint32) adler);
  memcpy (out, trailer, 4);
  crc = crc32 (crc, bytes->data + bytes->len - length, (uInt) length);
  append_be32 (bytes, (guint32) crc);
}

/* pHYs: the picture's resolution in pixels per metre, the same across
 * and down, so a word processor places it at its size on screen: 96
 * dpi (3780 px/m, CSS's pixel) at scale 1, @scale times that when each
 * unit took @scale pixels. */
static void
append_resolution (GByteArray *bytes,
                   double      scale)
{
  guint8 phys[9] = { 0 };
  guint32 per_metre = (guint32) CLAMP (lround (DUAAL_PNG_PIXELS_PER_METRE * (scale > 0 ? scale : 1.0)),
                                       1, G_MAXINT32);

  put_be32 (phys, per_metre);
  put_be32 (phys + 4, per_metre);
  phys[8] = 1;                      /* unit: the metre */
  append_chunk (bytes, "pHYs", phys, sizeof phys);
}

/* Compresses the bands of a picture of @width x @height and appends
 * the PNG file to @bytes; FALSE when memory ran out. */
static gboolean
encode_bands (Band       *bands,
              guint       n_bands,
              int         width,
              int         height,
              double      scale,
              gboolean    opaque,
              GByteArray *bytes)
{
  static const guint8 signature[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  guint8 ihdr[13] = { 0 };

  for (guint i = 0; i < n_bands; i++)
    bands[i].bpp = opaque ? 3 : 4;
  run_on_bands (bands, n_bands, encode_band);
  for (guint i = 0; i < n_bands; i++)
    if (!bands[i].ok)
      return FALSE;

  put_be32 (ihdr, (guint32) width);
  put_be32 (ihdr + 4, (guint32) height);
  ihdr[8] = 8;                      /* bits per channel */
  ihdr[9] = opaque ? 2 : 6;         /* RGB or RGBA; compression, filter, interlace 0 */
  g_byte_array_append (bytes, signature, 8);
  append_chunk (bytes, "IHDR", ihdr, sizeof ihdr);
  append_resolution (bytes, scale);
  append_image_data (bytes, bands, n_bands);
  append_chunk (bytes, "IEND", NULL, 0);
  return TRUE;
}

static void
set_out_of_memory (GError **error)
{
  g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_IO, _("There was not enough memory to make the PNG picture."));
}

/* Plainly, before anything is allocated: a long table or chart at a
 * large scale is the usual cause. */
static gboolean
check_size (int      width_px,
            int      height_px,
            GError **error)
{
  if (height_px > DUAAL_PNG_MAX_PIXELS)
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   _("The picture is too tall for a PNG file: it would be %d pixels high, and a PNG "
                     "picture can be at most %d. Save it as PDF, or choose a smaller scale."),
                   height_px, DUAAL_PNG_MAX_PIXELS);
      return FALSE;
    }
  if (width_px > DUAAL_PNG_MAX_PIXELS)
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   _("The picture is too wide for a PNG file: it would be %d pixels wide, and a PNG "
                     "picture can be at most %d. Save it as PDF, or choose a smaller scale."),
                   width_px, DUAAL_PNG_MAX_PIXELS);
      return FALSE;
    }
  return TRUE;
}

gboolean
duaal_png_render_to_bytes (int                width_px,
                           int                height_px,
                           double             scale,
                           DuaalPngDrawFunc   draw,
                           gpointer           data,
                           GByteArray        *bytes,
                           GError           **error)
{
  int stride;
  g_autofree guint8 *pixels = NULL;
  guint n_bands;
  Band *bands;
  gboolean opaque = TRUE;
  cairo_status_t status = CAIRO_STATUS_SUCCESS;
  gboolean ok = FALSE;

  g_return_val_if_fail (width_px > 0 && height_px > 0, FALSE);
  g_return_val_if_fail (draw != NULL && bytes != NULL, FALSE);

  if (!check_size (width_px, height_px, error))
    return FALSE;

  stride = cairo_format_stride_for_width (CAIRO_FORMAT_ARGB32, width_px);
  /* Zeroed: what nothing is drawn on stays transparent. */
  pixels = stride > 0 ? g_try_malloc0 ((gsize) stride * height_px) : NULL;
  if (pixels == NULL)
    {
      set_out_of_memory (error);
      return FALSE;
    }

  n_bands = count_bands (height_px);
  bands = split_into_bands (pixels, width_px, height_px, stride, n_bands);
  for (guint i = 0; i < n_bands; i++)
    {
      bands[i].draw = draw;
      bands[i].draw_data = data;
    }
  run_on_bands (bands, n_bands, draw_band);
  for (guint i = 0; i < n_bands; i++)
    {
      opaque = opaque && bands[i].opaque;
      if (status == CAIRO_STATUS_SUCCESS)
        status = bands[i].status;
    }

  if (status != CAIRO_STATUS_SUCCESS)
    g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_IO, _("The picture could not be drawn: %s"),
                 cairo_status_to_string (status));
  else if (!(ok = encode_bands (bands, n_bands, width_px, height_px, scale, opaque, bytes)))
    set_out_of_memory (error);
  free_bands (bands, n_bands);
  return ok;
}

typedef struct {
  double            scale;
  DuaalPngDrawFunc  draw;
  gpointer          data;
} ScaledDraw;

static void
draw_scaled (cairo_t  *cr,
             gpointer  data)
{
  const ScaledDraw *scaled = data;

  cairo_scale (cr, scaled->scale, scaled->scale);
  scaled->draw (cr, scaled->data);
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
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  ScaledDraw scaled = { scale > 0 ? scale : 1.0, draw, data };
  double width_px = ceil (width * scaled.scale), height_px = ceil (height * scaled.scale);

  /* Checked in doubles, before they become ints. */
  if (!check_size ((int) MIN (width_px, G_MAXINT), (int) MIN (height_px, G_MAXINT), error))
    return FALSE;
  if (!duaal_png_render_to_bytes ((int) width_px, (int) height_px, scaled.scale,
                                  draw_scaled, &scaled, bytes, error))
    return FALSE;
  return write_bytes (bytes, path, error);
}
