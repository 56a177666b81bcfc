/* duaal-learning-line-chart.c: the learning line chart, one renderer for widget and files
 *
 * First the geometry is laid out (every text measured with the Pango
 * layouts it will be drawn with), then drawn from it: the widget, its
 * accessible cells and every file format share both steps.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>
#include <math.h>

#include "duaal-chart-file-private.h"
#include "duaal-error.h"
#include "duaal-file.h"
#include "duaal-learning-line-chart.h"
#include "duaal-png.h"
#include "duaal-text-private.h"

#define MARGIN          24.0
#define TITLE_SIZE      18.0
#define TEXT_SIZE       12.0
#define SMALL_SIZE      11.0
#define LINE_SPACING    1.3
#define GAP             8.0
#define MIN_ROW_HEIGHT  30.0
#define MIN_COLUMN      44.0
#define LEGEND_SYMBOL   7.0
#define HEADER_LINES    4
#define LABEL_LINES     3
#define MAX_WIDTH       DUAAL_PNG_MAX_PIXELS

typedef struct {
  DuaalLearningLine                *line;
  const DuaalLearningLineChartInfo *info;
  DuaalText                         text;
  cairo_t                          *cr;
  gboolean                          draw;
  double                            width;
  double                            ink[3];
  double                            faint[3];
  double                            y;
  double                            label_width;
  double                            column_x;      /* the first column's left edge */
  double                            column_width;
  double                            header_top;
  double                            header_height;
  double                           *row_top;       /* per competence */
  double                           *row_height;
} Layout;

static const double start_rgb[3] = { 0.11, 0.44, 0.73 };   /* blue */
static const double deepen_rgb[3] = { 0.85, 0.42, 0.0 };   /* orange: apart from blue for colour-blind eyes too */
static const double done_rgb[3] = { 0.30, 0.65, 0.30 };

static void
set_rgb (cairo_t      *cr,
         const double  rgb[3])
{
  cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
}

/* @str wrapped to @max_width at (@x, @top), drawn only when drawing;
 * returns its height. */
static double
text_block (Layout       *l,
            const char   *str,
            double        x,
            double        top,
            double        max_width,
            int           max_lines,
            double        size,
            gboolean      bold,
            gboolean      italic,
            const double  rgb[3])
{
  g_autoptr(PangoLayout) layout = duaal_text_wrapped (&l->text, str, size, bold, max_width, max_lines);

  if (italic)
    duaal_text_set_italic (layout);
  if (l->draw)
    {
      set_rgb (l->cr, rgb);
      duaal_text_show (l->cr, layout, x, top);
    }
  return MAX (duaal_text_get_height (layout), size * LINE_SPACING);
}

const char *
duaal_learning_mark_describe (DuaalLearningMark mark)
{
  switch (mark)
    {
    case DUAAL_LEARNING_MARK_START: return _("Starts here");
    case DUAAL_LEARNING_MARK_DEEPEN: return _("Deepens here");
    case DUAAL_LEARNING_MARK_NONE:
    default: return _("Not offered here");
    }
}

/* The two marks: a filled circle and a filled diamond, centred on (@x, @y). */
static void
draw_mark (cairo_t           *cr,
           DuaalLearningMark  mark,
           double             x,
           double             y,
           double             r)
{
  if (mark == DUAAL_LEARNING_MARK_START)
    {
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      set_rgb (cr, start_rgb);
    }
  else if (mark == DUAAL_LEARNING_MARK_DEEPEN)
    {
      cairo_move_to (cr, x, y - r * 1.2);
      cairo_line_to (cr, x + r * 1.2, y);
      cairo_line_to (cr, x, y + r * 1.2);
      cairo_line_to (cr, x - r * 1.2, y);
      cairo_close_path (cr);
      set_rgb (cr, deepen_rgb);
    }
  else
    return;
  cairo_fill (cr);
}

