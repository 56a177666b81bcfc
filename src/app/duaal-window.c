/* duaal-window.c: the main window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "duaal-error.h"
#include "duaal-learner-page.h"
#include "duaal-qualification-import.h"
#include "duaal-sidebar.h"
#include "duaal-window.h"

struct _DuaalWindow
{
  AdwApplicationWindow  parent_instance;

  DuaalStore           *store;
  GSettings            *settings;
  GtkFileChooserNative *file_chooser;
  DuaalSidebar         *sidebar;        /* (nullable): without a store */
  DuaalLearnerPage     *learner_page;   /* (nullable): without a store */

  /* template children */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *stack;
  AdwStatusPage        *error_page;
  AdwLeaflet           *leaflet;
  GtkSeparator         *sidebar_separator;
  GtkBox               *sidebar_box;
  GtkStack             *content_stack;
  GtkButton            *back_button;
};

G_DEFINE_FINAL_TYPE (DuaalWindow, duaal_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  STORE_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];


DuaalStore *
duaal_window_get_store (DuaalWindow *self)
{
  g_return_val_if_fail (DUAAL_IS_WINDOW (self), NULL);

  return self->store;
}

const char *
duaal_window_get_visible_page (DuaalWindow *self)
{
  g_return_val_if_fail (DUAAL_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

GtkBox *
duaal_window_get_sidebar_box (DuaalWindow *self)
{
  g_return_val_if_fail (DUAAL_IS_WINDOW (self), NULL);

  return self->sidebar_box;
}

GtkStack *
duaal_window_get_content_stack (DuaalWindow *self)
{
  g_return_val_if_fail (DUAAL_IS_WINDOW (self), NULL);

  return self->content_stack;
}

AdwMessageDialog *
duaal_window_show_error (DuaalWindow  *self,
                         const char   *heading,
                         const GError *error)
{
  AdwMessageDialog *dialog;

  g_return_val_if_fail (DUAAL_IS_WINDOW (self), NULL);
  g_return_val_if_fail (error != NULL, NULL);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, error->message));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  adw_message_dialog_set_default_response (dialog, "close");
  adw_message_dialog_set_close_response (dialog, "close");
  gtk_window_present (GTK_WINDOW (dialog));

  return dialog;
}

static void
duaal_window_show_page_error (DuaalWindow  *self,
                              const char   *title,
                              const GError *error)
{
  adw_status_page_set_title (self->error_page, title);
  adw_status_page_set_description (self->error_page, error->message);
  gtk_stack_set_visible_child_name (self->stack, "error");
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self),
                                                                            "import-qualification")),
                               FALSE);
}

/* "main" as soon as there is a qualification to work with, else "empty". */
static void
duaal_window_update_page (DuaalWindow *self)
{
  g_autoptr(GPtrArray) qualifications = NULL;
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;

  qualifications = duaal_store_list_qualifications (self->store, &error);
  if (qualifications == NULL)
    {
      duaal_window_show_page_error (self, _("Cannot Read the Database"), error);
      return;
    }

  gtk_stack_set_visible_child_name (self->stack, qualifications->len > 0 ? "main" : "empty");
}

void
duaal_window_store_changed (DuaalWindow *self)
{
  g_return_if_fail (DUAAL_IS_WINDOW (self));

  duaal_window_update_page (self);
  g_signal_emit (self, signals[STORE_CHANGED], 0);
}

static void
duaal_window_toast_import (DuaalWindow        *self,
                           DuaalQualification *qualification,
                           DuaalImportStatus   status)
{
  g_autofree char *title = NULL;
  const char *name = duaal_qualification_get_title (qualification);

  switch (status)
    {
    case DUAAL_IMPORT_IMPORTED:
      title = g_strdup_printf (_("“%s” imported"), name);
      break;
    case DUAAL_IMPORT_UPDATED:
      title = g_strdup_printf (_("“%s” updated, scores kept"), name);
      break;
    case DUAAL_IMPORT_UNCHANGED:
    default:
      title = g_strdup_printf (_("“%s” was already imported"), name);
      break;
    }

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}

