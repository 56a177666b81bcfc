/* duaal-visit-agenda.c: the agenda a coach takes to a workplace visit (SPEC 15)
 *
 * The agenda is gathered first as a list of paragraphs (what to say),
 * then set on pages (how it looks): a paragraph that does not fit on
 * what is left of a page starts the next one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>

#include "duaal-attention.h"
#include "duaal-error.h"
#include "duaal-evaluation-report.h"
#include "duaal-pdf-pages-private.h"
#include "duaal-text-private.h"
#include "duaal-visit-agenda.h"

#define TITLE_SIZE    18.0
#define HEADING_SIZE  13.0
#define TEXT_SIZE     10.5
#define GAP           6.0
#define SECTION_GAP   16.0
#define NOTE_LINES    14
#define NOTE_SPACING  24.0
#define BULLET_INDENT 12.0

typedef enum {
  PARAGRAPH_TITLE,
  PARAGRAPH_HEADING,
  PARAGRAPH_TEXT,
  PARAGRAPH_BULLET,
  PARAGRAPH_NOTES,     /* ruled lines for handwriting */
} ParagraphKind;

typedef struct {
  ParagraphKind  kind;
  char          *text;
} Paragraph;

static void
paragraph_clear (Paragraph *paragraph)
{
  g_free (paragraph->text);
}

static void
add (GArray        *paragraphs,
     ParagraphKind  kind,
     char          *text)   /* (transfer full) */
{
  Paragraph paragraph = { kind, text };

  g_array_append_val (paragraphs, paragraph);
}

/* A section's heading, its bullets, or @none when there are none. */
static void
add_section (GArray     *paragraphs,
             const char *heading,
             GPtrArray  *bullets,
             const char *none)
{
  add (paragraphs, PARAGRAPH_HEADING, g_strdup (heading));
  if (bullets->len == 0)
    add (paragraphs, PARAGRAPH_TEXT, g_strdup (none));
  for (guint i = 0; i < bullets->len; i++)
    add (paragraphs, PARAGRAPH_BULLET, g_strdup (g_ptr_array_index (bullets, i)));
}

static const char *
competence_title (DuaalQualification *qualification,
                  const char         *competence_id)
{
  DuaalCompetence *competence = duaal_qualification_find_competence (qualification, competence_id);

  return competence != NULL ? duaal_competence_get_title (competence) : competence_id;
}

/* ------------------------------------------------------------------ */
/* What the agenda says                                                */

typedef struct {
  DuaalLearner       *learner;
  DuaalClassGroup    *group;
  DuaalQualification *qualification;
  DuaalStatus        *status;        /* now */
  GPtrArray          *attention;     /* the group's, sorted */
  GPtrArray          *warnings;      /* the group's */
  GPtrArray          *visits;        /* the group's learners' */
  GPtrArray          *visit_status;  /* the group's learners' */
  GStrv               plan;
} Agenda;

static void
agenda_clear (Agenda *agenda)
{
  g_clear_object (&agenda->learner);
  g_clear_object (&agenda->group);
  g_clear_object (&agenda->qualification);
  g_clear_object (&agenda->status);
  g_clear_pointer (&agenda->attention, g_ptr_array_unref);
  g_clear_pointer (&agenda->warnings, g_ptr_array_unref);
  g_clear_pointer (&agenda->visits, g_ptr_array_unref);
  g_clear_pointer (&agenda->visit_status, g_ptr_array_unref);
  g_clear_pointer (&agenda->plan, g_strfreev);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Agenda, agenda_clear)

