/* duaal-evolution-page.c: the "film" of one learner
 *
 * One status per column (each closed period, then now), each through
 * the viewer filter; a grid with three rows per competence, one per
 * actor, so the eye follows one actor's colour from left to right.  The
 * competences and actors are a grid of their own that stays in place
 * while the periods' grid scrolls sideways: every row has one height on
 * both sides, so they line up.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "duaal-coach-view-private.h"
#include "duaal-colour-chip.h"
#include "duaal-evolution-page.h"
#include "duaal-live-view-private.h"
#include "duaal-report-evolution.h"
#include "duaal-tooltip.h"

struct _DuaalEvolutionPage
{
  AdwBin       parent_instance;

  DuaalStore  *store;
  gint64       learner_id;
  gint64       group_id;    /* the learner's: its periods are columns */
  DuaalViewer  viewer;
  gint64       viewer_id;
  GArray      *periods;     /* guint: column -> period number, 0 = now */
  GPtrArray   *statuses;    /* DuaalStatus per column */
  GHashTable  *cell_labels; /* "competence/actor/column" -> what its chip says */

  GtkLabel    *title_label;
  GtkGrid     *competence_grid;  /* competence and actor: stays in place */
  GtkGrid     *grid;             /* the periods: scrolls sideways */
};

/* One row of either grid; the header row is taller. */
#define ROW_HEIGHT    30
#define HEADER_HEIGHT 36

G_DEFINE_FINAL_TYPE (DuaalEvolutionPage, duaal_evolution_page, ADW_TYPE_BIN)

static const DuaalActor actor_rows[DUAAL_N_ACTORS] = {
  DUAAL_ACTOR_LEARNER, DUAAL_ACTOR_TEACHER, DUAAL_ACTOR_TRAINER,
};

/* Column @col's period: a closed one's name, or "Now" after them. */
static char *
column_name (GPtrArray *closed,
             guint      col)
{
  if (col < closed->len)
    return duaal_coach_view_period_name (g_ptr_array_index (closed, col));
  return g_strdup (_("Now"));
}

static GtkWidget *
header_label (const char *text)
{
  GtkWidget *label = duaal_coach_view_label (text, "heading", NULL);

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_wrap (GTK_LABEL (label), FALSE);
  duaal_widget_set_tooltip (label, text);
  gtk_widget_set_valign (label, GTK_ALIGN_END);
  gtk_widget_set_size_request (label, -1, HEADER_HEIGHT);
  return label;
}

static void
attach_header (DuaalEvolutionPage *self,
               GPtrArray          *closed)
{
  gtk_grid_attach (self->competence_grid, header_label (_("Competence")), 0, 0, 1, 1);
  gtk_grid_attach (self->competence_grid, header_label (_("Scored by")), 1, 0, 1, 1);
  for (guint col = 0; col < self->periods->len; col++)
    {
      g_autofree char *name = column_name (closed, col);

      gtk_grid_attach (self->grid, header_label (name), col, 0, 1, 1);
    }
}

static int
cell_trend (DuaalEvolutionPage *self,
            const char         *competence_id,
            DuaalActor          actor,
            guint               column)
{
  if (column == 0 || column >= self->statuses->len)
    return 0;
  return duaal_colour_trend (duaal_evolution_page_get_colour (self, competence_id, actor, column - 1),
                             duaal_evolution_page_get_colour (self, competence_id, actor, column));
}

/* "Teacher, Period 2", with "(up since Period 1)" when it went up or
 * down: the arrow beside the chip is not the only sign. */
