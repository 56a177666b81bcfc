/* duaal-sheet-pdf.c: the printable score sheet (duaal-sheet.h)
 *
 * A4 portrait: a header (learner, qualification, who fills it in, what
 * the values mean), then per competence a band with its title and the
 * other actors' colour and progress, and per indicator its id and text,
 * boxes to tick for X / lil / V and N / S / R (the current value shaded)
 * and lines for a comment.  Text through Pango, so it stays text with
 * its fonts embedded.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "duaal-error.h"
#include "duaal-palette.h"
#include "duaal-pdf-pages-private.h"
#include "duaal-sheet-private.h"
#include "duaal-sheet.h"
#include "duaal-text-private.h"
#include "duaal-visibility.h"

#define ID_WIDTH       44.0
#define BOX            13.0
#define BOX_GAP        9.0
#define GROUP_GAP      14.0
#define BOXES_WIDTH    (6 * BOX + 4 * BOX_GAP + GROUP_GAP + 2 * BOX_GAP)
#define TEXT_SIZE      9.0
#define SMALL_SIZE     8.0
#define PAD            4.0
#define COMMENT_LINES  2
#define COMMENT_LINE   15.0
#define SWATCH         9.0
#define FOOTER_HEIGHT  14.0

typedef struct {
  cairo_t         *cr;
  DuaalText        text;
  DuaalPdfPages    pages;
  DuaalStatus     *status;
  DuaalLearner    *learner;
  DuaalActor       actor;
  double           y;
  guint            page;
} PdfSheet;

static double
text_x (void)
{
  return ID_WIDTH;
}

static double
text_width (PdfSheet *sheet)
{
  return sheet->pages.content_width - ID_WIDTH - BOXES_WIDTH - PAD;
}

static double
boxes_x (PdfSheet *sheet)
{
  return sheet->pages.content_width - BOXES_WIDTH;
}

/* x of box @i (0-2 mastery, 3-5 coverage). */
static double
box_x (PdfSheet *sheet,
       guint     i)
{
  return boxes_x (sheet) + BOX_GAP + i * (BOX + BOX_GAP) + (i >= 3 ? GROUP_GAP - BOX_GAP : 0);
}

static double
show (PdfSheet   *sheet,
      const char *str,
      double      x,
      double      y,
      double      size,
      gboolean    bold,
      double      width)
{
  g_autoptr(PangoLayout) layout = duaal_text_wrapped (&sheet->text, str, size, bold, width, 0);

  duaal_text_show (sheet->cr, layout, x, y);
  return duaal_text_get_height (layout);
}

static double
measure (PdfSheet   *sheet,
         const char *str,
         double      size,
         gboolean    bold,
         double      width)
{
  g_autoptr(PangoLayout) layout = duaal_text_wrapped (&sheet->text, str, size, bold, width, 0);

  return duaal_text_get_height (layout);
}

static void
end_page (PdfSheet *sheet)
{
  /* TRANSLATORS: the footer of a printed score sheet: learner, page number */
  g_autofree char *footer = g_strdup_printf (_("%s, page %u"), duaal_learner_get_name (sheet->learner),
                                             sheet->page);

  cairo_set_source_rgb (sheet->cr, 0.35, 0.35, 0.35);
  show (sheet, footer, 0, sheet->pages.content_height - FOOTER_HEIGHT + 3, SMALL_SIZE, FALSE,
        sheet->pages.content_width);
  duaal_pdf_pages_end_page (sheet->cr);
}

/* The column heads over the boxes, on every page. */
static void
draw_box_heads (PdfSheet *sheet)
{
  const char *heads[] = { "X", "lil", "V", "N", "S", "R" };

  cairo_set_source_rgb (sheet->cr, 0, 0, 0);
  show (sheet, _("Mastery"), box_x (sheet, 0) - 4, sheet->y, SMALL_SIZE, TRUE, 3 * (BOX + BOX_GAP));
  show (sheet, _("Coverage"), box_x (sheet, 3) - 4, sheet->y, SMALL_SIZE, TRUE, 3 * (BOX + BOX_GAP) + 10);
  sheet->y += 11;
  for (guint i = 0; i < G_N_ELEMENTS (heads); i++)
    {
      g_autoptr(PangoLayout) layout = duaal_text_line (&sheet->text, heads[i], TEXT_SIZE, TRUE, -1);
      double w = duaal_text_get_width (layout);
      duaal_text_show (sheet->cr, layout, box_x (sheet, i) + (BOX - w) / 2, sheet->y);
    }
  sheet->y += 13;
  cairo_set_line_width (sheet->cr, 0.8);
  cairo_move_to (sheet->cr, 0, sheet->y);
  cairo_line_to (sheet->cr, sheet->pages.content_width, sheet->y);
  cairo_stroke (sheet->cr);
  sheet->y += PAD;
}

