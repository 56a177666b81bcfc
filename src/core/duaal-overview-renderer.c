/* duaal-overview-renderer.c
 *
 * Text uses Cairo's toy API through the palette's helpers (no Pango in
 * the core).  The layout is measured with the same cairo_t that draws,
 * so wrapping and sizes agree on every surface.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>

#include "duaal-error.h"
#include "duaal-overview-renderer.h"
#include "duaal-palette-private.h"
#include "duaal-palette.h"
#include "duaal-png.h"

#define MARGIN 20.0
#define PAD 7.0
#define TITLE_SIZE 18.0
#define TEXT_SIZE 13.0
#define SMALL_SIZE 11.0
#define COMPETENCE_WIDTH 330.0
#define LEARNER_WIDTH 120.0
#define STATUS_WIDTH 170.0
#define MIN_ROW_HEIGHT 34.0
#define CELL_INSET 4.0
#define SWATCH_WIDTH 30.0
#define SWATCH_HEIGHT 18.0

typedef struct { double r, g, b; } Rgb;

static const Rgb ink = { 0.10, 0.10, 0.12 };
static const Rgb grid = { 0.72, 0.72, 0.74 };
static const Rgb header_fill = { 0.94, 0.94, 0.95 };
static const Rgb planned_fill = { 0.66, 0.80, 0.96 };
static const Rgb planned_hatch = { 0.10, 0.35, 0.72 };
static const Rgb gap_fill = { 1.00, 0.87, 0.72 };
static const Rgb gap_hatch = { 0.97, 0.68, 0.38 };
static const Rgb covered_fill = { 0.83, 0.94, 0.80 };
static const Rgb covered_dots = { 0.30, 0.62, 0.30 };
static const Rgb differs_ink = { 0.70, 0.10, 0.10 };

static void
set_rgb (cairo_t   *cr,
         const Rgb *rgb)
{
  cairo_set_source_rgb (cr, rgb->r, rgb->g, rgb->b);
}

/* ---- patterns ------------------------------------------------------- */

