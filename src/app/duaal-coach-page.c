/* duaal-coach-page.c: the coach's view of one learner
 *
 * The rows are rebuilt whenever the learner, the period or the viewer
 * changes, or a change notice concerns the learner: a learner has a few
 * dozen competences, and rebuilding keeps one code path for every
 * change (duaal-live-view-private.h keeps scroll and focus).  Each view is one GtkGrid, so the
 * columns line up whatever wraps.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "duaal-accessible.h"
#include "duaal-attention.h"
#include "duaal-coach-page.h"
#include "duaal-coach-view-private.h"
#include "duaal-colour-bar.h"
#include "duaal-live-view-private.h"
#include "duaal-progress-bar.h"
#include "duaal-tooltip.h"
#include "duaal-visibility.h"

/* The least an actor's column takes: the three actors fit beside the
 * competences in the default window (1000 px, the sidebar beside); the
 * columns share what room there is beyond. */
#define ACTOR_COLUMN_WIDTH 124

struct _DuaalCoachPage
{
  AdwBin        parent_instance;

  DuaalStore   *store;
  gint64        learner_id;
  DuaalViewer   viewer;
  gint64        viewer_id;
  guint         period;
  char         *competence_id;
  DuaalStatus  *status;
  GArray       *period_numbers;
  GPtrArray    *marked;
  GHashTable   *attention;      /* competence id -> severity, for the learner shown */
  gboolean      back_to_list;   /* opened from the attention list: Back returns there */

  GtkButton    *back_button;
  GtkLabel     *title_label;
  GtkLabel     *subtitle_label;
  GtkDropDown  *period_dropdown;
  GtkStack     *stack;
  GtkBox       *competence_box;
  GtkBox       *indicator_box;
};

G_DEFINE_FINAL_TYPE (DuaalCoachPage, duaal_coach_page, ADW_TYPE_BIN)

enum {
  BACK_TO_LIST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The columns' order: the learner first, as on the learner's page. */
static const DuaalActor actor_columns[DUAAL_N_ACTORS] = {
  DUAAL_ACTOR_LEARNER, DUAAL_ACTOR_TEACHER, DUAAL_ACTOR_TRAINER,
};

static DuaalLearner *
current_learner (DuaalCoachPage *self)
{
  return self->status != NULL ? duaal_status_find_learner (self->status, self->learner_id) : NULL;
}

static void
show_message (DuaalCoachPage *self,
              const char     *message)
{
  duaal_coach_view_clear_box (self->competence_box);
  duaal_coach_view_clear_box (self->indicator_box);
  gtk_box_append (self->competence_box,
                  duaal_coach_view_label (message, "dim-label", NULL));
  gtk_stack_set_visible_child_name (self->stack, "competences");
  gtk_widget_set_visible (GTK_WIDGET (self->back_button), FALSE);
}

/* A table as a GtkGrid in a card: one grid lines the columns up over
 * every row, whatever wraps where. */
static GtkWidget *
make_table (GtkWidget  **grid,
            const char  *first_caption,
            const char  *accessible_label)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  *grid = gtk_grid_new ();
  gtk_grid_set_column_spacing (GTK_GRID (*grid), 18);
  gtk_grid_set_row_spacing (GTK_GRID (*grid), 8);
  gtk_widget_set_margin_start (*grid, 12);
  gtk_widget_set_margin_end (*grid, 12);
  gtk_widget_set_margin_top (*grid, 10);
  gtk_widget_set_margin_bottom (*grid, 10);
  gtk_accessible_update_property (GTK_ACCESSIBLE (*grid), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label, -1);
  gtk_widget_add_css_class (card, "card");
  gtk_box_append (GTK_BOX (card), *grid);

  gtk_grid_attach (GTK_GRID (*grid), duaal_coach_view_label (first_caption, "heading", NULL), 0, 0, 1, 1);
  for (guint c = 0; c < DUAAL_N_ACTORS; c++)
    gtk_grid_attach (GTK_GRID (*grid),
                     duaal_coach_view_label (duaal_actor_get_label (actor_columns[c]), "heading", NULL),
                     1 + c, 0, 1, 1);
  return card;
}

