/* duaal-learner-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "duaal-accessible.h"
#include "duaal-coach-view-private.h"
#include "duaal-colour-bar.h"
#include "duaal-error.h"
#include "duaal-evaluation-report.h"
#include "duaal-learner-page.h"
#include "duaal-live-view-private.h"
#include "duaal-progress-bar.h"
#include "duaal-status-filter.h"
#include "duaal-visibility.h"

struct _DuaalLearnerPage
{
  AdwBin            parent_instance;

  DuaalStore       *store;
  gint64            learner_id;
  DuaalLearner     *learner;
  DuaalClassGroup  *group;
  DuaalStatus      *status;           /* what the viewer may see of it */
  GPtrArray        *periods;          /* (element-type DuaalPeriod) */
  GArray           *period_numbers;   /* guint per period dropdown item; 0 is now */
  guint             period;
  DuaalViewer       viewer;
  DuaalActor        scoring_actor;
  GArray           *undo_stack;       /* gint64 log ids this page recorded */
  GPtrArray        *competence_rows;  /* (element-type DuaalCompetenceRow) */
  gboolean          syncing;

  AdwToastOverlay  *toast_overlay;
  GtkDropDown      *period_dropdown;
  GtkDropDown      *viewer_dropdown;
  GtkDropDown      *scoring_dropdown;
  GtkFlowBox       *toolbar;
  GtkButton        *close_period_button;
  GtkRevealer      *closed_revealer;
  GtkLabel         *closed_label;
  GtkLabel         *title_label;
  GtkLabel         *subtitle_label;
  GtkLabel         *evaluation_label;   /* (nullable): made when first needed (SPEC 15) */
  GtkLabel         *qualification_label;
  GtkListBox       *competence_list;
  GtkScrolledWindow *scroller;
  GtkRevealer      *pinned_revealer;
  GtkLabel         *pinned_title;
  GtkGrid          *pinned_grid;
  GtkWidget        *pinned_colour_bars[DUAAL_N_ACTORS];
  GtkWidget        *pinned_progress_bars[DUAAL_N_ACTORS];
};

G_DEFINE_FINAL_TYPE (DuaalLearnerPage, duaal_learner_page, ADW_TYPE_BIN)

/* Dropdown order: the coach first (sees everything), then the actors. */
static const DuaalViewer viewer_order[] = {
  DUAAL_VIEWER_COACH, DUAAL_VIEWER_TEACHER, DUAAL_VIEWER_TRAINER, DUAAL_VIEWER_LEARNER,
};
static const DuaalActor scoring_order[] = {
  DUAAL_ACTOR_TEACHER, DUAAL_ACTOR_TRAINER, DUAAL_ACTOR_LEARNER,
};

static void duaal_learner_page_refresh (DuaalLearnerPage *self);

static void
duaal_learner_page_toast (DuaalLearnerPage *self,
                          AdwToast         *toast)
{
  /* The newest change is the one to undo: its toast replaces the shown
   * one at once instead of queueing behind it. */
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* The period scores go to now: the first one not closed yet. */
static DuaalPeriod *
duaal_learner_page_open_period (DuaalLearnerPage *self)
{
  for (guint i = 0; self->periods != NULL && i < self->periods->len; i++)
    {
      DuaalPeriod *period = g_ptr_array_index (self->periods, i);

      if (!duaal_period_is_closed (period))
        return period;
    }
  return NULL;
}

gboolean
duaal_learner_page_get_editable (DuaalLearnerPage *self)
{
  g_return_val_if_fail (DUAAL_IS_LEARNER_PAGE (self), FALSE);

  return self->status != NULL && self->period == 0;
}

/* ---- what the viewer may see (SPEC section 6) ---- */

static char *
duaal_learner_page_describe_others (DuaalLearnerPage *self,
                                    const char       *indicator_id)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (DuaalActor actor = DUAAL_ACTOR_LEARNER; actor < DUAAL_N_ACTORS; actor++)
    {
      const DuaalCell *cell;
      g_autofree char *part = NULL;

      /* The status went through the viewer filter: a cell the viewer
       * may not see is absent, and so is a comment they may not read. */
      if (actor == self->scoring_actor)
        continue;

      cell = duaal_status_get_cell (self->status, self->learner_id, indicator_id, actor);
      if (cell == NULL)
        continue;

      /* Translators: another actor's score of one indicator,
       * "Trainer: lil, Sometimes" */
      part = g_strdup_printf (_("%s: %s, %s"),
                              duaal_actor_get_label (actor),
                              cell->mastery != DUAAL_MASTERY_NONE ? duaal_mastery_to_string (cell->mastery) : "–",
                              duaal_coverage_get_label (cell->coverage));
      if (text->len > 0)
        g_string_append (text, " · ");
      g_string_append (text, part);
      if (cell->comment != NULL)
        g_string_append_printf (text, " “%s”", cell->comment);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* A comment being typed when a change arrives from elsewhere stays as
 * typed (it is saved when the user leaves the entry); the rest of the
 * row shows the change. */
static void
duaal_learner_page_set_row_state (DuaalIndicatorRow *row,
                                  const DuaalCell   *cell,
                                  const char        *others,
                                  gboolean           editable)
{
  GtkWidget *entry = duaal_indicator_row_get_comment_entry (row);
  GtkRoot *root = gtk_widget_get_root (entry);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  g_autofree char *draft = NULL;
  int position = 0;

  if (focus != NULL && (focus == entry || gtk_widget_is_ancestor (focus, entry)) &&
      g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (entry)),
                 duaal_indicator_row_get_comment (row) != NULL ? duaal_indicator_row_get_comment (row) : "") != 0)
    {
      draft = g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry)));
      position = gtk_editable_get_position (GTK_EDITABLE (entry));
    }
  duaal_indicator_row_set_state (row, cell, others, editable);
  if (draft != NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (entry), draft);
      gtk_editable_set_position (GTK_EDITABLE (entry), position);
    }
}

