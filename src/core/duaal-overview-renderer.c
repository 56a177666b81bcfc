/* duaal-overview-renderer.c
 *
 * Text goes through Pango (duaal-text-private.h) with unhinted
 * metrics, so wrapping and sizes agree on every surface and the cell
 * hit-tested is the cell drawn.  The PDF is printed on A4 pages: the
 * table at PDF_ZOOM, cut into slices of learners' columns that each
 * repeat the competence and status columns, and into runs of rows
 * that each page heads with the learners.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "duaal-error.h"
#include "duaal-overview-renderer.h"
#include "duaal-palette.h"
#include "duaal-pdf-pages-private.h"
#include "duaal-png.h"
#include "duaal-text-private.h"

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

/* Lines a name, a company and a competence title may take. */
#define MAX_NAME_LINES 3
#define MAX_COMPANY_LINES 2
#define MAX_TITLE_LINES 8

/* Points per unit on paper: 13-unit text prints at 8.5 pt, and an A4
 * page in landscape holds five learners. */
#define PDF_ZOOM 0.65

typedef struct { double r, g, b; } Rgb;

/* The table's colours: on paper and in a light window, or in a window
 * in the dark style (AdwStyleManager), where the same patterns keep
 * telling the states apart in greyscale. */
typedef struct {
  Rgb paper;
  Rgb ink;
  Rgb halo;
  Rgb grid;
  Rgb header_fill;
  Rgb planned_fill;
  Rgb planned_hatch;
  Rgb gap_fill;
  Rgb gap_hatch;
  Rgb covered_fill;
  Rgb covered_dots;
  Rgb differs_ink;
} Palette;

static const Palette light_palette = {
  .paper = { 1.00, 1.00, 1.00 },
  .ink = { 0.10, 0.10, 0.12 },
  .halo = { 1.00, 1.00, 1.00 },
  .grid = { 0.72, 0.72, 0.74 },
  .header_fill = { 0.94, 0.94, 0.95 },
  .planned_fill = { 0.66, 0.80, 0.96 },
  .planned_hatch = { 0.10, 0.35, 0.72 },
  .gap_fill = { 1.00, 0.87, 0.72 },
  .gap_hatch = { 0.97, 0.68, 0.38 },
  .covered_fill = { 0.83, 0.94, 0.80 },
  .covered_dots = { 0.30, 0.62, 0.30 },
  .differs_ink = { 0.70, 0.10, 0.10 },
};

/* libadwaita's dark view (#1e1e1e), light text, darker fills with
 * brighter lines. */
