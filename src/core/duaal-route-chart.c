/* duaal-route-chart.c
 *
 * Measuring, paginating and drawing walk the same layout code
 * (Layout.draw and Layout.target_page tell them apart), so the height
 * measure reports is the height draw uses.  Text goes through Pango
 * (duaal-text-private.h) with unhinted metrics, so its widths are the
 * same on an image surface, in a PDF and in the widget.  Every text a
 * user typed has a bounded number of lines, so a name of any length
 * costs time in proportion to its length, once.
 *
 * Exports render into memory and are then written in one atomic step,
 * so a failing disk never leaves half a chart behind and the error can
 * name the file in words a coach understands.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>

#include "duaal-error.h"
#include "duaal-file.h"
#include "duaal-palette.h"
#include "duaal-png.h"
#include "duaal-chart-file-private.h"
#include "duaal-route-chart.h"
#include "duaal-route-chart-private.h"
#include "duaal-text-private.h"

#define MARGIN        24.0
#define TITLE_SIZE    22.0
#define TEXT_SIZE     13.0
#define SMALL_SIZE    11.0
#define LINE_SPACING  1.3
#define BAR_HEIGHT    24.0
#define MARKER_SIZE   18.0
#define GAP           8.0
#define ROW_GAP       14.0
#define COLUMN_GAP    24.0
#define SWATCH_W      30.0
#define SWATCH_H      16.0

/* Halvings when fitting a chart into a box: within 1/32 of the range. */
#define FIT_STEPS     5

/* Cairo's image surfaces stop at 32767 pixels a side. */
#define MAX_PIXELS    ((double) DUAAL_PNG_MAX_PIXELS)

/* Lines a text from the database may take: names and the
 * qualification in the title block, and a competence's title. */
#define MAX_NAME_LINES   3
#define MAX_TITLE_LINES  8

typedef struct {
  cairo_t                   *cr;
  DuaalText                  text;
  gboolean                   draw;       /* FALSE while measuring */
  double                     page_height;/* 0: one page as tall as needed */
  guint                      page;       /* the page being laid out */
  guint                      target_page;/* the page being drawn */
  guint                      rows_on_page;
  DuaalRoute                *routes[2];
  guint                      n_routes;
  const DuaalRouteChartInfo *info;
  double                     width;
  double                     y;          /* top of what comes next */
  double                     ink[3];     /* main text */
  double                     faint[3];   /* secondary text */
  double                     label_width;
  double                     column_x[2];
  double                     column_width;
  double                     bar_width;
} Layout;

/* Whether what is being laid out now is also drawn. */
static gboolean
drawing (Layout *l)
{
  return l->draw && l->page == l->target_page;
}

static void
set_rgb (cairo_t      *cr,
         const double  rgb[3])
{
  cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
}

static double
line_height (double size)
{
  return size * LINE_SPACING;
}

/* Draws @text wrapped to @max_width, in at most @max_lines lines (0:
 * any number), with its top at @top; returns the height used.
 * Nothing is drawn while measuring. */
static double
text_block (Layout       *l,
            const char   *text,
            double        x,
            double        top,
            double        max_width,
            int           max_lines,
            double        size,
            gboolean      bold,
            const double  rgb[3])
{
  g_autoptr(PangoLayout) layout = duaal_text_wrapped (&l->text, text, size, bold, max_width, max_lines);

  if (drawing (l))
    {
      set_rgb (l->cr, rgb);
      duaal_text_show (l->cr, layout, x, top);
    }
  return MAX (duaal_text_get_height (layout), line_height (size));
}

/* One line, shortened with "…" to @max_width. */
static void
text_line (Layout       *l,
           const char   *text,
           double        x,
           double        top,
           double        max_width,
           double        size,
           gboolean      bold,
           const double  rgb[3])
{
  g_autoptr(PangoLayout) layout = NULL;

  if (!drawing (l))
    return;
  layout = duaal_text_line (&l->text, text, size, bold, max_width);
  set_rgb (l->cr, rgb);
  /* Centred in the line's slot, whatever font the text fell back to. */
  duaal_text_show (l->cr, layout, x, top + (line_height (size) - duaal_text_get_height (layout)) / 2);
}

/* The width of one line of @text. */
static double
text_width (Layout     *l,
            const char *text,
            double      size)
{
  g_autoptr(PangoLayout) layout = duaal_text_line (&l->text, text, size, FALSE, -1);

  return duaal_text_get_width (layout);
}

static char *
period_name (guint period)
{
  if (period == 0)
    return g_strdup (_("Now"));
  return g_strdup_printf (_("Period %u"), period);
}

