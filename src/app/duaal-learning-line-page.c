/* duaal-learning-line-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "duaal-accessible.h"
#include "duaal-ccv-dialog.h"
#include "duaal-coach-view-private.h"
#include "duaal-learning-line-page.h"
#include "duaal-live-view-private.h"
#include "duaal-tooltip.h"

struct _DuaalLearningLinePage
{
  AdwBin               parent_instance;

  DuaalStore          *store;
  gint64               group_id;
  gint64               learner_id;       /* 0: the whole group */
  DuaalQualification  *qualification;
  GPtrArray           *contexts;         /* DuaalContext, in order */
  GPtrArray           *scenarios;        /* DuaalScenario */
  GPtrArray           *rows;             /* (element-type GtkWidget) rows added to the groups below */
  char                *uncovered_text;
  GtkFileChooserNative *chooser;
  GArray              *learner_ids;      /* gint64 per learner_dropdown item; 0 is the whole group */
  gboolean             syncing;          /* filling the drop-down, not the user */

  AdwToastOverlay     *toast_overlay;
  GtkStack            *stack;
  AdwStatusPage       *status_page;
  GtkDropDown         *learner_dropdown;
  GtkStringList       *learner_names;
  DuaalLearningLineView *view;
  AdwPreferencesGroup *contexts_group;
  AdwPreferencesGroup *companies_group;
  AdwPreferencesGroup *scenarios_group;
};

G_DEFINE_FINAL_TYPE (DuaalLearningLinePage, duaal_learning_line_page, ADW_TYPE_BIN)

static void duaal_learning_line_page_load (DuaalLearningLinePage *self);

static void
show_error (DuaalLearningLinePage *self,
            const char            *heading,
            const GError          *error)
{
  duaal_coach_view_show_error (GTK_WIDGET (self), heading, error);
}

static GtkWindow *
parent_window (DuaalLearningLinePage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* ---- rows ----------------------------------------------------------- */

static void
clear_rows (DuaalLearningLinePage *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);
      GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);

      if (group != NULL)
        adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), row);
    }
  g_ptr_array_set_size (self->rows, 0);
}

static void
add_row (DuaalLearningLinePage *self,
         AdwPreferencesGroup   *group,
         GtkWidget             *row,
         const char            *key)
{
  duaal_live_view_set_key (row, key);
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->rows, row);
}

/* A flat icon button on a row, named for screen readers. */
static GtkWidget *
row_button (AdwActionRow *row,
            const char   *icon_name,
            const char   *label,
            gboolean      sensitive)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  duaal_widget_set_tooltip (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_widget_set_sensitive (button, sensitive);
  adw_action_row_add_suffix (row, button);
  return button;
}

static char *
join_ids (const char * const *ids)
{
  return g_strjoinv (", ", (char **) ids);
}

static DuaalContext *
find_context (DuaalLearningLinePage *self,
              gint64                 context_id,
              guint                 *index)
{
  for (guint k = 0; self->contexts != NULL && k < self->contexts->len; k++)
    if (duaal_context_get_id (g_ptr_array_index (self->contexts, k)) == context_id)
      {
        if (index != NULL)
          *index = k;
        return g_ptr_array_index (self->contexts, k);
      }
  return NULL;
}

static gint64
widget_id (GtkWidget *widget)
{
  return (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (widget), "duaal-id"));
}

static void
set_widget_id (GtkWidget *widget,
               gint64     id)
{
  g_object_set_data (G_OBJECT (widget), "duaal-id", GSIZE_TO_POINTER ((gsize) id));
}

/* ---- contexts ------------------------------------------------------- */

gboolean
duaal_learning_line_page_move_context (DuaalLearningLinePage  *self,
                                       gint64                  context_id,
                                       int                     by,
                                       GError                **error)
{
  DuaalContext *context;
  int position;

  g_return_val_if_fail (DUAAL_IS_LEARNING_LINE_PAGE (self), FALSE);

  context = find_context (self, context_id, NULL);
  if (context == NULL)
    return TRUE;
  position = (int) duaal_context_get_position (context) + by;
  return duaal_store_move_context (self->store, context_id, (guint) MAX (position, 1), error);
}