/* A check mark, the sign of a context done. */
static void
draw_check (cairo_t *cr,
            double   x,
            double   y,
            double   size)
{
  cairo_save (cr);
  cairo_set_line_width (cr, size / 5);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_move_to (cr, x, y + size * 0.5);
  cairo_line_to (cr, x + size * 0.35, y + size * 0.85);
  cairo_line_to (cr, x + size, y);
  set_rgb (cr, done_rgb);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
layout_title (Layout *l)
{
  const char *qualification = l->info != NULL ? l->info->qualification : NULL;
  const char *learner = l->info != NULL ? l->info->learner : NULL;
  g_autofree char *title = qualification != NULL
    /* Translators: the chart's title, "Learning line: Elektrotechnicus" */
    ? g_strdup_printf (_("Learning line: %s"), qualification)
    : g_strdup (_("Learning line"));
  double inner = l->width - 2 * MARGIN;

  l->y += text_block (l, title, MARGIN, l->y, inner, 2, TITLE_SIZE, TRUE, FALSE, l->ink);
  if (learner != NULL && duaal_learning_line_has_learner (l->line))
    {
      guint n = duaal_learning_line_get_n_contexts (l->line), done = 0;
      g_autofree char *subtitle = NULL;

      for (guint k = 0; k < n; k++)
        done += duaal_learning_line_is_done (l->line, k);
      /* Translators: "Ann Peeters: 2 of 3 contexts done" */
      subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %u of %u context done",
                                               "%s: %u of %u contexts done", n), learner, done, n);
      l->y += 4 + text_block (l, subtitle, MARGIN, l->y + 4, inner, 2, TEXT_SIZE, FALSE, FALSE, l->faint);
    }
}

/* One legend entry at (*@x, y); moves *@x past it. */
static void
legend_entry (Layout            *l,
              DuaalLearningMark  mark,
              gboolean           check,
              const char        *label,
              double            *x)
{
  g_autoptr(PangoLayout) layout = duaal_text_line (&l->text, label, SMALL_SIZE, FALSE, -1);
  double h = SMALL_SIZE * LINE_SPACING;

  if (l->draw)
    {
      if (check)
        draw_check (l->cr, *x, l->y + h / 2 - LEGEND_SYMBOL / 2, LEGEND_SYMBOL * 1.6);
      else
        draw_mark (l->cr, mark, *x + LEGEND_SYMBOL, l->y + h / 2, LEGEND_SYMBOL * 0.8);
      set_rgb (l->cr, l->ink);
      duaal_text_show (l->cr, layout, *x + 2 * LEGEND_SYMBOL + 6, l->y + (h - duaal_text_get_height (layout)) / 2);
    }
  *x += 2 * LEGEND_SYMBOL + 6 + duaal_text_get_width (layout) + 24;
}

static void
layout_legend (Layout *l)
{
  double x = MARGIN;

  legend_entry (l, DUAAL_LEARNING_MARK_START, FALSE, _("Starts: the first context that offers the competence"), &x);
  if (x > l->width - 200)
    {
      l->y += SMALL_SIZE * LINE_SPACING + 4;
      x = MARGIN;
    }
  legend_entry (l, DUAAL_LEARNING_MARK_DEEPEN, FALSE, _("Deepens: a later context offers it again"), &x);
  if (duaal_learning_line_has_learner (l->line))
    {
      if (x > l->width - 200)
        {
          l->y += SMALL_SIZE * LINE_SPACING + 4;
          x = MARGIN;
        }
      legend_entry (l, DUAAL_LEARNING_MARK_NONE, TRUE, _("Context done by the learner"), &x);
    }
  l->y += SMALL_SIZE * LINE_SPACING;
}

static void
compute_columns (Layout *l)
{
  guint n = MAX (duaal_learning_line_get_n_contexts (l->line), 1);
  double inner = l->width - 2 * MARGIN;

  l->label_width = CLAMP (inner * 0.35, 120, 380);
  l->column_x = MARGIN + l->label_width;
  l->column_width = MAX ((inner - l->label_width) / n, MIN_COLUMN);
}

