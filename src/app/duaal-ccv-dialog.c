/* duaal-ccv-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "duaal-ccv-dialog.h"

/* The free texts of each kind; a context has one, a scenario three. */
enum { TEXT_ACTIVITIES, TEXT_TEMPLATE, TEXT_OBJECTIVES, TEXT_COURSE, N_TEXTS };

struct _DuaalCcvDialog
{
  AdwWindow           parent_instance;

  DuaalStore         *store;
  DuaalQualification *qualification;
  gint64              id;           /* the context or scenario changed; 0: a new one */
  gboolean            scenario;     /* a scenario, else a context */
  GtkTextView        *texts[N_TEXTS];
  GPtrArray          *checks;       /* GtkCheckButton per competence */

  AdwWindowTitle     *window_title;
  GtkBox             *content_box;
  AdwEntryRow        *title_row;
  AdwActionRow       *sessions_row;
  GtkSpinButton      *sessions_spin;
  AdwPreferencesGroup *competences_group;
};

G_DEFINE_FINAL_TYPE (DuaalCcvDialog, duaal_ccv_dialog, ADW_TYPE_WINDOW)

/* A titled box of multi-line text, placed before the competences. */
static GtkTextView *
add_text (DuaalCcvDialog *self,
          const char     *heading,
          const char     *text)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = gtk_label_new_with_mnemonic (heading);
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *view = gtk_text_view_new ();

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), view);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_widget_set_size_request (view, -1, 72);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 6);
  if (text != NULL)
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text, -1);
  gtk_frame_set_child (GTK_FRAME (frame), view);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), frame);
  gtk_box_insert_child_after (self->content_box, box,
                              gtk_widget_get_prev_sibling (GTK_WIDGET (self->competences_group)));
  return GTK_TEXT_VIEW (view);
}

static char *
text_of (GtkTextView *view)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  if (view == NULL)
    return NULL;
  buffer = gtk_text_view_get_buffer (view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* A check per competence of the qualification, @chosen ones ticked. */
static void
add_competences (DuaalCcvDialog     *self,
                 const char * const *chosen)
{
  for (guint c = 0; c < duaal_qualification_get_n_competences (self->qualification); c++)
    {
      DuaalCompetence *competence = duaal_qualification_get_competence (self->qualification, c);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), duaal_competence_get_title (competence));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), duaal_competence_get_id (competence));
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      duaal_competence_get_title (competence), -1);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   chosen != NULL && g_strv_contains (chosen, duaal_competence_get_id (competence)));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_preferences_group_add (self->competences_group, row);
      g_ptr_array_add (self->checks, check);
    }
}

/* (transfer container) the ids ticked, NULL-terminated */
static GPtrArray *
chosen_competences (DuaalCcvDialog *self)
{
  GPtrArray *ids = g_ptr_array_new ();

  for (guint c = 0; c < self->checks->len; c++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->checks, c)))
      g_ptr_array_add (ids, (gpointer) duaal_competence_get_id (duaal_qualification_get_competence (self->qualification, c)));
  g_ptr_array_add (ids, NULL);
  return ids;
}

static DuaalCcvDialog *
dialog_new (GtkWindow          *parent,
            DuaalStore         *store,
            DuaalQualification *qualification,
            gboolean            scenario)
{
  DuaalCcvDialog *self = g_object_new (DUAAL_TYPE_CCV_DIALOG, "transient-for", parent, NULL);

  self->store = g_object_ref (store);
  self->qualification = g_object_ref (qualification);
  self->scenario = scenario;
  gtk_widget_set_visible (GTK_WIDGET (self->sessions_row), scenario);
  adw_window_title_set_subtitle (self->window_title, duaal_qualification_get_title (qualification));
  return self;
}

DuaalCcvDialog *
duaal_ccv_dialog_new_for_context (GtkWindow          *parent,
                                  DuaalStore         *store,
                                  DuaalQualification *qualification,
                                  DuaalContext       *context)
{
  DuaalCcvDialog *self = dialog_new (parent, store, qualification, FALSE);

  adw_window_title_set_title (self->window_title, context != NULL ? _("Change Context") : _("New Context"));
  gtk_window_set_title (GTK_WINDOW (self), context != NULL ? _("Change Context") : _("New Context"));
  self->texts[TEXT_ACTIVITIES] = add_text (self, _("_Activities"),
                                           context != NULL ? duaal_context_get_activities (context) : NULL);
  add_competences (self, context != NULL ? duaal_context_get_competences (context) : NULL);
  if (context != NULL)
    {
      self->id = duaal_context_get_id (context);
      gtk_editable_set_text (GTK_EDITABLE (self->title_row), duaal_context_get_title (context));
    }
  adw_preferences_group_set_description (self->competences_group, _("The competences this context offers"));
  return self;
}