static void
begin_page (PdfSheet *sheet)
{
  sheet->page++;
  duaal_pdf_pages_begin_page (&sheet->pages, sheet->cr);
  sheet->y = 0;
  if (sheet->page > 1)
    draw_box_heads (sheet);
}

/* Starts a new page unless @height still fits on this one. */
static void
make_room (PdfSheet *sheet,
           double    height)
{
  if (sheet->y + height <= sheet->pages.content_height - FOOTER_HEIGHT)
    return;
  end_page (sheet);
  begin_page (sheet);
}

static void
draw_header (PdfSheet *sheet)
{
  DuaalQualification *qualification = duaal_status_get_qualification (sheet->status);
  double width = sheet->pages.content_width;
  g_autofree char *title = g_strdup_printf (_("Score sheet of %s"), duaal_learner_get_name (sheet->learner));
  g_autofree char *about =
    g_strdup_printf (_("%s version %u: %s"), duaal_qualification_get_code (qualification),
                     duaal_qualification_get_version (qualification),
                     duaal_qualification_get_title (qualification));
  const char *filler = sheet->actor == DUAAL_ACTOR_TRAINER && duaal_learner_get_trainer_name (sheet->learner) != NULL
                       ? duaal_learner_get_trainer_name (sheet->learner) : duaal_learner_get_name (sheet->learner);
  g_autofree char *who = g_strdup_printf ("%s: %s (%s) · %s: %s", C_("score sheet", "Filled in by"), filler,
                                          duaal_actor_get_label (sheet->actor), C_("score sheet", "Company"),
                                          duaal_learner_get_company_name (sheet->learner));
  g_autofree char *legend = g_strdup_printf ("%s: %s\n%s: %s\n%s", _("Mastery"),
    _("X not mastered, lil mastered with support, V autonomous; empty: not scored"), _("Coverage"),
    _("N not yet, S sometimes (3 times or fewer), R regularly (more than 3 times)"),
    _("Tick one box of each; a shaded box is the value in Duaal when the sheet was made."));

  cairo_set_source_rgb (sheet->cr, 0, 0, 0);
  sheet->y += show (sheet, title, 0, sheet->y, 16, TRUE, width) + 2;
  sheet->y += show (sheet, about, 0, sheet->y, TEXT_SIZE, FALSE, width) + 1;
  sheet->y += show (sheet, who, 0, sheet->y, TEXT_SIZE, FALSE, width) + 4;
  cairo_set_source_rgb (sheet->cr, 0.25, 0.25, 0.25);
  sheet->y += show (sheet, legend, 0, sheet->y, SMALL_SIZE, FALSE, width) + 8;
  draw_box_heads (sheet);
}

/* The competence band: title, then the others' colour and progress. */
static void
draw_competence (PdfSheet        *sheet,
                 DuaalCompetence *competence)
{
  gint64 learner_id = duaal_learner_get_id (sheet->learner);
  const char *id = duaal_competence_get_id (competence);
  g_autofree char *title = g_strdup_printf ("%s  %s", id, duaal_competence_get_title (competence));
  double width = sheet->pages.content_width;
  double height = measure (sheet, title, TEXT_SIZE + 1, TRUE, width - 2 * PAD) + 2 * PAD + 14;
  double x = PAD;

  make_room (sheet, height + 60);
  cairo_set_source_rgb (sheet->cr, 0.91, 0.91, 0.91);
  cairo_rectangle (sheet->cr, 0, sheet->y, width, height);
  cairo_fill (sheet->cr);
  cairo_set_source_rgb (sheet->cr, 0, 0, 0);
  show (sheet, title, PAD, sheet->y + PAD, TEXT_SIZE + 1, TRUE, width - 2 * PAD);

  for (guint a = 0; a < DUAAL_N_ACTORS; a++)
    {
      DuaalActor other = (DuaalActor) a;
      const DuaalTally *tally = duaal_status_get_tally (sheet->status, learner_id, id, other);
      DuaalColour colour;
      g_autofree char *text = NULL;
      g_autoptr(PangoLayout) layout = NULL;

      if (other == sheet->actor || tally == NULL
          || !duaal_visibility_can_see_summary ((DuaalViewer) sheet->actor, other))
        continue;
      colour = duaal_status_get_colour (sheet->status, learner_id, id, other);
      text = g_strdup_printf ("%s: %s, %u/%u", duaal_actor_get_label (other),
                              duaal_colour_get_label (colour), tally->covered, tally->n);
      duaal_palette_draw_symbol (sheet->cr, colour, x, sheet->y + height - PAD - SWATCH - 1, SWATCH);
      cairo_set_source_rgb (sheet->cr, 0, 0, 0);
      layout = duaal_text_line (&sheet->text, text, SMALL_SIZE, FALSE, width / 2 - SWATCH - 3 * PAD);
      duaal_text_show (sheet->cr, layout, x + SWATCH + 3, sheet->y + height - PAD - SWATCH - 1);
      x += width / 2;
    }
  sheet->y += height + PAD;
}