static char *
cell_context (DuaalActor  actor,
              GPtrArray  *closed,
              guint       col,
              int         trend)
{
  g_autofree char *period = column_name (closed, col);
  g_autofree char *before = NULL;

  if (trend == 0)
    /* Translators: whose colour and when, "Teacher, Period 1" */
    return g_strdup_printf (_("%s, %s"), duaal_actor_get_label (actor), period);
  before = column_name (closed, col - 1);
  if (trend > 0)
    /* Translators: "Teacher, Now (up since Period 2)" */
    return g_strdup_printf (_("%s, %s (up since %s)"), duaal_actor_get_label (actor), period, before);
  /* Translators: "Teacher, Now (down since Period 2)" */
  return g_strdup_printf (_("%s, %s (down since %s)"), duaal_actor_get_label (actor), period, before);
}

/* The chip, with an arrow after it when the colour went up or down. */
static GtkWidget *
trend_cell (GtkWidget *chip,
            int        trend)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  /* The chip says it in words; the arrow is for the eye, so assistive
   * technologies skip it. */
  GtkWidget *arrow = g_object_new (GTK_TYPE_IMAGE,
                                   "icon-name", trend > 0 ? "go-up-symbolic" : "go-down-symbolic",
                                   "tooltip-text", trend > 0 ? _("Went up") : _("Went down"),
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                   NULL);

  gtk_widget_add_css_class (arrow, trend > 0 ? "trend-up" : "trend-down");
  gtk_box_append (GTK_BOX (box), chip);
  gtk_box_append (GTK_BOX (box), arrow);
  return box;
}

static GtkWidget *
wrap_in_row (GtkWidget *cell)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  gtk_widget_set_size_request (row, -1, ROW_HEIGHT);
  gtk_box_append (GTK_BOX (row), cell);
  return row;
}

static char *
cell_key (const char *competence_id,
          DuaalActor  actor,
          guint       column)
{
  return g_strdup_printf ("%s/%d/%u", competence_id, (int) actor, column);
}

static void
attach_competence (DuaalEvolutionPage *self,
                   DuaalCompetence    *competence,
                   GPtrArray          *closed,
                   int                 top)
{
  g_autofree char *title = duaal_coach_view_competence_title (competence);
  const char *id = duaal_competence_get_id (competence);
  GtkWidget *title_label = duaal_coach_view_label (title, NULL);

  gtk_widget_set_valign (title_label, GTK_ALIGN_START);
  gtk_label_set_max_width_chars (GTK_LABEL (title_label), 34);
  /* Narrow, the title wraps more and the colours come into view; it
   * never makes its three rows taller than those of the periods beside
   * them (the whole title is in its tooltip). */
  gtk_label_set_width_chars (GTK_LABEL (title_label), 14);
  gtk_label_set_lines (GTK_LABEL (title_label), 4);
  gtk_label_set_ellipsize (GTK_LABEL (title_label), PANGO_ELLIPSIZE_END);
  duaal_widget_set_tooltip (title_label, title);
  gtk_widget_set_margin_top (title_label, 10);
  gtk_grid_attach (self->competence_grid, title_label, 0, top, 1, DUAAL_N_ACTORS);

  for (guint r = 0; r < DUAAL_N_ACTORS; r++)
    {
      DuaalActor actor = actor_rows[r];
      GtkWidget *actor_label = duaal_coach_view_label (duaal_actor_get_label (actor), "dim-label", NULL);

      gtk_widget_set_valign (actor_label, GTK_ALIGN_CENTER);
      gtk_widget_set_size_request (actor_label, -1, ROW_HEIGHT);
      if (r == 0)
        gtk_widget_set_margin_top (actor_label, 10);
      gtk_grid_attach (self->competence_grid, actor_label, 1, top + r, 1, 1);
      for (guint col = 0; col < self->periods->len; col++)
        {
          int trend = cell_trend (self, id, actor, col);
          /* "Teacher, Period 1": the chip says whose colour and when. */
          g_autofree char *context = cell_context (actor, closed, col, trend);
          GtkWidget *chip = duaal_colour_chip_new (duaal_evolution_page_get_colour (self, id, actor, col), context);
          GtkWidget *cell = trend != 0 ? trend_cell (chip, trend) : chip;

          g_hash_table_insert (self->cell_labels, cell_key (id, actor, col),
                               g_strdup (duaal_colour_chip_get_label (DUAAL_COLOUR_CHIP (chip))));
          gtk_widget_set_size_request (chip, 190, 24);
          gtk_widget_set_valign (cell, GTK_ALIGN_CENTER);
          gtk_widget_set_halign (cell, GTK_ALIGN_START);
          /* the row's height around the chip, as the actor's label has */
          cell = wrap_in_row (cell);
          if (r == 0)
            gtk_widget_set_margin_top (cell, 10);
          gtk_grid_attach (self->grid, cell, col, top + r, 1, 1);
        }
    }
}