static gboolean
agenda_load (Agenda       *agenda,
             DuaalStore   *store,
             gint64        learner_id,
             const GDate  *today,
             GError      **error)
{
  gint64 group_id;

  agenda->learner = duaal_store_get_learner (store, learner_id, error);
  if (agenda->learner == NULL)
    return FALSE;
  group_id = duaal_learner_get_group_id (agenda->learner);
  agenda->group = duaal_store_get_group (store, group_id, error);
  if (agenda->group == NULL)
    return FALSE;
  agenda->status = duaal_store_load_learner_status (store, learner_id, 0, error);
  if (agenda->status == NULL)
    return FALSE;
  agenda->qualification = g_object_ref (duaal_status_get_qualification (agenda->status));
  agenda->plan = duaal_store_get_plan (store, learner_id, error);
  if (agenda->plan == NULL)
    return FALSE;
  agenda->attention = duaal_attention_list_now (store, group_id, error);
  if (agenda->attention == NULL)
    return FALSE;
  agenda->warnings = duaal_evaluation_list_warnings (store, group_id, error);
  if (agenda->warnings == NULL)
    return FALSE;
  agenda->visits = duaal_store_list_visits (store, group_id, error);
  if (agenda->visits == NULL)
    return FALSE;
  agenda->visit_status = duaal_evaluation_list_visit_status (store, group_id, today, error);
  return agenda->visit_status != NULL;
}

static char *
format_day (const GDate *day)
{
  return g_date_valid (day) ? duaal_period_date_to_text (day) : g_strdup (_("never"));
}

static void
describe_learner (Agenda *agenda,
                  GArray *paragraphs)
{
  gint64 id = duaal_learner_get_id (agenda->learner);
  const char *company = duaal_learner_get_company_name (agenda->learner);
  const char *trainer = duaal_learner_get_trainer_name (agenda->learner);

  add (paragraphs, PARAGRAPH_TITLE,
       g_strdup_printf (_("Visit agenda: %s"), duaal_learner_get_name (agenda->learner)));
  add (paragraphs, PARAGRAPH_TEXT,
       g_strdup_printf (_("Class group: %s"), duaal_class_group_get_name (agenda->group)));
  add (paragraphs, PARAGRAPH_TEXT,
       g_strdup_printf (_("Workplace: %s, trainer: %s"), company != NULL ? company : _("none"),
                        trainer != NULL ? trainer : _("none")));
  for (guint i = 0; i < agenda->visit_status->len; i++)
    {
      DuaalLearnerVisits *entry = g_ptr_array_index (agenda->visit_status, i);
      g_autofree char *last = NULL;
      g_autofree char *due = NULL;

      if (entry->learner_id != id)
        continue;
      last = format_day (&entry->status.last);
      due = format_day (&entry->status.due);
      add (paragraphs, PARAGRAPH_TEXT,
           entry->status.overdue
           ? g_strdup_printf (_("Last visit: %s; the next was due by %s and is overdue"), last, due)
           : g_strdup_printf (_("Last visit: %s; the next is due by %s"), last, due));
    }
}

static void
describe_attention (Agenda *agenda,
                    GArray *paragraphs)
{
  g_autoptr(GPtrArray) bullets = g_ptr_array_new_with_free_func (g_free);
  gint64 id = duaal_learner_get_id (agenda->learner);

  for (guint i = 0; i < agenda->attention->len; i++)
    {
      DuaalAttentionItem *item = g_ptr_array_index (agenda->attention, i);

      if (item->learner_id != id)
        continue;
      g_ptr_array_add (bullets, g_strdup_printf (
        /* Translators: a competence, then each actor's colour */
        _("%s: learner %s, teacher %s, trainer %s"),
        competence_title (agenda->qualification, item->competence_id),
        duaal_colour_get_label (item->colours[DUAAL_ACTOR_LEARNER]),
        duaal_colour_get_label (item->colours[DUAAL_ACTOR_TEACHER]),
        duaal_colour_get_label (item->colours[DUAAL_ACTOR_TRAINER])));
    }
  add_section (paragraphs, _("Attention items"), bullets, _("None: the actors agree."));
}