static char *
period_text (Layout *l)
{
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  guint period_a = duaal_route_get_period (l->routes[0]);

  if (l->info != NULL && l->info->period_label != NULL)
    return g_strdup (l->info->period_label);
  first = period_name (period_a);
  if (l->n_routes == 1 || duaal_route_get_period (l->routes[1]) == period_a)
    return g_steal_pointer (&first);
  second = period_name (duaal_route_get_period (l->routes[1]));
  return g_strdup_printf ("%s / %s", first, second);
}

static const char *
company_of (DuaalRoute *route)
{
  const char *company = duaal_learner_get_company_name (duaal_route_get_learner (route));
  return company != NULL && *company ? company : "—";
}

static void
layout_title_block (Layout *l)
{
  double content = l->width - 2 * MARGIN;
  DuaalQualification *qualification = duaal_route_get_qualification (l->routes[0]);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDateTime *date = l->info != NULL && l->info->date != NULL ? l->info->date : now;
  /* Translators: the date format in a chart's title block, see strftime */
  g_autofree char *date_text = g_date_time_format (date, _("%d/%m/%Y"));
  g_autofree char *period = period_text (l);
  g_autofree char *qualification_line = NULL;
  g_autofree char *when_line = NULL;

  l->y += text_block (l, l->n_routes == 2 ? _("Competence routes compared") : _("Competence route"),
                      MARGIN, l->y, content, 0, TITLE_SIZE, TRUE, l->ink);
  l->y += 4;

  for (guint i = 0; i < l->n_routes; i++)
    {
      DuaalLearner *learner = duaal_route_get_learner (l->routes[i]);
      g_autofree char *line = g_strdup_printf (_("Learner: %s · Company: %s"),
                                               duaal_learner_get_name (learner),
                                               company_of (l->routes[i]));
      l->y += text_block (l, line, MARGIN, l->y, content, MAX_NAME_LINES, TEXT_SIZE, FALSE, l->ink);
    }

  qualification_line = g_strdup_printf (_("Qualification: %s"),
                                        duaal_qualification_get_title (qualification));
  l->y += text_block (l, qualification_line, MARGIN, l->y, content, MAX_NAME_LINES, TEXT_SIZE, FALSE, l->ink);
  when_line = g_strdup_printf (_("Period: %s · Date: %s"), period, date_text);
  /* One line whatever the period's name: measuring does not know the
   * info, so nothing that depends on it may change the height. */
  text_line (l, when_line, MARGIN, l->y, content, TEXT_SIZE, FALSE, l->ink);
  l->y += line_height (TEXT_SIZE);
}

/* Items laid out left to right, wrapping to a new line like words. */
typedef struct {
  Layout *l;
  double  x;
  double  top;
  double  item_height;
} Flow;

static void
flow_begin (Flow   *f,
            Layout *l,
            double  item_height)
{
  f->l = l;
  f->x = MARGIN;
  f->top = l->y;
  f->item_height = item_height;
}

/* Returns the left edge where an item of @w goes. */
static double
flow_place (Flow   *f,
            double  w)
{
  double x;

  if (f->x > MARGIN && f->x + w > f->l->width - MARGIN)
    {
      f->x = MARGIN;
      f->top += f->item_height + 4;
    }
  x = f->x;
  f->x += w + 2 * GAP;
  return x;
}

static void
flow_end (Flow *f)
{
  f->l->y = f->top + f->item_height;
}

static void
layout_part_legend (Layout *l)
{
  double item_height = MAX (SWATCH_H, line_height (TEXT_SIZE));
  Flow flow;

  flow_begin (&flow, l, item_height);
  for (guint part = 0; part < DUAAL_N_ROUTE_PARTS; part++)
    {
      const char *label = duaal_route_part_get_label (part);
      double x, w;

      w = SWATCH_W + GAP / 2 + text_width (l, label, TEXT_SIZE);
      x = flow_place (&flow, w);
      if (!drawing (l))
        continue;
      duaal_palette_fill_route_part (l->cr, part, x, flow.top + (item_height - SWATCH_H) / 2,
                                     SWATCH_W, SWATCH_H);
      cairo_rectangle (l->cr, x + 0.5, flow.top + (item_height - SWATCH_H) / 2 + 0.5,
                       SWATCH_W - 1, SWATCH_H - 1);
      set_rgb (l->cr, l->faint);
      cairo_set_line_width (l->cr, 1);
      cairo_stroke (l->cr);
      text_line (l, label, x + SWATCH_W + GAP / 2,
                 flow.top + (item_height - line_height (TEXT_SIZE)) / 2 + 1,
                 w, TEXT_SIZE, FALSE, l->ink);
    }
  flow_end (&flow);
}