static gboolean
load_statuses (DuaalEvolutionPage  *self,
               GPtrArray           *closed,
               GError             **error)
{
  guint now = 0;

  g_array_set_size (self->periods, 0);
  g_ptr_array_set_size (self->statuses, 0);
  for (guint i = 0; i < closed->len; i++)
    {
      guint number = duaal_period_get_number (g_ptr_array_index (closed, i));
      g_array_append_val (self->periods, number);
    }
  g_array_append_val (self->periods, now);

  for (guint col = 0; col < self->periods->len; col++)
    {
      DuaalStatus *status = duaal_coach_view_load_status (self->store, self->learner_id, 0,
                                                          g_array_index (self->periods, guint, col),
                                                          self->viewer, self->viewer_id, error);
      if (status == NULL)
        return FALSE;
      g_ptr_array_add (self->statuses, status);
    }
  return TRUE;
}

static void
show_message (DuaalEvolutionPage *self,
              const char         *message)
{
  duaal_coach_view_clear_grid (self->grid);
  duaal_coach_view_grid_message (self->competence_grid, message);
}

static void
reload (DuaalEvolutionPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalLearner) learner = NULL;
  g_autoptr(GPtrArray) closed = NULL;
  DuaalStatus *now;
  GPtrArray *competences;

  g_array_set_size (self->periods, 0);
  g_ptr_array_set_size (self->statuses, 0);
  g_hash_table_remove_all (self->cell_labels);
  gtk_label_set_text (self->title_label, "");
  if (self->store == NULL || self->learner_id <= 0)
    {
      show_message (self, _("No learner chosen"));
      return;
    }
  learner = duaal_store_get_learner (self->store, self->learner_id, &error);
  self->group_id = learner != NULL ? duaal_learner_get_group_id (learner) : 0;
  duaal_live_view_set_subject (GTK_WIDGET (self), self->group_id, self->learner_id);
  if (learner != NULL)
    closed = duaal_coach_view_closed_periods (self->store, duaal_learner_get_group_id (learner), &error);
  if (closed == NULL || !load_statuses (self, closed, &error))
    {
      show_message (self, error->message);
      return;
    }
  now = g_ptr_array_index (self->statuses, self->statuses->len - 1);
  if (duaal_status_find_learner (now, self->learner_id) == NULL)
    {
      show_message (self, _("You may not see this learner’s scores"));
      return;
    }

  gtk_label_set_text (self->title_label, duaal_learner_get_name (learner));
  duaal_coach_view_clear_grid (self->competence_grid);
  duaal_coach_view_clear_grid (self->grid);
  attach_header (self, closed);
  competences = duaal_qualification_get_competences (duaal_status_get_qualification (now));
  for (guint i = 0; i < competences->len; i++)
    attach_competence (self, g_ptr_array_index (competences, i), closed, 1 + i * DUAAL_N_ACTORS);
}

static void
update (GtkWidget *widget)
{
  reload (DUAAL_EVOLUTION_PAGE (widget));
}

static void
duaal_evolution_page_dispose (GObject *object)
{
  DuaalEvolutionPage *self = DUAAL_EVOLUTION_PAGE (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->statuses, g_ptr_array_unref);
  g_clear_pointer (&self->periods, g_array_unref);
  g_clear_pointer (&self->cell_labels, g_hash_table_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), DUAAL_TYPE_EVOLUTION_PAGE);
  G_OBJECT_CLASS (duaal_evolution_page_parent_class)->dispose (object);
}

