/* duaal-evaluation-page.c: a class group's flexible evaluation of one period (SPEC 15)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "duaal-accessible.h"
#include "duaal-coach-view-private.h"
#include "duaal-evaluation-page.h"
#include "duaal-evaluation-report.h"
#include "duaal-live-view-private.h"
#include "duaal-percent-button.h"
#include "duaal-tooltip.h"

struct _DuaalEvaluationPage
{
  AdwBin               parent_instance;

  DuaalStore          *store;
  gint64               group_id;
  guint                period;
  DuaalEvaluationGrid *grid_data;
  GPtrArray           *counts;          /* GtkLabel per unit, for tests */
  GArray              *period_numbers;
  gboolean             filling_periods;
  gboolean             locked;          /* the period has started or is closed */

  GtkWidget           *pass_mark_button;

  GtkBox              *header_box;
  GtkLabel            *title_label;
  GtkLabel            *subtitle_label;
  GtkDropDown         *period_dropdown;
  GtkGrid             *grid;
  GtkListBox          *deliberation_list;
};

G_DEFINE_FINAL_TYPE (DuaalEvaluationPage, duaal_evaluation_page, ADW_TYPE_BIN)

static void reload (DuaalEvaluationPage *self);

/* The learner's units as the check buttons of their column say now. */
static GStrv
column_choice (DuaalEvaluationPage *self,
               guint                column)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint u = 0; u < self->grid_data->units->len; u++)
    {
      GtkWidget *check = gtk_grid_get_child_at (self->grid, 1 + column, 1 + u);

      if (GTK_IS_CHECK_BUTTON (check) && gtk_check_button_get_active (GTK_CHECK_BUTTON (check)))
        g_strv_builder_add (builder, duaal_training_unit_get_code (g_ptr_array_index (self->grid_data->units, u)));
    }
  return g_strv_builder_end (builder);
}

static void
on_choice_toggled (GtkCheckButton      *check,
                   DuaalEvaluationPage *self)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "duaal-column"));
  DuaalLearner *learner = g_ptr_array_index (self->grid_data->learners, column);
  g_auto(GStrv) units = column_choice (self, column);
  g_autoptr(GError) error = NULL;

  if (!duaal_store_choose_units (self->store, duaal_learner_get_id (learner), self->period,
                                 (const char * const *) units, NULL, &error))
    {
      duaal_coach_view_show_error (GTK_WIDGET (self), _("The Choice Cannot Change"), error);
      reload (self);
    }
  /* On success the change notice makes the page read the store again. */
}

static GtkWidget *
make_choice_cell (DuaalEvaluationPage *self,
                  DuaalLearner        *learner,
                  DuaalTrainingUnit   *unit,
                  guint                column)
{
  gboolean chosen = duaal_evaluation_grid_has (self->grid_data, duaal_learner_get_id (learner),
                                               duaal_training_unit_get_code (unit));
  GtkWidget *check = gtk_check_button_new ();
  /* Translators: "Jonas Peeters, OO1": whose choice of which unit */
  g_autofree char *label = g_strdup_printf (_("%s, %s"), duaal_learner_get_name (learner),
                                            duaal_training_unit_get_code (unit));

  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), chosen);
  gtk_widget_set_halign (check, GTK_ALIGN_CENTER);
  gtk_widget_set_sensitive (check, !self->locked);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  duaal_widget_set_tooltip (check, chosen ? _("To be assessed at the end of the period")
                                             : _("Not chosen"));
  g_object_set_data (G_OBJECT (check), "duaal-column", GUINT_TO_POINTER (column));
  g_signal_connect_object (check, "toggled", G_CALLBACK (on_choice_toggled), self, 0);
  return check;
}

/* "49.9% · Insufficient" (transfer full) */
static char *
format_result (guint        tenths,
               DuaalVerdict verdict)
{
  g_autofree char *percent = duaal_percent_format (tenths);

  /* Translators: a workplace result and its verdict: "49.9% · Insufficient" */
  return g_strdup_printf (_("%s%% · %s"), percent, duaal_verdict_get_label (verdict));
}