static void
layout_marker_legend (Layout *l)
{
  double item_height = MAX (MARKER_SIZE, line_height (SMALL_SIZE));
  Flow flow;

  flow_begin (&flow, l, item_height);
  for (guint colour = 0; colour < DUAAL_N_COLOURS; colour++)
    {
      const char *label = duaal_colour_get_label (colour);
      double x, w;

      w = MARKER_SIZE + GAP / 2 + text_width (l, label, SMALL_SIZE);
      x = flow_place (&flow, w);
      if (!drawing (l))
        continue;
      duaal_palette_draw_symbol (l->cr, colour, x, flow.top + (item_height - MARKER_SIZE) / 2,
                                 MARKER_SIZE);
      text_line (l, label, x + MARKER_SIZE + GAP / 2,
                 flow.top + (item_height - line_height (SMALL_SIZE)) / 2 + 1,
                 w, SMALL_SIZE, FALSE, l->ink);
    }
  flow_end (&flow);
}

static void
layout_legend (Layout *l)
{
  double content = l->width - 2 * MARGIN;

  l->y += text_block (l, _("Each bar is one competence: its indicators by where they came up "
                           "(coverage “sometimes” or “regularly” by the trainer at the workplace, "
                           "by the teacher on campus)."),
                      MARGIN, l->y, content, 0, SMALL_SIZE, FALSE, l->faint);
  l->y += 4;
  layout_part_legend (l);
  l->y += 8;
  l->y += text_block (l, _("The symbol before a bar is the competence’s colour by the teacher "
                           "(by the trainer, then the learner, while the teacher has not scored it):"),
                      MARGIN, l->y, content, 0, SMALL_SIZE, FALSE, l->faint);
  l->y += 4;
  layout_marker_legend (l);
}

static void
compute_columns (Layout *l)
{
  double content = l->width - 2 * MARGIN;
  double rest;

  /* Titles get a fixed share of the width; on a very wide chart (one
   * fitted into a slide is laid out wide) a bit less, so that the bars
   * still get most of it, but enough that titles stop wrapping. */
  l->label_width = CLAMP (content * (l->n_routes == 2 ? 0.28 : 0.36), 100.0, MAX (380.0, content * 0.25));
  rest = content - l->label_width - GAP;
  l->column_width = (rest - (l->n_routes - 1) * COLUMN_GAP) / l->n_routes;
  l->bar_width = MAX (20.0, l->column_width - MARKER_SIZE - GAP);
  for (guint i = 0; i < l->n_routes; i++)
    l->column_x[i] = MARGIN + l->label_width + GAP + i * (l->column_width + COLUMN_GAP);
}

/* In compare mode each column is headed by its learner, as in the
 * seed's figure of learner A beside learner B. */
static void
layout_column_headers (Layout *l)
{
  if (l->n_routes < 2)
    return;

  for (guint i = 0; i < l->n_routes; i++)
    {
      DuaalLearner *learner = duaal_route_get_learner (l->routes[i]);
      g_autofree char *period = period_name (duaal_route_get_period (l->routes[i]));
      g_autofree char *detail = g_strdup_printf ("%s · %s", company_of (l->routes[i]), period);

      text_line (l, duaal_learner_get_name (learner), l->column_x[i], l->y,
                 l->column_width, TEXT_SIZE, TRUE, l->ink);
      text_line (l, detail, l->column_x[i], l->y + line_height (TEXT_SIZE),
                 l->column_width, SMALL_SIZE, FALSE, l->faint);
    }
  l->y += line_height (TEXT_SIZE) + line_height (SMALL_SIZE) + 4;
}

/* The count of one part on a light chip, so the hatching does not cut
 * through the digits; only where it fits with a little air (the legend
 * and the indicator count still tell the story when it does not). */
static void
draw_count (cairo_t   *cr,
            DuaalText *text,
            guint      count,
            double     x0,
            double     x1,
            double     top,
            double     h)
{
  g_autofree char *digits = g_strdup_printf ("%u", count);
  double size = h * TEXT_SIZE / BAR_HEIGHT;
  g_autoptr(PangoLayout) layout = duaal_text_line (text, digits, size, TRUE, -1);
  double w = duaal_text_get_width (layout);

  if (w + size * 0.8 > x1 - x0)
    return;

  cairo_new_path (cr);
  duaal_palette_rounded_rectangle (cr, (x0 + x1 - w) / 2 - size * 0.23, top + h / 6,
                                   w + size * 0.46, h * 2 / 3, h / 8);
  cairo_set_source_rgba (cr, 1, 1, 1, 0.85);
  cairo_fill (cr);
  duaal_text_show_with_halo (cr, layout, (x0 + x1 - w) / 2, top + (h - duaal_text_get_height (layout)) / 2);
}