static void
duaal_learner_page_refresh_competence (DuaalLearnerPage   *self,
                                       DuaalCompetenceRow *row)
{
  DuaalCompetence *competence = duaal_competence_row_get_competence (row);
  const char *competence_id = duaal_competence_get_id (competence);
  gboolean editable = duaal_learner_page_get_editable (self);
  gboolean own_visible = duaal_visibility_can_see_indicators (self->viewer, self->scoring_actor);

  for (DuaalActor actor = DUAAL_ACTOR_LEARNER; actor < DUAAL_N_ACTORS; actor++)
    {
      const DuaalTally *tally = duaal_status_get_tally (self->status, self->learner_id,
                                                        competence_id, actor);
      DuaalTally empty = { duaal_competence_get_n_indicators (competence), 0, 0, 0, 0 };

      duaal_competence_row_set_tally (row, actor, tally != NULL ? tally : &empty);
    }

  for (guint i = 0; i < duaal_competence_row_get_n_indicators (row); i++)
    {
      DuaalIndicatorRow *indicator_row = duaal_competence_row_get_indicator_row (row, i);
      const char *indicator_id = duaal_indicator_get_id (duaal_indicator_row_get_indicator (indicator_row));
      const DuaalCell *cell = NULL;
      g_autofree char *others = duaal_learner_page_describe_others (self, indicator_id);

      if (own_visible)
        cell = duaal_status_get_cell (self->status, self->learner_id, indicator_id, self->scoring_actor);
      duaal_learner_page_set_row_state (indicator_row, cell, others, editable && own_visible);
    }
}

static void
duaal_learner_page_update_header (DuaalLearnerPage *self)
{
  DuaalPeriod *shown = duaal_coach_view_find_period (self->periods, self->period);
  DuaalPeriod *open = duaal_learner_page_open_period (self);
  gboolean editable = duaal_learner_page_get_editable (self);

  if (self->period != 0 && shown != NULL)
    {
      /* Translators: banner over a closed period, "Period 1 is closed: read only" */
      g_autofree char *text = g_strdup_printf (_("%s is closed: read only"),
                                               duaal_period_get_name (shown));
      gtk_label_set_text (self->closed_label, text);
    }
  gtk_revealer_set_reveal_child (self->closed_revealer, self->period != 0);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "learner.close-period",
                                 editable && open != NULL && self->group != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "learner.undo", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "learner.undo-score", editable);

  /* An actor scores only as themselves; the coach may enter any actor's
   * scores (on paper forms handed in, for instance).  A closed period
   * takes no scores at all. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->scoring_dropdown),
                            self->viewer == DUAAL_VIEWER_COACH && editable);
}

/* Where @widget is in the scrolled window's view: its top and bottom. */
static gboolean
bounds_in_scroller (DuaalLearnerPage *self,
                    GtkWidget        *widget,
                    double           *top,
                    double           *bottom)
{
  graphene_rect_t bounds;

  if (!gtk_widget_get_mapped (widget) ||
      !gtk_widget_compute_bounds (widget, GTK_WIDGET (self->scroller), &bounds))
    return FALSE;
  *top = bounds.origin.y;
  *bottom = bounds.origin.y + bounds.size.height;
  return TRUE;
}

/* The expanded competence whose indicators are in view while its header
 * (with the bars) has scrolled away above; NULL when there is none. */
static DuaalCompetenceRow *
duaal_learner_page_find_pinned (DuaalLearnerPage *self)
{
  for (guint i = 0; i < self->competence_rows->len; i++)
    {
      DuaalCompetenceRow *row = g_ptr_array_index (self->competence_rows, i);
      double header_top, header_bottom, row_top, row_bottom;

      if (!duaal_competence_row_get_expanded (row) ||
          !bounds_in_scroller (self, duaal_competence_row_get_header (row), &header_top, &header_bottom) ||
          !bounds_in_scroller (self, GTK_WIDGET (row), &row_top, &row_bottom))
        continue;
      if (header_bottom <= 0 && row_bottom > 0)
        return row;
    }
  return NULL;
}

/* The competence's bars stay in sight while its indicators are scored:
 * above the list, when the competence's own header is out of view. */
static void
duaal_learner_page_update_pinned (DuaalLearnerPage *self)
{
  DuaalCompetenceRow *row = self->status != NULL ? duaal_learner_page_find_pinned (self) : NULL;
  DuaalCompetence *competence;
  g_autofree char *title = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->pinned_revealer), row != NULL);
  gtk_revealer_set_reveal_child (self->pinned_revealer, row != NULL);
  if (row == NULL)
    return;
  competence = duaal_competence_row_get_competence (row);
  title = duaal_coach_view_competence_title (competence);
  gtk_label_set_text (self->pinned_title, title);
  for (DuaalActor actor = DUAAL_ACTOR_LEARNER; actor < DUAAL_N_ACTORS; actor++)
    {
      const DuaalTally *tally = duaal_status_get_tally (self->status, self->learner_id,
                                                        duaal_competence_get_id (competence), actor);
      DuaalTally empty = { duaal_competence_get_n_indicators (competence), 0, 0, 0, 0 };

      duaal_colour_bar_set_tally (DUAAL_COLOUR_BAR (self->pinned_colour_bars[actor]), tally != NULL ? tally : &empty);
      duaal_progress_bar_set_tally (DUAAL_PROGRESS_BAR (self->pinned_progress_bars[actor]),
                                    tally != NULL ? tally : &empty);
    }
}