static void
on_move_clicked (GtkButton             *button,
                 DuaalLearningLinePage *self)
{
  g_autoptr(GError) error = NULL;
  int by = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "duaal-by"));

  if (!duaal_learning_line_page_move_context (self, widget_id (GTK_WIDGET (button)), by, &error))
    show_error (self, _("Could not move the context"), error);
}

static void
on_edit_context_clicked (GtkButton             *button,
                         DuaalLearningLinePage *self)
{
  DuaalContext *context = find_context (self, widget_id (GTK_WIDGET (button)), NULL);

  if (context != NULL)
    gtk_window_present (GTK_WINDOW (duaal_ccv_dialog_new_for_context (parent_window (self), self->store,
                                                                      self->qualification, context)));
}

/* The trash buttons of contexts and of scenarios: the button's data
 * says which (a scenario's carries "duaal-scenario"). */
static void
on_remove_clicked (GtkButton             *button,
                   DuaalLearningLinePage *self)
{
  gboolean scenario = g_object_get_data (G_OBJECT (button), "duaal-scenario") != NULL;
  gint64 id = widget_id (GTK_WIDGET (button));
  g_autoptr(GError) error = NULL;

  if (scenario ? !duaal_store_delete_scenario (self->store, id, &error)
               : !duaal_store_delete_context (self->store, id, &error))
    show_error (self, scenario ? _("Could not remove the lesson scenario") : _("Could not remove the context"),
                error);
  else
    adw_toast_overlay_add_toast (self->toast_overlay,
                                 adw_toast_new (scenario ? _("Lesson scenario removed") : _("Context removed")));
}

gboolean
duaal_learning_line_page_set_done (DuaalLearningLinePage  *self,
                                   gint64                  context_id,
                                   gboolean                done,
                                   GError                **error)
{
  g_return_val_if_fail (DUAAL_IS_LEARNING_LINE_PAGE (self), FALSE);
  g_return_val_if_fail (self->learner_id > 0, FALSE);
  return duaal_store_set_context_done (self->store, self->learner_id, context_id, done, error);
}

static void
on_done_toggled (GtkCheckButton        *check,
                 DuaalLearningLinePage *self)
{
  g_autoptr(GError) error = NULL;

  if (!duaal_learning_line_page_set_done (self, widget_id (GTK_WIDGET (check)),
                                          gtk_check_button_get_active (check), &error))
    show_error (self, _("Could not record the context as done"), error);
}

static void
add_context_row (DuaalLearningLinePage *self,
                 DuaalContext          *context,
                 guint                  index,
                 gboolean               done)
{
  g_autofree char *title = g_strdup_printf ("%u. %s", index + 1, duaal_context_get_title (context));
  g_autofree char *competences = join_ids (duaal_context_get_competences (context));
  g_autofree char *key = g_strdup_printf ("context:%" G_GINT64_FORMAT, duaal_context_get_id (context));
  const char *activities = duaal_context_get_activities (context);
  g_autofree char *subtitle = activities != NULL ? g_strdup_printf ("%s · %s", competences, activities)
                                                 : g_strdup (competences);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button;
  guint n = self->contexts->len;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  if (self->learner_id > 0)
    {
      GtkWidget *check = gtk_check_button_new ();
      g_autofree char *label = g_strdup_printf (_("Done: %s"), duaal_context_get_title (context));

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), done);
      duaal_widget_set_tooltip (check, _("The trainer confirms that the learner has done this context"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      set_widget_id (check, duaal_context_get_id (context));
      g_signal_connect (check, "toggled", G_CALLBACK (on_done_toggled), self);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
    }
  button = row_button (ADW_ACTION_ROW (row), "go-up-symbolic", _("Move earlier on the learning line"), index > 0);
  set_widget_id (button, duaal_context_get_id (context));
  g_object_set_data (G_OBJECT (button), "duaal-by", GINT_TO_POINTER (-1));
  g_signal_connect (button, "clicked", G_CALLBACK (on_move_clicked), self);
  button = row_button (ADW_ACTION_ROW (row), "go-down-symbolic", _("Move later on the learning line"), index + 1 < n);
  set_widget_id (button, duaal_context_get_id (context));
  g_object_set_data (G_OBJECT (button), "duaal-by", GINT_TO_POINTER (1));
  g_signal_connect (button, "clicked", G_CALLBACK (on_move_clicked), self);
  button = row_button (ADW_ACTION_ROW (row), "document-edit-symbolic", _("Change the context"), TRUE);
  set_widget_id (button, duaal_context_get_id (context));
  g_signal_connect (button, "clicked", G_CALLBACK (on_edit_context_clicked), self);
  button = row_button (ADW_ACTION_ROW (row), "user-trash-symbolic", _("Remove the context"), TRUE);
  set_widget_id (button, duaal_context_get_id (context));
  g_signal_connect (button, "clicked", G_CALLBACK (on_remove_clicked), self);
  add_row (self, self->contexts_group, row, key);
}