static gboolean
duaal_window_import_qualification_quietly (DuaalWindow  *self,
                                           GFile        *file,
                                           GError      **error)
{
  g_autoptr(DuaalQualification) qualification = NULL;
  g_autofree char *path = g_file_get_path (file);
  DuaalImportStatus status;

  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_IO,
                   _("%s is not a local file; copy it to this computer first"), uri);
      return FALSE;
    }

  qualification = duaal_qualification_import_file (path, error);
  if (qualification == NULL)
    return FALSE;

  if (!duaal_store_import_qualification (self->store, qualification, &status, error))
    return FALSE;

  duaal_window_toast_import (self, qualification, status);
  if (status != DUAAL_IMPORT_UNCHANGED)
    duaal_window_store_changed (self);
  return TRUE;
}

gboolean
duaal_window_import_qualification (DuaalWindow  *self,
                                   GFile        *file,
                                   GError      **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (DUAAL_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (self->store != NULL, FALSE);

  if (duaal_window_import_qualification_quietly (self, file, &local_error))
    return TRUE;

  duaal_window_show_error (self, _("Cannot Import the Qualification"), local_error);
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

static void
duaal_window_file_chooser_response (DuaalWindow          *self,
                                    int                   response,
                                    GtkFileChooserNative *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      duaal_window_import_qualification (self, file, NULL);
    }

  g_clear_object (&self->file_chooser);
}

static void
duaal_window_import_qualification_action (GSimpleAction *action,
                                          GVariant      *parameter,
                                          gpointer       user_data)
{
  DuaalWindow *self = DUAAL_WINDOW (user_data);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  if (self->file_chooser != NULL)
    return;

  gtk_file_filter_set_name (filter, _("Qualifications (XML)"));
  gtk_file_filter_add_pattern (filter, "*.xml");
  gtk_file_filter_add_pattern (filter, "*.XML");
  gtk_file_filter_add_mime_type (filter, "application/xml");

  self->file_chooser = gtk_file_chooser_native_new (_("Import Qualification"),
                                                    GTK_WINDOW (self),
                                                    GTK_FILE_CHOOSER_ACTION_OPEN,
                                                    _("_Import"),
                                                    _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->file_chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->file_chooser), filter);
  g_signal_connect_swapped (self->file_chooser, "response",
                            G_CALLBACK (duaal_window_file_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->file_chooser));
}

/* The size and maximized state follow GSettings both ways.  Without the
 * schema (running an uninstalled binary by hand) the window simply does
 * not remember them, rather than aborting. */
static void
duaal_window_bind_settings (DuaalWindow *self)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema == NULL)
    {
      g_message ("Schema %s not installed: the window size is not remembered", APPLICATION_ID);
      return;
    }

  self->settings = g_settings_new_full (schema, NULL, NULL);
  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
}

/* ---- the workspace: sidebar and learner's page ---- */

static void
duaal_window_show_learner (DuaalWindow *self,
                           gint64       learner_id)
{
  g_autoptr(GError) error = NULL;

  if (gtk_widget_in_destruction (GTK_WIDGET (self)))
    return;

  if (learner_id <= 0)
    {
      gtk_stack_set_visible_child_name (self->content_stack, "placeholder");
      return;
    }

  if (!duaal_learner_page_load (self->learner_page, learner_id, &error))
    {
      duaal_window_show_error (self, _("Cannot Open the Learner"), error);
      gtk_stack_set_visible_child_name (self->content_stack, "placeholder");
      return;
    }
  gtk_stack_set_visible_child_name (self->content_stack, "learner");
}

/* Clicked or Enter: on a narrow window the leaflet moves to the page. */
static void
duaal_window_learner_activated (DuaalWindow *self,
                                gint64       learner_id)
{
  if (duaal_learner_page_get_learner_id (self->learner_page) != learner_id)
    duaal_window_show_learner (self, learner_id);
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->content_stack));
}

static void
duaal_window_update_back_button (DuaalWindow *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->back_button),
                          adw_leaflet_get_folded (self->leaflet) &&
                          adw_leaflet_get_visible_child (self->leaflet) == GTK_WIDGET (self->content_stack));
}