static void
duaal_learner_page_fill_pinned_grid (DuaalLearnerPage *self)
{
  for (DuaalActor actor = DUAAL_ACTOR_LEARNER; actor < DUAAL_N_ACTORS; actor++)
    {
      GtkWidget *name = gtk_label_new (duaal_actor_get_label (actor));

      gtk_label_set_xalign (GTK_LABEL (name), 0);
      gtk_widget_add_css_class (name, "caption");
      self->pinned_colour_bars[actor] = duaal_colour_bar_new (actor);
      self->pinned_progress_bars[actor] = duaal_progress_bar_new (actor);
      gtk_widget_set_size_request (self->pinned_colour_bars[actor], -1, 20);
      gtk_widget_set_size_request (self->pinned_progress_bars[actor], -1, 20);
      gtk_grid_attach (self->pinned_grid, name, 0, actor, 1, 1);
      gtk_grid_attach (self->pinned_grid, self->pinned_colour_bars[actor], 1, actor, 1, 1);
      gtk_grid_attach (self->pinned_grid, self->pinned_progress_bars[actor], 2, actor, 1, 1);
    }
}

/* Toasts take this much at the bottom of the page. */
#define TOAST_ROOM 84

/* The indicator just scored, with its comment, stays above the toast
 * that offers to undo it. */
static void
duaal_learner_page_keep_above_toast (DuaalLearnerPage *self,
                                     GtkWidget        *row)
{
  GtkAdjustment *vadjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  double top, bottom;
  double limit = gtk_widget_get_height (GTK_WIDGET (self->scroller)) - TOAST_ROOM;
  /* The pinned bars lie over the top of the list. */
  double ceiling = gtk_widget_get_visible (GTK_WIDGET (self->pinned_revealer))
                   ? gtk_widget_get_height (GTK_WIDGET (self->pinned_revealer)) : 0;

  if (!bounds_in_scroller (self, row, &top, &bottom) || bottom <= limit)
    return;
  /* Never so far that the row's top goes under the pinned bars. */
  gtk_adjustment_set_value (vadjustment,
                            gtk_adjustment_get_value (vadjustment) + MIN (bottom - limit, MAX (0, top - ceiling)));
}

static void
duaal_learner_page_refresh (DuaalLearnerPage *self)
{
  if (self->status == NULL)
    return;

  for (guint i = 0; i < self->competence_rows->len; i++)
    duaal_learner_page_refresh_competence (self, g_ptr_array_index (self->competence_rows, i));
  duaal_learner_page_update_header (self);
  duaal_learner_page_update_pinned (self);
}

/* SPEC section 6 through the core's one filter: the page keeps only
 * what the viewer may see.  A trainer looking at a learner who has no
 * trainer yet sees nobody. */
static gboolean
duaal_learner_page_load_status (DuaalLearnerPage  *self,
                                GError           **error)
{
  gint64 viewer_id = duaal_viewer_id_for_learner (self->viewer, self->learner);
  DuaalStatus *visible;

  if (self->viewer == DUAAL_VIEWER_TRAINER && viewer_id == 0)
    {
      g_autoptr(DuaalStatus) status = duaal_store_load_learner_status (self->store, self->learner_id,
                                                                       self->period, error);
      g_autoptr(GPtrArray) nobody = g_ptr_array_new ();

      if (status == NULL)
        return FALSE;
      visible = duaal_status_new (duaal_status_get_qualification (status), self->period, nobody);
    }
  else
    visible = duaal_coach_view_load_status (self->store, self->learner_id, 0, self->period,
                                            self->viewer, viewer_id, error);
  if (visible == NULL)
    return FALSE;

  g_clear_object (&self->status);
  self->status = visible;
  return TRUE;
}

/* ---- keyboard: arrows walk the competence headers and open indicators ---- */

static GPtrArray *
duaal_learner_page_focus_targets (DuaalLearnerPage *self)
{
  GPtrArray *targets = g_ptr_array_new ();

  for (guint i = 0; i < self->competence_rows->len; i++)
    {
      DuaalCompetenceRow *row = g_ptr_array_index (self->competence_rows, i);

      g_ptr_array_add (targets, duaal_competence_row_get_header (row));
      if (!duaal_competence_row_get_expanded (row))
        continue;
      for (guint j = 0; j < duaal_competence_row_get_n_indicators (row); j++)
        g_ptr_array_add (targets, duaal_competence_row_get_indicator_row (row, j));
    }

  return targets;
}

static void
duaal_learner_page_move_focus (DuaalLearnerPage *self,
                               GtkWidget        *from,
                               int               direction)
{
  g_autoptr(GPtrArray) targets = duaal_learner_page_focus_targets (self);
  guint index;

  if (!g_ptr_array_find (targets, from, &index))
    return;
  if ((direction < 0 && index == 0) || (direction > 0 && index + 1 >= targets->len))
    return;

  gtk_widget_grab_focus (g_ptr_array_index (targets, direction < 0 ? index - 1 : index + 1));
}

static void
on_indicator_move_focus (DuaalIndicatorRow *row,
                         int                direction,
                         DuaalLearnerPage  *self)
{
  duaal_learner_page_move_focus (self, GTK_WIDGET (row), direction);
}

static gboolean
on_header_move (GtkWidget *header,
                GVariant  *args,
                gpointer   user_data)
{
  duaal_learner_page_move_focus (DUAAL_LEARNER_PAGE (user_data), header, g_variant_get_int32 (args));
  return TRUE;
}

/* Up and Down on a competence header walk on like on an indicator. */
static void
duaal_learner_page_add_header_keys (DuaalLearnerPage *self,
                                    GtkWidget        *header)
{
  static const struct { guint keyval; int direction; } keys[] = {
    { GDK_KEY_Up, -1 }, { GDK_KEY_KP_Up, -1 }, { GDK_KEY_Down, 1 }, { GDK_KEY_KP_Down, 1 },
  };
  GtkEventController *controller = gtk_shortcut_controller_new ();

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      GtkShortcut *shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (keys[i].keyval, 0),
                                                gtk_callback_action_new (on_header_move, self, NULL));

      gtk_shortcut_set_arguments (shortcut, g_variant_new_int32 (keys[i].direction));
      gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), shortcut);
    }
  gtk_widget_add_controller (header, controller);
}

/* ---- scoring ---- */

/* @change holds only what the user changed: the store merges it with
 * the current score inside its write, so a change made meanwhile in
 * another window or program to another field stays. */