static void
fill_contexts (DuaalLearningLinePage *self,
               GArray                *done)
{
  for (guint k = 0; k < self->contexts->len; k++)
    {
      DuaalContext *context = g_ptr_array_index (self->contexts, k);
      gboolean is_done = FALSE;

      for (guint i = 0; done != NULL && i < done->len; i++)
        is_done |= g_array_index (done, gint64, i) == duaal_context_get_id (context);
      add_context_row (self, context, k, is_done);
    }
  if (self->contexts->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     _("No contexts yet: add the bundles of workplace activities that build this qualification"));
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
      add_row (self, self->contexts_group, row, "contexts:none");
    }
}

/* ---- companies ------------------------------------------------------ */

static void
on_offer_toggled (GtkCheckButton        *check,
                  DuaalLearningLinePage *self)
{
  GtkWidget *expander = gtk_widget_get_ancestor (GTK_WIDGET (check), ADW_TYPE_EXPANDER_ROW);
  gint64 company_id = widget_id (expander);
  g_autoptr(GArray) offered = duaal_store_list_company_contexts (self->store, company_id, NULL);
  g_autoptr(GArray) wanted = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  gint64 context_id = widget_id (GTK_WIDGET (check));

  /* Every other context the company offers stays offered, also those
   * of other qualifications. */
  for (guint i = 0; offered != NULL && i < offered->len; i++)
    if (g_array_index (offered, gint64, i) != context_id)
      g_array_append_val (wanted, g_array_index (offered, gint64, i));
  if (gtk_check_button_get_active (check))
    g_array_append_val (wanted, context_id);
  if (!duaal_store_set_company_contexts (self->store, company_id, wanted, &error))
    show_error (self, _("Could not change what the company offers"), error);
}

static void
add_company_row (DuaalLearningLinePage *self,
                 gint64                 company_id,
                 const char            *name)
{
  g_autoptr(GArray) offered = duaal_store_list_company_contexts (self->store, company_id, NULL);
  g_autofree char *key = g_strdup_printf ("company:%" G_GINT64_FORMAT, company_id);
  g_autofree char *subtitle = NULL;
  GtkWidget *expander = adw_expander_row_new ();
  guint n_offered = 0;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (expander), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), name);
  set_widget_id (expander, company_id);
  for (guint k = 0; k < self->contexts->len; k++)
    {
      DuaalContext *context = g_ptr_array_index (self->contexts, k);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();
      gboolean on = FALSE;

      for (guint i = 0; offered != NULL && i < offered->len; i++)
        on |= g_array_index (offered, gint64, i) == duaal_context_get_id (context);
      n_offered += on;
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), duaal_context_get_title (context));
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), on);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      duaal_context_get_title (context), -1);
      set_widget_id (check, duaal_context_get_id (context));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
      g_signal_connect (check, "toggled", G_CALLBACK (on_offer_toggled), self);
    }
  subtitle = g_strdup_printf (ngettext ("Offers %u of %u context", "Offers %u of %u contexts", self->contexts->len),
                              n_offered, self->contexts->len);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), subtitle);
  add_row (self, self->companies_group, expander, key);
}