static gboolean
save_result (DuaalPercentButton  *button,
             guint                tenths,
             gpointer             user_data,
             GError             **error)
{
  DuaalEvaluationPage *self = user_data;
  gint64 *learner_id = g_object_get_data (G_OBJECT (button), "duaal-learner-id");

  /* On success the change notice makes the page read the store again. */
  return duaal_store_set_workplace_result (self->store, *learner_id, self->period, tenths, error);
}

/* The learner's result of the period and its verdict on a button that
 * sets it, or a dash without a result. */
static GtkWidget *
make_result_button (DuaalEvaluationPage *self,
                    DuaalLearner        *learner,
                    GPtrArray           *results,
                    guint                pass_mark)
{
  gint64 learner_id = duaal_learner_get_id (learner);
  /* Translators: the heading of the popover that sets a learner's result */
  g_autofree char *heading = g_strdup_printf (_("Workplace result of %s in period %u, in percent"),
                                              duaal_learner_get_name (learner), self->period);
  GtkWidget *button = duaal_percent_button_new (heading);
  GtkWidget *label = GTK_WIDGET (duaal_percent_button_get_label (DUAAL_PERCENT_BUTTON (button)));

  g_object_set_data_full (G_OBJECT (button), "duaal-learner-id",
                          g_memdup2 (&learner_id, sizeof learner_id), g_free);
  duaal_percent_button_set_save_func (DUAAL_PERCENT_BUTTON (button), save_result, self);
  duaal_percent_button_set_value (DUAAL_PERCENT_BUTTON (button), "—", pass_mark);
  gtk_widget_add_css_class (label, "caption");
  for (guint i = 0; results != NULL && i < results->len; i++)
    {
      DuaalWorkplaceResult *result = g_ptr_array_index (results, i);
      DuaalVerdict verdict;
      g_autofree char *text = NULL;

      if (result->learner_id != learner_id || result->period != self->period)
        continue;
      verdict = duaal_verdict_for_result (result->tenths, pass_mark);
      text = format_result (result->tenths, verdict);
      duaal_percent_button_set_value (DUAAL_PERCENT_BUTTON (button), text, result->tenths);
      if (verdict == DUAAL_VERDICT_CANNOT_QUALIFY)
        gtk_widget_add_css_class (label, "error");
      else if (verdict == DUAAL_VERDICT_INSUFFICIENT)
        gtk_widget_add_css_class (label, "warning");
      break;
    }
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  return button;
}

static const char *
learner_name (DuaalEvaluationPage *self,
              gint64               learner_id)
{
  for (guint i = 0; i < self->grid_data->learners->len; i++)
    {
      DuaalLearner *learner = g_ptr_array_index (self->grid_data->learners, i);

      if (duaal_learner_get_id (learner) == learner_id)
        return duaal_learner_get_name (learner);
    }
  return "";
}

/* The core's deliberation list of the period (as duaal-cli deliberation). */
static void
fill_deliberation (DuaalEvaluationPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->deliberation_list))) != NULL)
    gtk_list_box_remove (self->deliberation_list, child);
  if (self->grid_data != NULL)
    list = duaal_evaluation_list_deliberation (self->store, self->group_id, self->period, NULL, &error);
  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      DuaalDeliberation *entry = g_ptr_array_index (list, i);
      g_autofree char *text = format_result (entry->tenths, entry->verdict);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), learner_name (self, entry->learner_id));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), text);
      gtk_widget_add_css_class (row, entry->verdict == DUAAL_VERDICT_CANNOT_QUALIFY ? "error" : "warning");
      gtk_list_box_append (self->deliberation_list, row);
    }
  if (list == NULL || list->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     error != NULL ? error->message
                                                   : _("No learner is below the pass mark in this period"));
      gtk_list_box_append (self->deliberation_list, row);
    }
}