static void
shade_done_columns (Layout *l,
                    double  bottom)
{
  if (!l->draw)
    return;
  for (guint k = 0; k < duaal_learning_line_get_n_contexts (l->line); k++)
    if (duaal_learning_line_is_done (l->line, k))
      {
        cairo_rectangle (l->cr, l->column_x + k * l->column_width, l->header_top,
                         l->column_width, bottom - l->header_top);
        cairo_set_source_rgba (l->cr, done_rgb[0], done_rgb[1], done_rgb[2], 0.16);
        cairo_fill (l->cr);
      }
}

static void
layout_headers (Layout *l)
{
  guint n = duaal_learning_line_get_n_contexts (l->line);
  double height = 0;

  l->header_top = l->y;
  for (guint k = 0; k < n; k++)
    {
      DuaalContext *context = duaal_learning_line_get_context (l->line, k);
      g_autofree char *number = g_strdup_printf ("%u", k + 1);
      double x = l->column_x + k * l->column_width + 4;
      double w = l->column_width - 8;
      double h = text_block (l, number, x, l->y, w, 1, TEXT_SIZE, TRUE, FALSE, l->ink);

      if (l->draw && duaal_learning_line_is_done (l->line, k))
        draw_check (l->cr, x + w - TEXT_SIZE, l->y + 2, TEXT_SIZE * 0.9);
      h += text_block (l, duaal_context_get_title (context), x, l->y + h, w, HEADER_LINES,
                       SMALL_SIZE, FALSE, FALSE, l->ink);
      height = MAX (height, h);
    }
  l->header_height = height + GAP;
  l->y += l->header_height;
}

static void
layout_row (Layout *l,
            guint   c)
{
  guint n = duaal_learning_line_get_n_contexts (l->line);
  const char *id = duaal_learning_line_get_competence_id (l->line, c);
  const char *title = duaal_learning_line_get_competence_title (l->line, c);
  g_autofree char *label = g_str_equal (id, title) ? g_strdup (id) : g_strdup_printf ("%s  %s", id, title);
  double top = l->y + GAP / 2;
  double w = l->label_width - GAP;
  double h;

  if (l->draw && c % 2 == 0)
    {
      cairo_rectangle (l->cr, MARGIN, l->y, l->width - 2 * MARGIN, l->row_height[c]);
      cairo_set_source_rgba (l->cr, l->ink[0], l->ink[1], l->ink[2], 0.05);
      cairo_fill (l->cr);
    }
  h = text_block (l, label, MARGIN + 4, top, w - 4, LABEL_LINES, TEXT_SIZE, FALSE, FALSE, l->ink);
  if (duaal_learning_line_is_uncovered (l->line, c))
    h += text_block (l, _("Uncovered: no context offers it"), MARGIN + 4, top + h, w - 4, 2,
                     SMALL_SIZE, TRUE, TRUE, deepen_rgb);
  h = MAX (h + GAP, MIN_ROW_HEIGHT);
  if (!l->draw)
    {
      l->row_top[c] = l->y;
      l->row_height[c] = h;
    }
  for (guint k = 0; l->draw && k < n; k++)
    draw_mark (l->cr, duaal_learning_line_get_mark (l->line, c, k),
               l->column_x + (k + 0.5) * l->column_width, l->y + MIN (h, MIN_ROW_HEIGHT + GAP) / 2,
               MIN (l->column_width / 5, 7.5));
  l->y += l->row_height[c];
}

