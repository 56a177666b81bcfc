/* duaal-visits-page.c: a class group's workplace visits (SPEC 15)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "duaal-accessible.h"
#include "duaal-coach-view-private.h"
#include "duaal-error.h"
#include "duaal-input.h"
#include "duaal-evaluation-report.h"
#include "duaal-live-view-private.h"
#include "duaal-tooltip.h"
#include "duaal-visit-agenda.h"
#include "duaal-visits-page.h"

struct _DuaalVisitsPage
{
  AdwBin      parent_instance;

  DuaalStore *store;
  gint64      group_id;
  GDate       today;        /* invalid: the real today */
  guint       n_overdue;
  GArray     *learner_ids;  /* gint64, by the learner dropdown's position */
  gint64      agenda_learner;
  GtkFileChooserNative *chooser;

  GtkLabel    *title_label;
  GtkLabel    *subtitle_label;
  GtkDropDown *learner_dropdown;
  GtkEntry    *date_entry;
  GtkEntry    *notes_entry;
  GtkGrid     *grid;
};

G_DEFINE_FINAL_TYPE (DuaalVisitsPage, duaal_visits_page, ADW_TYPE_BIN)

static GtkWidget *
day_label (const GDate *day)
{
  g_autofree char *text = g_date_valid (day) ? duaal_period_date_to_text (day) : NULL;

  return duaal_coach_view_label (text != NULL ? text : _("Never"), text != NULL ? NULL : "dim-label", NULL);
}

static void
attach_headers (DuaalVisitsPage *self)
{
  const char *headers[] = { _("Learner"), _("Company"), _("Last visit"), _("Next visit due"), _("Status"),
                            _("Early warnings") };

  for (guint i = 0; i < G_N_ELEMENTS (headers); i++)
    gtk_grid_attach (self->grid, duaal_coach_view_label (headers[i], "heading", NULL), i, 0, 1, 1);
}

static void on_agenda_clicked (GtkButton *button, DuaalVisitsPage *self);

/* A row's button that writes the learner's visit agenda (PDF). */
static GtkWidget *
agenda_button (DuaalVisitsPage *self,
               DuaalLearner    *learner)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("document-save-symbolic");
  /* Translators: the tooltip of a learner's agenda button: "Visit agenda of Jonas Peeters…" */
  g_autofree char *tooltip = g_strdup_printf (_("Visit agenda of %s…"), duaal_learner_get_name (learner));
  gint64 id = duaal_learner_get_id (learner);

  duaal_widget_set_tooltip (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_object_set_data_full (G_OBJECT (button), "duaal-learner", g_memdup2 (&id, sizeof id), g_free);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_agenda_clicked), self, 0);
  return button;
}

static void
attach_learner (DuaalVisitsPage              *self,
                guint                         row,
                DuaalLearner                 *learner,
                const DuaalVisitStatus       *status,
                const DuaalLearnerEvaluation *evaluation)
{
  GtkWidget *state = duaal_coach_view_label (status->overdue ? _("Overdue") : _("On time"),
                                             status->overdue ? "error" : "success", NULL);
  g_autofree char *warnings = NULL;
  GtkWidget *name = duaal_coach_view_label (duaal_learner_get_name (learner), NULL);

  if (evaluation != NULL && evaluation->cannot_qualify)
    {
      g_autofree char *text = g_strdup_printf ("%s · %s", duaal_learner_get_name (learner), _("Cannot qualify"));

      gtk_label_set_text (GTK_LABEL (name), text);
      gtk_widget_add_css_class (name, "error");
    }
  gtk_grid_attach (self->grid, name, 0, row, 1, 1);
  gtk_grid_attach (self->grid, duaal_coach_view_label (duaal_learner_get_company_name (learner), "dim-label", NULL),
                   1, row, 1, 1);
  gtk_grid_attach (self->grid, day_label (&status->last), 2, row, 1, 1);
  gtk_grid_attach (self->grid, day_label (&status->due), 3, row, 1, 1);
  gtk_grid_attach (self->grid, state, 4, row, 1, 1);
  warnings = g_strdup_printf ("%u", evaluation != NULL ? evaluation->n_warnings : 0);
  gtk_grid_attach (self->grid, duaal_coach_view_label (warnings, "numeric",
                                                       evaluation != NULL && evaluation->n_warnings > 0
                                                       ? "warning" : "dim-label", NULL),
                   5, row, 1, 1);
  gtk_grid_attach (self->grid, agenda_button (self, learner), 6, row, 1, 1);
}