static void
fill_companies (DuaalLearningLinePage *self)
{
  g_autoptr(GPtrArray) learners = duaal_store_list_learners (self->store, self->group_id, NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  gtk_widget_set_visible (GTK_WIDGET (self->companies_group), self->learner_id == 0 && self->contexts->len > 0);
  if (self->learner_id != 0 || learners == NULL)
    return;
  for (guint i = 0; i < learners->len; i++)
    {
      DuaalLearner *learner = g_ptr_array_index (learners, i);
      gint64 company_id = duaal_learner_get_company_id (learner);

      if (company_id <= 0 || g_hash_table_contains (seen, &company_id))
        continue;
      g_hash_table_add (seen, g_memdup2 (&company_id, sizeof company_id));
      add_company_row (self, company_id, duaal_learner_get_company_name (learner));
    }
}

gboolean
duaal_learning_line_page_plans_from_contexts (DuaalLearningLinePage  *self,
                                              GError                **error)
{
  g_return_val_if_fail (DUAAL_IS_LEARNING_LINE_PAGE (self), FALSE);
  return duaal_store_reset_plans (self->store, self->group_id, DUAAL_PLAN_FROM_CONTEXTS, NULL, error);
}

/* ---- scenarios ------------------------------------------------------ */

static DuaalScenario *
find_scenario (DuaalLearningLinePage *self,
               gint64                 scenario_id)
{
  for (guint i = 0; self->scenarios != NULL && i < self->scenarios->len; i++)
    if (duaal_scenario_get_id (g_ptr_array_index (self->scenarios, i)) == scenario_id)
      return g_ptr_array_index (self->scenarios, i);
  return NULL;
}

static void
on_edit_scenario_clicked (GtkButton             *button,
                          DuaalLearningLinePage *self)
{
  DuaalScenario *scenario = find_scenario (self, widget_id (GTK_WIDGET (button)));

  if (scenario != NULL)
    gtk_window_present (GTK_WINDOW (duaal_ccv_dialog_new_for_scenario (parent_window (self), self->store,
                                                                       self->qualification, scenario)));
}

static void
add_scenario_row (DuaalLearningLinePage *self,
                  DuaalScenario         *scenario)
{
  g_autofree char *competences = join_ids (duaal_scenario_get_competences (scenario));
  guint sessions = duaal_scenario_get_sessions (scenario);
  g_autofree char *length = g_strdup_printf (ngettext ("%u session", "%u sessions", sessions), sessions);
  const char *template_name = duaal_scenario_get_template (scenario);
  g_autofree char *subtitle = template_name != NULL
    ? g_strdup_printf ("%s · %s · %s", competences, length, template_name)
    : g_strdup_printf ("%s · %s", competences, length);
  g_autofree char *key = g_strdup_printf ("scenario:%" G_GINT64_FORMAT, duaal_scenario_get_id (scenario));
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), duaal_scenario_get_title (scenario));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  button = row_button (ADW_ACTION_ROW (row), "document-edit-symbolic", _("Change the lesson scenario"), TRUE);
  set_widget_id (button, duaal_scenario_get_id (scenario));
  g_signal_connect (button, "clicked", G_CALLBACK (on_edit_scenario_clicked), self);
  button = row_button (ADW_ACTION_ROW (row), "user-trash-symbolic", _("Remove the lesson scenario"), TRUE);
  set_widget_id (button, duaal_scenario_get_id (scenario));
  g_object_set_data (G_OBJECT (button), "duaal-scenario", GINT_TO_POINTER (TRUE));
  g_signal_connect (button, "clicked", G_CALLBACK (on_remove_clicked), self);
  add_row (self, self->scenarios_group, row, key);
}

static void
fill_scenarios (DuaalLearningLinePage *self)
{
  guint n = duaal_qualification_get_n_competences (self->qualification);
  g_autofree const char **ids = g_new0 (const char *, n + 1);
  g_auto(GStrv) uncovered = NULL;
  GtkWidget *row = adw_action_row_new ();

  for (guint i = 0; i < self->scenarios->len; i++)
    add_scenario_row (self, g_ptr_array_index (self->scenarios, i));
  for (guint c = 0; c < n; c++)
    ids[c] = duaal_competence_get_id (duaal_qualification_get_competence (self->qualification, c));
  uncovered = duaal_scenario_list_uncovered (self->scenarios, ids);
  g_free (self->uncovered_text);
  if (uncovered[0] == NULL)
    self->uncovered_text = g_strdup (_("Every competence has a lesson scenario"));
  else
    {
      g_autofree char *joined = join_ids ((const char * const *) uncovered);

      /* Translators: the competences no lesson scenario aims at, "Without a lesson scenario: c02, c05" */
      self->uncovered_text = g_strdup_printf (_("Without a lesson scenario: %s"), joined);
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), self->uncovered_text);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  if (uncovered[0] != NULL)
    gtk_widget_add_css_class (row, "warning");
  add_row (self, self->scenarios_group, row, "scenarios:uncovered");
}