static void
draw_box (PdfSheet *sheet,
          guint     i,
          double    y,
          gboolean  shaded)
{
  cairo_rectangle (sheet->cr, box_x (sheet, i), y, BOX, BOX);
  if (shaded)
    {
      cairo_set_source_rgb (sheet->cr, 0.8, 0.8, 0.8);
      cairo_fill_preserve (sheet->cr);
    }
  cairo_set_source_rgb (sheet->cr, 0, 0, 0);
  cairo_set_line_width (sheet->cr, 0.8);
  cairo_stroke (sheet->cr);
}

static void
draw_indicator (PdfSheet       *sheet,
                DuaalIndicator *indicator)
{
  const char *id = duaal_indicator_get_id (indicator);
  const DuaalCell *cell = duaal_status_get_cell (sheet->status, duaal_learner_get_id (sheet->learner),
                                                 id, sheet->actor);
  double text_height = measure (sheet, duaal_indicator_get_text (indicator), TEXT_SIZE, FALSE, text_width (sheet));
  double height = MAX (text_height, BOX) + PAD + COMMENT_LINES * COMMENT_LINE + PAD;
  double y;

  make_room (sheet, height);
  y = sheet->y;
  cairo_set_source_rgb (sheet->cr, 0, 0, 0);
  show (sheet, id, 0, y, SMALL_SIZE, TRUE, ID_WIDTH - PAD);
  show (sheet, duaal_indicator_get_text (indicator), text_x (), y, TEXT_SIZE, FALSE, text_width (sheet));
  for (guint i = 0; i < 6; i++)
    {
      gboolean current = cell != NULL && (i < 3 ? cell->mastery == (DuaalMastery) (i + 1)
                                                : cell->coverage == (DuaalCoverage) (i - 2));
      draw_box (sheet, i, y, current);
    }

  y += MAX (text_height, BOX) + PAD;
  cairo_set_source_rgb (sheet->cr, 0.3, 0.3, 0.3);
  show (sheet, _("Comment:"), text_x (), y + COMMENT_LINE - 11, SMALL_SIZE, FALSE, 60);
  if (cell != NULL && cell->comment != NULL)
    show (sheet, cell->comment, text_x () + 60, y + 1, SMALL_SIZE, FALSE, sheet->pages.content_width - text_x () - 60);
  cairo_set_source_rgb (sheet->cr, 0.55, 0.55, 0.55);
  cairo_set_line_width (sheet->cr, 0.5);
  for (guint l = 1; l <= COMMENT_LINES; l++)
    {
      cairo_move_to (sheet->cr, text_x () + (l == 1 ? 60 : 0), y + l * COMMENT_LINE);
      cairo_line_to (sheet->cr, sheet->pages.content_width, y + l * COMMENT_LINE);
    }
  cairo_stroke (sheet->cr);
  sheet->y += height;
}

gboolean
duaal_sheet_write_learner_pdf (DuaalStore  *store,
                               gint64       learner_id,
                               DuaalActor   actor,
                               const char  *path,
                               GError     **error)
{
  g_autoptr(DuaalStatus) status = NULL;
  g_autofree char *title = NULL;
  cairo_surface_t *surface;
  GPtrArray *competences;
  PdfSheet sheet = { 0 };
  gint64 viewer_id = 0;
  gboolean ok;

  g_return_val_if_fail (DUAAL_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  status = duaal_sheet_load_learner_status (store, learner_id, actor, &viewer_id, error);
  if (status == NULL)
    return FALSE;
  sheet.status = status;
  sheet.actor = actor;
  sheet.learner = duaal_status_find_learner (status, learner_id);
  duaal_pdf_pages_init (&sheet.pages, DUAAL_PDF_A4_SHORT - 2 * DUAAL_PDF_MARGIN, 1.0);
  title = g_strdup_printf (_("Score sheet of %s"), duaal_learner_get_name (sheet.learner));
  surface = duaal_pdf_pages_create (&sheet.pages, path, title, _("Score sheet"), error);
  if (surface == NULL)
    return FALSE;
  sheet.cr = cairo_create (surface);
  duaal_text_init (&sheet.text, sheet.cr, NULL);

  begin_page (&sheet);
  draw_header (&sheet);
  competences = duaal_qualification_get_competences (duaal_status_get_qualification (status));
  for (guint i = 0; i < competences->len; i++)
    {
      GPtrArray *indicators = duaal_competence_get_indicators (g_ptr_array_index (competences, i));

      draw_competence (&sheet, g_ptr_array_index (competences, i));
      for (guint j = 0; j < indicators->len; j++)
        draw_indicator (&sheet, g_ptr_array_index (indicators, j));
    }
  end_page (&sheet);

  duaal_text_clear (&sheet.text);
  cairo_destroy (sheet.cr);
  ok = duaal_pdf_pages_finish (surface, path, error);
  cairo_surface_destroy (surface);
  return ok;
}
