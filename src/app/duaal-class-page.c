/* duaal-class-page.c: a class group at a glance
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "duaal-accessible.h"
#include "duaal-class-page.h"
#include "duaal-coach-view-private.h"
#include "duaal-colour-chip.h"
#include "duaal-live-view-private.h"
#include "duaal-periods-dialog.h"
#include "duaal-tooltip.h"

struct _DuaalClassPage
{
  AdwBin       parent_instance;

  DuaalStore  *store;
  gint64       group_id;
  DuaalViewer  viewer;
  gint64       viewer_id;
  DuaalActor   actor;
  guint        period;
  DuaalStatus *status;
  GArray      *period_numbers;

  GtkLabel    *title_label;
  GtkDropDown *actor_dropdown;
  GtkDropDown *period_dropdown;
  GtkButton   *periods_button;
  GtkGrid     *competence_grid;
  GtkGrid     *grid;
};

G_DEFINE_FINAL_TYPE (DuaalClassPage, duaal_class_page, ADW_TYPE_BIN)

/* Every row of both grids is this high, so that a competence stays
 * beside its learners' colours while these scroll sideways: a title
 * takes at most two lines (the whole title in its tooltip). */
#define ROW_HEIGHT 44

static void
set_row_height (GtkWidget *widget)
{
  gtk_widget_set_size_request (widget, -1, ROW_HEIGHT);
}

/* A chip centred in its cell, so that the cell can take its row's height. */
static GtkWidget *
make_chip_cell (DuaalClassPage  *self,
                DuaalLearner    *learner,
                DuaalCompetence *competence)
{
  /* "Jonas, Teacher": whose view of whom the chip shows. */
  g_autofree char *context = g_strdup_printf (_("%s, %s"), duaal_learner_get_name (learner),
                                              duaal_actor_get_label (self->actor));
  GtkWidget *chip = duaal_colour_chip_new (duaal_status_get_colour (self->status,
                                                                    duaal_learner_get_id (learner),
                                                                    duaal_competence_get_id (competence),
                                                                    self->actor),
                                           context);
  GtkWidget *cell = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_widget_set_size_request (chip, 150, 24);
  gtk_widget_set_valign (chip, GTK_ALIGN_CENTER);
  gtk_widget_set_vexpand (chip, TRUE);
  gtk_box_append (GTK_BOX (cell), chip);
  set_row_height (cell);
  return cell;
}

static void
clear_grids (DuaalClassPage *self)
{
  duaal_coach_view_clear_grid (self->competence_grid);
  duaal_coach_view_clear_grid (self->grid);
}

static void
rebuild (DuaalClassPage *self)
{
  GPtrArray *learners = duaal_status_get_learners (self->status);
  GPtrArray *competences = duaal_qualification_get_competences (duaal_status_get_qualification (self->status));
  GtkWidget *header = duaal_coach_view_label (_("Competence"), "heading", NULL);

  clear_grids (self);
  gtk_widget_set_valign (header, GTK_ALIGN_END);
  set_row_height (header);
  gtk_grid_attach (self->competence_grid, header, 0, 0, 1, 1);
  for (guint l = 0; l < learners->len; l++)
    {
      const char *learner_name = duaal_learner_get_name (g_ptr_array_index (learners, l));
      GtkWidget *name = duaal_coach_view_label (learner_name, "heading", NULL);

      /* A name wraps between its words, never inside one. */
      gtk_label_set_wrap_mode (GTK_LABEL (name), PANGO_WRAP_WORD);
      gtk_label_set_max_width_chars (GTK_LABEL (name), 14);
      gtk_label_set_lines (GTK_LABEL (name), 2);
      gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
      duaal_widget_set_tooltip (name, learner_name);
      gtk_widget_set_valign (name, GTK_ALIGN_END);
      set_row_height (name);
      gtk_grid_attach (self->grid, name, l, 0, 1, 1);
    }

  for (guint c = 0; c < competences->len; c++)
    {
      DuaalCompetence *competence = g_ptr_array_index (competences, c);
      g_autofree char *title = duaal_coach_view_competence_title (competence);
      GtkWidget *label = duaal_coach_view_label (title, NULL);

      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
      gtk_label_set_width_chars (GTK_LABEL (label), 16);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
      gtk_label_set_lines (GTK_LABEL (label), 2);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      duaal_widget_set_tooltip (label, title);
      gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
      set_row_height (label);
      gtk_grid_attach (self->competence_grid, label, 0, 1 + c, 1, 1);
      for (guint l = 0; l < learners->len; l++)
        gtk_grid_attach (self->grid, make_chip_cell (self, g_ptr_array_index (learners, l), competence),
                         l, 1 + c, 1, 1);
    }
}