static void
draw_route_bar (cairo_t      *cr,
                DuaalText    *text,
                const guint   counts[DUAAL_N_ROUTE_PARTS],
                double        x,
                double        top,
                double        w,
                double        h,
                const double  outline[3])
{
  double radius = MIN (4.0, h / 4);
  guint n = 0;
  guint done = 0;

  for (guint part = 0; part < DUAAL_N_ROUTE_PARTS; part++)
    n += counts[part];

  cairo_save (cr);
  cairo_new_path (cr);
  duaal_palette_rounded_rectangle (cr, x, top, w, h, radius);
  cairo_clip (cr);

  /* Edges from the running sum, so the parts meet without gaps and
   * always add up to the full bar. */
  for (guint part = 0; part < DUAAL_N_ROUTE_PARTS && n > 0; part++)
    {
      double x0 = x + w * done / n;
      double x1;

      done += counts[part];
      x1 = x + w * done / n;
      if (counts[part] == 0)
        continue;
      duaal_palette_fill_route_part (cr, part, x0, top, x1 - x0, h);
      if (done < n)
        {
          cairo_move_to (cr, x1, top);
          cairo_line_to (cr, x1, top + h);
          cairo_set_source_rgba (cr, 0, 0, 0, 0.6);
          cairo_set_line_width (cr, 1.0);
          cairo_stroke (cr);
        }
      draw_count (cr, text, counts[part], x0, x1, top, h);
    }
  if (n == 0)
    duaal_palette_fill_route_part (cr, DUAAL_ROUTE_PART_NONE, x, top, w, h);
  cairo_restore (cr);

  cairo_save (cr);
  cairo_new_path (cr);
  duaal_palette_rounded_rectangle (cr, x + 0.5, top + 0.5, w - 1, h - 1, radius);
  set_rgb (cr, outline);
  cairo_set_line_width (cr, 1.0);
  cairo_stroke (cr);
  cairo_restore (cr);
}

void
duaal_route_chart_draw_bar (cairo_t     *cr,
                            const guint  counts[DUAAL_N_ROUTE_PARTS],
                            double       x,
                            double       y,
                            double       w,
                            double       h)
{
  static const double outline[3] = { 0.37, 0.37, 0.37 };
  g_auto(DuaalText) text = { 0 };

  g_return_if_fail (cr != NULL);
  g_return_if_fail (counts != NULL);

  if (w <= 0 || h <= 0)
    return;
  duaal_text_init (&text, cr, NULL);
  draw_route_bar (cr, &text, counts, x, y, w, h, outline);
}

static void
draw_column (Layout              *l,
             const DuaalRouteRow *row,
             guint                column,
             double               top)
{
  double x = l->column_x[column];

  if (row == NULL)
    {
      /* The other learner's qualification lacks this competence. */
      text_line (l, _("not in this qualification"), x, top + (BAR_HEIGHT - line_height (SMALL_SIZE)) / 2,
                 l->column_width, SMALL_SIZE, FALSE, l->faint);
      return;
    }
  duaal_palette_draw_symbol (l->cr, row->marker, x, top + (BAR_HEIGHT - MARKER_SIZE) / 2, MARKER_SIZE);
  draw_route_bar (l->cr, &l->text, row->counts, x + MARKER_SIZE + GAP, top, l->bar_width, BAR_HEIGHT, l->faint);
}

static double
label_block (Layout     *l,
             const char *title,
             guint       n,
             double      top,
             gboolean    bold)
{
  g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u indicator",
                                                         "%u indicators", n), n);
  double h;

  h = text_block (l, title, MARGIN, top, l->label_width, MAX_TITLE_LINES, TEXT_SIZE, bold, l->ink);
  h += text_block (l, count, MARGIN, top + h, l->label_width, 1, SMALL_SIZE, FALSE, l->faint);
  return h;
}

/* The first line of a row's title is centred on its bar. */
static double
label_offset (void)
{
  return (BAR_HEIGHT - line_height (TEXT_SIZE)) / 2;
}

/* A row's labels with its top at @top (drawn when drawing); returns
 * the row's height. */
static double
row_labels (Layout     *l,
            const char *title,
            guint       n,
            double      top,
            gboolean    bold)
{
  double height = label_offset () + label_block (l, title, n, top + label_offset (), bold);

  return MAX (height, BAR_HEIGHT);
}

/* A row's height without drawing it. */
static double
row_height (Layout     *l,
            const char *title,
            guint       n,
            gboolean    bold)
{
  gboolean draw = l->draw;
  double height;

  l->draw = FALSE;
  height = row_labels (l, title, n, 0, bold);
  l->draw = draw;
  return height;
}

/* Moves to a new page when a row of @height does not fit on this one;
 * a row taller than a page stays where it is, so nothing is lost. */