static void
rebuild (DuaalEvaluationPage *self,
         GPtrArray           *results,
         guint                pass_mark)
{
  GPtrArray *learners = self->grid_data->learners;
  GPtrArray *units = self->grid_data->units;
  GtkWidget *header = duaal_coach_view_label (_("Training unit"), "heading", NULL);
  GtkWidget *count_header = duaal_coach_view_label (_("To assess"), "heading", NULL);
  GtkWidget *result_header = duaal_coach_view_label (_("Workplace result"), "heading", NULL);

  duaal_coach_view_clear_grid (self->grid);
  g_ptr_array_set_size (self->counts, 0);
  gtk_widget_set_valign (header, GTK_ALIGN_END);
  gtk_grid_attach (self->grid, header, 0, 0, 1, 1);
  for (guint l = 0; l < learners->len; l++)
    {
      GtkWidget *name = duaal_coach_view_label (duaal_learner_get_name (g_ptr_array_index (learners, l)),
                                                "heading", NULL);

      gtk_label_set_max_width_chars (GTK_LABEL (name), 12);
      gtk_label_set_xalign (GTK_LABEL (name), 0.5);
      gtk_label_set_justify (GTK_LABEL (name), GTK_JUSTIFY_CENTER);
      gtk_widget_set_valign (name, GTK_ALIGN_END);
      gtk_grid_attach (self->grid, name, 1 + l, 0, 1, 1);
    }
  gtk_widget_set_valign (count_header, GTK_ALIGN_END);
  gtk_grid_attach (self->grid, count_header, 1 + learners->len, 0, 1, 1);

  for (guint u = 0; u < units->len; u++)
    {
      DuaalTrainingUnit *unit = g_ptr_array_index (units, u);
      g_autofree char *title = g_strdup_printf ("%s · %s", duaal_training_unit_get_code (unit),
                                                duaal_training_unit_get_title (unit));
      GArray *assessed = g_ptr_array_index (self->grid_data->assessed, u);
      g_autofree char *count_text = g_strdup_printf ("%u", assessed->len);
      GtkWidget *label = duaal_coach_view_label (title, NULL);
      GtkWidget *count = duaal_coach_view_label (count_text, "numeric", "heading", NULL);

      gtk_label_set_width_chars (GTK_LABEL (label), 24);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 36);
      gtk_grid_attach (self->grid, label, 0, 1 + u, 1, 1);
      for (guint l = 0; l < learners->len; l++)
        gtk_grid_attach (self->grid, make_choice_cell (self, g_ptr_array_index (learners, l), unit, l),
                         1 + l, 1 + u, 1, 1);
      gtk_label_set_xalign (GTK_LABEL (count), 0.5);
      gtk_grid_attach (self->grid, count, 1 + learners->len, 1 + u, 1, 1);
      g_ptr_array_add (self->counts, count);
    }

  gtk_widget_set_margin_top (result_header, 12);
  gtk_widget_set_valign (result_header, GTK_ALIGN_CENTER);
  gtk_grid_attach (self->grid, result_header, 0, 1 + units->len, 1, 1);
  for (guint l = 0; l < learners->len; l++)
    {
      GtkWidget *cell = make_result_button (self, g_ptr_array_index (learners, l), results, pass_mark);

      gtk_widget_set_margin_top (cell, 12);
      gtk_grid_attach (self->grid, cell, 1 + l, 1 + units->len, 1, 1);
    }
}

/* "3 learners without a choice · pass mark 50%" */
static void
update_subtitle (DuaalEvaluationPage *self,
                 guint                pass_mark)
{
  g_autofree char *mark = duaal_percent_format (pass_mark);
  guint n = self->grid_data->without_choice->len;
  g_autofree char *without = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u learner without a choice",
                                                           "%u learners without a choice", n), n);
  g_autofree char *text = NULL;

  /* Translators: "3 learners without a choice · pass mark 50% · choices locked" */
  text = g_strdup_printf (_("%s · pass mark %s%%%s"), without, mark,
                          self->locked ? _(" · the period has started: choices are locked") : "");
  gtk_label_set_text (self->subtitle_label, text);
}

/* Whether the period has started (its first day has come) or is closed. */
static gboolean
period_locked (GPtrArray *periods,
               guint      number)
{
  GDate today;

  duaal_evaluation_today (&today);
  for (guint i = 0; i < periods->len; i++)
    {
      DuaalPeriod *period = g_ptr_array_index (periods, i);

      if (duaal_period_get_number (period) == number)
        return !duaal_unit_choice_check_open (number, duaal_period_is_closed (period),
                                              duaal_period_get_starts_on (period), &today, NULL);
    }
  return FALSE;
}