static void
duaal_window_go_back (DuaalWindow *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* Everything may have changed: the sidebar first, then the page of the
 * learner still selected (or none, when they were removed). */
static void
duaal_window_reload_workspace (DuaalWindow *self)
{
  gint64 learner_id;

  duaal_sidebar_reload (self->sidebar);
  learner_id = duaal_sidebar_get_selected_learner (self->sidebar);
  if (learner_id > 0 && learner_id == duaal_learner_page_get_learner_id (self->learner_page))
    duaal_learner_page_reload (self->learner_page);
  else
    duaal_window_show_learner (self, learner_id);
}

static void
duaal_window_add_workspace (DuaalWindow *self)
{
  self->sidebar = DUAAL_SIDEBAR (duaal_sidebar_new (self->store));
  gtk_widget_set_vexpand (GTK_WIDGET (self->sidebar), TRUE);
  gtk_box_append (self->sidebar_box, GTK_WIDGET (self->sidebar));

  self->learner_page = DUAAL_LEARNER_PAGE (duaal_learner_page_new (self->store));
  gtk_stack_add_named (self->content_stack, GTK_WIDGET (self->learner_page), "learner");

  g_signal_connect_object (self->sidebar, "learner-selected",
                           G_CALLBACK (duaal_window_show_learner), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sidebar, "learner-activated",
                           G_CALLBACK (duaal_window_learner_activated), self, G_CONNECT_SWAPPED);
  /* The sidebar changed groups or learners: every view hears of it. */
  g_signal_connect_object (self->sidebar, "changed",
                           G_CALLBACK (duaal_window_store_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "store-changed", G_CALLBACK (duaal_window_reload_workspace), NULL);

  g_signal_connect_object (self->leaflet, "notify::folded",
                           G_CALLBACK (duaal_window_update_back_button), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->leaflet, "notify::visible-child",
                           G_CALLBACK (duaal_window_update_back_button), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->back_button, "clicked",
                           G_CALLBACK (duaal_window_go_back), self, G_CONNECT_SWAPPED);
}

DuaalSidebar *
duaal_window_get_sidebar (DuaalWindow *self)
{
  g_return_val_if_fail (DUAAL_IS_WINDOW (self), NULL);

  return self->sidebar;
}

DuaalLearnerPage *
duaal_window_get_learner_page (DuaalWindow *self)
{
  g_return_val_if_fail (DUAAL_IS_WINDOW (self), NULL);

  return self->learner_page;
}

/* The store, or the reason the database could not be opened. */
static void
duaal_window_take_store_from (DuaalWindow      *self,
                              DuaalApplication *application)
{
  const GError *open_error = duaal_application_get_open_error (application);

  if (open_error != NULL)
    {
      duaal_window_show_page_error (self, _("Cannot Open the Database"), open_error);
      return;
    }

  g_set_object (&self->store, duaal_application_get_store (application));
  duaal_window_add_workspace (self);
  duaal_window_update_page (self);
}

DuaalWindow *
duaal_window_new (DuaalApplication *application)
{
  DuaalWindow *self;

  g_return_val_if_fail (DUAAL_IS_APPLICATION (application), NULL);

  self = g_object_new (DUAAL_TYPE_WINDOW,
                       "application", application,
                       NULL);
  duaal_window_take_store_from (self, application);
  return self;
}

static void
duaal_window_dispose (GObject *object)
{
  DuaalWindow *self = DUAAL_WINDOW (object);

  if (self->file_chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->file_chooser));
  g_clear_object (&self->file_chooser);

  gtk_widget_dispose_template (GTK_WIDGET (self), DUAAL_TYPE_WINDOW);

  G_OBJECT_CLASS (duaal_window_parent_class)->dispose (object);
}

static void
duaal_window_finalize (GObject *object)
{
  DuaalWindow *self = DUAAL_WINDOW (object);

  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (duaal_window_parent_class)->finalize (object);
}

static void
duaal_window_class_init (DuaalWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = duaal_window_dispose;
  object_class->finalize = duaal_window_finalize;

  /**
   * DuaalWindow::store-changed:
   *
   * Something changed the store: every view reloads what it shows.
   */
  signals[STORE_CHANGED] =
    g_signal_new ("store-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Duaal/ui/duaal-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DuaalWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, DuaalWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, DuaalWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, DuaalWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, DuaalWindow, sidebar_separator);
  gtk_widget_class_bind_template_child (widget_class, DuaalWindow, sidebar_box);
  gtk_widget_class_bind_template_child (widget_class, DuaalWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, DuaalWindow, back_button);
}

static const GActionEntry win_actions[] = {
  { "import-qualification", duaal_window_import_qualification_action },
};

static void
duaal_window_init (DuaalWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  duaal_window_bind_settings (self);

  g_action_map_add_action_entries (G_ACTION_MAP (self), win_actions, G_N_ELEMENTS (win_actions), self);

  /* The separator is decoration: swiping back never stops on it. */
  adw_leaflet_page_set_navigatable (adw_leaflet_get_page (self->leaflet,
                                                          GTK_WIDGET (self->sidebar_separator)),
                                    FALSE);
}