static const Palette dark_palette = {
  .paper = { 0.118, 0.118, 0.118 },
  .ink = { 0.93, 0.93, 0.93 },
  .halo = { 0.118, 0.118, 0.118 },
  .grid = { 0.36, 0.36, 0.38 },
  .header_fill = { 0.19, 0.19, 0.20 },
  .planned_fill = { 0.13, 0.29, 0.50 },
  .planned_hatch = { 0.47, 0.68, 0.98 },
  .gap_fill = { 0.40, 0.24, 0.08 },
  .gap_hatch = { 0.80, 0.50, 0.20 },
  .covered_fill = { 0.13, 0.27, 0.13 },
  .covered_dots = { 0.45, 0.78, 0.45 },
  .differs_ink = { 1.00, 0.48, 0.45 },
};

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
fill_planned (const Palette *palette, cairo_t *cr, double x, double y, double w, double h)
{
  fill_hatched (cr, x, y, w, h, &palette->planned_fill, &palette->planned_hatch, TRUE, 7.0);
  cairo_save (cr);
  cairo_rectangle (cr, x + 0.5, y + 0.5, w - 1, h - 1);
  set_rgb (cr, &palette->planned_hatch);
  cairo_set_line_width (cr, 1.0);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
fill_gap (const Palette *palette, cairo_t *cr, double x, double y, double w, double h)
{
  fill_hatched (cr, x, y, w, h, &palette->gap_fill, &palette->gap_hatch, FALSE, 12.0);
}

static void
fill_covered (const Palette *palette, cairo_t *cr, double x, double y, double w, double h)
{
  fill_dotted (cr, x, y, w, h, &palette->covered_fill, &palette->covered_dots, 10.0);
}

/* Actual mode: planned but not covered at the workplace. */
static void
draw_cross (const Palette *palette, cairo_t *cr, double cx, double cy, double size)
{
  double r = size / 2;

  cairo_save (cr);
  cairo_arc (cr, cx, cy, r + 3, 0, 2 * G_PI);
  set_rgb (cr, &palette->paper);
  cairo_fill (cr);
  cairo_move_to (cr, cx - r, cy - r);
  cairo_line_to (cr, cx + r, cy + r);
  cairo_move_to (cr, cx + r, cy - r);
  cairo_line_to (cr, cx - r, cy + r);
  set_rgb (cr, &palette->differs_ink);
  cairo_set_line_width (cr, 2.5);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* Actual mode: covered at the workplace though not planned. */
static void
draw_dot (const Palette *palette, cairo_t *cr, double cx, double cy, double size)
{
  cairo_save (cr);
  cairo_arc (cr, cx, cy, size / 2 + 2, 0, 2 * G_PI);
  set_rgb (cr, &palette->paper);
  cairo_fill (cr);
  cairo_arc (cr, cx, cy, size / 2, 0, 2 * G_PI);
  set_rgb (cr, &palette->ink);
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
  const Palette     *palette;
  DuaalText          text;
  guint              n_rows;
  guint              n_columns;
  double             width;
  double             height;
  double             title_height;
  double             header_height;
  double             table_width;
  GPtrArray         *titles;          /* PangoLayout per competence */
  GPtrArray         *names;           /* PangoLayout per learner */
  GPtrArray         *companies;       /* PangoLayout per learner */
  double            *row_heights;
  guint              n_legend;
  LegendKind         legend[5];
  double             legend_height;
} Layout;

/* Part of the table: some learners' columns (between the competence
 * and status columns) and some rows; the whole table, or a PDF page. */
typedef struct {
  guint    first_learner;
  guint    n_learners;
  guint    first_row;
  guint    n_rows;
  gboolean legend;
} Slice;

static double
slice_table_width (const Slice *slice)
{
  return COMPETENCE_WIDTH + slice->n_learners * LEARNER_WIDTH + STATUS_WIDTH;
}

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

static PangoLayout *
legend_text (Layout     *layout,
             LegendKind  kind)
{
  return duaal_text_line (&layout->text, legend_label (layout->mode, kind), SMALL_SIZE + 1, FALSE, -1);
}

static double
legend_item_width (PangoLayout *label)
{
  return SWATCH_WIDTH + 8 + duaal_text_get_width (label) + 24;
}

/* The legend's height when it wraps at @width. */
static double
legend_height (Layout *layout,
               double  width)
{
  double x = 0, lines = 1;

  for (guint i = 0; i < layout->n_legend; i++)
    {
      g_autoptr(PangoLayout) label = legend_text (layout, layout->legend[i]);
      double w = legend_item_width (label);

      if (x > 0 && x + w > width)
        {
          lines++;
          x = 0;
        }
      x += w;
    }
  return lines * (SWATCH_HEIGHT + 8);
}

static void
layout_legend (Layout *layout)
{
  layout->n_legend = 0;
  layout->legend[layout->n_legend++] = LEGEND_CELL;
  layout->legend[layout->n_legend++] = LEGEND_GAP;
  layout->legend[layout->n_legend++] = LEGEND_COVERED;
  if (layout->mode == DUAAL_OVERVIEW_ACTUAL)
    {
      layout->legend[layout->n_legend++] = LEGEND_NOT_COVERED;
      layout->legend[layout->n_legend++] = LEGEND_NOT_PLANNED;
    }
  layout->legend_height = legend_height (layout, layout->table_width);
}

/* Column headers: the name in bold, the company below it, both
 * wrapped; returns the tallest. */
static double
layout_learners (Layout *layout)
{
  double tallest = 0;

  layout->names = g_ptr_array_new_with_free_func (g_object_unref);
  layout->companies = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint l = 0; l < layout->n_columns; l++)
    {
      PangoLayout *name = duaal_text_wrapped (&layout->text, duaal_overview_get_learner_name (layout->overview, l),
                                              TEXT_SIZE, TRUE, LEARNER_WIDTH - 2 * PAD, MAX_NAME_LINES);
      PangoLayout *company = duaal_text_wrapped (&layout->text,
                                                 duaal_overview_get_learner_company (layout->overview, l),
                                                 SMALL_SIZE, FALSE, LEARNER_WIDTH - 2 * PAD, MAX_COMPANY_LINES);

      g_ptr_array_add (layout->names, name);
      g_ptr_array_add (layout->companies, company);
      tallest = MAX (tallest, duaal_text_get_height (name) + duaal_text_get_height (company));
    }
  return tallest;
}

/* Rows: "id  title" wrapped in the first column; returns their height. */
static double
layout_competences (Layout *layout)
{
  double rows_height = 0;

  layout->titles = g_ptr_array_new_with_free_func (g_object_unref);
  layout->row_heights = g_new0 (double, layout->n_rows + 1);
  for (guint c = 0; c < layout->n_rows; c++)
    {
      g_autofree char *label = g_strdup_printf ("%s  %s",
                                                duaal_overview_get_competence_id (layout->overview, c),
                                                duaal_overview_get_competence_title (layout->overview, c));
      PangoLayout *title = duaal_text_wrapped (&layout->text, label, TEXT_SIZE, FALSE,
                                               COMPETENCE_WIDTH - 2 * PAD, MAX_TITLE_LINES);

      g_ptr_array_add (layout->titles, title);
      layout->row_heights[c] = MAX (MIN_ROW_HEIGHT, ceil (duaal_text_get_height (title) + 2 * PAD));
      rows_height += layout->row_heights[c];
    }
  return rows_height;
}

static void
layout_compute (Layout                     *layout,
                cairo_t                    *cr,
                const PangoFontDescription *font,
                DuaalOverview              *overview,
                DuaalOverviewMode           mode)
{
  double header_text, rows_height;

  layout->overview = overview;
  layout->mode = mode;
  if (layout->palette == NULL)
    layout->palette = &light_palette;
  layout->n_rows = duaal_overview_get_n_competences (overview);
  layout->n_columns = duaal_overview_get_n_learners (overview);
  layout->table_width = COMPETENCE_WIDTH + layout->n_columns * LEARNER_WIDTH + STATUS_WIDTH;
  layout->title_height = line_height (TITLE_SIZE) + PAD;

  /* The same text, hence the same row heights, on an image, a PDF,
   * GTK's recording surface and at any scale, so that
   * duaal_overview_renderer_hit_test() finds the cell that was drawn. */
  duaal_text_init (&layout->text, cr, font);
  header_text = layout_learners (layout);
  layout->header_height = ceil (MAX (header_text, line_height (TEXT_SIZE)) + 2 * PAD);
  rows_height = layout_competences (layout);
  layout_legend (layout);

  layout->width = ceil (2 * MARGIN + layout->table_width);
  layout->height = ceil (2 * MARGIN + layout->title_height + layout->header_height
                         + rows_height + PAD * 2 + layout->legend_height);
}

static void
layout_clear (Layout *layout)
{
  g_clear_pointer (&layout->titles, g_ptr_array_unref);
  g_clear_pointer (&layout->names, g_ptr_array_unref);
  g_clear_pointer (&layout->companies, g_ptr_array_unref);
  g_clear_pointer (&layout->row_heights, g_free);
  duaal_text_clear (&layout->text);
}

/* ---- drawing -------------------------------------------------------- */

/* Text with a halo of the paper's colour, so it reads over patterns. */
static void
show_text (const Layout *layout,
           cairo_t      *cr,
           PangoLayout  *text,
           double        x,
           double        y)
{
  const Palette *palette = layout->palette;

  if (palette == &light_palette)
    duaal_text_show_with_halo (cr, text, x, y);
  else
    duaal_text_show_with_halo_rgb (cr, text, x, y,
                                   (const double[]) { palette->ink.r, palette->ink.g, palette->ink.b },
                                   (const double[]) { palette->halo.r, palette->halo.g, palette->halo.b });
}

/* One line of text centred in a box of height @h at @y. */
static void
show_centred (Layout     *layout,
              cairo_t    *cr,
              const char *str,
              double      size,
              gboolean    bold,
              double      max_width,
              double      x,
              double      y,
              double      h)
{
  g_autoptr(PangoLayout) line = duaal_text_line (&layout->text, str, size, bold, max_width);

  show_text (layout, cr, line, x, y + (h - duaal_text_get_height (line)) / 2);
}

static void
draw_header (Layout      *layout,
             cairo_t     *cr,
             const Slice *slice,
             double       y)
{
  double x = MARGIN;
  double label_top = y + layout->header_height - PAD - line_height (TEXT_SIZE);

  set_rgb (cr, &layout->palette->header_fill);
  cairo_rectangle (cr, MARGIN, y, slice_table_width (slice), layout->header_height);
  cairo_fill (cr);

  show_centred (layout, cr, _("Competence"), TEXT_SIZE, TRUE, COMPETENCE_WIDTH - 2 * PAD,
                x + PAD, label_top, line_height (TEXT_SIZE));
  x += COMPETENCE_WIDTH;

  for (guint l = slice->first_learner; l < slice->first_learner + slice->n_learners; l++, x += LEARNER_WIDTH)
    {
      PangoLayout *name = g_ptr_array_index (layout->names, l);

      show_text (layout, cr, name, x + PAD, y + PAD);
      show_text (layout, cr, g_ptr_array_index (layout->companies, l),
                 x + PAD, y + PAD + duaal_text_get_height (name));
    }

  show_centred (layout, cr, _("Status"), TEXT_SIZE, TRUE, STATUS_WIDTH - 2 * PAD,
                x + PAD, label_top, line_height (TEXT_SIZE));
}

static void
draw_row_background (const Palette  *palette,
                     cairo_t        *cr,
                     DuaalRowStatus  status,
                     double          x,
                     double          y,
                     double          w,
                     double          h)
{
  if (status == DUAAL_ROW_GAP)
    fill_gap (palette, cr, x, y, w, h);
  else if (status == DUAAL_ROW_COVERED)
    fill_covered (palette, cr, x, y, w, h);
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
    fill_planned (layout->palette, cr, x + CELL_INSET, y + CELL_INSET,
                  LEARNER_WIDTH - 2 * CELL_INSET, h - 2 * CELL_INSET);

  if (layout->mode != DUAAL_OVERVIEW_ACTUAL || !duaal_overview_get_differs (overview, learner, competence))
    return;
  if (duaal_overview_get_planned (overview, learner, competence))
    draw_cross (layout->palette, cr, cx, cy, 12);
  else
    draw_dot (layout->palette, cr, cx, cy, 12);
}

static void
draw_row (Layout      *layout,
          cairo_t     *cr,
          const Slice *slice,
          guint        competence,
          double       y)
{
  DuaalOverview *overview = layout->overview;
  DuaalRowStatus status = duaal_overview_get_row_status (overview, layout->mode, competence);
  double h = layout->row_heights[competence];
  double x = MARGIN;
  g_autofree char *status_label = status_text (overview, layout->mode, competence);

  draw_row_background (layout->palette, cr, status, MARGIN, y, slice_table_width (slice), h);

  show_text (layout, cr, g_ptr_array_index (layout->titles, competence), x + PAD, y + PAD);
  x += COMPETENCE_WIDTH;

  for (guint l = slice->first_learner; l < slice->first_learner + slice->n_learners; l++, x += LEARNER_WIDTH)
    draw_cell (layout, cr, l, competence, x, y, h);

  show_centred (layout, cr, status_label, TEXT_SIZE, status != DUAAL_ROW_MIXED,
                STATUS_WIDTH - 2 * PAD, x + PAD, y, h);
}

static void
draw_grid (const Layout *layout,
           cairo_t      *cr,
           const Slice  *slice,
           double        top)
{
  double bottom = top + layout->header_height;
  double table_width = slice_table_width (slice);
  double x = MARGIN + COMPETENCE_WIDTH;
  double y;

  for (guint c = slice->first_row; c < slice->first_row + slice->n_rows; c++)
    bottom += layout->row_heights[c];

  set_rgb (cr, &layout->palette->grid);
  cairo_set_line_width (cr, 1.0);
  cairo_rectangle (cr, MARGIN + 0.5, top + 0.5, table_width - 1, bottom - top - 1);
  for (guint l = 0; l <= slice->n_learners; l++, x += LEARNER_WIDTH)
    {
      cairo_move_to (cr, x + 0.5, top);
      cairo_line_to (cr, x + 0.5, bottom);
    }
  /* Under the header, then under each row. */
  y = top + layout->header_height;
  for (guint c = slice->first_row; c <= slice->first_row + slice->n_rows; c++)
    {
      cairo_move_to (cr, MARGIN, y + 0.5);
      cairo_line_to (cr, MARGIN + table_width, y + 0.5);
      if (c < slice->first_row + slice->n_rows)
        y += layout->row_heights[c];
    }
  cairo_stroke (cr);
}

static void
draw_swatch (const Palette *palette,
             cairo_t       *cr,
             LegendKind     kind,
             double      x,
             double      y)
{
  double cx = x + SWATCH_WIDTH / 2, cy = y + SWATCH_HEIGHT / 2;

  switch (kind)
    {
    case LEGEND_CELL:
      fill_planned (palette, cr, x, y, SWATCH_WIDTH, SWATCH_HEIGHT);
      break;
    case LEGEND_GAP:
      fill_gap (palette, cr, x, y, SWATCH_WIDTH, SWATCH_HEIGHT);
      break;
    case LEGEND_COVERED:
      fill_covered (palette, cr, x, y, SWATCH_WIDTH, SWATCH_HEIGHT);
      break;
    case LEGEND_NOT_COVERED:
      draw_cross (palette, cr, cx, cy, 10);
      break;
    case LEGEND_NOT_PLANNED:
    default:
      draw_dot (palette, cr, cx, cy, 10);
      break;
    }
  cairo_rectangle (cr, x + 0.5, y + 0.5, SWATCH_WIDTH - 1, SWATCH_HEIGHT - 1);
  set_rgb (cr, &palette->grid);
  cairo_set_line_width (cr, 1.0);
  cairo_stroke (cr);
}

static void
draw_legend (Layout  *layout,
             cairo_t *cr,
             double   width,
             double   top)
{
  double x = 0, y = top;

  for (guint i = 0; i < layout->n_legend; i++)
    {
      LegendKind kind = layout->legend[i];
      g_autoptr(PangoLayout) label = legend_text (layout, kind);
      double w = legend_item_width (label);

      if (x > 0 && x + w > width)
        {
          x = 0;
          y += SWATCH_HEIGHT + 8;
        }
      draw_swatch (layout->palette, cr, kind, MARGIN + x, y);
      show_text (layout, cr, label, MARGIN + x + SWATCH_WIDTH + 8,
                 y + (SWATCH_HEIGHT - duaal_text_get_height (label)) / 2);
      x += w;
    }
}

/* The title, then @slice of the table below its header, then the
 * legend if the slice has it; the page is painted white first. */
static void
draw_slice (Layout      *layout,
            cairo_t     *cr,
            const Slice *slice,
            double       width,
            double       height)
{
  double y = MARGIN;
  g_autoptr(PangoLayout) title = duaal_text_line (&layout->text, mode_title (layout->mode), TITLE_SIZE, TRUE,
                                                  width - 2 * MARGIN);

  set_rgb (cr, &layout->palette->paper);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);

  show_text (layout, cr, title, MARGIN, y);
  y += layout->title_height;

  if (slice->n_rows > 0 || slice->first_row == 0)
    {
      draw_header (layout, cr, slice, y);
      y += layout->header_height;
      for (guint c = slice->first_row; c < slice->first_row + slice->n_rows; c++)
        {
          draw_row (layout, cr, slice, c, y);
          y += layout->row_heights[c];
        }
      draw_grid (layout, cr, slice, MARGIN + layout->title_height);
      y += PAD * 2;
    }
  if (slice->legend)
    draw_legend (layout, cr, slice_table_width (slice), y);
}