static gboolean
save_pass_mark (DuaalPercentButton  *button,
                guint                tenths,
                gpointer             user_data,
                GError             **error)
{
  DuaalEvaluationPage *self = user_data;

  /* On success the change notice makes the page read the store again. */
  return duaal_store_set_pass_mark (self->store, self->group_id, tenths, error);
}

/* "Pass mark 50%" on the header's button; insensitive without a group. */
static void
update_pass_mark_button (DuaalEvaluationPage *self,
                         guint                pass_mark)
{
  g_autofree char *mark = duaal_percent_format (pass_mark);
  /* Translators: the button in the evaluation page's header: "Pass mark 50%" */
  g_autofree char *text = g_strdup_printf (_("Pass mark %s%%"), mark);

  duaal_percent_button_set_value (DUAAL_PERCENT_BUTTON (self->pass_mark_button), text, pass_mark);
  gtk_widget_set_sensitive (self->pass_mark_button, pass_mark > 0);
}

static void
reload (DuaalEvaluationPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalClassGroup) group = NULL;
  g_autoptr(GPtrArray) periods = NULL;
  g_autoptr(GPtrArray) results = NULL;
  guint pass_mark = 0;

  g_clear_pointer (&self->grid_data, duaal_evaluation_grid_free);
  gtk_label_set_text (self->title_label, "");
  gtk_label_set_text (self->subtitle_label, "");
  gtk_widget_set_sensitive (self->pass_mark_button, FALSE);
  fill_deliberation (self);
  if (self->store == NULL || self->group_id <= 0)
    {
      duaal_coach_view_grid_message (self->grid, _("No class group chosen"));
      return;
    }
  group = duaal_store_get_group (self->store, self->group_id, &error);
  if (group != NULL)
    periods = duaal_store_list_periods (self->store, self->group_id, &error);
  if (periods != NULL)
    self->grid_data = duaal_evaluation_grid_load (self->store, self->group_id, self->period, &error);
  if (self->grid_data != NULL)
    results = duaal_store_list_workplace_results (self->store, self->group_id, &error);
  if (results != NULL)
    pass_mark = duaal_store_get_pass_mark (self->store, self->group_id, &error);
  if (pass_mark == 0)
    {
      duaal_coach_view_grid_message (self->grid, error->message);
      return;
    }
  gtk_label_set_text (self->title_label, duaal_class_group_get_name (group));
  self->locked = period_locked (periods, self->period);
  update_subtitle (self, pass_mark);
  update_pass_mark_button (self, pass_mark);
  fill_deliberation (self);
  if (self->grid_data->units->len == 0)
    {
      duaal_coach_view_grid_message (self->grid,
                                     _("The qualification has no training units yet: they come with the "
                                       "qualification file or are added with duaal-cli add-unit."));
      return;
    }
  rebuild (self, results, pass_mark);
}

/* Every period of the group, open or closed: choices are made before. */
static void
fill_periods (DuaalEvaluationPage *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) periods = NULL;
  guint selected = 0;

  self->filling_periods = TRUE;
  g_array_set_size (self->period_numbers, 0);
  if (self->store != NULL && self->group_id > 0)
    periods = duaal_store_list_periods (self->store, self->group_id, NULL);
  for (guint i = 0; periods != NULL && i < periods->len; i++)
    {
      DuaalPeriod *period = g_ptr_array_index (periods, i);
      guint number = duaal_period_get_number (period);
      g_autofree char *name = duaal_coach_view_period_name (period);

      g_array_append_val (self->period_numbers, number);
      gtk_string_list_append (names, name);
      if (number == self->period)
        selected = i;
    }
  gtk_drop_down_set_model (self->period_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->period_dropdown, selected);
  if (self->period_numbers->len > 0)
    self->period = g_array_index (self->period_numbers, guint, selected);
  self->filling_periods = FALSE;
}

static void
update (GtkWidget *widget)
{
  DuaalEvaluationPage *self = DUAAL_EVALUATION_PAGE (widget);

  fill_periods (self);
  reload (self);
}

