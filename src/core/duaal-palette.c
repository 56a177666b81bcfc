/* duaal-palette.c
 *
 * Patterns are drawn as vector strokes clipped to the rectangle, never
 * as bitmaps, so they stay sharp in a PDF and at any zoom.  Hatch lines
 * and dots sit on a grid anchored at the user-space origin rather than
 * at each rectangle, so neighbouring rectangles of the same kind line
 * up as if they were one surface.
 *
 * The pattern ink is much darker (or, for dark green, much lighter)
 * than the base colour: in greyscale the base colours of red, orange
 * and dark green come close, but their textures stay apart.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "duaal-palette-private.h"

typedef struct {
  guint8 r, g, b;
} Rgb8;

/* GNOME HIG palette. */
static const Rgb8 colour_base[DUAAL_N_COLOURS] = {
  [DUAAL_COLOUR_GREY]        = { 0xc0, 0xbf, 0xbc },  /* Light 5 */
  [DUAAL_COLOUR_RED]         = { 0xe0, 0x1b, 0x24 },  /* Red 3 */
  [DUAAL_COLOUR_ORANGE]      = { 0xff, 0x78, 0x00 },  /* Orange 3 */
  [DUAAL_COLOUR_LIGHT_GREEN] = { 0x8f, 0xf0, 0xa4 },  /* Green 1 */
  [DUAAL_COLOUR_DARK_GREEN]  = { 0x26, 0xa2, 0x69 },  /* Green 5 */
};

static const Rgb8 colour_ink[DUAAL_N_COLOURS] = {
  [DUAAL_COLOUR_GREY]        = { 0x5e, 0x5c, 0x64 },
  [DUAAL_COLOUR_RED]         = { 0x6d, 0x0a, 0x10 },
  [DUAAL_COLOUR_ORANGE]      = { 0x8a, 0x3a, 0x00 },
  [DUAAL_COLOUR_LIGHT_GREEN] = { 0x1a, 0x6b, 0x40 },
  [DUAAL_COLOUR_DARK_GREEN]  = { 0xff, 0xff, 0xff },
};

static const Rgb8 part_base[DUAAL_N_ROUTE_PARTS] = {
  [DUAAL_ROUTE_PART_WORKPLACE] = { 0x62, 0xa0, 0xea },  /* Blue 2 */
  [DUAAL_ROUTE_PART_BOTH]      = { 0xc0, 0x61, 0xcb },  /* Purple 2 */
  [DUAAL_ROUTE_PART_CAMPUS]    = { 0xf8, 0xe4, 0x5c },  /* Yellow 2 */
  [DUAAL_ROUTE_PART_NONE]      = { 0xff, 0xff, 0xff },
};

static const Rgb8 part_ink[DUAAL_N_ROUTE_PARTS] = {
  [DUAAL_ROUTE_PART_WORKPLACE] = { 0x0b, 0x3d, 0x80 },
  [DUAAL_ROUTE_PART_BOTH]      = { 0x4a, 0x1d, 0x5e },
  [DUAAL_ROUTE_PART_CAMPUS]    = { 0x8a, 0x5c, 0x00 },
  [DUAAL_ROUTE_PART_NONE]      = { 0xff, 0xff, 0xff },
};

static const Rgb8 progress_fill = { 0x35, 0x84, 0xe4 };  /* Blue 3 */
static const Rgb8 trough = { 0xff, 0xff, 0xff };
static const Rgb8 text_ink = { 0x24, 0x1f, 0x31 };       /* Dark 4, as duaal-text.c */

static void
rgb8_to_doubles (Rgb8   c,
                 double rgb[3])
{
  rgb[0] = c.r / 255.0;
  rgb[1] = c.g / 255.0;
  rgb[2] = c.b / 255.0;
}

static void
set_source_rgb8 (cairo_t *cr,
                 Rgb8     c)
{
  cairo_set_source_rgb (cr, c.r / 255.0, c.g / 255.0, c.b / 255.0);
}

void
duaal_palette_get_rgb (DuaalColour colour,
                       double      rgb[3])
{
  g_return_if_fail (colour < DUAAL_N_COLOURS);
  rgb8_to_doubles (colour_base[colour], rgb);
}

void
duaal_palette_get_progress_rgb (double rgb[3])
{
  rgb8_to_doubles (progress_fill, rgb);
}

void
duaal_palette_get_trough_rgb (double rgb[3])
{
  rgb8_to_doubles (trough, rgb);
}