/* Row @index of the table (0 is the first under the header), with a
 * line above it. */
static int
attach_row_start (GtkWidget *grid,
                  guint      index,
                  GtkWidget *first)
{
  int top = 1 + 2 * index;

  gtk_grid_attach (GTK_GRID (grid), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL), 0, top, 1 + DUAAL_N_ACTORS, 1);
  gtk_widget_set_hexpand (first, TRUE);
  gtk_widget_set_valign (first, GTK_ALIGN_CENTER);
  gtk_grid_attach (GTK_GRID (grid), first, 0, top + 1, 1, 1);
  return top + 1;
}

static void
attach_actor_cell (GtkWidget *grid,
                   int        row,
                   guint      column,
                   GtkWidget *cell)
{
  gtk_widget_set_size_request (cell, ACTOR_COLUMN_WIDTH, -1);
  gtk_widget_set_hexpand (cell, TRUE);
  gtk_widget_set_valign (cell, GTK_ALIGN_CENTER);
  gtk_grid_attach (GTK_GRID (grid), cell, 1 + column, row, 1, 1);
}

static void
competence_clicked_cb (DuaalCoachPage *self,
                       GtkButton      *button)
{
  duaal_coach_page_show_competence (self, g_object_get_data (G_OBJECT (button), "competence-id"));
}

/* The competences of the learner shown that are on the attention list
 * (SPEC section 7), with their severity. */
static void
collect_attention (DuaalCoachPage *self)
{
  g_autoptr(GPtrArray) items = duaal_attention_collect (self->status);

  g_hash_table_remove_all (self->attention);
  for (guint i = 0; i < items->len; i++)
    {
      DuaalAttentionItem *item = g_ptr_array_index (items, i);

      if (item->learner_id == self->learner_id)
        g_hash_table_insert (self->attention, g_strdup (item->competence_id), GUINT_TO_POINTER (item->severity));
    }
}

/* Under a competence on the attention list: a warning sign and words. */
static GtkWidget *
make_attention_mark (void)
{
  GtkWidget *mark = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

  gtk_widget_add_css_class (icon, "warning");
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Needs attention"), -1);
  gtk_box_append (GTK_BOX (mark), icon);
  gtk_box_append (GTK_BOX (mark), duaal_coach_view_label (_("Needs attention"), "caption", "warning", NULL));
  return mark;
}

/* The competence's title opens its indicators. */
static GtkWidget *
make_competence_button (DuaalCoachPage  *self,
                        DuaalCompetence *competence)
{
  g_autofree char *title = duaal_coach_view_competence_title (competence);
  gboolean attention = g_hash_table_contains (self->attention, duaal_competence_get_id (competence));
  GtkWidget *label = duaal_coach_view_label (title, NULL);
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *button = gtk_button_new ();
  g_autofree char *accessible = attention ? g_strdup_printf (_("%s, needs attention"), title) : NULL;

  /* Narrow, the title wraps rather than push the actors out of view. */
  gtk_label_set_width_chars (GTK_LABEL (label), 12);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 48);
  gtk_box_append (GTK_BOX (content), label);
  if (attention)
    gtk_box_append (GTK_BOX (content), make_attention_mark ());
  gtk_button_set_child (GTK_BUTTON (button), content);
  gtk_widget_add_css_class (button, "flat");
  duaal_widget_set_tooltip (button, _("Show the indicators"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  attention ? accessible : title, -1);
  g_object_set_data_full (G_OBJECT (button), "competence-id",
                          g_strdup (duaal_competence_get_id (competence)), g_free);
  duaal_live_view_set_key (button, duaal_competence_get_id (competence));
  g_signal_connect_object (button, "clicked", G_CALLBACK (competence_clicked_cb), self, G_CONNECT_SWAPPED);
  return button;
}