static void
duaal_evolution_page_class_init (DuaalEvolutionPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = duaal_evolution_page_dispose;
  duaal_coach_view_install_viewer (object_class, G_STRUCT_OFFSET (DuaalEvolutionPage, viewer),
                                   G_STRUCT_OFFSET (DuaalEvolutionPage, viewer_id),
                                   (DuaalCoachViewSetViewer) duaal_evolution_page_set_viewer);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Duaal/ui/duaal-evolution-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DuaalEvolutionPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, DuaalEvolutionPage, competence_grid);
  gtk_widget_class_bind_template_child (widget_class, DuaalEvolutionPage, grid);
}

static void
duaal_evolution_page_init (DuaalEvolutionPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->viewer = DUAAL_VIEWER_COACH;
  self->periods = g_array_new (FALSE, FALSE, sizeof (guint));
  self->statuses = g_ptr_array_new_with_free_func (g_object_unref);
  self->cell_labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

GtkWidget *
duaal_evolution_page_new (DuaalStore *store)
{
  DuaalEvolutionPage *self;

  g_return_val_if_fail (store == NULL || DUAAL_IS_STORE (store), NULL);

  self = g_object_new (DUAAL_TYPE_EVOLUTION_PAGE, NULL);
  self->store = duaal_live_view_follow_store (GTK_WIDGET (self), store, update);
  reload (self);
  return GTK_WIDGET (self);
}

void
duaal_evolution_page_set_learner (DuaalEvolutionPage *self,
                                  gint64              learner_id)
{
  g_return_if_fail (DUAAL_IS_EVOLUTION_PAGE (self));

  /* The same learner stays as it is: it is current by itself. */
  if (self->learner_id == learner_id)
    return;
  self->learner_id = learner_id;
  duaal_live_view_set_subject (GTK_WIDGET (self), 0, learner_id);
  reload (self);
}

void
duaal_evolution_page_set_viewer (DuaalEvolutionPage *self,
                                 DuaalViewer         viewer,
                                 gint64              viewer_id)
{
  g_return_if_fail (DUAAL_IS_EVOLUTION_PAGE (self));

  if (!duaal_coach_view_take_viewer (&self->viewer, &self->viewer_id, viewer, viewer_id))
    return;
  reload (self);
  duaal_coach_view_notify_viewer (self);
}

GArray *
duaal_evolution_page_get_periods (DuaalEvolutionPage *self)
{
  g_return_val_if_fail (DUAAL_IS_EVOLUTION_PAGE (self), NULL);
  return self->periods;
}

DuaalColour
duaal_evolution_page_get_colour (DuaalEvolutionPage *self,
                                 const char         *competence_id,
                                 DuaalActor          actor,
                                 guint               column)
{
  g_return_val_if_fail (DUAAL_IS_EVOLUTION_PAGE (self), DUAAL_COLOUR_GREY);

  if (column >= self->statuses->len)
    return DUAAL_COLOUR_GREY;
  return duaal_status_get_colour (g_ptr_array_index (self->statuses, column),
                                  self->learner_id, competence_id, actor);
}

int
duaal_evolution_page_get_trend (DuaalEvolutionPage *self,
                                const char         *competence_id,
                                DuaalActor          actor,
                                guint               column)
{
  g_return_val_if_fail (DUAAL_IS_EVOLUTION_PAGE (self), 0);
  return cell_trend (self, competence_id, actor, column);
}

const char *
duaal_evolution_page_get_cell_label (DuaalEvolutionPage *self,
                                     const char         *competence_id,
                                     DuaalActor          actor,
                                     guint               column)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (DUAAL_IS_EVOLUTION_PAGE (self), NULL);
  key = cell_key (competence_id, actor, column);
  return g_hash_table_lookup (self->cell_labels, key);
}