static Slice
whole_table (const Layout *layout)
{
  return (Slice) { 0, layout->n_columns, 0, layout->n_rows, TRUE };
}

static void
draw_layout (Layout  *layout,
             cairo_t *cr)
{
  Slice all = whole_table (layout);

  draw_slice (layout, cr, &all, layout->width, layout->height);
}

void
duaal_overview_renderer_measure (DuaalOverview              *overview,
                                 DuaalOverviewMode           mode,
                                 const PangoFontDescription *font,
                                 double                     *width,
                                 double                     *height)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  Layout layout = { 0 };

  g_return_if_fail (DUAAL_IS_OVERVIEW (overview));

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (surface);
  layout_compute (&layout, cr, font, overview, mode);
  if (width != NULL)
    *width = layout.width;
  if (height != NULL)
    *height = layout.height;
  layout_clear (&layout);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

void
duaal_overview_renderer_draw (DuaalOverview              *overview,
                              DuaalOverviewMode           mode,
                              const PangoFontDescription *font,
                              cairo_t                    *cr)
{
  duaal_overview_renderer_draw_in_window (overview, mode, font, FALSE, 0, cr);
}

/* The competence column again, its left edge at @left: the header's
 * cell, each row's title over the row's pattern, and the lines. */
static void
draw_pinned_column (Layout  *layout,
                    cairo_t *cr,
                    double   left)
{
  const Palette *palette = layout->palette;
  double top = MARGIN + layout->title_height;
  double y = top + layout->header_height;
  double bottom = y;

  for (guint c = 0; c < layout->n_rows; c++)
    bottom += layout->row_heights[c];

  cairo_save (cr);
  cairo_rectangle (cr, left, top, COMPETENCE_WIDTH, bottom - top);
  cairo_clip (cr);
  set_rgb (cr, &palette->paper);
  cairo_paint (cr);
  set_rgb (cr, &palette->header_fill);
  cairo_rectangle (cr, left, top, COMPETENCE_WIDTH, layout->header_height);
  cairo_fill (cr);
  show_centred (layout, cr, _("Competence"), TEXT_SIZE, TRUE, COMPETENCE_WIDTH - 2 * PAD,
                left + PAD, top + layout->header_height - PAD - line_height (TEXT_SIZE), line_height (TEXT_SIZE));
  for (guint c = 0; c < layout->n_rows; c++)
    {
      draw_row_background (palette, cr, duaal_overview_get_row_status (layout->overview, layout->mode, c),
                           left, y, COMPETENCE_WIDTH, layout->row_heights[c]);
      show_text (layout, cr, g_ptr_array_index (layout->titles, c), left + PAD, y + PAD);
      y += layout->row_heights[c];
    }

  set_rgb (cr, &palette->grid);
  cairo_set_line_width (cr, 1.0);
  cairo_rectangle (cr, left + 0.5, top + 0.5, COMPETENCE_WIDTH - 1, bottom - top - 1);
  y = top + layout->header_height;
  for (guint c = 0; c <= layout->n_rows; c++)
    {
      cairo_move_to (cr, left, y + 0.5);
      cairo_line_to (cr, left + COMPETENCE_WIDTH, y + 0.5);
      if (c < layout->n_rows)
        y += layout->row_heights[c];
    }
  cairo_stroke (cr);
  /* A shadow along its right edge: the learners slide under it. */
  cairo_rectangle (cr, left + COMPETENCE_WIDTH - 1, top, 1, bottom - top);
  cairo_set_source_rgba (cr, 0, 0, 0, palette == &light_palette ? 0.25 : 0.6);
  cairo_fill (cr);
  cairo_restore (cr);
}