static void
rebuild_competences (DuaalCoachPage *self)
{
  GPtrArray *competences = duaal_qualification_get_competences (duaal_status_get_qualification (self->status));
  GtkWidget *grid;

  duaal_coach_view_clear_box (self->competence_box);
  collect_attention (self);
  gtk_box_append (self->competence_box,
                  make_table (&grid, _("Competence"), _("Competences with every actor’s colour and progress")));
  for (guint i = 0; i < competences->len; i++)
    {
      DuaalCompetence *competence = g_ptr_array_index (competences, i);
      const char *id = duaal_competence_get_id (competence);
      int row = attach_row_start (grid, i, make_competence_button (self, competence));

      for (guint c = 0; c < DUAAL_N_ACTORS; c++)
        {
          DuaalActor actor = actor_columns[c];
          const DuaalTally *tally = duaal_status_get_tally (self->status, self->learner_id, id, actor);
          GtkWidget *cell = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
          GtkWidget *colour_bar = duaal_colour_bar_new (actor);
          GtkWidget *progress_bar = duaal_progress_bar_new (actor);

          /* The viewport gives the grid its minimum height: ask for the
           * bars' natural height outright. */
          gtk_widget_set_size_request (colour_bar, -1, 22);
          gtk_widget_set_size_request (progress_bar, -1, 22);
          duaal_colour_bar_set_tally (DUAAL_COLOUR_BAR (colour_bar), tally);
          duaal_progress_bar_set_tally (DUAAL_PROGRESS_BAR (progress_bar), tally);
          gtk_box_append (GTK_BOX (cell), colour_bar);
          gtk_box_append (GTK_BOX (cell), progress_bar);
          attach_actor_cell (grid, row, c, cell);
        }
    }
}

/* One actor's score of one indicator: mastery and coverage, then the
 * comment; or why there is nothing to show. */
static GtkWidget *
make_score_cell (DuaalCoachPage *self,
                 const char     *indicator_id,
                 DuaalActor      actor)
{
  const DuaalCell *cell = duaal_status_get_cell (self->status, self->learner_id, indicator_id, actor);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

  if (!duaal_visibility_can_see_indicators (self->viewer, actor))
    {
      gtk_box_append (GTK_BOX (box), duaal_coach_view_label (_("Not visible to you"), "dim-label", NULL));
      return box;
    }
  if (cell == NULL || (cell->mastery == DUAAL_MASTERY_NONE && cell->coverage == DUAAL_COVERAGE_NONE))
    {
      gtk_box_append (GTK_BOX (box), duaal_coach_view_label (_("Not scored"), "dim-label", NULL));
      return box;
    }
  gtk_box_append (GTK_BOX (box),
                  duaal_coach_view_label (cell->mastery != DUAAL_MASTERY_NONE
                                          ? duaal_mastery_get_label (cell->mastery)
                                          : _("No mastery score"),
                                          cell->mastery == DUAAL_MASTERY_NONE ? "dim-label" : NULL, NULL));
  if (cell->coverage != DUAAL_COVERAGE_NONE)
    {
      /* "Came up: Sometimes": coverage alone ("Sometimes") reads as a
       * frequency of what? */
      g_autofree char *coverage = g_strdup_printf (_("Came up: %s"), duaal_coverage_get_label (cell->coverage));
      gtk_box_append (GTK_BOX (box), duaal_coach_view_label (coverage, "caption", NULL));
    }
  if (cell->comment != NULL && *cell->comment != '\0')
    {
      g_autofree char *quoted = g_strdup_printf (_("“%s”"), cell->comment);
      GtkWidget *label = duaal_coach_view_label (quoted, "caption", "dim-label", NULL);

      /* A long comment wraps within its column instead of widening it. */
      gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
      gtk_box_append (GTK_BOX (box), label);
    }
  return box;
}

/* SPEC section 7 at indicator level: one actor X, another V. */
static gboolean
is_opposite (DuaalCoachPage *self,
             const char     *indicator_id)
{
  gboolean has_x = FALSE, has_v = FALSE;

  for (DuaalActor a = 0; a < DUAAL_N_ACTORS; a++)
    {
      const DuaalCell *cell = duaal_status_get_cell (self->status, self->learner_id, indicator_id, a);

      if (cell == NULL)
        continue;
      has_x |= cell->mastery == DUAAL_MASTERY_X;
      has_v |= cell->mastery == DUAAL_MASTERY_V;
    }
  return has_x && has_v;
}