static void
period_selected_cb (DuaalEvaluationPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->period_dropdown);

  if (self->filling_periods || selected >= self->period_numbers->len)
    return;
  self->period = g_array_index (self->period_numbers, guint, selected);
  reload (self);
}

static void
duaal_evaluation_page_dispose (GObject *object)
{
  DuaalEvaluationPage *self = DUAAL_EVALUATION_PAGE (object);

  g_clear_pointer (&self->grid_data, duaal_evaluation_grid_free);
  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), DUAAL_TYPE_EVALUATION_PAGE);
  G_OBJECT_CLASS (duaal_evaluation_page_parent_class)->dispose (object);
}

static void
duaal_evaluation_page_finalize (GObject *object)
{
  DuaalEvaluationPage *self = DUAAL_EVALUATION_PAGE (object);

  g_array_unref (self->period_numbers);
  g_ptr_array_unref (self->counts);
  G_OBJECT_CLASS (duaal_evaluation_page_parent_class)->finalize (object);
}

static void
duaal_evaluation_page_class_init (DuaalEvaluationPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = duaal_evaluation_page_dispose;
  object_class->finalize = duaal_evaluation_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Duaal/ui/duaal-evaluation-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DuaalEvaluationPage, header_box);
  gtk_widget_class_bind_template_child (widget_class, DuaalEvaluationPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, DuaalEvaluationPage, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, DuaalEvaluationPage, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DuaalEvaluationPage, grid);
  gtk_widget_class_bind_template_child (widget_class, DuaalEvaluationPage, deliberation_list);
}

static void
duaal_evaluation_page_init (DuaalEvaluationPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->pass_mark_button = duaal_percent_button_new (_("The class group’s pass mark, in percent"));
  gtk_widget_set_valign (self->pass_mark_button, GTK_ALIGN_CENTER);
  duaal_percent_button_set_save_func (DUAAL_PERCENT_BUTTON (self->pass_mark_button), save_pass_mark, self);
  gtk_box_append (self->header_box, self->pass_mark_button);
  duaal_accessible_init_controls (GTK_WIDGET (self));
  self->period = 1;
  self->period_numbers = g_array_new (FALSE, FALSE, sizeof (guint));
  self->counts = g_ptr_array_new ();
  g_signal_connect_object (self->period_dropdown, "notify::selected",
                           G_CALLBACK (period_selected_cb), self, G_CONNECT_SWAPPED);
}

GtkWidget *
duaal_evaluation_page_new (DuaalStore *store)
{
  DuaalEvaluationPage *self;

  g_return_val_if_fail (store == NULL || DUAAL_IS_STORE (store), NULL);

  self = g_object_new (DUAAL_TYPE_EVALUATION_PAGE, NULL);
  self->store = duaal_live_view_follow_store (GTK_WIDGET (self), store, update);
  reload (self);
  return GTK_WIDGET (self);
}

void
duaal_evaluation_page_set_group (DuaalEvaluationPage *self,
                                 gint64               group_id)
{
  g_return_if_fail (DUAAL_IS_EVALUATION_PAGE (self));

  if (self->group_id == group_id)
    return;
  self->group_id = group_id;
  self->period = 1;
  duaal_live_view_set_subject (GTK_WIDGET (self), group_id, 0);
  fill_periods (self);
  reload (self);
}

gint64
duaal_evaluation_page_get_group (DuaalEvaluationPage *self)
{
  g_return_val_if_fail (DUAAL_IS_EVALUATION_PAGE (self), 0);
  return self->group_id;
}

void
duaal_evaluation_page_set_period (DuaalEvaluationPage *self,
                                  guint                period)
{
  g_return_if_fail (DUAAL_IS_EVALUATION_PAGE (self));

  self->period = period;
  fill_periods (self);
  reload (self);
}

const char *
duaal_evaluation_page_get_count (DuaalEvaluationPage *self,
                                 guint                position)
{
  g_return_val_if_fail (DUAAL_IS_EVALUATION_PAGE (self), NULL);

  if (position >= self->counts->len)
    return NULL;
  return gtk_label_get_text (g_ptr_array_index (self->counts, position));
}