const char *
duaal_learning_line_page_get_uncovered_text (DuaalLearningLinePage *self)
{
  g_return_val_if_fail (DUAAL_IS_LEARNING_LINE_PAGE (self), NULL);
  return self->uncovered_text;
}

/* ---- loading -------------------------------------------------------- */

static void
show_status (DuaalLearningLinePage *self,
             const char            *title,
             const char            *description)
{
  adw_status_page_set_title (self->status_page, title);
  adw_status_page_set_description (self->status_page, description);
  gtk_stack_set_visible_child_name (self->stack, "empty");
  duaal_learning_line_view_set_line (self->view, NULL, NULL, NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "learning-line.export", FALSE);
}

/* Everything the page shows, read in a few calls; FALSE with @error. */
static gboolean
read_line (DuaalLearningLinePage  *self,
           GArray                **done,
           char                  **learner_name,
           GError                **error)
{
  g_autoptr(DuaalClassGroup) group = duaal_store_get_group (self->store, self->group_id, error);
  const char *code;
  guint version;

  if (group == NULL)
    return FALSE;
  code = duaal_class_group_get_qualification_code (group);
  version = duaal_class_group_get_qualification_version (group);
  g_clear_object (&self->qualification);
  g_clear_pointer (&self->contexts, g_ptr_array_unref);
  g_clear_pointer (&self->scenarios, g_ptr_array_unref);
  self->qualification = duaal_store_get_qualification (self->store, code, version, error);
  if (self->qualification == NULL
      || (self->contexts = duaal_store_list_contexts (self->store, code, version, error)) == NULL
      || (self->scenarios = duaal_store_list_scenarios (self->store, code, version, error)) == NULL)
    return FALSE;
  if (self->learner_id > 0)
    {
      g_autoptr(DuaalLearner) learner = duaal_store_get_learner (self->store, self->learner_id, error);

      if (learner == NULL || (*done = duaal_store_list_contexts_done (self->store, self->learner_id, error)) == NULL)
        return FALSE;
      *learner_name = g_strdup (duaal_learner_get_name (learner));
    }
  return TRUE;
}

/* Whether the drop-down lists @learners already (ids and names). */
static gboolean
lists_learners (DuaalLearningLinePage *self,
                GPtrArray             *learners)
{
  guint n = learners != NULL ? learners->len : 0;

  if (self->learner_ids->len != n + 1)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      DuaalLearner *learner = g_ptr_array_index (learners, i);

      if (g_array_index (self->learner_ids, gint64, i + 1) != duaal_learner_get_id (learner)
          || g_strcmp0 (gtk_string_list_get_string (self->learner_names, i + 1), duaal_learner_get_name (learner)) != 0)
        return FALSE;
    }
  return TRUE;
}

/* The drop-down: the whole group, then each learner; the learner
 * shown stays chosen while they are in the group.  Rebuilt only when
 * the learners changed: it is also called while the drop-down tells
 * of a choice. */
static void
fill_learners (DuaalLearningLinePage *self)
{
  g_autoptr(GPtrArray) learners = self->group_id > 0 ? duaal_store_list_learners (self->store, self->group_id, NULL)
                                                     : NULL;
  guint selected = 0;
  gint64 none = 0;

  self->syncing = TRUE;
  if (!lists_learners (self, learners))
    {
      gtk_string_list_splice (self->learner_names, 0, self->learner_ids->len, NULL);
      g_array_set_size (self->learner_ids, 0);
      gtk_string_list_append (self->learner_names, _("The whole class group"));
      g_array_append_val (self->learner_ids, none);
      for (guint i = 0; learners != NULL && i < learners->len; i++)
        {
          gint64 id = duaal_learner_get_id (g_ptr_array_index (learners, i));

          gtk_string_list_append (self->learner_names, duaal_learner_get_name (g_ptr_array_index (learners, i)));
          g_array_append_val (self->learner_ids, id);
        }
    }
  for (guint i = 1; i < self->learner_ids->len; i++)
    if (g_array_index (self->learner_ids, gint64, i) == self->learner_id)
      selected = i;
  if (selected == 0)
    self->learner_id = 0;
  if (gtk_drop_down_get_selected (self->learner_dropdown) != selected)
    gtk_drop_down_set_selected (self->learner_dropdown, selected);
  self->syncing = FALSE;
}