static GtkWidget *
make_indicator_title (DuaalIndicator *indicator,
                      gboolean        opposite)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *text = duaal_coach_view_label (duaal_indicator_get_text (indicator), NULL);

  gtk_label_set_width_chars (GTK_LABEL (text), 12);
  gtk_label_set_max_width_chars (GTK_LABEL (text), 48);

  gtk_box_append (GTK_BOX (box), duaal_coach_view_label (duaal_indicator_get_id (indicator),
                                                         "caption", "dim-label", NULL));
  gtk_box_append (GTK_BOX (box), text);
  if (opposite)
    {
      GtkWidget *mark = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
      GtkWidget *label = duaal_coach_view_label (_("Not mastered for one, autonomous for another"),
                                                 "caption", "warning", NULL);

      gtk_widget_add_css_class (icon, "warning");
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("The actors disagree"), -1);
      gtk_box_append (GTK_BOX (mark), icon);
      gtk_box_append (GTK_BOX (mark), label);
      gtk_box_append (GTK_BOX (box), mark);
      gtk_widget_add_css_class (text, "heading");
    }
  return box;
}

static void
rebuild_indicators (DuaalCoachPage *self)
{
  DuaalQualification *qualification = duaal_status_get_qualification (self->status);
  DuaalCompetence *competence = NULL;
  GtkWidget *grid;
  guint n;

  duaal_coach_view_clear_box (self->indicator_box);
  g_ptr_array_set_size (self->marked, 0);
  if (self->competence_id != NULL)
    competence = duaal_qualification_find_competence (qualification, self->competence_id);
  if (competence == NULL)
    return;

  gtk_box_append (self->indicator_box,
                  make_table (&grid, _("Indicator"), _("Indicators with every actor’s score and comment")));
  n = duaal_competence_get_n_indicators (competence);
  for (guint i = 0; i < n; i++)
    {
      DuaalIndicator *indicator = duaal_competence_get_indicator (competence, i);
      const char *id = duaal_indicator_get_id (indicator);
      gboolean opposite = is_opposite (self, id);
      int row = attach_row_start (grid, i, make_indicator_title (indicator, opposite));

      if (opposite)
        g_ptr_array_add (self->marked, g_strdup (id));
      for (guint c = 0; c < DUAAL_N_ACTORS; c++)
        attach_actor_cell (grid, row, c, make_score_cell (self, id, actor_columns[c]));
    }
}

static void
update_titles (DuaalCoachPage *self)
{
  DuaalLearner *learner = current_learner (self);
  DuaalCompetence *competence = NULL;

  if (learner == NULL)
    return;
  if (self->competence_id != NULL)
    competence = duaal_qualification_find_competence (duaal_status_get_qualification (self->status),
                                                      self->competence_id);
  if (competence != NULL)
    {
      g_autofree char *title = duaal_coach_view_competence_title (competence);

      gtk_label_set_text (self->title_label, title);
      gtk_label_set_text (self->subtitle_label, duaal_learner_get_name (learner));
    }
  else
    {
      g_autofree char *subtitle = NULL;
      const char *company = duaal_learner_get_company_name (learner);

      subtitle = company != NULL ? g_strdup_printf (_("Learning company: %s"), company) : g_strdup ("");
      gtk_label_set_text (self->title_label, duaal_learner_get_name (learner));
      gtk_label_set_text (self->subtitle_label, subtitle);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->back_button), competence != NULL);
  gtk_stack_set_visible_child_name (self->stack, competence != NULL ? "indicators" : "competences");
}