static void
make_room (Layout *l,
           double  height)
{
  if (l->page_height <= 0 || l->rows_on_page == 0 || l->y + height <= l->page_height - MARGIN)
    return;
  l->page++;
  l->rows_on_page = 0;
  l->y = MARGIN;
  if (l->n_routes == 1)
    {
      /* A loose printed page still says whose route it is. */
      DuaalLearner *learner = duaal_route_get_learner (l->routes[0]);
      g_autofree char *header = g_strdup_printf (_("Competence route of %s (continued)"),
                                                 duaal_learner_get_name (learner));
      text_line (l, header, MARGIN, l->y, l->width - 2 * MARGIN, SMALL_SIZE, FALSE, l->faint);
      l->y += line_height (SMALL_SIZE) + 8;
    }
  layout_column_headers (l);
}

static void
layout_row (Layout              *l,
            const DuaalRouteRow *row)
{
  g_autofree char *title = row->number > 0 ? g_strdup_printf ("%u. %s", row->number, row->title)
                                           : g_strdup (row->title);
  double height, top;

  /* Only pages need the height before the row is laid out. */
  if (l->page_height > 0)
    make_room (l, row_height (l, title, row->n, FALSE));
  top = l->y;
  height = row_labels (l, title, row->n, top, FALSE);
  if (drawing (l))
    for (guint i = 0; i < l->n_routes; i++)
      draw_column (l, i == 0 ? row : duaal_route_find_row (l->routes[i], row->competence_id), i, top);

  l->y = top + height + ROW_GAP;
  l->rows_on_page++;
}

/* Summed over all competences, below a rule. */
static void
layout_totals (Layout *l)
{
  guint n = duaal_qualification_get_n_indicators (duaal_route_get_qualification (l->routes[0]));
  double height, top;

  if (l->page_height > 0)
    make_room (l, row_height (l, _("All competences"), n, TRUE) + ROW_GAP / 2);
  if (drawing (l))
    {
      cairo_move_to (l->cr, MARGIN, l->y - ROW_GAP / 2);
      cairo_line_to (l->cr, l->width - MARGIN, l->y - ROW_GAP / 2);
      set_rgb (l->cr, l->faint);
      cairo_set_line_width (l->cr, 1.0);
      cairo_stroke (l->cr);
    }
  l->y += ROW_GAP / 2;
  top = l->y;
  height = row_labels (l, _("All competences"), n, top, TRUE);

  for (guint i = 0; drawing (l) && i < l->n_routes; i++)
    {
      guint totals[DUAAL_N_ROUTE_PARTS];

      duaal_route_get_totals (l->routes[i], totals);
      draw_route_bar (l->cr, &l->text, totals, l->column_x[i] + MARKER_SIZE + GAP, top,
                      l->bar_width, BAR_HEIGHT, l->faint);
    }
  l->y = top + height;
}

static void
layout_run (Layout *l)
{
  guint n_rows = duaal_route_get_n_rows (l->routes[0]);

  cairo_save (l->cr);
  duaal_text_init (&l->text, l->cr, l->info != NULL ? l->info->font : NULL);
  l->y = MARGIN;
  compute_columns (l);
  layout_title_block (l);
  l->y += 14;
  layout_legend (l);
  l->y += 20;
  /* The title block and legend count as the first page's first row. */
  l->rows_on_page = 1;
  layout_column_headers (l);
  for (guint i = 0; i < n_rows; i++)
    layout_row (l, duaal_route_get_row (l->routes[0], i));
  if (n_rows > 1)
    layout_totals (l);
  l->y += MARGIN;
  duaal_text_clear (&l->text);
  cairo_restore (l->cr);
}

static void
layout_init (Layout                    *l,
             cairo_t                   *cr,
             gboolean                   draw,
             DuaalRoute                *a,
             DuaalRoute                *b,
             const DuaalRouteChartInfo *info,
             double                     width,
             double                     page_height,
             guint                      target_page)
{
  gboolean dark = info != NULL && info->dark_theme;

  *l = (Layout) {
    .cr = cr, .draw = draw, .routes = { a, b }, .n_routes = b != NULL ? 2 : 1,
    .info = info, .width = width, .page_height = page_height, .target_page = target_page,
  };
  l->ink[0] = l->ink[1] = l->ink[2] = dark ? 1.0 : 0.14;
  l->faint[0] = l->faint[1] = l->faint[2] = dark ? 0.75 : 0.37;
}

typedef struct {
  double y;          /* the last page's final y */
  guint  n_pages;
  guint  n_layouts;  /* the text work */
  gsize  n_bytes;
} Measured;

/* Lays out without drawing. */
static void
measure_layout (DuaalRoute                *a,
                DuaalRoute                *b,
                const DuaalRouteChartInfo *info,
                double                     width,
                double                     page_height,
                Measured                  *measured)
{
  /* Only text extents are needed: any surface will do. */
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_A8, 1, 1);
  cairo_t *cr = cairo_create (surface);
  Layout l;

  layout_init (&l, cr, FALSE, a, b, info, width, page_height, 0);
  layout_run (&l);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  *measured = (Measured) { l.y, l.page + 1, l.text.n_layouts, l.text.n_bytes };
}