/* The pattern's pitch follows the rectangle's short side, so a small
 * badge and a tall bar both show several repeats, within limits that
 * keep it calm on big surfaces and visible on tiny ones. */
static double
pattern_pitch (double w,
               double h)
{
  return CLAMP (MIN (w, h) / 3.0, 3.0, 7.0);
}

typedef enum {
  HATCH_RISING = 1 << 0,    /* "/" */
  HATCH_FALLING = 1 << 1,   /* "\" */
} Hatch;

/* The smallest tile of hatching, in device pixels: a few periods, so
 * rounding it to whole pixels hardly changes the pitch. */
#define MIN_TILE_PIXELS 32.0

/* One tile of @hatch lines @period device pixels apart, anchored at
 * @rising_phase / @falling_phase (x + y and x - y modulo the period),
 * in the current source of @cr, on transparent pixels. */
static cairo_surface_t *
create_hatch_tile (cairo_t *cr,
                   Hatch    hatch,
                   int      size,
                   double   period,
                   double   rising_phase,
                   double   falling_phase,
                   double   line_width)
{
  cairo_surface_t *tile = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, size, size);
  cairo_t *tile_cr = cairo_create (tile);
  int repeats = (int) lround (size / period);
  double pad = line_width;

  /* Lines reach over the edges, and one more period each way, so what
   * leaves the tile on one side comes back on the other. */
  if (hatch & HATCH_RISING)
    for (int k = -2; k <= 2 * repeats + 2; k++)
      {
        double c = rising_phase + k * period;
        cairo_move_to (tile_cr, c + pad, -pad);
        cairo_line_to (tile_cr, c - size - pad, size + pad);
      }
  if (hatch & HATCH_FALLING)
    for (int k = -repeats - 2; k <= repeats + 2; k++)
      {
        double c = falling_phase + k * period;
        cairo_move_to (tile_cr, c - pad, -pad);
        cairo_line_to (tile_cr, c + size + pad, size + pad);
      }
  cairo_set_source (tile_cr, cairo_get_source (cr));
  cairo_set_line_width (tile_cr, line_width);
  cairo_set_line_cap (tile_cr, CAIRO_LINE_CAP_BUTT);
  cairo_stroke (tile_cr);
  cairo_destroy (tile_cr);
  return tile;
}

/* Hatching is hundreds of thin antialiased lines per bar, the most
 * costly thing in a chart.  On an image surface (the widget, PNG) one
 * small tile of them, painted with repeat in device pixels, looks the
 * same at a fraction of the cost; vector surfaces and rotated or
 * skewed drawing keep the lines.  FALSE when it does not apply. */
static gboolean
paint_hatch_tiled (cairo_t *cr,
                   Hatch    hatch,
                   double   pitch)
{
  cairo_matrix_t ctm;
  cairo_surface_t *tile;
  cairo_pattern_t *pattern;
  double period;
  int repeats, size;

  if (cairo_surface_get_type (cairo_get_target (cr)) != CAIRO_SURFACE_TYPE_IMAGE)
    return FALSE;
  cairo_get_matrix (cr, &ctm);
  if (ctm.xy != 0 || ctm.yx != 0 || ctm.xx <= 0 || fabs (ctm.xx - ctm.yy) > 1e-9 * ctm.xx)
    return FALSE;

  period = pitch * ctm.xx;
  if (period < 1.0)
    return FALSE;
  repeats = (int) ceil (MIN_TILE_PIXELS / period);
  size = (int) lround (repeats * period);
  period = (double) size / repeats;

  /* Anchored like the lines: x + y and x - y in device space, through
   * the translation of the transformation. */
  tile = create_hatch_tile (cr, hatch, size, period, fmod (ctm.x0 + ctm.y0, period),
                            fmod (ctm.x0 - ctm.y0, period), pitch * 0.22 * ctm.xx);
  pattern = cairo_pattern_create_for_surface (tile);
  cairo_pattern_set_extend (pattern, CAIRO_EXTEND_REPEAT);
  cairo_pattern_set_filter (pattern, CAIRO_FILTER_NEAREST);
  /* User space to pattern space is user space to device pixels. */
  cairo_pattern_set_matrix (pattern, &ctm);
  cairo_set_source (cr, pattern);
  cairo_paint (cr);
  cairo_pattern_destroy (pattern);
  cairo_surface_destroy (tile);
  return TRUE;
}