static void
describe_warnings (Agenda *agenda,
                   GArray *paragraphs)
{
  g_autoptr(GPtrArray) bullets = g_ptr_array_new_with_free_func (g_free);
  gint64 id = duaal_learner_get_id (agenda->learner);

  for (guint i = 0; i < agenda->warnings->len; i++)
    {
      DuaalWarning *warning = g_ptr_array_index (agenda->warnings, i);

      if (warning->learner_id == id)
        g_ptr_array_add (bullets, duaal_warning_describe (
          warning, warning->competence_id != NULL
                   ? competence_title (agenda->qualification, warning->competence_id) : NULL));
    }
  add_section (paragraphs, _("Early warnings"), bullets, _("None after the last closed period."));
}

static void
describe_uncovered (Agenda *agenda,
                    GArray *paragraphs)
{
  g_autoptr(GPtrArray) uncovered = duaal_planned_not_covered (agenda->status, duaal_learner_get_id (agenda->learner),
                                                               (const char * const *) agenda->plan);
  g_autoptr(GPtrArray) bullets = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < uncovered->len; i++)
    {
      const char *competence_id = g_ptr_array_index (uncovered, i);

      g_ptr_array_add (bullets, g_strdup_printf ("%s (%s)", competence_title (agenda->qualification, competence_id),
                                                 competence_id));
    }
  add_section (paragraphs, _("Planned competences not yet covered"), bullets,
               _("None: the trainer has covered every planned competence."));
}

static void
describe_visits (Agenda *agenda,
                 GArray *paragraphs)
{
  g_autoptr(GPtrArray) bullets = g_ptr_array_new_with_free_func (g_free);
  gint64 id = duaal_learner_get_id (agenda->learner);

  for (guint i = 0; i < agenda->visits->len; i++)
    {
      DuaalVisit *visit = g_ptr_array_index (agenda->visits, i);
      g_autofree char *day = NULL;

      if (visit->learner_id != id)
        continue;
      day = format_day (&visit->day);
      g_ptr_array_add (bullets, visit->notes != NULL ? g_strdup_printf ("%s: %s", day, visit->notes)
                                                     : g_strdup (day));
    }
  add_section (paragraphs, _("Earlier visits"), bullets, _("None yet."));
}

static GArray *
agenda_paragraphs (Agenda *agenda)
{
  GArray *paragraphs = g_array_new (FALSE, FALSE, sizeof (Paragraph));

  g_array_set_clear_func (paragraphs, (GDestroyNotify) paragraph_clear);
  describe_learner (agenda, paragraphs);
  describe_attention (agenda, paragraphs);
  describe_warnings (agenda, paragraphs);
  describe_uncovered (agenda, paragraphs);
  describe_visits (agenda, paragraphs);
  add (paragraphs, PARAGRAPH_HEADING, g_strdup (_("Notes")));
  add (paragraphs, PARAGRAPH_NOTES, NULL);
  return paragraphs;
}

/* ------------------------------------------------------------------ */
/* How it looks                                                        */

typedef struct {
  const DuaalPdfPages *pages;
  cairo_t             *cr;
  DuaalText            text;
  double               y;
  guint                n_pages;
} Setter;

static void
setter_new_page (Setter *setter)
{
  if (setter->n_pages > 0)
    duaal_pdf_pages_end_page (setter->cr);
  duaal_pdf_pages_begin_page (setter->pages, setter->cr);
  setter->n_pages++;
  setter->y = 0;
}

/* Room for @height more, or a new page. */
static void
setter_need (Setter *setter,
             double  height)
{
  if (setter->y > 0 && setter->y + height > setter->pages->content_height)
    setter_new_page (setter);
}

static void
set_notes (Setter *setter)
{
  double width = setter->pages->content_width;

  setter_need (setter, NOTE_LINES * NOTE_SPACING);
  cairo_save (setter->cr);
  cairo_set_source_rgb (setter->cr, 0.6, 0.6, 0.6);
  cairo_set_line_width (setter->cr, 0.5);
  for (guint i = 1; i <= NOTE_LINES && setter->y + NOTE_SPACING <= setter->pages->content_height; i++)
    {
      setter->y += NOTE_SPACING;
      cairo_move_to (setter->cr, 0, setter->y);
      cairo_line_to (setter->cr, width, setter->y);
    }
  cairo_stroke (setter->cr);
  cairo_restore (setter->cr);
}