void
duaal_route_chart_measure (DuaalRoute                *a,
                           DuaalRoute                *b,
                           const DuaalRouteChartInfo *info,
                           double                     width,
                           double                    *height)
{
  Measured measured;

  g_return_if_fail (DUAAL_IS_ROUTE (a));
  g_return_if_fail (b == NULL || DUAAL_IS_ROUTE (b));
  g_return_if_fail (height != NULL);

  measure_layout (a, b, info, width, 0, &measured);
  *height = ceil (measured.y);
}

void
duaal_route_chart_count_text_work (DuaalRoute *a,
                                   DuaalRoute *b,
                                   double      width,
                                   guint      *n_layouts,
                                   gsize      *n_bytes)
{
  Measured measured;

  measure_layout (a, b, NULL, width, 0, &measured);
  *n_layouts = measured.n_layouts;
  *n_bytes = measured.n_bytes;
}

static void
paint_background (cairo_t                   *cr,
                  const DuaalRouteChartInfo *info,
                  double                     width,
                  double                     height)
{
  if (info != NULL && info->dark_theme)
    cairo_set_source_rgb (cr, 0.14, 0.14, 0.14);
  else
    cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);
}

void
duaal_route_chart_draw (cairo_t                   *cr,
                        DuaalRoute                *a,
                        DuaalRoute                *b,
                        const DuaalRouteChartInfo *info,
                        double                     width,
                        double                     height)
{
  Layout l;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (DUAAL_IS_ROUTE (a));
  g_return_if_fail (b == NULL || DUAAL_IS_ROUTE (b));

  cairo_save (cr);
  paint_background (cr, info, width, height);
  layout_init (&l, cr, TRUE, a, b, info, width, 0, 0);
  layout_run (&l);
  cairo_restore (cr);
}

guint
duaal_route_chart_get_n_pages (DuaalRoute                *a,
                               DuaalRoute                *b,
                               const DuaalRouteChartInfo *info,
                               double                     width,
                               double                     page_height)
{
  Measured measured;

  g_return_val_if_fail (DUAAL_IS_ROUTE (a), 0);
  g_return_val_if_fail (b == NULL || DUAAL_IS_ROUTE (b), 0);
  g_return_val_if_fail (page_height > 0, 0);

  measure_layout (a, b, info, width, page_height, &measured);
  return measured.n_pages;
}

void
duaal_route_chart_draw_page (cairo_t                   *cr,
                             DuaalRoute                *a,
                             DuaalRoute                *b,
                             const DuaalRouteChartInfo *info,
                             double                     width,
                             double                     page_height,
                             guint                      page)
{
  Layout l;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (DUAAL_IS_ROUTE (a));
  g_return_if_fail (b == NULL || DUAAL_IS_ROUTE (b));
  g_return_if_fail (page_height > 0);

  cairo_save (cr);
  paint_background (cr, info, width, page_height);
  layout_init (&l, cr, TRUE, a, b, info, width, page_height, page);
  layout_run (&l);
  cairo_restore (cr);
}

/* Exporting */

static char *
document_title (DuaalRoute *a,
                DuaalRoute *b)
{
  const char *name_a = duaal_learner_get_name (duaal_route_get_learner (a));

  if (b == NULL)
    return g_strdup_printf (_("Competence route of %s"), name_a);
  /* Translators: a PDF's title, "Competence routes of Ann and Bert" */
  return g_strdup_printf (_("Competence routes of %s and %s"), name_a,
                          duaal_learner_get_name (duaal_route_get_learner (b)));
}

/* A PDF names what it shows, for the reader's title bar and a search. */
static void
set_pdf_metadata (cairo_surface_t *surface,
                  DuaalRoute      *a,
                  DuaalRoute      *b)
{
  g_autofree char *title = document_title (a, b);

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT,
                                  duaal_qualification_get_title (duaal_route_get_qualification (a)));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Duaal");
}

/* The vector surfaces; PNG is drawn by duaal_png_render_to_bytes(). */
static cairo_surface_t *
create_surface (DuaalChartFormat  format,
                GByteArray       *bytes,
                DuaalRoute       *a,
                DuaalRoute       *b,
                double            width,
                double            height)
{
  cairo_surface_t *surface = NULL;

  switch (format)
    {
    case DUAAL_CHART_FORMAT_SVG:
      surface = cairo_svg_surface_create_for_stream (duaal_chart_append_to_bytes, bytes, width, height);
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
      break;
    case DUAAL_CHART_FORMAT_PDF:
      surface = cairo_pdf_surface_create_for_stream (duaal_chart_append_to_bytes, bytes, width, height);
      set_pdf_metadata (surface, a, b);
      break;
    default:
      g_assert_not_reached ();
    }
  return surface;
}