static void
on_score_changed (DuaalIndicatorRow      *row,
                  const DuaalScoreChange *change,
                  DuaalLearnerPage       *self)
{
  DuaalIndicator *indicator = duaal_indicator_row_get_indicator (row);
  g_autoptr(GError) error = NULL;
  AdwToast *toast;
  gint64 log_id;

  if (!duaal_learner_page_get_editable (self))
    return;

  log_id = duaal_store_record_change (self->store, self->learner_id,
                                      duaal_indicator_get_id (indicator),
                                      self->scoring_actor, change, NULL, &error);
  if (log_id <= 0 || !duaal_learner_page_load_status (self, &error))
    {
      duaal_coach_view_show_error (GTK_WIDGET (self), _("Cannot Save the Score"), error);
      duaal_learner_page_refresh (self);
      return;
    }

  g_array_append_val (self->undo_stack, log_id);
  duaal_learner_page_refresh (self);
  duaal_learner_page_keep_above_toast (self, GTK_WIDGET (row));

  toast = adw_toast_new (_("Score saved"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "learner.undo-score");
  adw_toast_set_action_target_value (toast, g_variant_new_int64 (log_id));
  duaal_learner_page_toast (self, toast);
}

static void
duaal_learner_page_undo_log_id (DuaalLearnerPage *self,
                                gint64            log_id)
{
  g_autoptr(GError) error = NULL;
  DuaalScoreFields kept = 0;

  for (guint i = 0; i < self->undo_stack->len; i++)
    if (g_array_index (self->undo_stack, gint64, i) == log_id)
      {
        g_array_remove_index (self->undo_stack, i);
        break;
      }

  /* SPEC section 3: what someone changed since the score was given stays;
   * when that is everything, there is nothing left to undo. */
  if (duaal_store_undo_score (self->store, log_id, NULL, &kept, &error) <= 0 &&
      g_error_matches (error, DUAAL_ERROR, DUAAL_ERROR_CONFLICT))
    {
      duaal_learner_page_toast (self, adw_toast_new (_("Nothing to undo")));
      return;
    }
  if (error != NULL || !duaal_learner_page_load_status (self, &error))
    {
      duaal_coach_view_show_error (GTK_WIDGET (self), _("Cannot Undo the Score"), error);
      return;
    }

  duaal_learner_page_refresh (self);
  duaal_learner_page_toast (self, adw_toast_new (kept != 0 ? _("Score undone, except what was changed since")
                                                           : _("Score undone")));
}

static void
undo_score_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  duaal_learner_page_undo_log_id (DUAAL_LEARNER_PAGE (widget), g_variant_get_int64 (parameter));
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DuaalLearnerPage *self = DUAAL_LEARNER_PAGE (widget);

  if (self->undo_stack->len == 0)
    {
      duaal_learner_page_toast (self, adw_toast_new (_("Nothing to undo")));
      return;
    }

  duaal_learner_page_undo_log_id (self, g_array_index (self->undo_stack, gint64,
                                                       self->undo_stack->len - 1));
}

/* Ctrl+Z anywhere in the window while the page is shown, not only when
 * the focus is inside it (the sidebar, say).  Entries keep their own
 * Ctrl+Z: they see the key first. */
static gboolean
on_window_undo (GtkWidget *widget,
                GVariant  *args,
                gpointer   user_data)
{
  DuaalLearnerPage *self = DUAAL_LEARNER_PAGE (widget);

  if (!gtk_widget_get_mapped (widget) || !duaal_learner_page_get_editable (self))
    return FALSE;

  gtk_widget_activate_action (widget, "learner.undo", NULL);
  return TRUE;
}