/* Diagonal lines over a rectangle; @rising "/" else "\". */
static void
fill_hatched (cairo_t   *cr,
              double     x,
              double     y,
              double     w,
              double     h,
              const Rgb *fill,
              const Rgb *line,
              gboolean   rising,
              double     pitch)
{
  cairo_save (cr);
  cairo_rectangle (cr, x, y, w, h);
  cairo_clip (cr);
  set_rgb (cr, fill);
  cairo_paint (cr);
  for (double c = -h; c <= w + h; c += pitch)
    {
      if (rising)
        {
          cairo_move_to (cr, x + c, y + h);
          cairo_line_to (cr, x + c + h, y);
        }
      else
        {
          cairo_move_to (cr, x + c, y);
          cairo_line_to (cr, x + c + h, y + h);
        }
    }
  set_rgb (cr, line);
  cairo_set_line_width (cr, pitch * 0.2);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
fill_dotted (cairo_t   *cr,
             double     x,
             double     y,
             double     w,
             double     h,
             const Rgb *fill,
             const Rgb *dot,
             double     pitch)
{
  cairo_save (cr);
  cairo_rectangle (cr, x, y, w, h);
  cairo_clip (cr);
  set_rgb (cr, fill);
  cairo_paint (cr);
  set_rgb (cr, dot);
  for (guint row = 0; row * pitch <= h + pitch; row++)
    for (double cx = (row % 2) * pitch / 2; cx <= w + pitch; cx += pitch)
      {
        cairo_new_sub_path (cr);
        cairo_arc (cr, x + cx, y + row * pitch, pitch * 0.14, 0, 2 * G_PI);
      }
  cairo_fill (cr);
  cairo_restore (cr);
}

static void
fill_planned (cairo_t *cr, double x, double y, double w, double h)
{
  fill_hatched (cr, x, y, w, h, &planned_fill, &planned_hatch, TRUE, 7.0);
  cairo_save (cr);
  cairo_rectangle (cr, x + 0.5, y + 0.5, w - 1, h - 1);
  set_rgb (cr, &planned_hatch);
  cairo_set_line_width (cr, 1.0);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
fill_gap (cairo_t *cr, double x, double y, double w, double h)
{
  fill_hatched (cr, x, y, w, h, &gap_fill, &gap_hatch, FALSE, 12.0);
}

static void
fill_covered (cairo_t *cr, double x, double y, double w, double h)
{
  fill_dotted (cr, x, y, w, h, &covered_fill, &covered_dots, 10.0);
}

/* Actual mode: planned but not covered at the workplace. */
static void
draw_cross (cairo_t *cr, double cx, double cy, double size)
{
  double r = size / 2;

  cairo_save (cr);
  cairo_arc (cr, cx, cy, r + 3, 0, 2 * G_PI);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_fill (cr);
  cairo_move_to (cr, cx - r, cy - r);
  cairo_line_to (cr, cx + r, cy + r);
  cairo_move_to (cr, cx + r, cy - r);
  cairo_line_to (cr, cx - r, cy + r);
  set_rgb (cr, &differs_ink);
  cairo_set_line_width (cr, 2.5);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* Actual mode: covered at the workplace though not planned. */
static void
draw_dot (cairo_t *cr, double cx, double cy, double size)
{
  cairo_save (cr);
  cairo_arc (cr, cx, cy, size / 2 + 2, 0, 2 * G_PI);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_fill (cr);
  cairo_arc (cr, cx, cy, size / 2, 0, 2 * G_PI);
  set_rgb (cr, &ink);
  cairo_fill (cr);
  cairo_restore (cr);
}

/* ---- layout --------------------------------------------------------- */

typedef enum {
  LEGEND_CELL,
  LEGEND_GAP,
  LEGEND_COVERED,
  LEGEND_NOT_COVERED,
  LEGEND_NOT_PLANNED,
} LegendKind;

typedef struct {
  DuaalOverview     *overview;
  DuaalOverviewMode  mode;
  guint              n_rows;
  guint              n_columns;
  double             width;
  double             height;
  double             title_height;
  double             header_height;
  double             table_width;
  GPtrArray         *title_lines;     /* GStrv per competence */
  GPtrArray         *name_lines;      /* GStrv per learner */
  GPtrArray         *company_lines;   /* GStrv per learner */
  double            *row_heights;
  guint              n_legend;
  LegendKind         legend[5];
  double             legend_height;
} Layout;

static double
line_height (double size)
{
  return ceil (size * 1.3);
}

static const char *
mode_title (DuaalOverviewMode mode)
{
  if (mode == DUAAL_OVERVIEW_ACTUAL)
    return _("Overview table: actual coverage at the workplace");
  return _("Overview table: training plans");
}

static const char *
legend_label (DuaalOverviewMode mode,
              LegendKind        kind)
{
  switch (kind)
    {
    case LEGEND_CELL:
      return mode == DUAAL_OVERVIEW_ACTUAL
             ? _("Covered at the workplace (trainer: sometimes or regularly)")
             : _("Planned at the workplace");
    case LEGEND_GAP:
      return _("Collective gap: nobody has it, campus first");
    case LEGEND_COVERED:
      return _("Collectively covered: lowest campus priority");
    case LEGEND_NOT_COVERED:
      return _("Planned, not covered yet");
    case LEGEND_NOT_PLANNED:
    default:
      return _("Covered, not planned");
    }
}

static char *
status_text (DuaalOverview     *overview,
             DuaalOverviewMode  mode,
             guint              competence)
{
  DuaalRowStatus status = duaal_overview_get_row_status (overview, mode, competence);
  guint lacking;

  if (status != DUAAL_ROW_MIXED)
    return g_strdup (duaal_row_status_get_label (status));
  lacking = duaal_overview_get_lacking (overview, mode, competence);
  return g_strdup_printf (ngettext ("%u lacks it", "%u lack it", lacking), lacking);
}

static double
legend_item_width (cairo_t          *cr,
                   const Layout     *layout,
                   LegendKind        kind)
{
  return SWATCH_WIDTH + 8 + duaal_palette_text_width (cr, legend_label (layout->mode, kind)) + 24;
}

static void
layout_legend (Layout  *layout,
               cairo_t *cr)
{
  double x = 0, lines = 1;

  layout->n_legend = 0;
  layout->legend[layout->n_legend++] = LEGEND_CELL;
  layout->legend[layout->n_legend++] = LEGEND_GAP;
  layout->legend[layout->n_legend++] = LEGEND_COVERED;
  if (layout->mode == DUAAL_OVERVIEW_ACTUAL)
    {
      layout->legend[layout->n_legend++] = LEGEND_NOT_COVERED;
      layout->legend[layout->n_legend++] = LEGEND_NOT_PLANNED;
    }

  duaal_palette_select_font (cr, SMALL_SIZE + 1, FALSE);
  for (guint i = 0; i < layout->n_legend; i++)
    {
      double w = legend_item_width (cr, layout, layout->legend[i]);
      if (x > 0 && x + w > layout->table_width)
        {
          lines++;
          x = 0;
        }
      x += w;
    }
  layout->legend_height = lines * (SWATCH_HEIGHT + 8);
}

static void
set_unhinted_metrics (cairo_t *cr)
{
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_get_font_options (cr, options);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_set_font_options (cr, options);
  cairo_font_options_destroy (options);
}

static void
layout_compute (Layout            *layout,
                cairo_t           *cr,
                DuaalOverview     *overview,
                DuaalOverviewMode  mode)
{
  double rows_height = 0;
  double header_lines = 0;

  layout->overview = overview;
  layout->mode = mode;
  layout->n_rows = duaal_overview_get_n_competences (overview);
  layout->n_columns = duaal_overview_get_n_learners (overview);
  layout->table_width = COMPETENCE_WIDTH + layout->n_columns * LEARNER_WIDTH + STATUS_WIDTH;
  layout->title_height = line_height (TITLE_SIZE) + PAD;

  /* Unhinted metrics: the same wrapping, hence the same row heights, on
   * an image, a PDF, GTK's recording surface and at any scale, so that
   * duaal_overview_renderer_hit_test() finds the cell that was drawn.
   * Set before the save below, so drawing uses them too. */
  set_unhinted_metrics (cr);
  cairo_save (cr);

  /* Column headers: name in bold, company below it, both wrapped. */
  layout->name_lines = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  layout->company_lines = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  for (guint l = 0; l < layout->n_columns; l++)
    {
      GStrv names, companies;

      duaal_palette_select_font (cr, TEXT_SIZE, TRUE);
      names = duaal_palette_wrap (cr, duaal_overview_get_learner_name (overview, l), LEARNER_WIDTH - 2 * PAD);
      duaal_palette_select_font (cr, SMALL_SIZE, FALSE);
      companies = duaal_palette_wrap (cr, duaal_overview_get_learner_company (overview, l), LEARNER_WIDTH - 2 * PAD);
      g_ptr_array_add (layout->name_lines, names);
      g_ptr_array_add (layout->company_lines, companies);
      header_lines = MAX (header_lines, g_strv_length (names) * line_height (TEXT_SIZE)
                                        + g_strv_length (companies) * line_height (SMALL_SIZE));
    }
  layout->header_height = MAX (header_lines, line_height (TEXT_SIZE)) + 2 * PAD;

  /* Rows: "id  title" wrapped in the first column. */
  duaal_palette_select_font (cr, TEXT_SIZE, FALSE);
  layout->title_lines = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  layout->row_heights = g_new0 (double, layout->n_rows + 1);
  for (guint c = 0; c < layout->n_rows; c++)
    {
      g_autofree char *label = g_strdup_printf ("%s  %s",
                                                duaal_overview_get_competence_id (overview, c),
                                                duaal_overview_get_competence_title (overview, c));
      GStrv lines = duaal_palette_wrap (cr, label, COMPETENCE_WIDTH - 2 * PAD);

      g_ptr_array_add (layout->title_lines, lines);
      layout->row_heights[c] = MAX (MIN_ROW_HEIGHT, g_strv_length (lines) * line_height (TEXT_SIZE) + 2 * PAD);
      rows_height += layout->row_heights[c];
    }

  layout_legend (layout, cr);
  cairo_restore (cr);

  layout->width = ceil (2 * MARGIN + layout->table_width);
  layout->height = ceil (2 * MARGIN + layout->title_height + layout->header_height
                         + rows_height + PAD * 2 + layout->legend_height);
}

static void
layout_clear (Layout *layout)
{
  g_clear_pointer (&layout->title_lines, g_ptr_array_unref);
  g_clear_pointer (&layout->name_lines, g_ptr_array_unref);
  g_clear_pointer (&layout->company_lines, g_ptr_array_unref);
  g_clear_pointer (&layout->row_heights, g_free);
}

/* ---- drawing -------------------------------------------------------- */

static void
show_lines (cairo_t *cr,
            GStrv    lines,
            double   x,
            double   y,
            double   size)
{
  cairo_font_extents_t fe;

  cairo_font_extents (cr, &fe);
  for (guint i = 0; lines[i] != NULL; i++)
    duaal_palette_show_text_with_halo (cr, lines[i], x, y + fe.ascent + i * line_height (size));
}

static void
draw_header (const Layout *layout,
             cairo_t      *cr,
             double        y)
{
  double x = MARGIN;

  set_rgb (cr, &header_fill);
  cairo_rectangle (cr, MARGIN, y, layout->table_width, layout->header_height);
  cairo_fill (cr);

  duaal_palette_select_font (cr, TEXT_SIZE, TRUE);
  duaal_palette_show_text_with_halo (cr, _("Competence"), x + PAD, y + layout->header_height - PAD - 4);
  x += COMPETENCE_WIDTH;

  for (guint l = 0; l < layout->n_columns; l++, x += LEARNER_WIDTH)
    {
      GStrv names = g_ptr_array_index (layout->name_lines, l);
      GStrv companies = g_ptr_array_index (layout->company_lines, l);
      double company_y = y + PAD + g_strv_length (names) * line_height (TEXT_SIZE);

      duaal_palette_select_font (cr, TEXT_SIZE, TRUE);
      show_lines (cr, names, x + PAD, y + PAD, TEXT_SIZE);
      duaal_palette_select_font (cr, SMALL_SIZE, FALSE);
      show_lines (cr, companies, x + PAD, company_y, SMALL_SIZE);
    }

  duaal_palette_select_font (cr, TEXT_SIZE, TRUE);
  duaal_palette_show_text_with_halo (cr, _("Status"), x + PAD, y + layout->header_height - PAD - 4);
}

static void
draw_row_background (cairo_t        *cr,
                     DuaalRowStatus  status,
                     double          x,
                     double          y,
                     double          w,
                     double          h)
{
  if (status == DUAAL_ROW_GAP)
    fill_gap (cr, x, y, w, h);
  else if (status == DUAAL_ROW_COVERED)
    fill_covered (cr, x, y, w, h);
}

static void
draw_cell (const Layout *layout,
           cairo_t      *cr,
           guint         learner,
           guint         competence,
           double        x,
           double        y,
           double        h)
{
  DuaalOverview *overview = layout->overview;
  double cx = x + LEARNER_WIDTH / 2, cy = y + h / 2;

  if (duaal_overview_get_cell (overview, layout->mode, learner, competence))
    fill_planned (cr, x + CELL_INSET, y + CELL_INSET, LEARNER_WIDTH - 2 * CELL_INSET, h - 2 * CELL_INSET);

  if (layout->mode != DUAAL_OVERVIEW_ACTUAL || !duaal_overview_get_differs (overview, learner, competence))
    return;
  if (duaal_overview_get_planned (overview, learner, competence))
    draw_cross (cr, cx, cy, 12);
  else
    draw_dot (cr, cx, cy, 12);
}

static void
draw_row (const Layout *layout,
          cairo_t      *cr,
          guint         competence,
          double        y)
{
  DuaalOverview *overview = layout->overview;
  DuaalRowStatus status = duaal_overview_get_row_status (overview, layout->mode, competence);
  double h = layout->row_heights[competence];
  double x = MARGIN;
  g_autofree char *status_label = status_text (overview, layout->mode, competence);

  draw_row_background (cr, status, MARGIN, y, layout->table_width, h);

  duaal_palette_select_font (cr, TEXT_SIZE, FALSE);
  show_lines (cr, g_ptr_array_index (layout->title_lines, competence), x + PAD, y + PAD, TEXT_SIZE);
  x += COMPETENCE_WIDTH;

  for (guint l = 0; l < layout->n_columns; l++, x += LEARNER_WIDTH)
    draw_cell (layout, cr, l, competence, x, y, h);

  duaal_palette_select_font (cr, TEXT_SIZE, status != DUAAL_ROW_MIXED);
  duaal_palette_show_text_with_halo (cr, status_label, x + PAD, y + h / 2 + TEXT_SIZE * 0.35);
}

static void
draw_grid (const Layout *layout,
           cairo_t      *cr,
           double        top)
{
  double bottom = top + layout->header_height;
  double x = MARGIN + COMPETENCE_WIDTH;
  double y;

  for (guint c = 0; c < layout->n_rows; c++)
    bottom += layout->row_heights[c];

  set_rgb (cr, &grid);
  cairo_set_line_width (cr, 1.0);
  cairo_rectangle (cr, MARGIN + 0.5, top + 0.5, layout->table_width - 1, bottom - top - 1);
  for (guint l = 0; l <= layout->n_columns; l++, x += LEARNER_WIDTH)
    {
      cairo_move_to (cr, x + 0.5, top);
      cairo_line_to (cr, x + 0.5, bottom);
    }
  /* Under the header, then under each row. */
  y = top + layout->header_height;
  for (guint c = 0; c <= layout->n_rows; c++)
    {
      cairo_move_to (cr, MARGIN, y + 0.5);
      cairo_line_to (cr, MARGIN + layout->table_width, y + 0.5);
      if (c < layout->n_rows)
        y += layout->row_heights[c];
    }
  cairo_stroke (cr);
}

static void
draw_swatch (cairo_t    *cr,
             LegendKind  kind,
             double      x,
             double      y)
{
  double cx = x + SWATCH_WIDTH / 2, cy = y + SWATCH_HEIGHT / 2;

  switch (kind)
    {
    case LEGEND_CELL:
      fill_planned (cr, x, y, SWATCH_WIDTH, SWATCH_HEIGHT);
      break;
    case LEGEND_GAP:
      fill_gap (cr, x, y, SWATCH_WIDTH, SWATCH_HEIGHT);
      break;
    case LEGEND_COVERED:
      fill_covered (cr, x, y, SWATCH_WIDTH, SWATCH_HEIGHT);
      break;
    case LEGEND_NOT_COVERED:
      draw_cross (cr, cx, cy, 10);
      break;
    case LEGEND_NOT_PLANNED:
    default:
      draw_dot (cr, cx, cy, 10);
      break;
    }
  cairo_rectangle (cr, x + 0.5, y + 0.5, SWATCH_WIDTH - 1, SWATCH_HEIGHT - 1);
  set_rgb (cr, &grid);
  cairo_set_line_width (cr, 1.0);
  cairo_stroke (cr);
}

static void
draw_legend (const Layout *layout,
             cairo_t      *cr,
             double        top)
{
  double x = 0, y = top;

  duaal_palette_select_font (cr, SMALL_SIZE + 1, FALSE);
  for (guint i = 0; i < layout->n_legend; i++)
    {
      LegendKind kind = layout->legend[i];
      double w = legend_item_width (cr, layout, kind);

      if (x > 0 && x + w > layout->table_width)
        {
          x = 0;
          y += SWATCH_HEIGHT + 8;
        }
      draw_swatch (cr, kind, MARGIN + x, y);
      duaal_palette_show_text_with_halo (cr, legend_label (layout->mode, kind),
                                         MARGIN + x + SWATCH_WIDTH + 8, y + SWATCH_HEIGHT / 2 + 4);
      x += w;
    }
}

static void
draw_layout (const Layout *layout,
             cairo_t      *cr)
{
  double y = MARGIN;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, 0, 0, layout->width, layout->height);
  cairo_fill (cr);

  duaal_palette_select_font (cr, TITLE_SIZE, TRUE);
  duaal_palette_show_text_with_halo (cr, mode_title (layout->mode), MARGIN, y + TITLE_SIZE);
  y += layout->title_height;

  draw_header (layout, cr, y);
  y += layout->header_height;
  for (guint c = 0; c < layout->n_rows; c++)
    {
      draw_row (layout, cr, c, y);
      y += layout->row_heights[c];
    }
  draw_grid (layout, cr, MARGIN + layout->title_height);
  draw_legend (layout, cr, y + PAD * 2);
}

void
duaal_overview_renderer_measure (DuaalOverview     *overview,
                                 DuaalOverviewMode  mode,
                                 double            *width,
                                 double            *height)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  Layout layout = { 0 };

  g_return_if_fail (DUAAL_IS_OVERVIEW (overview));

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (surface);
  layout_compute (&layout, cr, overview, mode);
  if (width != NULL)
    *width = layout.width;
  if (height != NULL)
    *height = layout.height;
  layout_clear (&layout);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

void
duaal_overview_renderer_draw (DuaalOverview     *overview,
                              DuaalOverviewMode  mode,
                              cairo_t           *cr)
{
  Layout layout = { 0 };

  g_return_if_fail (DUAAL_IS_OVERVIEW (overview));
  g_return_if_fail (cr != NULL);

  cairo_save (cr);
  layout_compute (&layout, cr, overview, mode);
  draw_layout (&layout, cr);
  layout_clear (&layout);
  cairo_restore (cr);
}

/* The layout as measure() sees it; clear it with layout_clear(). */
static void
layout_measure (Layout            *layout,
                DuaalOverview     *overview,
                DuaalOverviewMode  mode)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);

  layout_compute (layout, cr, overview, mode);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static double
layout_rows_top (const Layout *layout)
{
  return MARGIN + layout->title_height + layout->header_height;
}

gboolean
duaal_overview_renderer_hit_test (DuaalOverview     *overview,
                                  DuaalOverviewMode  mode,
                                  double             x,
                                  double             y,
                                  guint             *learner,
                                  guint             *competence)
{
  Layout layout = { 0 };
  double left = MARGIN + COMPETENCE_WIDTH;
  double top;
  gboolean found = FALSE;

  g_return_val_if_fail (DUAAL_IS_OVERVIEW (overview), FALSE);

  layout_measure (&layout, overview, mode);
  top = layout_rows_top (&layout);
  if (x >= left && x < left + layout.n_columns * LEARNER_WIDTH && y >= top)
    {
      for (guint c = 0; c < layout.n_rows && !found; c++)
        {
          if (y < top + layout.row_heights[c])
            {
              if (learner != NULL)
                *learner = (guint) ((x - left) / LEARNER_WIDTH);
              if (competence != NULL)
                *competence = c;
              found = TRUE;
            }
          top += layout.row_heights[c];
        }
    }
  layout_clear (&layout);
  return found;
}

gboolean
duaal_overview_renderer_get_cell_area (DuaalOverview     *overview,
                                       DuaalOverviewMode  mode,
                                       guint              learner,
                                       guint              competence,
                                       double            *x,
                                       double            *y,
                                       double            *width,
                                       double            *height)
{
  Layout layout = { 0 };
  double top;

  g_return_val_if_fail (DUAAL_IS_OVERVIEW (overview), FALSE);

  if (learner >= duaal_overview_get_n_learners (overview) ||
      competence >= duaal_overview_get_n_competences (overview))
    return FALSE;
  layout_measure (&layout, overview, mode);
  top = layout_rows_top (&layout);
  for (guint c = 0; c < competence; c++)
    top += layout.row_heights[c];
  if (x != NULL)
    *x = MARGIN + COMPETENCE_WIDTH + learner * LEARNER_WIDTH;
  if (y != NULL)
    *y = top;
  if (width != NULL)
    *width = LEARNER_WIDTH;
  if (height != NULL)
    *height = layout.row_heights[competence];
  layout_clear (&layout);
  return TRUE;
}

static gboolean
check_surface (cairo_surface_t *surface,
               const char      *path,
               GError         **error)
{
  cairo_status_t status = cairo_surface_status (surface);

  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_IO,
               _("Could not write the overview table to “%s”: %s"),
               path, cairo_status_to_string (status));
  return FALSE;
}