static void
show_message (DuaalClassPage *self,
              const char     *message)
{
  clear_grids (self);
  duaal_coach_view_grid_message (self->competence_grid, message);
}

static void
reload (DuaalClassPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalClassGroup) group = NULL;

  g_clear_object (&self->status);
  gtk_label_set_text (self->title_label, "");
  if (self->store == NULL || self->group_id <= 0)
    {
      show_message (self, _("No class group chosen"));
      return;
    }
  group = duaal_store_get_group (self->store, self->group_id, &error);
  if (group != NULL)
    self->status = duaal_coach_view_load_status (self->store, 0, self->group_id, self->period,
                                                 self->viewer, self->viewer_id, &error);
  if (self->status == NULL)
    {
      show_message (self, error->message);
      return;
    }
  gtk_label_set_text (self->title_label, duaal_class_group_get_name (group));
  rebuild (self);
}

static void
fill_periods (DuaalClassPage *self)
{
  self->period = duaal_coach_view_fill_periods (self->period_dropdown, self->period_numbers, self->store,
                                                self->group_id, self->period);
}

/* Periods may have closed meanwhile; the one shown stays if it still can. */
static void
update (GtkWidget *widget)
{
  DuaalClassPage *self = DUAAL_CLASS_PAGE (widget);

  fill_periods (self);
  reload (self);
}

/* Names and dates of the periods: for who runs the class group. */
static void
on_periods_clicked (DuaalClassPage *self)
{
  g_autoptr(GError) error = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  DuaalPeriodsDialog *dialog = duaal_periods_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                         self->store, self->group_id, &error);

  if (dialog == NULL)
    {
      show_message (self, error->message);
      return;
    }
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
update_periods_button (DuaalClassPage *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->periods_button),
                          self->store != NULL && self->group_id > 0 &&
                          (self->viewer == DUAAL_VIEWER_COACH || self->viewer == DUAAL_VIEWER_TEACHER));
}

static void
period_selected_cb (DuaalClassPage *self)
{
  if (duaal_coach_view_get_selected_period (self->period_dropdown, self->period_numbers, &self->period))
    reload (self);
}

static void
actor_selected_cb (DuaalClassPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->actor_dropdown);

  if (selected >= DUAAL_N_ACTORS || selected == self->actor)
    return;
  self->actor = selected;
  if (self->status != NULL)
    rebuild (self);
}

static void
duaal_class_page_dispose (GObject *object)
{
  DuaalClassPage *self = DUAAL_CLASS_PAGE (object);

  g_clear_object (&self->status);
  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), DUAAL_TYPE_CLASS_PAGE);
  G_OBJECT_CLASS (duaal_class_page_parent_class)->dispose (object);
}

static void
duaal_class_page_finalize (GObject *object)
{
  DuaalClassPage *self = DUAAL_CLASS_PAGE (object);

  g_array_unref (self->period_numbers);
  G_OBJECT_CLASS (duaal_class_page_parent_class)->finalize (object);
}