static void
duaal_learner_page_add_window_undo (DuaalLearnerPage *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (controller), GTK_SHORTCUT_SCOPE_GLOBAL);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_z, GDK_CONTROL_MASK),
                                                          gtk_callback_action_new (on_window_undo, NULL, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

/* ---- periods ---- */

static void
duaal_learner_page_load_periods (DuaalLearnerPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *now_label = NULL;
  DuaalPeriod *open;

  g_clear_pointer (&self->periods, g_ptr_array_unref);
  self->periods = duaal_store_list_periods (self->store, duaal_class_group_get_id (self->group), &error);
  if (self->periods == NULL)
    {
      g_warning ("Cannot list the periods: %s", error->message);
      self->periods = g_ptr_array_new_with_free_func (g_object_unref);
    }

  open = duaal_learner_page_open_period (self);
  if (open != NULL)
    {
      /* Translators: the period dropdown's entry for the live scores, "Period 2 (current)" */
      now_label = g_strdup_printf (_("%s (current)"), duaal_period_get_name (open));
    }

  self->period = duaal_coach_view_fill_period_dropdown (self->period_dropdown, self->period_numbers,
                                                        self->periods, now_label, self->period);
}

gboolean
duaal_learner_page_set_period (DuaalLearnerPage *self,
                               guint             period)
{
  g_autoptr(GError) error = NULL;
  guint previous;

  g_return_val_if_fail (DUAAL_IS_LEARNER_PAGE (self), FALSE);

  if (period != 0)
    {
      DuaalPeriod *found = duaal_coach_view_find_period (self->periods, period);

      if (found == NULL || !duaal_period_is_closed (found))
        return FALSE;
    }

  previous = self->period;
  self->period = period;
  if (self->learner_id > 0 && !duaal_learner_page_load_status (self, &error))
    {
      self->period = previous;
      duaal_coach_view_show_error (GTK_WIDGET (self), _("Cannot Read the Scores"), error);
      return FALSE;
    }

  duaal_coach_view_select_period (self->period_dropdown, self->period_numbers, period);

  duaal_learner_page_refresh (self);
  return TRUE;
}

guint
duaal_learner_page_get_period (DuaalLearnerPage *self)
{
  g_return_val_if_fail (DUAAL_IS_LEARNER_PAGE (self), 0);

  return self->period;
}

static void
on_period_selected (DuaalLearnerPage *self)
{
  guint period;

  if (duaal_coach_view_get_selected_period (self->period_dropdown, self->period_numbers, &period))
    duaal_learner_page_set_period (self, period);
}

static void
on_close_period_response (AdwMessageDialog *dialog,
                          const char       *response,
                          DuaalLearnerPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  DuaalPeriod *closed;
  guint number;

  if (g_strcmp0 (response, "close-period") != 0 || self->group == NULL)
    return;

  number = duaal_store_close_period (self->store, duaal_class_group_get_id (self->group), &error);
  if (number == 0)
    {
      duaal_coach_view_show_error (GTK_WIDGET (self), _("Cannot Close the Period"), error);
      return;
    }

  duaal_learner_page_load_periods (self);
  closed = duaal_coach_view_find_period (self->periods, number);
  /* Translators: toast after closing, "Period 1 closed" */
  title = g_strdup_printf (_("%s closed"), closed != NULL ? duaal_period_get_name (closed) : "");
  duaal_learner_page_toast (self, adw_toast_new (title));
  /* Scores recorded before the snapshot cannot be undone any more. */
  g_array_set_size (self->undo_stack, 0);
  duaal_learner_page_refresh (self);
}

AdwMessageDialog *
duaal_learner_page_ask_close_period (DuaalLearnerPage *self)
{
  GtkRoot *root;
  DuaalPeriod *open;
  AdwMessageDialog *dialog;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;

  g_return_val_if_fail (DUAAL_IS_LEARNER_PAGE (self), NULL);

  open = duaal_learner_page_open_period (self);
  if (open == NULL || self->group == NULL || !duaal_learner_page_get_editable (self))
    return NULL;

  /* Translators: "Close Period 1?" */
  heading = g_strdup_printf (_("Close %s?"), duaal_period_get_name (open));
  /* Translators: %s is the class group's name */
  body = g_strdup_printf (_("This takes a snapshot of every score of every learner in %s. "
                            "The snapshot is final: it can never be changed afterwards. "
                            "Scoring goes on in the next period."),
                          duaal_class_group_get_name (self->group));

  root = gtk_widget_get_root (GTK_WIDGET (self));
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       heading, body));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "close-period", _("C_lose Period"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "close-period", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_close_period_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
close_period_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  duaal_learner_page_ask_close_period (DUAAL_LEARNER_PAGE (widget));
}

/* ---- viewer and scoring actor ---- */

DuaalViewer
duaal_learner_page_get_viewer (DuaalLearnerPage *self)
{
  g_return_val_if_fail (DUAAL_IS_LEARNER_PAGE (self), DUAAL_VIEWER_COACH);

  return self->viewer;
}

void
duaal_learner_page_set_viewer (DuaalLearnerPage *self,
                               DuaalViewer       viewer)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (DUAAL_IS_LEARNER_PAGE (self));

  self->viewer = viewer;
  /* Another viewer sees another part of the scores: filter anew. */
  if (self->learner_id > 0 && !duaal_learner_page_load_status (self, &error))
    duaal_coach_view_show_error (GTK_WIDGET (self), _("Cannot Read the Scores"), error);
  self->syncing = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (viewer_order); i++)
    if (viewer_order[i] == viewer)
      gtk_drop_down_set_selected (self->viewer_dropdown, i);
  self->syncing = FALSE;

  if (viewer != DUAAL_VIEWER_COACH)
    duaal_learner_page_set_scoring_actor (self, (DuaalActor) viewer);
  else
    duaal_learner_page_refresh (self);
}

/* On a team database a login other than a coach's sees and scores as
 * itself only (SPEC section 13): its role is the viewer, fixed. */
void
duaal_learner_page_set_viewer_locked (DuaalLearnerPage *self,
                                      gboolean          locked)
{
  g_return_if_fail (DUAAL_IS_LEARNER_PAGE (self));

  gtk_widget_set_sensitive (GTK_WIDGET (self->viewer_dropdown), !locked);
}

DuaalActor
duaal_learner_page_get_scoring_actor (DuaalLearnerPage *self)
{
  g_return_val_if_fail (DUAAL_IS_LEARNER_PAGE (self), DUAAL_ACTOR_TEACHER);

  return self->scoring_actor;
}

void
duaal_learner_page_set_scoring_actor (DuaalLearnerPage *self,
                                      DuaalActor        actor)
{
  g_return_if_fail (DUAAL_IS_LEARNER_PAGE (self));
  g_return_if_fail (actor < DUAAL_N_ACTORS);

  self->scoring_actor = actor;
  self->syncing = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (scoring_order); i++)
    if (scoring_order[i] == actor)
      gtk_drop_down_set_selected (self->scoring_dropdown, i);
  self->syncing = FALSE;

  duaal_learner_page_refresh (self);
}

static void
on_viewer_selected (DuaalLearnerPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->viewer_dropdown);

  if (!self->syncing && selected < G_N_ELEMENTS (viewer_order))
    duaal_learner_page_set_viewer (self, viewer_order[selected]);
}

static void
on_scoring_selected (DuaalLearnerPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->scoring_dropdown);

  if (!self->syncing && selected < G_N_ELEMENTS (scoring_order))
    duaal_learner_page_set_scoring_actor (self, scoring_order[selected]);
}

/* ---- loading a learner ---- */