static void
stroke_hatch (cairo_t *cr,
              Hatch    hatch,
              double   x,
              double   y,
              double   w,
              double   h,
              double   pitch)
{
  if (paint_hatch_tiled (cr, hatch, pitch))
    return;

  /* A rising line is x + y = c on screen (y grows downwards), a falling
   * one x - y = c; c steps by pitch from a multiple of it, which anchors
   * the lines to the origin. */
  if (hatch & HATCH_RISING)
    for (double c = floor ((x + y) / pitch) * pitch; c <= x + w + y + h; c += pitch)
      {
        cairo_move_to (cr, c - (y + h), y + h);
        cairo_line_to (cr, c - y, y);
      }
  if (hatch & HATCH_FALLING)
    for (double c = floor ((x - y - h) / pitch) * pitch; c <= x + w - y; c += pitch)
      {
        cairo_move_to (cr, c + y, y);
        cairo_line_to (cr, c + y + h, y + h);
      }
  cairo_set_line_width (cr, pitch * 0.22);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  cairo_stroke (cr);
}

static void
fill_dots (cairo_t *cr,
           double   x,
           double   y,
           double   w,
           double   h,
           double   pitch)
{
  double step = pitch * 1.25;
  double radius = pitch * 0.27;
  double first_row = floor (y / step);

  /* Staggered rows, so the dots never line up into stripes. */
  for (double row = first_row; row * step <= y + h + step; row++)
    {
      double offset = fmod (row, 2.0) == 0.0 ? 0.0 : step / 2.0;
      for (double cx = floor (x / step) * step - step + offset; cx <= x + w + step; cx += step)
        {
          cairo_new_sub_path (cr);
          cairo_arc (cr, cx, row * step, radius, 0, 2 * G_PI);
        }
    }
  cairo_fill (cr);
}

static void
path_check_mark (cairo_t *cr,
                 double   cx,
                 double   cy,
                 double   size)
{
  cairo_move_to (cr, cx - 0.40 * size, cy + 0.02 * size);
  cairo_line_to (cr, cx - 0.12 * size, cy + 0.30 * size);
  cairo_line_to (cr, cx + 0.42 * size, cy - 0.30 * size);
}

static void
stroke_check_marks (cairo_t *cr,
                    double   x,
                    double   y,
                    double   w,
                    double   h)
{
  double cell = CLAMP (MIN (w, h) / 1.6, 5.0, 12.0);
  guint rows = MAX (1, (guint) floor (h / cell));
  double top = y + (h - rows * cell) / 2.0;

  for (guint row = 0; row < rows; row++)
    {
      double cy = top + (row + 0.5) * cell;
      /* Every other row shifted by half a cell, like the dots. */
      double shift = (row % 2) ? cell / 2.0 : 0.0;
      for (double cx = floor (x / cell) * cell + cell / 2.0 + shift; cx <= x + w + cell; cx += cell)
        path_check_mark (cr, cx, cy, cell * 0.6);
    }
  cairo_set_line_width (cr, cell * 0.11);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_stroke (cr);
}

static void
begin_fill (cairo_t *cr,
            Rgb8     base,
            double   x,
            double   y,
            double   w,
            double   h)
{
  cairo_save (cr);
  cairo_new_path (cr);
  cairo_rectangle (cr, x, y, w, h);
  cairo_clip (cr);
  set_source_rgb8 (cr, base);
  cairo_paint (cr);
}

static void
end_fill (cairo_t *cr)
{
  cairo_restore (cr);
}

void
duaal_palette_fill (cairo_t     *cr,
                    DuaalColour  colour,
                    double       x,
                    double       y,
                    double       w,
                    double       h)
{
  double pitch = pattern_pitch (w, h);

  g_return_if_fail (cr != NULL);
  g_return_if_fail (colour < DUAAL_N_COLOURS);

  if (w <= 0 || h <= 0)
    return;

  begin_fill (cr, colour_base[colour], x, y, w, h);
  set_source_rgb8 (cr, colour_ink[colour]);
  switch (colour)
    {
    case DUAAL_COLOUR_RED:
      stroke_hatch (cr, HATCH_RISING | HATCH_FALLING, x, y, w, h, pitch * 1.2);
      break;
    case DUAAL_COLOUR_ORANGE:
      stroke_hatch (cr, HATCH_RISING, x, y, w, h, pitch);
      break;
    case DUAAL_COLOUR_LIGHT_GREEN:
      fill_dots (cr, x, y, w, h, pitch);
      break;
    case DUAAL_COLOUR_DARK_GREEN:
      cairo_set_source_rgba (cr, 1, 1, 1, 0.85);
      stroke_check_marks (cr, x, y, w, h);
      break;
    case DUAAL_COLOUR_GREY:
    default:
      break;
    }
  end_fill (cr);
}