void
duaal_overview_renderer_draw_in_window (DuaalOverview              *overview,
                                        DuaalOverviewMode           mode,
                                        const PangoFontDescription *font,
                                        gboolean                    dark,
                                        double                      visible_left,
                                        cairo_t                    *cr)
{
  Layout layout = { .palette = dark ? &dark_palette : &light_palette };

  g_return_if_fail (DUAAL_IS_OVERVIEW (overview));
  g_return_if_fail (cr != NULL);

  cairo_save (cr);
  layout_compute (&layout, cr, font, overview, mode);
  draw_layout (&layout, cr);
  if (visible_left > MARGIN)
    draw_pinned_column (&layout, cr, visible_left);
  layout_clear (&layout);
  cairo_restore (cr);
}

double
duaal_overview_renderer_get_pinned_width (void)
{
  return COMPETENCE_WIDTH;
}

/* The layout as measure() sees it; clear it with layout_clear(). */
static void
layout_measure (Layout                     *layout,
                const PangoFontDescription *font,
                DuaalOverview              *overview,
                DuaalOverviewMode           mode)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);

  layout_compute (layout, cr, font, overview, mode);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static double
layout_rows_top (const Layout *layout)
{
  return MARGIN + layout->title_height + layout->header_height;
}

gboolean
duaal_overview_renderer_hit_test (DuaalOverview              *overview,
                                  DuaalOverviewMode           mode,
                                  const PangoFontDescription *font,
                                  double                      x,
                                  double                      y,
                                  guint                      *learner,
                                  guint                      *competence)
{
  Layout layout = { 0 };
  double left = MARGIN + COMPETENCE_WIDTH;
  double top;
  gboolean found = FALSE;

  g_return_val_if_fail (DUAAL_IS_OVERVIEW (overview), FALSE);

  layout_measure (&layout, font, overview, mode);
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
duaal_overview_renderer_get_cell_area (DuaalOverview              *overview,
                                       DuaalOverviewMode           mode,
                                       const PangoFontDescription *font,
                                       guint                       learner,
                                       guint                       competence,
                                       double                     *x,
                                       double                     *y,
                                       double                     *width,
                                       double                     *height)
{
  Layout layout = { 0 };
  double top;

  g_return_val_if_fail (DUAAL_IS_OVERVIEW (overview), FALSE);

  if (learner >= duaal_overview_get_n_learners (overview) ||
      competence >= duaal_overview_get_n_competences (overview))
    return FALSE;
  layout_measure (&layout, font, overview, mode);
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
  duaal_overview_renderer_draw (job->overview, job->mode, NULL, cr);
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

  duaal_overview_renderer_measure (overview, mode, NULL, &width, &height);
  return duaal_png_render (width, height, scale, draw_png, &job, path, error);
}

/* How many rows from @first fit on a page of @room units below the
 * header; at least one, so a row taller than a page still prints. */
static guint
rows_on_page (const Layout *layout,
              guint         first,
              double        room)
{
  double used = 0;
  guint n = 0;

  while (first + n < layout->n_rows && (n == 0 || used + layout->row_heights[first + n] <= room))
    used += layout->row_heights[first + n++];
  return n;
}

/* The table cut into A4 pages: down the rows, then across to the next
 * learners, as spreadsheets print.  Each slice of learners ends with
 * the legend, on a page of its own when it does not fit below. */
static GArray *
paginate (Layout              *layout,
          const DuaalPdfPages *pages)
{
  GArray *slices = g_array_new (FALSE, FALSE, sizeof (Slice));
  guint per_page = duaal_pdf_pages_fit_columns (pages, 2 * MARGIN + COMPETENCE_WIDTH + STATUS_WIDTH,
                                                LEARNER_WIDTH);
  double room = pages->content_height - 2 * MARGIN - layout->title_height - layout->header_height;
  guint first_learner = 0;

  do
    {
      Slice slice = { first_learner, MIN (per_page, layout->n_columns - first_learner), 0, 0, FALSE };
      double legend = PAD * 2 + legend_height (layout, slice_table_width (&slice));
      double used = 0;

      do
        {
          slice.n_rows = rows_on_page (layout, slice.first_row, room);
          used = 0;
          for (guint c = slice.first_row; c < slice.first_row + slice.n_rows; c++)
            used += layout->row_heights[c];
          slice.legend = slice.first_row + slice.n_rows == layout->n_rows && used + legend <= room;
          g_array_append_val (slices, slice);
          slice.first_row += slice.n_rows;
        }
      while (slice.first_row < layout->n_rows);
      if (!g_array_index (slices, Slice, slices->len - 1).legend)
        {
          Slice legend_only = { first_learner, slice.n_learners, layout->n_rows, 0, TRUE };
          g_array_append_val (slices, legend_only);
        }
      first_learner += slice.n_learners;
    }
  while (first_learner < layout->n_columns);
  return slices;
}

static void
draw_page_number (Layout              *layout,
                  cairo_t             *cr,
                  const DuaalPdfPages *pages,
                  guint                page,
                  guint                n_pages)
{
  /* Translators: at the foot of a printed page, "Page 2 of 5" */
  g_autofree char *label = g_strdup_printf (_("Page %u of %u"), page + 1, n_pages);
  g_autoptr(PangoLayout) line = duaal_text_line (&layout->text, label, SMALL_SIZE, FALSE, -1);

  set_rgb (cr, &layout->palette->ink);
  duaal_text_show (cr, line, pages->content_width - MARGIN - duaal_text_get_width (line),
                   pages->content_height - duaal_text_get_height (line));
}

gboolean
duaal_overview_render_pdf (DuaalOverview     *overview,
                           DuaalOverviewMode  mode,
                           const char        *path,
                           GError           **error)
{
  Layout layout = { 0 };
  DuaalPdfPages pages;
  g_autoptr(GArray) slices = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  gboolean ok;

  g_return_val_if_fail (DUAAL_IS_OVERVIEW (overview), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  /* Laid out before the surface exists: the page's orientation follows
   * the table's width. */
  layout_measure (&layout, NULL, overview, mode);
  duaal_pdf_pages_init (&pages, layout.width, PDF_ZOOM);
  layout_clear (&layout);

  surface = duaal_pdf_pages_create (&pages, path, mode_title (mode), NULL, error);
  if (surface == NULL)
    return FALSE;
  cr = cairo_create (surface);
  duaal_pdf_pages_begin_page (&pages, cr);
  /* Laid out again on the PDF's own surface, so its text is the PDF's. */
  layout_compute (&layout, cr, NULL, overview, mode);
  cairo_restore (cr);
  slices = paginate (&layout, &pages);
  for (guint i = 0; i < slices->len; i++)
    {
      duaal_pdf_pages_begin_page (&pages, cr);
      draw_slice (&layout, cr, &g_array_index (slices, Slice, i), pages.content_width, pages.content_height);
      if (slices->len > 1)
        draw_page_number (&layout, cr, &pages, i, slices->len);
      duaal_pdf_pages_end_page (cr);
    }
  layout_clear (&layout);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  ok = check_surface (surface, path, error) && duaal_pdf_pages_commit (surface, path, error);
  cairo_surface_destroy (surface);
  return ok;
}