static void
duaal_learner_page_build_rows (DuaalLearnerPage *self)
{
  DuaalQualification *qualification = duaal_status_get_qualification (self->status);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->competence_list))) != NULL)
    gtk_list_box_remove (self->competence_list, child);
  g_ptr_array_set_size (self->competence_rows, 0);

  for (guint i = 0; i < duaal_qualification_get_n_competences (qualification); i++)
    {
      DuaalCompetence *competence = duaal_qualification_get_competence (qualification, i);
      GtkWidget *row = duaal_competence_row_new (competence);
      g_autofree char *key = g_strconcat ("competence:", duaal_competence_get_id (competence), NULL);

      duaal_live_view_set_key (duaal_competence_row_get_header (DUAAL_COMPETENCE_ROW (row)), key);
      duaal_learner_page_add_header_keys (self, duaal_competence_row_get_header (DUAAL_COMPETENCE_ROW (row)));

      for (guint j = 0; j < duaal_competence_row_get_n_indicators (DUAAL_COMPETENCE_ROW (row)); j++)
        {
          DuaalIndicatorRow *indicator_row =
            duaal_competence_row_get_indicator_row (DUAAL_COMPETENCE_ROW (row), j);

          g_autofree char *indicator_key =
            g_strconcat ("indicator:", duaal_indicator_get_id (duaal_indicator_row_get_indicator (indicator_row)), NULL);

          duaal_live_view_set_key (GTK_WIDGET (indicator_row), indicator_key);
          g_signal_connect (indicator_row, "score-changed", G_CALLBACK (on_score_changed), self);
          g_signal_connect (indicator_row, "move-to-indicator", G_CALLBACK (on_indicator_move_focus), self);
        }

      g_ptr_array_add (self->competence_rows, row);
      gtk_list_box_append (self->competence_list, row);
    }
}

/* "Cannot qualify" under the learner's name, with the early warnings
 * and an overdue visit: the header says it wherever the learner is. */
static void
duaal_learner_page_update_evaluation (DuaalLearnerPage *self)
{
  g_autoptr(GHashTable) summary = NULL;
  const DuaalLearnerEvaluation *evaluation = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  gint64 id = duaal_learner_get_id (self->learner);
  GDate today;

  duaal_evaluation_today (&today);
  summary = duaal_evaluation_summarize (self->store, duaal_learner_get_group_id (self->learner), &today, NULL);
  if (summary != NULL)
    evaluation = g_hash_table_lookup (summary, &id);
  if (evaluation != NULL && evaluation->cannot_qualify)
    g_string_append (text, _("Cannot qualify: the workplace result is 10 points or more below the pass mark"));
  if (evaluation != NULL && evaluation->n_warnings > 0)
    g_string_append_printf (text, "%s%s", text->len > 0 ? " · " : "",
                            _("Early warnings after the last closed period"));
  if (evaluation != NULL && evaluation->visit_overdue)
    g_string_append_printf (text, "%s%s", text->len > 0 ? " · " : "", _("Workplace visit overdue"));

  if (self->evaluation_label == NULL && text->len == 0)
    return;
  if (self->evaluation_label == NULL)
    {
      self->evaluation_label = GTK_LABEL (gtk_label_new (NULL));
      gtk_label_set_wrap (self->evaluation_label, TRUE);
      gtk_label_set_xalign (self->evaluation_label, 0);
      gtk_widget_add_css_class (GTK_WIDGET (self->evaluation_label), "heading");
      gtk_box_insert_child_after (GTK_BOX (gtk_widget_get_parent (GTK_WIDGET (self->subtitle_label))),
                                  GTK_WIDGET (self->evaluation_label), GTK_WIDGET (self->subtitle_label));
    }
  gtk_label_set_text (self->evaluation_label, text->str);
  gtk_widget_set_visible (GTK_WIDGET (self->evaluation_label), text->len > 0);
  gtk_widget_remove_css_class (GTK_WIDGET (self->evaluation_label), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->evaluation_label), "warning");
  gtk_widget_add_css_class (GTK_WIDGET (self->evaluation_label),
                            evaluation != NULL && evaluation->cannot_qualify ? "error" : "warning");
}

static void
duaal_learner_page_update_titles (DuaalLearnerPage *self)
{
  DuaalQualification *qualification = duaal_status_get_qualification (self->status);
  const char *trainer = duaal_learner_get_trainer_name (self->learner);
  g_autofree char *subtitle = NULL;
  g_autofree char *qualification_text = NULL;

  gtk_label_set_text (self->title_label, duaal_learner_get_name (self->learner));
  if (trainer != NULL && trainer[0] != '\0')
    /* Translators: "Class 5A · Garage Peeters · trainer Jan Peeters" */
    subtitle = g_strdup_printf (_("%s · %s · trainer %s"),
                                duaal_class_group_get_name (self->group),
                                duaal_learner_get_company_name (self->learner), trainer);
  else
    subtitle = g_strdup_printf ("%s · %s", duaal_class_group_get_name (self->group),
                                duaal_learner_get_company_name (self->learner));
  gtk_label_set_text (self->subtitle_label, subtitle);
  duaal_learner_page_update_evaluation (self);

  /* Translators: "Car mechanic (version 2)" */
  qualification_text = g_strdup_printf (_("%s (version %u)"),
                                        duaal_qualification_get_title (qualification),
                                        duaal_qualification_get_version (qualification));
  gtk_label_set_text (self->qualification_label, qualification_text);
}

gboolean
duaal_learner_page_load (DuaalLearnerPage  *self,
                         gint64             learner_id,
                         GError           **error)
{
  g_autoptr(DuaalLearner) learner = NULL;
  g_autoptr(DuaalClassGroup) group = NULL;

  g_return_val_if_fail (DUAAL_IS_LEARNER_PAGE (self), FALSE);
  g_return_val_if_fail (self->store != NULL, FALSE);

  learner = duaal_store_get_learner (self->store, learner_id, error);
  if (learner == NULL)
    return FALSE;
  group = duaal_store_get_group (self->store, duaal_learner_get_group_id (learner), error);
  if (group == NULL)
    return FALSE;

  if (learner_id != self->learner_id)
    g_array_set_size (self->undo_stack, 0);
  self->learner_id = learner_id;
  g_set_object (&self->learner, learner);
  g_set_object (&self->group, group);
  duaal_live_view_set_subject (GTK_WIDGET (self), duaal_class_group_get_id (group), learner_id);
  self->period = 0;
  duaal_learner_page_load_periods (self);

  if (!duaal_learner_page_load_status (self, error))
    {
      self->learner_id = 0;
      return FALSE;
    }

  duaal_learner_page_update_titles (self);
  duaal_learner_page_build_rows (self);
  duaal_learner_page_refresh (self);
  return TRUE;
}