static void
reload (DuaalCoachPage *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->status);
  gtk_label_set_text (self->title_label, "");
  gtk_label_set_text (self->subtitle_label, "");
  if (self->store == NULL || self->learner_id <= 0)
    {
      show_message (self, _("No learner chosen"));
      return;
    }
  self->status = duaal_coach_view_load_status (self->store, self->learner_id, 0, self->period,
                                               self->viewer, self->viewer_id, &error);
  if (self->status == NULL)
    {
      show_message (self, error->message);
      return;
    }
  if (current_learner (self) == NULL)
    {
      show_message (self, _("You may not see this learner’s scores"));
      return;
    }
  duaal_live_view_set_subject (GTK_WIDGET (self), duaal_learner_get_group_id (current_learner (self)),
                               self->learner_id);
  rebuild_competences (self);
  rebuild_indicators (self);
  update_titles (self);
}

static void
fill_periods (DuaalCoachPage *self)
{
  g_autoptr(DuaalLearner) learner = NULL;

  if (self->store == NULL || self->learner_id <= 0)
    return;
  learner = duaal_store_get_learner (self->store, self->learner_id, NULL);
  self->period = duaal_coach_view_fill_periods (self->period_dropdown, self->period_numbers, self->store,
                                                learner != NULL ? duaal_learner_get_group_id (learner) : 0,
                                                self->period);
}

/* Periods may have closed meanwhile; the one shown stays if it still can. */
static void
update (GtkWidget *widget)
{
  DuaalCoachPage *self = DUAAL_COACH_PAGE (widget);

  fill_periods (self);
  reload (self);
}

static void
period_selected_cb (DuaalCoachPage *self)
{
  if (duaal_coach_view_get_selected_period (self->period_dropdown, self->period_numbers, &self->period))
    reload (self);
}

static void
back_clicked_cb (DuaalCoachPage *self)
{
  if (self->back_to_list)
    {
      self->back_to_list = FALSE;
      g_signal_emit (self, signals[BACK_TO_LIST], 0);
      return;
    }
  duaal_coach_page_show_competence (self, NULL);
}

static void
duaal_coach_page_dispose (GObject *object)
{
  DuaalCoachPage *self = DUAAL_COACH_PAGE (object);

  g_clear_object (&self->status);
  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), DUAAL_TYPE_COACH_PAGE);
  G_OBJECT_CLASS (duaal_coach_page_parent_class)->dispose (object);
}

static void
duaal_coach_page_finalize (GObject *object)
{
  DuaalCoachPage *self = DUAAL_COACH_PAGE (object);

  g_free (self->competence_id);
  g_array_unref (self->period_numbers);
  g_ptr_array_unref (self->marked);
  g_hash_table_unref (self->attention);
  G_OBJECT_CLASS (duaal_coach_page_parent_class)->finalize (object);
}

static void
duaal_coach_page_class_init (DuaalCoachPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = duaal_coach_page_dispose;
  object_class->finalize = duaal_coach_page_finalize;
  duaal_coach_view_install_viewer (object_class, G_STRUCT_OFFSET (DuaalCoachPage, viewer),
                                   G_STRUCT_OFFSET (DuaalCoachPage, viewer_id),
                                   (DuaalCoachViewSetViewer) duaal_coach_page_set_viewer);

  /* Back from a competence opened from the attention list */
  signals[BACK_TO_LIST] = g_signal_new ("back-to-list", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Duaal/ui/duaal-coach-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DuaalCoachPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, DuaalCoachPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, DuaalCoachPage, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, DuaalCoachPage, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DuaalCoachPage, stack);
  gtk_widget_class_bind_template_child (widget_class, DuaalCoachPage, competence_box);
  gtk_widget_class_bind_template_child (widget_class, DuaalCoachPage, indicator_box);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
}

static void
duaal_coach_page_init (DuaalCoachPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  duaal_accessible_init_controls (GTK_WIDGET (self));
  self->viewer = DUAAL_VIEWER_COACH;
  self->period_numbers = g_array_new (FALSE, FALSE, sizeof (guint));
  self->marked = g_ptr_array_new_with_free_func (g_free);
  self->attention = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_signal_connect_object (self->period_dropdown, "notify::selected",
                           G_CALLBACK (period_selected_cb), self, G_CONNECT_SWAPPED);
}