/* The form's learners, keeping the one chosen when still there. */
static void
fill_learners (DuaalVisitsPage *self,
               GPtrArray       *learners)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint selected = gtk_drop_down_get_selected (self->learner_dropdown);
  gint64 chosen = selected < self->learner_ids->len ? g_array_index (self->learner_ids, gint64, selected) : 0;

  g_array_set_size (self->learner_ids, 0);
  selected = 0;
  for (guint i = 0; i < learners->len; i++)
    {
      DuaalLearner *learner = g_ptr_array_index (learners, i);
      gint64 id = duaal_learner_get_id (learner);

      if (id == chosen)
        selected = i;
      g_array_append_val (self->learner_ids, id);
      gtk_string_list_append (names, duaal_learner_get_name (learner));
    }
  gtk_drop_down_set_model (self->learner_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->learner_dropdown, selected);
}

static void
reload (DuaalVisitsPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalClassGroup) group = NULL;
  g_autoptr(GPtrArray) learners = NULL;
  g_autoptr(GPtrArray) visits = NULL;
  g_autoptr(GHashTable) summary = NULL;
  GDate today = self->today;

  self->n_overdue = 0;
  gtk_label_set_text (self->title_label, "");
  if (self->store == NULL || self->group_id <= 0)
    {
      duaal_coach_view_grid_message (self->grid, _("No class group chosen"));
      return;
    }
  if (!g_date_valid (&today))
    duaal_evaluation_today (&today);
  group = duaal_store_get_group (self->store, self->group_id, &error);
  if (group != NULL)
    learners = duaal_store_list_learners (self->store, self->group_id, &error);
  if (learners != NULL)
    visits = duaal_evaluation_list_visit_status (self->store, self->group_id, &today, &error);
  if (visits != NULL)
    summary = duaal_evaluation_summarize (self->store, self->group_id, &today, &error);
  if (summary == NULL)
    {
      duaal_coach_view_grid_message (self->grid, error->message);
      return;
    }

  gtk_label_set_text (self->title_label, duaal_class_group_get_name (group));
  fill_learners (self, learners);
  duaal_coach_view_clear_grid (self->grid);
  attach_headers (self);
  /* Both lists are in the group's order of learners. */
  for (guint i = 0; i < learners->len && i < visits->len; i++)
    {
      DuaalLearner *learner = g_ptr_array_index (learners, i);
      DuaalLearnerVisits *entry = g_ptr_array_index (visits, i);
      gint64 id = duaal_learner_get_id (learner);

      attach_learner (self, 1 + i, learner, &entry->status, g_hash_table_lookup (summary, &id));
      if (entry->status.overdue)
        self->n_overdue++;
    }
}

static void
update (GtkWidget *widget)
{
  reload (DUAAL_VISITS_PAGE (widget));
}

static void
on_record_clicked (DuaalVisitsPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->learner_dropdown);
  g_autoptr(GError) error = NULL;

  if (selected >= self->learner_ids->len)
    return;
  if (!duaal_visits_page_record_visit (self, g_array_index (self->learner_ids, gint64, selected),
                                       gtk_editable_get_text (GTK_EDITABLE (self->date_entry)),
                                       gtk_editable_get_text (GTK_EDITABLE (self->notes_entry)), &error))
    {
      duaal_coach_view_show_error (GTK_WIDGET (self), _("The Visit Cannot Be Recorded"), error);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->notes_entry), "");
}

static void
on_agenda_response (GtkNativeDialog *chooser,
                    int              response,
                    DuaalVisitsPage *self)
{
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (!duaal_visits_page_write_agenda (self, self->agenda_learner, file, &error))
        duaal_coach_view_show_error (GTK_WIDGET (self), _("Could not write the visit agenda"), error);
    }
  g_clear_object (&self->chooser);
}

static void
on_agenda_clicked (GtkButton       *button,
                   DuaalVisitsPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  gint64 *learner_id = g_object_get_data (G_OBJECT (button), "duaal-learner");

  self->agenda_learner = *learner_id;
  self->chooser = gtk_file_chooser_native_new (_("Save the Visit Agenda"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  /* Translators: the suggested file name of a visit agenda */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), _("visit agenda.pdf"));
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_agenda_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
duaal_visits_page_dispose (GObject *object)
{
  DuaalVisitsPage *self = DUAAL_VISITS_PAGE (object);

  g_clear_object (&self->chooser);
  g_clear_object (&self->store);
  g_clear_pointer (&self->learner_ids, g_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), DUAAL_TYPE_VISITS_PAGE);
  G_OBJECT_CLASS (duaal_visits_page_parent_class)->dispose (object);
}