static void
set_paragraph (Setter          *setter,
               const Paragraph *paragraph)
{
  double width = setter->pages->content_width;
  double indent = paragraph->kind == PARAGRAPH_BULLET ? BULLET_INDENT : 0;
  double size = paragraph->kind == PARAGRAPH_TITLE ? TITLE_SIZE
                : paragraph->kind == PARAGRAPH_HEADING ? HEADING_SIZE : TEXT_SIZE;
  gboolean bold = paragraph->kind == PARAGRAPH_TITLE || paragraph->kind == PARAGRAPH_HEADING;
  g_autoptr(PangoLayout) layout = NULL;
  double height;

  if (paragraph->kind == PARAGRAPH_NOTES)
    {
      set_notes (setter);
      return;
    }
  if (paragraph->kind == PARAGRAPH_HEADING && setter->y > 0)
    setter->y += SECTION_GAP;
  layout = duaal_text_wrapped (&setter->text, paragraph->text, size, bold, width - indent, -1);
  height = duaal_text_get_height (layout);
  /* A heading keeps at least one line of its section with it. */
  setter_need (setter, paragraph->kind == PARAGRAPH_HEADING ? height + 2 * TEXT_SIZE : height);
  if (paragraph->kind == PARAGRAPH_BULLET)
    {
      g_autoptr(PangoLayout) bullet = duaal_text_line (&setter->text, "•", size, FALSE, BULLET_INDENT);
      duaal_text_show (setter->cr, bullet, 0, setter->y);
    }
  duaal_text_show (setter->cr, layout, indent, setter->y);
  setter->y += height + (paragraph->kind == PARAGRAPH_TITLE ? GAP * 2 : GAP / 2);
}

guint
duaal_visit_agenda_write_pdf (DuaalStore   *store,
                              gint64        learner_id,
                              const GDate  *today,
                              const char   *path,
                              GError      **error)
{
  g_auto(Agenda) agenda = { 0 };
  g_autoptr(GArray) paragraphs = NULL;
  g_autofree char *title = NULL;
  cairo_surface_t *surface;
  Setter setter = { 0 };
  DuaalPdfPages pages;
  cairo_status_t status;
  gboolean ok;

  g_return_val_if_fail (DUAAL_IS_STORE (store), 0);
  g_return_val_if_fail (path != NULL, 0);

  if (!agenda_load (&agenda, store, learner_id, today, error))
    return 0;
  paragraphs = agenda_paragraphs (&agenda);
  title = g_strdup_printf (_("Visit agenda: %s"), duaal_learner_get_name (agenda.learner));

  duaal_pdf_pages_init (&pages, DUAAL_PDF_A4_SHORT - 2 * DUAAL_PDF_MARGIN, 1.0);
  surface = duaal_pdf_pages_create (&pages, path, title, NULL, error);
  if (surface == NULL)
    return 0;
  setter.pages = &pages;
  setter.cr = cairo_create (surface);
  duaal_text_init (&setter.text, setter.cr, NULL);
  cairo_set_source_rgb (setter.cr, 0, 0, 0);
  setter_new_page (&setter);
  for (guint i = 0; i < paragraphs->len; i++)
    set_paragraph (&setter, &g_array_index (paragraphs, Paragraph, i));
  duaal_pdf_pages_end_page (setter.cr);
  duaal_text_clear (&setter.text);
  cairo_destroy (setter.cr);
  cairo_surface_finish (surface);

  status = cairo_surface_status (surface);
  ok = status == CAIRO_STATUS_SUCCESS;
  if (!ok)
    g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_IO, _("Could not save “%s”: %s"), path,
                 cairo_status_to_string (status));
  ok = ok && duaal_pdf_pages_commit (surface, path, error);
  cairo_surface_destroy (surface);
  return ok ? setter.n_pages : 0;
}