static void
on_learner_selected (DuaalLearningLinePage *self)
{
  guint selected = gtk_drop_down_get_selected (self->learner_dropdown);

  if (self->syncing || selected >= self->learner_ids->len)
    return;
  duaal_learning_line_page_set_group (self, self->group_id, g_array_index (self->learner_ids, gint64, selected));
}

static void
duaal_learning_line_page_load (DuaalLearningLinePage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) done = NULL;
  g_autoptr(DuaalLearningLine) line = NULL;
  g_autofree char *learner_name = NULL;

  clear_rows (self);
  fill_learners (self);
  if (self->group_id <= 0)
    {
      show_status (self, _("No Class Group Chosen"),
                   _("Choose a class group to see the learning line of its qualification."));
      return;
    }
  if (!read_line (self, &done, &learner_name, &error))
    {
      show_status (self, _("Cannot Show the Learning Line"), error->message);
      return;
    }
  line = duaal_learning_line_new_for_qualification (self->qualification, self->contexts, done);
  duaal_learning_line_view_set_line (self->view, line, duaal_qualification_get_title (self->qualification),
                                     learner_name);
  fill_contexts (self, done);
  fill_companies (self);
  fill_scenarios (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "learning-line.export", TRUE);
  gtk_stack_set_visible_child_name (self->stack, "line");
}

static void
duaal_learning_line_page_update (GtkWidget *widget)
{
  duaal_learning_line_page_load (DUAAL_LEARNING_LINE_PAGE (widget));
}

void
duaal_learning_line_page_set_group (DuaalLearningLinePage *self,
                                    gint64                 group_id,
                                    gint64                 learner_id)
{
  g_return_if_fail (DUAAL_IS_LEARNING_LINE_PAGE (self));

  self->group_id = MAX (group_id, 0);
  self->learner_id = MAX (learner_id, 0);
  duaal_live_view_set_subject (GTK_WIDGET (self), self->group_id, self->learner_id);
  duaal_learning_line_page_load (self);
}

gint64
duaal_learning_line_page_get_group (DuaalLearningLinePage *self)
{
  g_return_val_if_fail (DUAAL_IS_LEARNING_LINE_PAGE (self), 0);
  return self->group_id;
}

gint64
duaal_learning_line_page_get_learner (DuaalLearningLinePage *self)
{
  g_return_val_if_fail (DUAAL_IS_LEARNING_LINE_PAGE (self), 0);
  return self->learner_id;
}

DuaalLearningLineView *
duaal_learning_line_page_get_view (DuaalLearningLinePage *self)
{
  g_return_val_if_fail (DUAAL_IS_LEARNING_LINE_PAGE (self), NULL);
  return self->view;
}

/* ---- actions -------------------------------------------------------- */

/* learning-line.add-context and .add-scenario: the dialog for a new one. */
static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  DuaalLearningLinePage *self = DUAAL_LEARNING_LINE_PAGE (widget);
  DuaalCcvDialog *dialog;

  if (self->qualification == NULL)
    return;
  if (g_str_equal (action_name, "learning-line.add-context"))
    dialog = duaal_ccv_dialog_new_for_context (parent_window (self), self->store, self->qualification, NULL);
  else
    dialog = duaal_ccv_dialog_new_for_scenario (parent_window (self), self->store, self->qualification, NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
plans_from_contexts_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  DuaalLearningLinePage *self = DUAAL_LEARNING_LINE_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (!duaal_learning_line_page_plans_from_contexts (self, &error))
    show_error (self, _("Could not make the training plans again"), error);
  else
    adw_toast_overlay_add_toast (self->toast_overlay,
                                 adw_toast_new (_("Training plans made again from the offered contexts")));
}