/* Where and how large the chart goes in the exported image. */
typedef struct {
  double width;         /* the image, in output units */
  double height;
  double layout_width;  /* the chart, in layout units */
  double layout_height;
  double zoom;          /* output units per layout unit */
} Placement;

typedef struct {
  DuaalRoute                *a;
  DuaalRoute                *b;
  const DuaalRouteChartInfo *info;
  const Placement           *place;
  double                     scale;
} ChartJob;

/* The chart as placed in its image; for PNG once per band of rows, on
 * several threads at once (duaal_png_render_to_bytes()). */
static void
draw_placed (cairo_t  *cr,
             gpointer  data)
{
  const ChartJob *job = data;
  const Placement *place = job->place;

  cairo_scale (cr, job->scale, job->scale);
  if (place->layout_height * place->zoom < place->height)
    {
      /* A fitted chart shorter than its box sits in the middle of it. */
      paint_background (cr, job->info, place->width, place->height);
      cairo_translate (cr, 0, floor ((place->height - place->layout_height * place->zoom) / 2));
    }
  cairo_scale (cr, place->zoom, place->zoom);
  duaal_route_chart_draw (cr, job->a, job->b, job->info, place->layout_width, place->layout_height);
}

/* Renders into @bytes; FALSE only when Cairo itself failed. */
static gboolean
render_to_bytes (DuaalChartFormat           format,
                 GByteArray                *bytes,
                 DuaalRoute                *a,
                 DuaalRoute                *b,
                 const DuaalRouteChartInfo *info,
                 const Placement           *place,
                 double                     scale,
                 GError                   **error)
{
  ChartJob job = { a, b, info, place, format == DUAAL_CHART_FORMAT_PNG ? scale : 1.0 };
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  if (format == DUAAL_CHART_FORMAT_PNG)
    return duaal_png_render_to_bytes ((int) lround (place->width * scale), (int) ceil (place->height * scale),
                                      scale, draw_placed, &job, bytes, error);

  surface = create_surface (format, bytes, a, b, place->width, place->height);
  cr = cairo_create (surface);
  draw_placed (cr, &job);
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    g_set_error_literal (error, DUAAL_ERROR, DUAAL_ERROR_IO, cairo_status_to_string (status));
  return status == CAIRO_STATUS_SUCCESS;
}

static const char *
explain_file_error (const GError *error)
{
  if (error->domain != G_FILE_ERROR)
    return error->message;
  switch (error->code)
    {
    case G_FILE_ERROR_NOENT:
    case G_FILE_ERROR_NOTDIR: return _("the folder does not exist");
    case G_FILE_ERROR_ACCES:
    case G_FILE_ERROR_PERM: return _("you may not write there");
    case G_FILE_ERROR_ROFS: return _("the disk is read-only");
    case G_FILE_ERROR_NOSPC: return _("the disk is full");
    case G_FILE_ERROR_ISDIR: return _("that is a folder, not a file");
    default: return error->message;
    }
}

static gboolean
check_size (const char        *path,
            DuaalChartFormat   format,
            double             width,
            double             height,
            double             scale,
            GError           **error)
{
  gboolean ok = isfinite (width) && isfinite (height) && isfinite (scale)
             && width >= 1.0 && height >= 1.0 && scale > 0.0;

  if (ok && format == DUAAL_CHART_FORMAT_PNG && lround (width * scale) >= 1 && width * scale <= MAX_PIXELS
      && height * scale > MAX_PIXELS)
    {
      /* A long route or long texts: the chart itself is fine, only a
       * picture cannot hold it. */
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   _("The chart is too tall for a PNG picture: “%s” would be %.0f pixels high, "
                     "and a PNG picture can be at most %.0f. Save it as PDF or SVG, or choose a smaller scale."),
                   path, ceil (height * scale), MAX_PIXELS);
      return FALSE;
    }
  if (ok && format == DUAAL_CHART_FORMAT_PNG)
    ok = lround (width * scale) >= 1 && width * scale <= MAX_PIXELS;
  if (!ok)
    g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                 _("“%s” cannot be made %g pixels wide at scale %g: an image must be between 1 and %g pixels wide and high"),
                 path, width, scale, MAX_PIXELS);
  return ok;
}

/* Files leave the desktop: they get the default font, not the one a
 * widget's @info may name. */
static DuaalRouteChartInfo
info_for_file (const DuaalRouteChartInfo *info)
{
  DuaalRouteChartInfo copy = { 0 };

  if (info != NULL)
    copy = *info;
  copy.font = NULL;
  return copy;
}