static void
duaal_visits_page_class_init (DuaalVisitsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = duaal_visits_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Duaal/ui/duaal-visits-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DuaalVisitsPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, DuaalVisitsPage, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, DuaalVisitsPage, grid);
  gtk_widget_class_bind_template_child (widget_class, DuaalVisitsPage, learner_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DuaalVisitsPage, date_entry);
  gtk_widget_class_bind_template_child (widget_class, DuaalVisitsPage, notes_entry);
  gtk_widget_class_bind_template_callback (widget_class, on_record_clicked);
}

static void
duaal_visits_page_init (DuaalVisitsPage *self)
{
  GDate today;
  g_autofree char *today_text = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  duaal_accessible_init_controls (GTK_WIDGET (self));
  g_date_clear (&self->today, 1);
  self->learner_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  duaal_evaluation_today (&today);
  today_text = duaal_period_date_to_text (&today);
  gtk_editable_set_text (GTK_EDITABLE (self->date_entry), today_text);
}

GtkWidget *
duaal_visits_page_new (DuaalStore *store)
{
  DuaalVisitsPage *self;

  g_return_val_if_fail (store == NULL || DUAAL_IS_STORE (store), NULL);

  self = g_object_new (DUAAL_TYPE_VISITS_PAGE, NULL);
  self->store = duaal_live_view_follow_store (GTK_WIDGET (self), store, update);
  reload (self);
  return GTK_WIDGET (self);
}

void
duaal_visits_page_set_group (DuaalVisitsPage *self,
                             gint64           group_id)
{
  g_return_if_fail (DUAAL_IS_VISITS_PAGE (self));

  if (self->group_id == group_id)
    return;
  self->group_id = group_id;
  duaal_live_view_set_subject (GTK_WIDGET (self), group_id, 0);
  reload (self);
}

gint64
duaal_visits_page_get_group (DuaalVisitsPage *self)
{
  g_return_val_if_fail (DUAAL_IS_VISITS_PAGE (self), 0);
  return self->group_id;
}

void
duaal_visits_page_set_today (DuaalVisitsPage *self,
                             const GDate     *today)
{
  g_return_if_fail (DUAAL_IS_VISITS_PAGE (self));

  g_date_clear (&self->today, 1);
  if (today != NULL)
    self->today = *today;
  reload (self);
}

guint
duaal_visits_page_count_overdue (DuaalVisitsPage *self)
{
  g_return_val_if_fail (DUAAL_IS_VISITS_PAGE (self), 0);
  return self->n_overdue;
}

gboolean
duaal_visits_page_record_visit (DuaalVisitsPage  *self,
                                gint64            learner_id,
                                const char       *day_text,
                                const char       *notes,
                                GError          **error)
{
  g_autoptr(GDate) day = NULL;
  g_autofree char *clean_notes = NULL;

  g_return_val_if_fail (DUAAL_IS_VISITS_PAGE (self), FALSE);

  day = day_text != NULL ? duaal_period_date_from_text (day_text) : NULL;
  if (day == NULL)
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID, _("“%s” is not a date"), day_text != NULL ? day_text : "");
      return FALSE;
    }
  if (!duaal_input_clean_comment (notes, &clean_notes, error))
    return FALSE;
  return duaal_store_add_visit (self->store, learner_id, day, clean_notes, error) > 0;
}

gboolean
duaal_visits_page_write_agenda (DuaalVisitsPage  *self,
                                gint64            learner_id,
                                GFile            *file,
                                GError          **error)
{
  g_autofree char *path = NULL;
  GDate today = self->today;

  g_return_val_if_fail (DUAAL_IS_VISITS_PAGE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error_literal (error, DUAAL_ERROR, DUAAL_ERROR_IO, _("The visit agenda can only be saved to a local file"));
      return FALSE;
    }
  if (!g_date_valid (&today))
    duaal_evaluation_today (&today);
  return duaal_visit_agenda_write_pdf (self->store, learner_id, &today, path, error) > 0;
}