GtkWidget *
duaal_coach_page_new (DuaalStore *store)
{
  DuaalCoachPage *self;

  g_return_val_if_fail (store == NULL || DUAAL_IS_STORE (store), NULL);

  self = g_object_new (DUAAL_TYPE_COACH_PAGE, NULL);
  self->store = duaal_live_view_follow_store (GTK_WIDGET (self), store, update);
  reload (self);
  return GTK_WIDGET (self);
}

void
duaal_coach_page_set_learner (DuaalCoachPage *self,
                              gint64          learner_id)
{
  g_return_if_fail (DUAAL_IS_COACH_PAGE (self));

  self->learner_id = learner_id;
  self->back_to_list = FALSE;
  duaal_live_view_set_subject (GTK_WIDGET (self), 0, learner_id);
  self->period = 0;
  g_clear_pointer (&self->competence_id, g_free);
  fill_periods (self);
  reload (self);
}

gint64
duaal_coach_page_get_learner (DuaalCoachPage *self)
{
  g_return_val_if_fail (DUAAL_IS_COACH_PAGE (self), 0);
  return self->learner_id;
}

void
duaal_coach_page_set_viewer (DuaalCoachPage *self,
                             DuaalViewer     viewer,
                             gint64          viewer_id)
{
  g_return_if_fail (DUAAL_IS_COACH_PAGE (self));

  if (!duaal_coach_view_take_viewer (&self->viewer, &self->viewer_id, viewer, viewer_id))
    return;
  reload (self);
  duaal_coach_view_notify_viewer (self);
}

void
duaal_coach_page_set_period (DuaalCoachPage *self,
                             guint           period)
{
  g_return_if_fail (DUAAL_IS_COACH_PAGE (self));

  self->period = period;
  fill_periods (self);
  reload (self);
}

guint
duaal_coach_page_get_period (DuaalCoachPage *self)
{
  g_return_val_if_fail (DUAAL_IS_COACH_PAGE (self), 0);
  return self->period;
}

gboolean
duaal_coach_page_show_competence (DuaalCoachPage *self,
                                  const char     *competence_id)
{
  g_return_val_if_fail (DUAAL_IS_COACH_PAGE (self), FALSE);

  if (competence_id != NULL &&
      (self->status == NULL ||
       duaal_qualification_find_competence (duaal_status_get_qualification (self->status),
                                            competence_id) == NULL))
    return FALSE;
  g_free (self->competence_id);
  self->competence_id = g_strdup (competence_id);
  if (competence_id == NULL)
    self->back_to_list = FALSE;
  if (self->status != NULL && current_learner (self) != NULL)
    {
      rebuild_indicators (self);
      update_titles (self);
    }
  return TRUE;
}

const char *
duaal_coach_page_get_competence (DuaalCoachPage *self)
{
  g_return_val_if_fail (DUAAL_IS_COACH_PAGE (self), NULL);
  return self->competence_id;
}

DuaalStatus *
duaal_coach_page_get_status (DuaalCoachPage *self)
{
  g_return_val_if_fail (DUAAL_IS_COACH_PAGE (self), NULL);
  return self->status;
}

GPtrArray *
duaal_coach_page_get_marked_indicators (DuaalCoachPage *self)
{
  g_return_val_if_fail (DUAAL_IS_COACH_PAGE (self), NULL);
  return self->marked;
}

void
duaal_coach_page_set_back_to_list (DuaalCoachPage *self,
                                   gboolean        back_to_list)
{
  g_return_if_fail (DUAAL_IS_COACH_PAGE (self));

  self->back_to_list = back_to_list && self->competence_id != NULL;
  duaal_widget_set_tooltip (GTK_WIDGET (self->back_button),
                               self->back_to_list ? _("Back to the attention list") : _("Back to all competences"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->back_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  self->back_to_list ? _("Back to the attention list") : _("Back to all competences"),
                                  -1);
}

gboolean
duaal_coach_page_is_marked_for_attention (DuaalCoachPage *self,
                                          const char     *competence_id)
{
  g_return_val_if_fail (DUAAL_IS_COACH_PAGE (self), FALSE);
  return g_hash_table_contains (self->attention, competence_id);
}
