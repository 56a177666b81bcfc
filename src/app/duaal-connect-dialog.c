/* duaal-connect-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "duaal-application.h"
#include "duaal-connect-dialog-private.h"
#include "duaal-store-open.h"
#include "duaal-team-location.h"
#include "duaal-team-secret.h"

struct _DuaalConnectDialog
{
  AdwWindow     parent_instance;

  GSettings    *settings;
  GCancellable *cancellable;
  char         *error_message;
  gboolean      busy;

  GtkWidget    *server_row;
  GtkWidget    *database_row;
  GtkWidget    *login_row;
  GtkWidget    *password_row;
  GtkWidget    *remember_switch;
  GtkWidget    *connect_button;
  GtkWidget    *spinner;
  GtkWidget    *error_label;
};

G_DEFINE_FINAL_TYPE (DuaalConnectDialog, duaal_connect_dialog, ADW_TYPE_WINDOW)

/* What one attempt needs, copied so the fields may change meanwhile. */
typedef struct {
  char *server;
  char *database;
  char *login;
  char *password;
  char *location;    /* without the password: shown and remembered */
} Attempt;

static void
attempt_free (Attempt *attempt)
{
  g_free (attempt->server);
  g_free (attempt->database);
  g_free (attempt->login);
  if (attempt->password != NULL)
    memset (attempt->password, 0, strlen (attempt->password));
  g_free (attempt->password);
  g_free (attempt->location);
  g_free (attempt);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Attempt, attempt_free)

static char *
field_text (GtkWidget *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static void
duaal_connect_dialog_set_busy (DuaalConnectDialog *self,
                               gboolean            busy)
{
  self->busy = busy;
  gtk_widget_set_visible (self->spinner, busy);
  gtk_spinner_set_spinning (GTK_SPINNER (self->spinner), busy);
  gtk_widget_set_sensitive (self->connect_button, !busy);
}

static void
duaal_connect_dialog_show_error (DuaalConnectDialog *self,
                                 const char         *message)
{
  g_free (self->error_message);
  self->error_message = g_strdup (message);
  gtk_label_set_text (GTK_LABEL (self->error_label), message);
  gtk_widget_set_visible (self->error_label, message != NULL);
}

/* In a thread: connecting to a server far away may take seconds. */
static void
open_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Attempt *attempt = task_data;
  g_autofree char *conninfo = duaal_team_location_with_password (attempt->location, attempt->password);
  GError *error = NULL;
  DuaalStore *store = duaal_store_open_existing (conninfo, &error);

  if (conninfo != NULL)
    memset (conninfo, 0, strlen (conninfo));
  if (store == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, store, g_object_unref);
}

static void
on_password_stored (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  /* The connection stands; only the next start asks for the password again. */
  if (!duaal_team_secret_store_finish (result, &error))
    g_message ("The password was not kept in the keyring: %s", error->message);
}

static void
duaal_connect_dialog_remember (DuaalConnectDialog *self,
                               Attempt            *attempt)
{
  g_settings_set_string (self->settings, "team-server", attempt->server);
  g_settings_set_string (self->settings, "team-database", attempt->database);
  g_settings_set_string (self->settings, "team-login", attempt->login);
  if (gtk_switch_get_active (GTK_SWITCH (self->remember_switch)) && attempt->password[0] != '\0')
    duaal_team_secret_store (attempt->server, attempt->database, attempt->login, attempt->password,
                             NULL, on_password_stored, NULL);
}

static void
on_opened (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  DuaalConnectDialog *self = DUAAL_CONNECT_DIALOG (source);
  GTask *task = G_TASK (result);
  Attempt *attempt = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalStore) store = g_task_propagate_pointer (task, &error);
  GtkApplication *application;

  duaal_connect_dialog_set_busy (self, FALSE);
  if (store == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        duaal_connect_dialog_show_error (self, error->message);
      return;
    }
  duaal_connect_dialog_remember (self, attempt);
  application = gtk_window_get_application (GTK_WINDOW (self));
  if (application == NULL)
    application = GTK_APPLICATION (g_application_get_default ());
  duaal_application_use_store (DUAAL_APPLICATION (application), store, attempt->location);
  gtk_window_destroy (GTK_WINDOW (self));
}