static void
duaal_class_page_class_init (DuaalClassPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = duaal_class_page_dispose;
  object_class->finalize = duaal_class_page_finalize;
  duaal_coach_view_install_viewer (object_class, G_STRUCT_OFFSET (DuaalClassPage, viewer),
                                   G_STRUCT_OFFSET (DuaalClassPage, viewer_id),
                                   (DuaalCoachViewSetViewer) duaal_class_page_set_viewer);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Duaal/ui/duaal-class-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DuaalClassPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, DuaalClassPage, actor_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DuaalClassPage, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DuaalClassPage, periods_button);
  gtk_widget_class_bind_template_callback (widget_class, on_periods_clicked);
  gtk_widget_class_bind_template_child (widget_class, DuaalClassPage, competence_grid);
  gtk_widget_class_bind_template_child (widget_class, DuaalClassPage, grid);
}

static void
duaal_class_page_init (DuaalClassPage *self)
{
  g_autoptr(GtkStringList) actors = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  duaal_accessible_init_controls (GTK_WIDGET (self));
  self->viewer = DUAAL_VIEWER_COACH;
  self->actor = DUAAL_ACTOR_TEACHER;
  self->period_numbers = g_array_new (FALSE, FALSE, sizeof (guint));

  /* In DuaalActor order, so the selected position is the actor. */
  for (DuaalActor a = 0; a < DUAAL_N_ACTORS; a++)
    gtk_string_list_append (actors, duaal_actor_get_label (a));
  gtk_drop_down_set_model (self->actor_dropdown, G_LIST_MODEL (actors));
  gtk_drop_down_set_selected (self->actor_dropdown, self->actor);
  update_periods_button (self);
  g_signal_connect_object (self->actor_dropdown, "notify::selected",
                           G_CALLBACK (actor_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->period_dropdown, "notify::selected",
                           G_CALLBACK (period_selected_cb), self, G_CONNECT_SWAPPED);
}

GtkWidget *
duaal_class_page_new (DuaalStore *store)
{
  DuaalClassPage *self;

  g_return_val_if_fail (store == NULL || DUAAL_IS_STORE (store), NULL);

  self = g_object_new (DUAAL_TYPE_CLASS_PAGE, NULL);
  self->store = duaal_live_view_follow_store (GTK_WIDGET (self), store, update);
  reload (self);
  return GTK_WIDGET (self);
}

void
duaal_class_page_set_group (DuaalClassPage *self,
                            gint64          group_id)
{
  g_return_if_fail (DUAAL_IS_CLASS_PAGE (self));

  /* The same group stays as it is: it is current by itself. */
  if (self->group_id == group_id)
    return;
  self->group_id = group_id;
  duaal_live_view_set_subject (GTK_WIDGET (self), group_id, 0);
  update_periods_button (self);
  self->period = 0;
  fill_periods (self);
  reload (self);
}

void
duaal_class_page_set_viewer (DuaalClassPage *self,
                             DuaalViewer     viewer,
                             gint64          viewer_id)
{
  g_return_if_fail (DUAAL_IS_CLASS_PAGE (self));

  if (!duaal_coach_view_take_viewer (&self->viewer, &self->viewer_id, viewer, viewer_id))
    return;
  update_periods_button (self);
  reload (self);
  duaal_coach_view_notify_viewer (self);
}

void
duaal_class_page_set_actor (DuaalClassPage *self,
                            DuaalActor      actor)
{
  g_return_if_fail (DUAAL_IS_CLASS_PAGE (self));
  g_return_if_fail (actor < DUAAL_N_ACTORS);

  /* The dropdown's handler does the rest. */
  gtk_drop_down_set_selected (self->actor_dropdown, actor);
}

DuaalActor
duaal_class_page_get_actor (DuaalClassPage *self)
{
  g_return_val_if_fail (DUAAL_IS_CLASS_PAGE (self), DUAAL_ACTOR_TEACHER);
  return self->actor;
}

void
duaal_class_page_set_period (DuaalClassPage *self,
                             guint           period)
{
  g_return_if_fail (DUAAL_IS_CLASS_PAGE (self));

  self->period = period;
  fill_periods (self);
  reload (self);
}

DuaalStatus *
duaal_class_page_get_status (DuaalClassPage *self)
{
  g_return_val_if_fail (DUAAL_IS_CLASS_PAGE (self), NULL);
  return self->status;
}