static gboolean
export_placed (DuaalRoute                *a,
               DuaalRoute                *b,
               const DuaalRouteChartInfo *info,
               const char                *path,
               DuaalChartFormat           format,
               const Placement           *place,
               double                     scale,
               GError                   **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autoptr(GError) local_error = NULL;

  if (!check_size (path, format, place->width, place->height, scale, error))
    return FALSE;

  if (!render_to_bytes (format, bytes, a, b, info, place, scale, &local_error))
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_IO,
                   _("Could not draw the chart for “%s”: %s"),
                   path, local_error->message);
      return FALSE;
    }

  /* Written in one go, atomically, so a half-written chart never
   * replaces a good one. */
  if (!duaal_file_replace_contents (path, bytes->data, bytes->len, &local_error))
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_IO,
                   _("Could not save the chart as “%s”: %s"),
                   path, explain_file_error (local_error));
      return FALSE;
    }
  return TRUE;
}

gboolean
duaal_route_chart_export (DuaalRoute                *a,
                          DuaalRoute                *b,
                          const DuaalRouteChartInfo *info,
                          const char                *path,
                          double                     width_px,
                          double                     scale,
                          GError                   **error)
{
  Placement place = { .width = width_px, .layout_width = width_px, .zoom = 1.0 };
  DuaalRouteChartInfo file_info = info_for_file (info);
  DuaalChartFormat format;

  g_return_val_if_fail (DUAAL_IS_ROUTE (a), FALSE);
  g_return_val_if_fail (b == NULL || DUAAL_IS_ROUTE (b), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!duaal_chart_format_from_path (path, &format, error))
    return FALSE;
  if (!isfinite (width_px) || width_px < 1.0)
    return check_size (path, format, width_px, 1, scale, error);
  duaal_route_chart_measure (a, b, &file_info, width_px, &place.height);
  place.layout_height = place.height;
  return export_placed (a, b, &file_info, path, format, &place, scale, error);
}

gboolean
duaal_route_chart_fit (DuaalRoute *a,
                       DuaalRoute *b,
                       double      width,
                       double      height,
                       double     *layout_width,
                       double     *layout_height,
                       double     *zoom)
{
  double w = width;
  double h;

  g_return_val_if_fail (DUAAL_IS_ROUTE (a), FALSE);
  g_return_val_if_fail (b == NULL || DUAAL_IS_ROUTE (b), FALSE);
  g_return_val_if_fail (width >= 1.0 && height >= 1.0, FALSE);
  g_return_val_if_fail (layout_width != NULL && layout_height != NULL && zoom != NULL, FALSE);

  duaal_route_chart_measure (a, b, NULL, w, &h);
  if (h > height)
    {
      /* At the width where this height would just fit, titles wrap no
       * more, so the chart is no taller: it fits.  Wrapping less, it
       * may fit narrower, with larger text: the narrowest width that
       * fits lies between the box's own and that one, found by halving. */
      double fits_w, fits_h, low = width;

      fits_w = width * h / height;
      duaal_route_chart_measure (a, b, NULL, fits_w, &fits_h);
      for (guint step = 0; step < FIT_STEPS; step++)
        {
          w = (low + fits_w) / 2;
          duaal_route_chart_measure (a, b, NULL, w, &h);
          if (h * width / w <= height)
            {
              fits_w = w;
              fits_h = h;
            }
          else
            low = w;
        }
      w = fits_w;
      h = fits_h;
    }
  *layout_width = w;
  *layout_height = h;
  *zoom = width / w;
  return *zoom >= DUAAL_ROUTE_CHART_MIN_ZOOM;
}

gboolean
duaal_route_chart_export_sized (DuaalRoute                *a,
                                DuaalRoute                *b,
                                const DuaalRouteChartInfo *info,
                                const char                *path,
                                double                     width_px,
                                double                     height_px,
                                double                     scale,
                                GError                   **error)
{
  Placement place = { .width = width_px, .height = height_px };
  DuaalRouteChartInfo file_info = info_for_file (info);
  DuaalChartFormat format;

  g_return_val_if_fail (DUAAL_IS_ROUTE (a), FALSE);
  g_return_val_if_fail (b == NULL || DUAAL_IS_ROUTE (b), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (height_px == 0)
    return duaal_route_chart_export (a, b, info, path, width_px, scale, error);
  if (!duaal_chart_format_from_path (path, &format, error)
      || !check_size (path, format, width_px, height_px, scale, error))
    return FALSE;
  if (!duaal_route_chart_fit (a, b, width_px, height_px,
                              &place.layout_width, &place.layout_height, &place.zoom))
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   _("The chart does not fit in %g × %g for “%s”: its text would become too small to read. "
                     "Choose a larger size, or let the chart be as tall as it needs."),
                   width_px, height_px, path);
      return FALSE;
    }
  return export_placed (a, b, &file_info, path, format, &place, scale, error);
}
