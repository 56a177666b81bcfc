/* duaal-learning-line-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "duaal-learning-line-chart.h"
#include "duaal-learning-line-view.h"

/* Narrower than this the context titles wrap letter by letter. */
#define MIN_WIDTH     480
#define NATURAL_WIDTH 960
#define EXPORT_WIDTH  1200.0

struct _DuaalLearningLineView
{
  DuaalChartView     parent_instance;

  DuaalLearningLine *line;
  char              *qualification;
  char              *learner;
};

G_DEFINE_FINAL_TYPE (DuaalLearningLineView, duaal_learning_line_view, DUAAL_TYPE_CHART_VIEW)

/* ---- what a screen reader says ---- */

/* "1 “Rijwoning”" */
static char *
context_name (DuaalLearningLine *line,
              guint              k)
{
  /* Translators: a context on the learning line by its place and title, "2 “Appartement”" */
  return g_strdup_printf (_("%u “%s”"), k + 1, duaal_context_get_title (duaal_learning_line_get_context (line, k)));
}

static void
append_competence (GString           *text,
                   DuaalLearningLine *line,
                   guint              c)
{
  int start = duaal_learning_line_get_start (line, c);
  g_autoptr(GPtrArray) deepen = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *started = NULL;

  g_string_append_printf (text, "%s%s %s: ", text->len > 0 ? "\n" : "",
                          duaal_learning_line_get_competence_id (line, c),
                          duaal_learning_line_get_competence_title (line, c));
  if (start < 0)
    {
      g_string_append (text, _("uncovered, no context offers it"));
      return;
    }
  for (guint k = start + 1; k < duaal_learning_line_get_n_contexts (line); k++)
    if (duaal_learning_line_get_mark (line, c, k) == DUAAL_LEARNING_MARK_DEEPEN)
      g_ptr_array_add (deepen, context_name (line, k));
  started = context_name (line, start);
  /* Translators: where a competence starts on the learning line, "starts in context 1 “Rijwoning”" */
  g_string_append_printf (text, _("starts in context %s"), started);
  if (deepen->len > 0)
    {
      g_autofree char *joined = NULL;

      g_ptr_array_add (deepen, NULL);
      joined = g_strjoinv (", ", (char **) deepen->pdata);
      /* Translators: follows "starts in context …": ", deepens in 2 “Appartement”, 3 “Keuken”" */
      g_string_append_printf (text, _(", deepens in %s"), joined);
    }
}

static void
update_accessible (DuaalLearningLineView *self)
{
  g_autoptr(GString) description = g_string_new (NULL);
  char *label;

  if (self->line == NULL)
    {
      duaal_chart_view_describe (DUAAL_CHART_VIEW (self), NULL, NULL);
      return;
    }
  if (self->learner != NULL)
    /* Translators: what a screen reader calls the chart, "Learning line of Elektrotechnicus for Ann" */
    label = g_strdup_printf (_("Learning line of %s for %s"),
                             self->qualification != NULL ? self->qualification : "", self->learner);
  else
    label = g_strdup_printf (_("Learning line of %s"), self->qualification != NULL ? self->qualification : "");
  for (guint c = 0; c < duaal_learning_line_get_n_competences (self->line); c++)
    append_competence (description, self->line, c);
  for (guint k = 0; k < duaal_learning_line_get_n_contexts (self->line); k++)
    if (duaal_learning_line_is_done (self->line, k))
      {
        g_autofree char *name = context_name (self->line, k);

        /* Translators: read after the competences, "Done: context 1 “Rijwoning”" */
        g_string_append_c (description, '\n');
        g_string_append_printf (description, _("Done: context %s"), name);
      }
  duaal_chart_view_describe (DUAAL_CHART_VIEW (self), label, g_string_free (g_steal_pointer (&description), FALSE));
}

/* ---- drawing ---- */

static DuaalLearningLineChartInfo
chart_info (DuaalLearningLineView *self)
{
  return (DuaalLearningLineChartInfo) {
    .qualification = self->qualification,
    .learner = self->learner,
    .dark_theme = duaal_chart_view_get_dark (DUAAL_CHART_VIEW (self)),
    .font = pango_context_get_font_description (gtk_widget_get_pango_context (GTK_WIDGET (self))),
  };
}