gboolean
duaal_learning_line_page_export (DuaalLearningLinePage  *self,
                                 const char             *path,
                                 GError                **error)
{
  g_return_val_if_fail (DUAAL_IS_LEARNING_LINE_PAGE (self), FALSE);
  return duaal_learning_line_view_export (self->view, path, error);
}

static void
on_export_response (GtkNativeDialog       *chooser,
                    int                    response,
                    DuaalLearningLinePage *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT && (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL)
    {
      path = g_file_get_path (file);
      if (!duaal_learning_line_page_export (self, path, &error))
        show_error (self, _("Could not export the chart"), error);
    }
  g_clear_object (&self->chooser);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DuaalLearningLinePage *self = DUAAL_LEARNING_LINE_PAGE (widget);

  if (self->chooser != NULL)
    return;
  self->chooser = gtk_file_chooser_native_new (_("Export the learning line"), parent_window (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  /* Translators: the file name proposed; the extension (.pdf, .png or .svg) chooses the format */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), _("learning-line.pdf"));
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_export_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* ---- GObject -------------------------------------------------------- */

GtkWidget *
duaal_learning_line_page_new (DuaalStore *store)
{
  DuaalLearningLinePage *self;

  g_return_val_if_fail (DUAAL_IS_STORE (store), NULL);

  self = g_object_new (DUAAL_TYPE_LEARNING_LINE_PAGE, NULL);
  self->store = g_object_ref (store);
  duaal_live_view_follow (GTK_WIDGET (self), store, duaal_learning_line_page_update);
  return GTK_WIDGET (self);
}

static void
duaal_learning_line_page_dispose (GObject *object)
{
  DuaalLearningLinePage *self = DUAAL_LEARNING_LINE_PAGE (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (duaal_learning_line_page_parent_class)->dispose (object);
}

static void
duaal_learning_line_page_finalize (GObject *object)
{
  DuaalLearningLinePage *self = DUAAL_LEARNING_LINE_PAGE (object);

  g_clear_object (&self->qualification);
  g_clear_pointer (&self->contexts, g_ptr_array_unref);
  g_clear_pointer (&self->scenarios, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->learner_ids, g_array_unref);
  g_free (self->uncovered_text);

  G_OBJECT_CLASS (duaal_learning_line_page_parent_class)->finalize (object);
}

static void
duaal_learning_line_page_class_init (DuaalLearningLinePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = duaal_learning_line_page_dispose;
  object_class->finalize = duaal_learning_line_page_finalize;

  g_type_ensure (DUAAL_TYPE_LEARNING_LINE_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Duaal/ui/duaal-learning-line-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DuaalLearningLinePage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, DuaalLearningLinePage, stack);
  gtk_widget_class_bind_template_child (widget_class, DuaalLearningLinePage, status_page);
  gtk_widget_class_bind_template_child (widget_class, DuaalLearningLinePage, learner_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DuaalLearningLinePage, learner_names);
  gtk_widget_class_bind_template_child (widget_class, DuaalLearningLinePage, view);
  gtk_widget_class_bind_template_child (widget_class, DuaalLearningLinePage, contexts_group);
  gtk_widget_class_bind_template_child (widget_class, DuaalLearningLinePage, companies_group);
  gtk_widget_class_bind_template_child (widget_class, DuaalLearningLinePage, scenarios_group);

  gtk_widget_class_install_action (widget_class, "learning-line.add-context", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "learning-line.add-scenario", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "learning-line.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "learning-line.plans-from-contexts", NULL,
                                   plans_from_contexts_action);
}

static void
duaal_learning_line_page_init (DuaalLearningLinePage *self)
{
  self->rows = g_ptr_array_new ();
  self->learner_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_widget_init_template (GTK_WIDGET (self));
  duaal_accessible_init_controls (GTK_WIDGET (self));
  g_signal_connect_object (self->learner_dropdown, "notify::selected",
                           G_CALLBACK (on_learner_selected), self, G_CONNECT_SWAPPED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "learning-line.export", FALSE);
}