void
duaal_connect_dialog_connect (DuaalConnectDialog *self)
{
  g_autoptr(Attempt) attempt = g_new0 (Attempt, 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (DUAAL_IS_CONNECT_DIALOG (self));

  if (self->busy)
    return;
  attempt->server = field_text (self->server_row);
  attempt->database = field_text (self->database_row);
  attempt->login = field_text (self->login_row);
  attempt->password = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->password_row)));
  attempt->location = duaal_team_location_build (attempt->server, 0, attempt->database,
                                                 attempt->login, NULL, &error);
  if (attempt->location == NULL)
    {
      duaal_connect_dialog_show_error (self, error->message);
      return;
    }

  duaal_connect_dialog_show_error (self, NULL);
  duaal_connect_dialog_set_busy (self, TRUE);
  task = g_task_new (self, self->cancellable, on_opened, NULL);
  g_task_set_source_tag (task, duaal_connect_dialog_connect);
  g_task_set_task_data (task, g_steal_pointer (&attempt), (GDestroyNotify) attempt_free);
  g_task_run_in_thread (task, open_in_thread);
}

void
duaal_connect_dialog_fill (DuaalConnectDialog *self,
                           const char         *server,
                           const char         *database,
                           const char         *login,
                           const char         *password)
{
  g_return_if_fail (DUAAL_IS_CONNECT_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->server_row), server);
  gtk_editable_set_text (GTK_EDITABLE (self->database_row), database);
  gtk_editable_set_text (GTK_EDITABLE (self->login_row), login);
  gtk_editable_set_text (GTK_EDITABLE (self->password_row), password);
}

const char *
duaal_connect_dialog_get_error (DuaalConnectDialog *self)
{
  g_return_val_if_fail (DUAAL_IS_CONNECT_DIALOG (self), NULL);
  return self->error_message;
}

gboolean
duaal_connect_dialog_is_busy (DuaalConnectDialog *self)
{
  g_return_val_if_fail (DUAAL_IS_CONNECT_DIALOG (self), FALSE);
  return self->busy;
}

static void
on_password_found (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(DuaalConnectDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *password = duaal_team_secret_lookup_finish (result, &error);

  /* No keyring (or none unlocked) only means typing the password. */
  if (error != NULL)
    g_debug ("%s", error->message);
  else if (password != NULL && gtk_editable_get_text (GTK_EDITABLE (self->password_row))[0] == '\0')
    gtk_editable_set_text (GTK_EDITABLE (self->password_row), password);
  if (password != NULL)
    memset (password, 0, strlen (password));
}

/* The last connection, and its password when the keyring has it. */
static void
duaal_connect_dialog_fill_in (DuaalConnectDialog *self)
{
  g_autofree char *server = g_settings_get_string (self->settings, "team-server");
  g_autofree char *database = g_settings_get_string (self->settings, "team-database");
  g_autofree char *login = g_settings_get_string (self->settings, "team-login");

  gtk_editable_set_text (GTK_EDITABLE (self->server_row), server);
  gtk_editable_set_text (GTK_EDITABLE (self->database_row), database);
  gtk_editable_set_text (GTK_EDITABLE (self->login_row), login);
  if (database[0] != '\0' && login[0] != '\0')
    duaal_team_secret_lookup (server, database, login, self->cancellable,
                              on_password_found, g_object_ref (self));
}

static void
duaal_connect_dialog_dispose (GObject *object)
{
  DuaalConnectDialog *self = DUAAL_CONNECT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  G_OBJECT_CLASS (duaal_connect_dialog_parent_class)->dispose (object);
}

static void
duaal_connect_dialog_finalize (GObject *object)
{
  DuaalConnectDialog *self = DUAAL_CONNECT_DIALOG (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->settings);
  g_free (self->error_message);
  G_OBJECT_CLASS (duaal_connect_dialog_parent_class)->finalize (object);
}

static void
duaal_connect_dialog_class_init (DuaalConnectDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = duaal_connect_dialog_dispose;
  object_class->finalize = duaal_connect_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Duaal/ui/duaal-connect-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DuaalConnectDialog, server_row);
  gtk_widget_class_bind_template_child (widget_class, DuaalConnectDialog, database_row);
  gtk_widget_class_bind_template_child (widget_class, DuaalConnectDialog, login_row);
  gtk_widget_class_bind_template_child (widget_class, DuaalConnectDialog, password_row);
  gtk_widget_class_bind_template_child (widget_class, DuaalConnectDialog, remember_switch);
  gtk_widget_class_bind_template_child (widget_class, DuaalConnectDialog, connect_button);
  gtk_widget_class_bind_template_child (widget_class, DuaalConnectDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, DuaalConnectDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, duaal_connect_dialog_connect);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
duaal_connect_dialog_init (DuaalConnectDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->settings = g_settings_new (APPLICATION_ID);
  self->cancellable = g_cancellable_new ();
  duaal_connect_dialog_fill_in (self);
}

DuaalConnectDialog *
duaal_connect_dialog_new (GtkWindow *parent)
{
  return g_object_new (DUAAL_TYPE_CONNECT_DIALOG,
                       "transient-for", parent,
                       "application", parent != NULL ? gtk_window_get_application (parent) : NULL,
                       NULL);
}