DuaalCcvDialog *
duaal_ccv_dialog_new_for_scenario (GtkWindow          *parent,
                                   DuaalStore         *store,
                                   DuaalQualification *qualification,
                                   DuaalScenario      *scenario)
{
  DuaalCcvDialog *self = dialog_new (parent, store, qualification, TRUE);

  adw_window_title_set_title (self->window_title, scenario != NULL ? _("Change Lesson Scenario")
                                                                   : _("New Lesson Scenario"));
  gtk_window_set_title (GTK_WINDOW (self), scenario != NULL ? _("Change Lesson Scenario") : _("New Lesson Scenario"));
  self->texts[TEXT_TEMPLATE] = add_text (self, _("Lesson _template"),
                                         scenario != NULL ? duaal_scenario_get_template (scenario) : NULL);
  self->texts[TEXT_OBJECTIVES] = add_text (self, _("_Objectives"),
                                           scenario != NULL ? duaal_scenario_get_objectives (scenario) : NULL);
  self->texts[TEXT_COURSE] = add_text (self, _("C_ourse of the lesson"),
                                       scenario != NULL ? duaal_scenario_get_course (scenario) : NULL);
  add_competences (self, scenario != NULL ? duaal_scenario_get_competences (scenario) : NULL);
  if (scenario != NULL)
    {
      self->id = duaal_scenario_get_id (scenario);
      gtk_editable_set_text (GTK_EDITABLE (self->title_row), duaal_scenario_get_title (scenario));
      gtk_spin_button_set_value (self->sessions_spin, duaal_scenario_get_sessions (scenario));
    }
  adw_preferences_group_set_description (self->competences_group, _("The competences this scenario aims at"));
  return self;
}

void
duaal_ccv_dialog_set_title_text (DuaalCcvDialog *self,
                                 const char     *title)
{
  g_return_if_fail (DUAAL_IS_CCV_DIALOG (self));
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), title);
}

gboolean
duaal_ccv_dialog_set_competence (DuaalCcvDialog *self,
                                 const char     *competence_id,
                                 gboolean        chosen)
{
  g_return_val_if_fail (DUAAL_IS_CCV_DIALOG (self), FALSE);

  for (guint c = 0; c < self->checks->len; c++)
    if (g_str_equal (duaal_competence_get_id (duaal_qualification_get_competence (self->qualification, c)),
                     competence_id))
      {
        gtk_check_button_set_active (g_ptr_array_index (self->checks, c), chosen);
        return TRUE;
      }
  return FALSE;
}

void
duaal_ccv_dialog_set_sessions (DuaalCcvDialog *self,
                               guint           sessions)
{
  g_return_if_fail (DUAAL_IS_CCV_DIALOG (self));
  gtk_spin_button_set_value (self->sessions_spin, sessions);
}

static gboolean
save_scenario (DuaalCcvDialog      *self,
               const char          *title,
               const char * const  *competences,
               GError             **error)
{
  g_autofree char *template_name = text_of (self->texts[TEXT_TEMPLATE]);
  g_autofree char *objectives = text_of (self->texts[TEXT_OBJECTIVES]);
  g_autofree char *course = text_of (self->texts[TEXT_COURSE]);
  DuaalScenarioTexts texts = {
    .title = title, .template_name = template_name, .objectives = objectives, .course = course,
    .sessions = (guint) gtk_spin_button_get_value_as_int (self->sessions_spin),
  };

  if (self->id != 0)
    return duaal_store_update_scenario (self->store, self->id, &texts, competences, error);
  return duaal_store_add_scenario (self->store, duaal_qualification_get_code (self->qualification),
                                   duaal_qualification_get_version (self->qualification),
                                   &texts, competences, error) != 0;
}

gboolean
duaal_ccv_dialog_save (DuaalCcvDialog  *self,
                       GError         **error)
{
  g_autoptr(GPtrArray) competences = chosen_competences (self);
  const char * const *ids = (const char * const *) competences->pdata;
  const char *title = gtk_editable_get_text (GTK_EDITABLE (self->title_row));
  g_autofree char *activities = NULL;
  gboolean saved;

  g_return_val_if_fail (DUAAL_IS_CCV_DIALOG (self), FALSE);

  if (self->scenario)
    saved = save_scenario (self, title, ids, error);
  else
    {
      activities = text_of (self->texts[TEXT_ACTIVITIES]);
      saved = self->id != 0
        ? duaal_store_update_context (self->store, self->id, title, activities, ids, error)
        : duaal_store_add_context (self->store, duaal_qualification_get_code (self->qualification),
                                   duaal_qualification_get_version (self->qualification),
                                   title, activities, ids, 0, error) != 0;
    }
  if (saved)
    gtk_window_close (GTK_WINDOW (self));
  return saved;
}

static void
on_save_clicked (DuaalCcvDialog *self)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *message;

  if (duaal_ccv_dialog_save (self, &error))
    return;
  message = adw_message_dialog_new (GTK_WINDOW (self), _("Could not save"), error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (message), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (message));
}

static void
duaal_ccv_dialog_finalize (GObject *object)
{
  DuaalCcvDialog *self = DUAAL_CCV_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->qualification);
  g_clear_pointer (&self->checks, g_ptr_array_unref);

  G_OBJECT_CLASS (duaal_ccv_dialog_parent_class)->finalize (object);
}

static void
duaal_ccv_dialog_class_init (DuaalCcvDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = duaal_ccv_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Duaal/ui/duaal-ccv-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DuaalCcvDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, DuaalCcvDialog, content_box);
  gtk_widget_class_bind_template_child (widget_class, DuaalCcvDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, DuaalCcvDialog, sessions_row);
  gtk_widget_class_bind_template_child (widget_class, DuaalCcvDialog, sessions_spin);
  gtk_widget_class_bind_template_child (widget_class, DuaalCcvDialog, competences_group);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
duaal_ccv_dialog_init (DuaalCcvDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->checks = g_ptr_array_new ();
}