/* ---- following the store ---- */

static gboolean
same_competence (DuaalCompetence *a,
                 DuaalCompetence *b)
{
  guint n = duaal_competence_get_n_indicators (a);

  if (g_strcmp0 (duaal_competence_get_id (a), duaal_competence_get_id (b)) != 0 ||
      g_strcmp0 (duaal_competence_get_title (a), duaal_competence_get_title (b)) != 0 ||
      n != duaal_competence_get_n_indicators (b))
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      DuaalIndicator *x = duaal_competence_get_indicator (a, i);
      DuaalIndicator *y = duaal_competence_get_indicator (b, i);

      if (g_strcmp0 (duaal_indicator_get_id (x), duaal_indicator_get_id (y)) != 0 ||
          g_strcmp0 (duaal_indicator_get_text (x), duaal_indicator_get_text (y)) != 0)
        return FALSE;
    }
  return TRUE;
}

/* Whether the rows show @qualification as it is: only a re-imported
 * qualification makes them be built anew. */
static gboolean
rows_show (DuaalLearnerPage   *self,
           DuaalQualification *qualification)
{
  if (self->competence_rows->len != duaal_qualification_get_n_competences (qualification))
    return FALSE;
  for (guint i = 0; i < self->competence_rows->len; i++)
    if (!same_competence (duaal_competence_row_get_competence (g_ptr_array_index (self->competence_rows, i)),
                          duaal_qualification_get_competence (qualification, i)))
      return FALSE;
  return TRUE;
}

static void
rebuild_rows_keeping_expanded (DuaalLearnerPage *self)
{
  g_autoptr(GPtrArray) expanded = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < self->competence_rows->len; i++)
    {
      DuaalCompetenceRow *row = g_ptr_array_index (self->competence_rows, i);

      if (duaal_competence_row_get_expanded (row))
        g_ptr_array_add (expanded, g_strdup (duaal_competence_get_id (duaal_competence_row_get_competence (row))));
    }
  duaal_learner_page_build_rows (self);
  for (guint i = 0; i < expanded->len; i++)
    {
      DuaalCompetenceRow *row = duaal_learner_page_find_competence_row (self, g_ptr_array_index (expanded, i));

      if (row != NULL)
        duaal_competence_row_set_expanded (row, TRUE);
    }
}

static void
duaal_learner_page_clear (DuaalLearnerPage *self)
{
  GtkWidget *child;

  self->learner_id = 0;
  duaal_live_view_set_subject (GTK_WIDGET (self), 0, 0);
  g_clear_object (&self->status);
  g_ptr_array_set_size (self->competence_rows, 0);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->competence_list))) != NULL)
    gtk_list_box_remove (self->competence_list, child);
  gtk_label_set_text (self->title_label, "");
  gtk_label_set_text (self->subtitle_label, "");
  gtk_label_set_text (self->qualification_label, "");
  duaal_learner_page_update_header (self);
}

/* Something about the learner changed: names, periods, scores, the
 * qualification.  The rows are updated in place; the period shown stays
 * while it exists. */
static void
duaal_learner_page_update (GtkWidget *widget)
{
  DuaalLearnerPage *self = DUAAL_LEARNER_PAGE (widget);
  g_autoptr(DuaalLearner) learner = NULL;
  g_autoptr(DuaalClassGroup) group = NULL;
  g_autoptr(GError) error = NULL;

  learner = duaal_store_get_learner (self->store, self->learner_id, &error);
  if (learner != NULL)
    group = duaal_store_get_group (self->store, duaal_learner_get_group_id (learner), &error);
  if (group == NULL)
    {
      /* Removed meanwhile: there is nobody left to show. */
      if (!g_error_matches (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND))
        g_warning ("Cannot read the learner again: %s", error->message);
      duaal_learner_page_clear (self);
      return;
    }
  g_set_object (&self->learner, learner);
  g_set_object (&self->group, group);
  duaal_learner_page_load_periods (self);
  if (!duaal_learner_page_load_status (self, &error))
    {
      g_warning ("Cannot read the scores again: %s", error->message);
      return;
    }
  duaal_learner_page_update_titles (self);
  if (!rows_show (self, duaal_status_get_qualification (self->status)))
    rebuild_rows_keeping_expanded (self);
  duaal_learner_page_refresh (self);
}

gint64
duaal_learner_page_get_learner_id (DuaalLearnerPage *self)
{
  g_return_val_if_fail (DUAAL_IS_LEARNER_PAGE (self), 0);

  return self->learner_id;
}

DuaalStore *
duaal_learner_page_get_store (DuaalLearnerPage *self)
{
  g_return_val_if_fail (DUAAL_IS_LEARNER_PAGE (self), NULL);

  return self->store;
}

DuaalCompetenceRow *
duaal_learner_page_find_competence_row (DuaalLearnerPage *self,
                                        const char       *competence_id)
{
  g_return_val_if_fail (DUAAL_IS_LEARNER_PAGE (self), NULL);

  for (guint i = 0; i < self->competence_rows->len; i++)
    {
      DuaalCompetenceRow *row = g_ptr_array_index (self->competence_rows, i);

      if (g_strcmp0 (duaal_competence_get_id (duaal_competence_row_get_competence (row)),
                     competence_id) == 0)
        return row;
    }
  return NULL;
}

DuaalIndicatorRow *
duaal_learner_page_find_indicator_row (DuaalLearnerPage *self,
                                       const char       *indicator_id)
{
  g_return_val_if_fail (DUAAL_IS_LEARNER_PAGE (self), NULL);

  for (guint i = 0; i < self->competence_rows->len; i++)
    {
      DuaalCompetenceRow *row = g_ptr_array_index (self->competence_rows, i);

      for (guint j = 0; j < duaal_competence_row_get_n_indicators (row); j++)
        {
          DuaalIndicatorRow *indicator_row = duaal_competence_row_get_indicator_row (row, j);

          if (g_strcmp0 (duaal_indicator_get_id (duaal_indicator_row_get_indicator (indicator_row)),
                         indicator_id) == 0)
            return indicator_row;
        }
    }
  return NULL;
}