static void
duaal_learning_line_view_snapshot (GtkWidget   *widget,
                                   GtkSnapshot *snapshot)
{
  DuaalLearningLineView *self = DUAAL_LEARNING_LINE_VIEW (widget);
  DuaalLearningLineChartInfo info = chart_info (self);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (self->line == NULL || width <= 0 || height <= 0)
    return;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  duaal_learning_line_chart_draw (cr, self->line, &info, width, height);
  cairo_destroy (cr);
}

static void
duaal_learning_line_view_measure (GtkWidget      *widget,
                                  GtkOrientation  orientation,
                                  int             for_size,
                                  int            *minimum,
                                  int            *natural,
                                  int            *minimum_baseline,
                                  int            *natural_baseline)
{
  DuaalLearningLineView *self = DUAAL_LEARNING_LINE_VIEW (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MIN_WIDTH;
      *natural = NATURAL_WIDTH;
    }
  else if (self->line == NULL)
    *minimum = *natural = 0;
  else
    {
      DuaalLearningLineChartInfo info = chart_info (self);
      double height = 0;

      duaal_learning_line_chart_measure (self->line, &info, for_size > 0 ? MAX (for_size, MIN_WIDTH) : NATURAL_WIDTH,
                                         &height);
      *minimum = *natural = (int) ceil (height);
    }
}

/* ---- API ---- */

void
duaal_learning_line_view_set_line (DuaalLearningLineView *self,
                                   DuaalLearningLine     *line,
                                   const char            *qualification,
                                   const char            *learner)
{
  g_return_if_fail (DUAAL_IS_LEARNING_LINE_VIEW (self));
  g_return_if_fail (line == NULL || DUAAL_IS_LEARNING_LINE (line));

  g_set_object (&self->line, line);
  g_free (self->qualification);
  self->qualification = g_strdup (qualification);
  g_free (self->learner);
  self->learner = g_strdup (learner);
  update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

DuaalLearningLine *
duaal_learning_line_view_get_line (DuaalLearningLineView *self)
{
  g_return_val_if_fail (DUAAL_IS_LEARNING_LINE_VIEW (self), NULL);
  return self->line;
}

gboolean
duaal_learning_line_view_export (DuaalLearningLineView  *self,
                                 const char             *path,
                                 GError                **error)
{
  DuaalLearningLineChartInfo info = { .qualification = self->qualification, .learner = self->learner };

  g_return_val_if_fail (DUAAL_IS_LEARNING_LINE_VIEW (self), FALSE);
  g_return_val_if_fail (self->line != NULL, FALSE);
  return duaal_learning_line_chart_export (self->line, &info, path, EXPORT_WIDTH, 1.0, error);
}

GtkWidget *
duaal_learning_line_view_new (void)
{
  return g_object_new (DUAAL_TYPE_LEARNING_LINE_VIEW, NULL);
}

/* ---- GObject ---- */

static void
duaal_learning_line_view_dispose (GObject *object)
{
  DuaalLearningLineView *self = DUAAL_LEARNING_LINE_VIEW (object);

  g_clear_object (&self->line);

  G_OBJECT_CLASS (duaal_learning_line_view_parent_class)->dispose (object);
}

static void
duaal_learning_line_view_finalize (GObject *object)
{
  DuaalLearningLineView *self = DUAAL_LEARNING_LINE_VIEW (object);

  g_free (self->qualification);
  g_free (self->learner);

  G_OBJECT_CLASS (duaal_learning_line_view_parent_class)->finalize (object);
}

static void
duaal_learning_line_view_class_init (DuaalLearningLineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = duaal_learning_line_view_dispose;
  object_class->finalize = duaal_learning_line_view_finalize;

  widget_class->snapshot = duaal_learning_line_view_snapshot;
  widget_class->measure = duaal_learning_line_view_measure;

  gtk_widget_class_set_css_name (widget_class, "duaal-learning-line-view");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
duaal_learning_line_view_init (DuaalLearningLineView *self)
{
}