void
duaal_palette_fill_route_part (cairo_t        *cr,
                               DuaalRoutePart  part,
                               double          x,
                               double          y,
                               double          w,
                               double          h)
{
  double pitch = pattern_pitch (w, h);

  g_return_if_fail (cr != NULL);
  g_return_if_fail (part < DUAAL_N_ROUTE_PARTS);

  if (w <= 0 || h <= 0)
    return;

  begin_fill (cr, part_base[part], x, y, w, h);
  set_source_rgb8 (cr, part_ink[part]);
  switch (part)
    {
    case DUAAL_ROUTE_PART_WORKPLACE:
      stroke_hatch (cr, HATCH_RISING, x, y, w, h, pitch * 1.3);
      break;
    case DUAAL_ROUTE_PART_BOTH:
      stroke_hatch (cr, HATCH_RISING | HATCH_FALLING, x, y, w, h, pitch * 1.3);
      break;
    case DUAAL_ROUTE_PART_CAMPUS:
      stroke_hatch (cr, HATCH_FALLING, x, y, w, h, pitch * 1.3);
      break;
    case DUAAL_ROUTE_PART_NONE:
    default:
      break;
    }
  end_fill (cr);
}

static void
draw_glyph (cairo_t     *cr,
            DuaalColour  colour,
            double       cx,
            double       cy,
            double       r)
{
  switch (colour)
    {
    case DUAAL_COLOUR_GREY:
      cairo_move_to (cr, cx - 0.45 * r, cy);
      cairo_line_to (cr, cx + 0.45 * r, cy);
      break;
    case DUAAL_COLOUR_RED:
      cairo_move_to (cr, cx - 0.40 * r, cy - 0.40 * r);
      cairo_line_to (cr, cx + 0.40 * r, cy + 0.40 * r);
      cairo_move_to (cr, cx + 0.40 * r, cy - 0.40 * r);
      cairo_line_to (cr, cx - 0.40 * r, cy + 0.40 * r);
      break;
    case DUAAL_COLOUR_ORANGE:
      /* Half done: the right half of the disc is left white. */
      cairo_save (cr);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_arc (cr, cx, cy, r, -G_PI / 2, G_PI / 2);
      cairo_close_path (cr);
      cairo_fill (cr);
      cairo_restore (cr);
      cairo_move_to (cr, cx, cy - r);
      cairo_line_to (cr, cx, cy + r);
      break;
    case DUAAL_COLOUR_LIGHT_GREEN:
      path_check_mark (cr, cx, cy, 1.25 * r);
      break;
    case DUAAL_COLOUR_DARK_GREEN:
      path_check_mark (cr, cx - 0.28 * r, cy, 0.95 * r);
      path_check_mark (cr, cx + 0.30 * r, cy, 0.95 * r);
      break;
    default:
      g_return_if_reached ();
    }
  cairo_set_line_width (cr, MAX (0.9, 0.2 * r));
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_stroke (cr);
}

void
duaal_palette_draw_symbol (cairo_t     *cr,
                           DuaalColour  colour,
                           double       x,
                           double       y,
                           double       size)
{
  double r = size / 2.0;
  double cx = x + r;
  double cy = y + r;
  double outline = MAX (0.75, size * 0.06);

  g_return_if_fail (cr != NULL);
  g_return_if_fail (colour < DUAAL_N_COLOURS);

  if (size <= 0)
    return;

  cairo_save (cr);
  cairo_new_path (cr);
  cairo_arc (cr, cx, cy, r - outline / 2.0, 0, 2 * G_PI);
  set_source_rgb8 (cr, colour_base[colour]);
  cairo_fill (cr);

  /* Red and dark green get a white glyph, the light colours a dark one. */
  if (colour == DUAAL_COLOUR_RED || colour == DUAAL_COLOUR_DARK_GREEN)
    cairo_set_source_rgb (cr, 1, 1, 1);
  else
    set_source_rgb8 (cr, text_ink);
  draw_glyph (cr, colour, cx, cy, r - outline);

  cairo_arc (cr, cx, cy, r - outline / 2.0, 0, 2 * G_PI);
  set_source_rgb8 (cr, text_ink);
  cairo_set_line_width (cr, outline);
  cairo_stroke (cr);
  cairo_restore (cr);
}

void
duaal_palette_rounded_rectangle (cairo_t *cr,
                                 double   x,
                                 double   y,
                                 double   w,
                                 double   h,
                                 double   radius)
{
  double r = MIN (radius, MIN (w, h) / 2.0);

  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}