static void
layout_grid_lines (Layout *l)
{
  guint n = duaal_learning_line_get_n_contexts (l->line);

  if (!l->draw)
    return;
  cairo_save (l->cr);
  cairo_set_line_width (l->cr, 1);
  cairo_set_source_rgba (l->cr, l->ink[0], l->ink[1], l->ink[2], 0.25);
  for (guint k = 0; k <= n; k++)
    {
      cairo_move_to (l->cr, l->column_x + k * l->column_width, l->header_top);
      cairo_line_to (l->cr, l->column_x + k * l->column_width, l->y);
    }
  cairo_move_to (l->cr, MARGIN, l->header_top + l->header_height);
  cairo_line_to (l->cr, l->column_x + n * l->column_width, l->header_top + l->header_height);
  cairo_stroke (l->cr);
  cairo_restore (l->cr);
}

static void
layout_run (Layout *l)
{
  guint n_competences = duaal_learning_line_get_n_competences (l->line);

  cairo_save (l->cr);
  duaal_text_init (&l->text, l->cr, l->info != NULL ? l->info->font : NULL);
  l->y = MARGIN;
  compute_columns (l);
  layout_title (l);
  l->y += 10;
  layout_legend (l);
  l->y += 16;
  if (duaal_learning_line_get_n_contexts (l->line) == 0)
    l->y += text_block (l, _("No contexts yet: add the contexts of this qualification to see its learning line."),
                        MARGIN, l->y, l->width - 2 * MARGIN, 3, TEXT_SIZE, FALSE, TRUE, l->faint) + GAP;
  if (l->draw)
    {
      double bottom = l->y + l->header_height;

      for (guint c = 0; c < n_competences; c++)
        bottom += l->row_height[c];
      l->header_top = l->y;
      shade_done_columns (l, bottom);
    }
  layout_headers (l);
  for (guint c = 0; c < n_competences; c++)
    layout_row (l, c);
  layout_grid_lines (l);
  l->y += MARGIN;
  duaal_text_clear (&l->text);
  cairo_restore (l->cr);
}

static void
layout_clear (Layout *l)
{
  g_free (l->row_top);
  g_free (l->row_height);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Layout, layout_clear)

/* Lays the chart out at @width without drawing: every height known. */
static void
layout_measure (Layout                           *l,
                DuaalLearningLine                *line,
                const DuaalLearningLineChartInfo *info,
                double                            width)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_A8, 1, 1);
  cairo_t *cr = cairo_create (surface);
  gboolean dark = info != NULL && info->dark_theme;
  guint n = duaal_learning_line_get_n_competences (line);

  *l = (Layout) { .line = line, .info = info, .cr = cr, .width = width };
  l->ink[0] = l->ink[1] = l->ink[2] = dark ? 1.0 : 0.14;
  l->faint[0] = l->faint[1] = l->faint[2] = dark ? 0.75 : 0.37;
  l->row_top = g_new0 (double, MAX (n, 1));
  l->row_height = g_new0 (double, MAX (n, 1));
  layout_run (l);
  l->cr = NULL;
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

void
duaal_learning_line_chart_measure (DuaalLearningLine                *line,
                                   const DuaalLearningLineChartInfo *info,
                                   double                            width,
                                   double                           *height)
{
  g_auto(Layout) l = { 0 };

  g_return_if_fail (DUAAL_IS_LEARNING_LINE (line));
  g_return_if_fail (height != NULL);

  layout_measure (&l, line, info, width);
  *height = ceil (l.y);
}

void
duaal_learning_line_chart_cell (DuaalLearningLine                *line,
                                const DuaalLearningLineChartInfo *info,
                                double                            width,
                                guint                             competence,
                                guint                             context,
                                cairo_rectangle_t                *cell)
{
  g_auto(Layout) l = { 0 };

  g_return_if_fail (DUAAL_IS_LEARNING_LINE (line));
  g_return_if_fail (competence < duaal_learning_line_get_n_competences (line));
  g_return_if_fail (cell != NULL);

  layout_measure (&l, line, info, width);
  *cell = (cairo_rectangle_t) { l.column_x + context * l.column_width, l.row_top[competence],
                                l.column_width, l.row_height[competence] };
}