typedef struct {
  DuaalOverview     *overview;
  DuaalOverviewMode  mode;
} PngJob;

static void
draw_png (cairo_t  *cr,
          gpointer  data)
{
  PngJob *job = data;
  duaal_overview_renderer_draw (job->overview, job->mode, cr);
}

gboolean
duaal_overview_render_png (DuaalOverview     *overview,
                           DuaalOverviewMode  mode,
                           double             scale,
                           const char        *path,
                           GError           **error)
{
  PngJob job = { overview, mode };
  double width, height;

  g_return_val_if_fail (DUAAL_IS_OVERVIEW (overview), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  duaal_overview_renderer_measure (overview, mode, &width, &height);
  return duaal_png_render (width, height, scale, draw_png, &job, path, error);
}

gboolean
duaal_overview_render_pdf (DuaalOverview     *overview,
                           DuaalOverviewMode  mode,
                           const char        *path,
                           GError           **error)
{
  Layout layout = { 0 };
  cairo_surface_t *surface;
  cairo_t *cr;
  gboolean ok;

  g_return_val_if_fail (DUAAL_IS_OVERVIEW (overview), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  /* Laid out with the PDF surface's own metrics, then the page is sized
   * to fit before anything is drawn on it. */
  surface = cairo_pdf_surface_create (path, 1, 1);
  if (!check_surface (surface, path, error))
    {
      cairo_surface_destroy (surface);
      return FALSE;
    }
  cr = cairo_create (surface);
  layout_compute (&layout, cr, overview, mode);
  cairo_pdf_surface_set_size (surface, layout.width, layout.height);
  draw_layout (&layout, cr);
  layout_clear (&layout);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  ok = check_surface (surface, path, error);
  cairo_surface_destroy (surface);
  return ok;
}