/* ---- GObject ---- */

static void
fill_dropdown (GtkDropDown *dropdown,
               const char **labels,
               guint        n_labels)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);

  for (guint i = 0; i < n_labels; i++)
    gtk_string_list_append (list, labels[i]);
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (list));
}

static void
duaal_learner_page_dispose (GObject *object)
{
  DuaalLearnerPage *self = DUAAL_LEARNER_PAGE (object);

  /* AdwBin drops its child, the template, itself. */
  g_clear_pointer (&self->competence_rows, g_ptr_array_unref);
  g_clear_pointer (&self->periods, g_ptr_array_unref);
  g_clear_object (&self->status);
  g_clear_object (&self->learner);
  g_clear_object (&self->group);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (duaal_learner_page_parent_class)->dispose (object);
}

static void
duaal_learner_page_finalize (GObject *object)
{
  DuaalLearnerPage *self = DUAAL_LEARNER_PAGE (object);

  g_array_unref (self->undo_stack);
  g_array_unref (self->period_numbers);

  G_OBJECT_CLASS (duaal_learner_page_parent_class)->finalize (object);
}

static void
duaal_learner_page_class_init (DuaalLearnerPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = duaal_learner_page_dispose;
  object_class->finalize = duaal_learner_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Duaal/ui/duaal-learner-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DuaalLearnerPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, DuaalLearnerPage, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DuaalLearnerPage, viewer_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DuaalLearnerPage, scoring_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DuaalLearnerPage, toolbar);
  gtk_widget_class_bind_template_child (widget_class, DuaalLearnerPage, close_period_button);
  gtk_widget_class_bind_template_child (widget_class, DuaalLearnerPage, closed_revealer);
  gtk_widget_class_bind_template_child (widget_class, DuaalLearnerPage, closed_label);
  gtk_widget_class_bind_template_child (widget_class, DuaalLearnerPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, DuaalLearnerPage, pinned_revealer);
  gtk_widget_class_bind_template_child (widget_class, DuaalLearnerPage, pinned_title);
  gtk_widget_class_bind_template_child (widget_class, DuaalLearnerPage, pinned_grid);
  gtk_widget_class_bind_template_child (widget_class, DuaalLearnerPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, DuaalLearnerPage, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, DuaalLearnerPage, qualification_label);
  gtk_widget_class_bind_template_child (widget_class, DuaalLearnerPage, competence_list);

  gtk_widget_class_install_action (widget_class, "learner.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "learner.undo-score", "x", undo_score_action);
  gtk_widget_class_install_action (widget_class, "learner.close-period", NULL, close_period_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "learner.undo", NULL);
}

static void
duaal_learner_page_init (DuaalLearnerPage *self)
{
  const char *viewer_labels[G_N_ELEMENTS (viewer_order)];
  const char *scoring_labels[G_N_ELEMENTS (scoring_order)];

  self->undo_stack = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->period_numbers = g_array_new (FALSE, FALSE, sizeof (guint));
  self->competence_rows = g_ptr_array_new ();
  self->viewer = DUAAL_VIEWER_COACH;
  self->scoring_actor = DUAAL_ACTOR_TEACHER;

  gtk_widget_init_template (GTK_WIDGET (self));
  duaal_accessible_init_controls (GTK_WIDGET (self));
  duaal_learner_page_fill_pinned_grid (self);
  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (self->scroller), "value-changed",
                           G_CALLBACK (duaal_learner_page_update_pinned), self, G_CONNECT_SWAPPED);

  for (guint i = 0; i < G_N_ELEMENTS (viewer_order); i++)
    viewer_labels[i] = duaal_viewer_get_label (viewer_order[i]);
  for (guint i = 0; i < G_N_ELEMENTS (scoring_order); i++)
    scoring_labels[i] = duaal_actor_get_label (scoring_order[i]);
  /* Tab goes straight to the dropdowns, not to the flow box's cells. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->toolbar)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_focusable (child, FALSE);

  fill_dropdown (self->viewer_dropdown, viewer_labels, G_N_ELEMENTS (viewer_labels));
  fill_dropdown (self->scoring_dropdown, scoring_labels, G_N_ELEMENTS (scoring_labels));

  g_signal_connect_swapped (self->period_dropdown, "notify::selected", G_CALLBACK (on_period_selected), self);
  g_signal_connect_swapped (self->viewer_dropdown, "notify::selected", G_CALLBACK (on_viewer_selected), self);
  g_signal_connect_swapped (self->scoring_dropdown, "notify::selected", G_CALLBACK (on_scoring_selected), self);

  duaal_learner_page_add_window_undo (self);
  duaal_learner_page_update_header (self);
}

GtkWidget *
duaal_learner_page_new (DuaalStore *store)
{
  DuaalLearnerPage *self;

  g_return_val_if_fail (DUAAL_IS_STORE (store), NULL);

  self = g_object_new (DUAAL_TYPE_LEARNER_PAGE, NULL);
  self->store = g_object_ref (store);
  duaal_live_view_follow (GTK_WIDGET (self), store, duaal_learner_page_update);
  return GTK_WIDGET (self);
}

const char *
duaal_learner_page_get_pinned_competence (DuaalLearnerPage *self)
{
  DuaalCompetenceRow *row;

  g_return_val_if_fail (DUAAL_IS_LEARNER_PAGE (self), NULL);

  if (!gtk_revealer_get_reveal_child (self->pinned_revealer))
    return NULL;
  row = duaal_learner_page_find_pinned (self);
  return row != NULL ? duaal_competence_get_id (duaal_competence_row_get_competence (row)) : NULL;
}