void
duaal_learning_line_chart_draw (cairo_t                          *cr,
                                DuaalLearningLine                *line,
                                const DuaalLearningLineChartInfo *info,
                                double                            width,
                                double                            height)
{
  g_auto(Layout) l = { 0 };
  gboolean dark = info != NULL && info->dark_theme;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (DUAAL_IS_LEARNING_LINE (line));

  cairo_save (cr);
  cairo_set_source_rgb (cr, dark ? 0.14 : 1, dark ? 0.14 : 1, dark ? 0.14 : 1);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);
  cairo_restore (cr);

  /* Measured first: the shading of columns done spans rows laid out later. */
  layout_measure (&l, line, info, width);
  l.cr = cr;
  l.draw = TRUE;
  layout_run (&l);
}

/* ------------------------------------------------------------------ */
/* Files                                                               */

typedef struct {
  DuaalLearningLine                *line;
  const DuaalLearningLineChartInfo *info;
  double                            width;
  double                            height;
  double                            scale;
} ChartJob;

static void
draw_job (cairo_t  *cr,
          gpointer  data)
{
  const ChartJob *job = data;

  duaal_learning_line_chart_draw (cr, job->line, job->info, job->width, job->height);
}

/* SVG and PDF, drawn into @bytes. */
static gboolean
render_vector (DuaalChartFormat   format,
               ChartJob          *job,
               GByteArray        *bytes,
               GError           **error)
{
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  if (format == DUAAL_CHART_FORMAT_SVG)
    {
      surface = cairo_svg_surface_create_for_stream (duaal_chart_append_to_bytes, bytes, job->width, job->height);
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
    }
  else
    {
      g_autofree char *title = job->info != NULL && job->info->qualification != NULL
        ? g_strdup_printf (_("Learning line: %s"), job->info->qualification)
        : g_strdup (_("Learning line"));

      surface = cairo_pdf_surface_create_for_stream (duaal_chart_append_to_bytes, bytes, job->width, job->height);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Duaal");
    }
  cr = cairo_create (surface);
  draw_job (cr, job);
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_IO, _("Could not draw the chart: %s"),
                 cairo_status_to_string (status));
  return status == CAIRO_STATUS_SUCCESS;
}

gboolean
duaal_learning_line_chart_export (DuaalLearningLine                *line,
                                  const DuaalLearningLineChartInfo *info,
                                  const char                       *path,
                                  double                            width_px,
                                  double                            scale,
                                  GError                          **error)
{
  g_autoptr(GError) local_error = NULL;
  /* Files leave the desktop: the default font, not a widget's. */
  DuaalLearningLineChartInfo file_info = { 0 };
  ChartJob job = { line, &file_info, width_px, 0, scale > 0 ? scale : 1.0 };
  DuaalChartFormat format;

  g_return_val_if_fail (DUAAL_IS_LEARNING_LINE (line), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (info != NULL)
    file_info = *info;
  file_info.font = NULL;
  if (!duaal_chart_format_from_path (path, &format, error))
    return FALSE;
  if (!isfinite (width_px) || width_px < 300 || width_px * job.scale > MAX_WIDTH)
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   _("“%s” cannot be made %g pixels wide at scale %g: an image must be between 1 and %g pixels wide and high"),
                   path, width_px, job.scale, (double) MAX_WIDTH);
      return FALSE;
    }
  duaal_learning_line_chart_measure (line, &file_info, width_px, &job.height);

  if (format == DUAAL_CHART_FORMAT_PNG)
    return duaal_png_render (job.width, job.height, job.scale, draw_job, &job, path, error);
  {
    g_autoptr(GByteArray) bytes = g_byte_array_new ();

    if (!render_vector (format, &job, bytes, error))
      return FALSE;
    if (!duaal_file_replace_contents (path, bytes->data, bytes->len, &local_error))
      {
        g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_IO, _("Could not save the chart as “%s”: %s"),
                     path, local_error->message);
        return FALSE;
      }
  }
  return TRUE;
}
