/* duaal-application.c: the application, owner of the store
 *
 * One instance per session: opening Duaal a second time presents the
 * window of the first.  The store is opened on the first activation, so
 * that a second instance never touches the database.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "duaal-application.h"
#include "duaal-connect-dialog.h"
#include "duaal-pg-store.h"
#include "duaal-sqlite-backup.h"
#include "duaal-sqlite-store.h"
#include "duaal-store-open.h"
#include "duaal-window.h"

struct _DuaalApplication
{
  AdwApplication  parent_instance;

  char           *database_path;
  DuaalStore     *store;
  GError         *open_error;
  gboolean        checking;               /* the start-up check runs in a thread */
  guint64         background_check_size;
};

/* A training centre's database (hundreds of MB) takes seconds to check:
 * from this size on the window shows at once and says it is checking. */
#define DEFAULT_BACKGROUND_CHECK_SIZE (G_GUINT64_CONSTANT (16) * 1024 * 1024)

G_DEFINE_FINAL_TYPE (DuaalApplication, duaal_application, ADW_TYPE_APPLICATION)

enum {
  PROP_0,
  PROP_DATABASE_PATH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const GOptionEntry option_entries[] = {
  { "database", 'd', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Open the database in FILE instead of the default one"), N_("FILE") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and quit"), NULL },
  { NULL }
};

DuaalApplication *
duaal_application_new (const char       *database_path,
                       GApplicationFlags flags)
{
  return g_object_new (DUAAL_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", flags,
                       "resource-base-path", "/org/example/Duaal",
                       "database-path", database_path,
                       NULL);
}

const char *
duaal_application_get_database_path (DuaalApplication *self)
{
  g_return_val_if_fail (DUAAL_IS_APPLICATION (self), NULL);

  return self->database_path;
}

DuaalStore *
duaal_application_get_store (DuaalApplication *self)
{
  g_return_val_if_fail (DUAAL_IS_APPLICATION (self), NULL);

  return self->store;
}

const GError *
duaal_application_get_open_error (DuaalApplication *self)
{
  g_return_val_if_fail (DUAAL_IS_APPLICATION (self), NULL);

  return self->open_error;
}

static void
duaal_application_set_database_path (DuaalApplication *self,
                                     const char       *path)
{
  GAction *local;

  g_free (self->database_path);
  /* Absolute, so that the path shown to the user and used by the store
   * does not depend on where Duaal was started from; a team database's
   * connection string as it is. */
  if (path != NULL && duaal_pg_store_is_conninfo (path))
    self->database_path = g_strdup (path);
  else
    self->database_path = path != NULL ? g_canonicalize_filename (path, NULL) : NULL;
  local = g_action_map_lookup_action (G_ACTION_MAP (self), "use-local-database");
  if (local != NULL)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (local), duaal_pg_store_is_conninfo (self->database_path));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE_PATH]);
}

gboolean
duaal_application_is_team (DuaalApplication *self)
{
  g_return_val_if_fail (DUAAL_IS_APPLICATION (self), FALSE);

  return self->database_path != NULL && duaal_pg_store_is_conninfo (self->database_path);
}

void
duaal_application_use_store (DuaalApplication *self,
                             DuaalStore       *store,
                             const char       *location)
{
  g_return_if_fail (DUAAL_IS_APPLICATION (self));
  g_return_if_fail (DUAAL_IS_STORE (store));
  g_return_if_fail (location != NULL);

  g_set_object (&self->store, store);
  g_clear_error (&self->open_error);
  self->checking = FALSE;
  duaal_application_set_database_path (self, location);
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (DUAAL_IS_WINDOW (l->data))
      duaal_window_take_store (l->data);
}

/* The day's backup: one that cannot be made is logged, and the coach's
 * work goes on. */
static void
backup_daily_or_warn (const char *database_path)
{
  g_autoptr(GError) error = NULL;

  if (!duaal_sqlite_backup_daily (database_path, &error))
    g_warning ("No daily backup of %s: %s", database_path, error->message);
}

/* Opens the store once; a failure is kept and shown by the window, never
 * replaced by a fresh database somewhere else.  The file is checked
 * before SQLite may write to it: a damaged database stays as it is, for
 * a restore from a backup. */
gboolean
duaal_application_open_store (DuaalApplication *self)
{
  g_return_val_if_fail (DUAAL_IS_APPLICATION (self), FALSE);

  if (self->store != NULL || self->open_error != NULL)
    return self->store != NULL;

  if (self->database_path == NULL)
    {
      g_autofree char *path = duaal_sqlite_store_default_path ();
      duaal_application_set_database_path (self, path);
    }

  /* A team database is the server's to check and back up (pg_dump). */
  if (duaal_application_is_team (self))
    {
      self->store = duaal_store_open_existing (self->database_path, &self->open_error);
      return self->store != NULL;
    }
  if (duaal_sqlite_check (self->database_path, &self->open_error))
    self->store = (DuaalStore *) duaal_sqlite_store_open (self->database_path, &self->open_error);
  if (self->store == NULL)
    {
      g_message ("Cannot open %s: %s", self->database_path, self->open_error->message);
      return FALSE;
    }
  /* The day's backup once the store has accepted the file: another
   * program's file, or a newer Duaal's, gets no backup folder beside it. */
  backup_daily_or_warn (self->database_path);
  return TRUE;
}

gboolean
duaal_application_is_checking (DuaalApplication *self)
{
  g_return_val_if_fail (DUAAL_IS_APPLICATION (self), FALSE);

  return self->checking;
}

void
duaal_application_set_background_check_size (DuaalApplication *self,
                                              guint64           size)
{
  g_return_if_fail (DUAAL_IS_APPLICATION (self));

  self->background_check_size = size;
}

static void
check_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  GError *error = NULL;

  if (duaal_sqlite_check (task_data, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
backup_in_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  backup_daily_or_warn (task_data);
  g_task_return_boolean (task, TRUE);
}

static void
backup_done (GObject      *source_object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_application_release (G_APPLICATION (source_object));
}

/* The day's backup of a database that passed its check, while the coach
 * already works in it: the backup API copies one consistent snapshot
 * whatever is written meanwhile.  The application stays until the copy
 * is complete. */
static void
duaal_application_backup_soon (DuaalApplication *self)
{
  g_autoptr(GTask) task = g_task_new (self, NULL, backup_done, NULL);

  g_application_hold (G_APPLICATION (self));
  g_task_set_task_data (task, g_strdup (self->database_path), g_free);
  g_task_run_in_thread (task, backup_in_thread);
}

static gboolean
start_check (gpointer data)
{
  g_autoptr(GTask) task = data;

  g_task_run_in_thread (task, check_in_thread);
  return G_SOURCE_REMOVE;
}

/* After the check: the read-only store becomes writable in place, or
 * the store is opened now; a damaged file closes what was shown. */
static void
check_done (GObject      *source_object,
            GAsyncResult *result,
            gpointer      user_data)
{
  DuaalApplication *self = DUAAL_APPLICATION (source_object);

  self->checking = FALSE;
  if (!g_task_propagate_boolean (G_TASK (result), &self->open_error))
    g_clear_object (&self->store);
  else if (self->store == NULL)
    self->store = (DuaalStore *) duaal_sqlite_store_open (self->database_path, &self->open_error);
  else if (!duaal_sqlite_store_make_writable (DUAAL_SQLITE_STORE (self->store), &self->open_error))
    g_clear_object (&self->store);
  if (self->store == NULL)
    g_message ("Cannot open %s: %s", self->database_path, self->open_error->message);
  else
    duaal_application_backup_soon (self);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (DUAAL_IS_WINDOW (l->data))
      duaal_window_take_store (l->data);
  g_application_release (G_APPLICATION (self));
}

/* Like duaal_application_open_store(), with the check in a thread when
 * the file is large, and the day's backup in another once it passed.
 * Meanwhile the database is shown read-only, so the coach can look at
 * once, and nothing is written before the check passed; a file that
 * cannot even be read that way leaves the window saying it is checking
 * (duaal_application_is_checking() without a store). */
static void
duaal_application_open_store_soon (DuaalApplication *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) read_only_error = NULL;

  if (self->store != NULL || self->open_error != NULL || self->checking)
    return;
  if (self->database_path == NULL)
    {
      g_autofree char *path = duaal_sqlite_store_default_path ();
      duaal_application_set_database_path (self, path);
    }

  if (duaal_application_is_team (self))
    {
      duaal_application_open_store (self);
      return;
    }
  file = g_file_new_for_path (self->database_path);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info == NULL || (guint64) g_file_info_get_size (info) < self->background_check_size)
    {
      duaal_application_open_store (self);
      return;
    }

  self->store = (DuaalStore *) duaal_sqlite_store_open_read_only (self->database_path, &read_only_error);
  if (self->store == NULL)
    g_debug ("Not shown while checking: %s", read_only_error->message);
  self->checking = TRUE;
  g_application_hold (G_APPLICATION (self));
  task = g_task_new (self, NULL, check_done, NULL);
  g_task_set_task_data (task, g_strdup (self->database_path), g_free);
  /* Started once the window is on screen: the check reads the whole
   * file, and the first frame should not have to share the machine
   * with it. */
  g_idle_add_full (G_PRIORITY_LOW, start_check, g_steal_pointer (&task), NULL);
}

void
duaal_application_close_store (DuaalApplication *self)
{
  g_return_if_fail (DUAAL_IS_APPLICATION (self));

  g_clear_object (&self->store);
  g_clear_error (&self->open_error);
}

static gint
duaal_application_handle_local_options (GApplication *application,
                                        GVariantDict *options)
{
  DuaalApplication *self = DUAAL_APPLICATION (application);
  g_autofree char *database = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("duaal %s\n", PACKAGE_VERSION);
      return 0;
    }

  if (g_variant_dict_lookup (options, "database", "^ay", &database))
    duaal_application_set_database_path (self, database);

  return -1;
}

/* duaal-bench measures start-up from exec to the first frame drawn:
 * with DUAAL_EXIT_AFTER_FIRST_FRAME set, Duaal quits right after it. */
static void
quit_after_paint (GdkFrameClock *clock,
                  GApplication  *application)
{
  g_signal_handlers_disconnect_by_func (clock, quit_after_paint, application);
  g_application_quit (application);
}

static void
quit_after_first_frame (GtkWidget    *window,
                        GApplication *application)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (quit_after_paint), application);
}

static void
duaal_application_activate (GApplication *application)
{
  DuaalApplication *self = DUAAL_APPLICATION (application);
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (window == NULL)
    {
      duaal_application_open_store_soon (self);
      window = GTK_WINDOW (duaal_window_new (self));
      if (g_getenv ("DUAAL_EXIT_AFTER_FIRST_FRAME") != NULL)
        g_signal_connect (window, "map", G_CALLBACK (quit_after_first_frame), application);
    }

  gtk_window_present (window);
}

static void
duaal_application_quit_action (GSimpleAction *action,
                               GVariant      *parameter,
                               gpointer       user_data)
{
  GtkApplication *application = user_data;
  GList *windows;

  /* Closing the windows (rather than g_application_quit) lets each one
   * save its state on the way out. */
  while ((windows = gtk_application_get_windows (application)) != NULL)
    gtk_window_destroy (windows->data);
}

static void
duaal_application_about_action (GSimpleAction *action,
                                GVariant      *parameter,
                                gpointer       user_data)
{
  GtkApplication *application = user_data;
  static const char *developers[] = { "The Duaal developers", NULL };
  GtkWindow *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (application),
                        "modal", TRUE,
                        "application-name", _("Duaal"),
                        "application-icon", APPLICATION_ID,
                        "version", PACKAGE_VERSION,
                        "comments", _("Follow how learners in dual learning acquire the "
                                      "competences of a professional qualification, "
                                      "on campus and at the workplace."),
                        "developer-name", _("The Duaal developers"),
                        "developers", developers,
                        "website", "https://example.org/duaal",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "copyright", _("© 2026 The Duaal developers"),
                        /* Translators: your names, one per line. */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (about);
}

/* The user guide (help/, installed to /usr/share/help) in the help
 * browser, in the reader's language when it has been translated. */
static void
duaal_application_help_action (GSimpleAction *action,
                               GVariant      *parameter,
                               gpointer       user_data)
{
  GtkApplication *application = user_data;

  gtk_show_uri (gtk_application_get_active_window (application), "help:" APPLICATION_ID, GDK_CURRENT_TIME);
}

static void
duaal_application_connect_team_action (GSimpleAction *action,
                                       GVariant      *parameter,
                                       gpointer       user_data)
{
  GtkApplication *application = user_data;

  gtk_window_present (GTK_WINDOW (duaal_connect_dialog_new (gtk_application_get_active_window (application))));
}

/* Back to this computer's own database after a team database. */
static void
duaal_application_use_local_action (GSimpleAction *action,
                                    GVariant      *parameter,
                                    gpointer       user_data)
{
  DuaalApplication *self = user_data;
  g_autofree char *path = duaal_sqlite_store_default_path ();

  duaal_application_close_store (self);
  duaal_application_set_database_path (self, path);
  duaal_application_open_store (self);
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (DUAAL_IS_WINDOW (l->data))
      duaal_window_take_store (l->data);
}

static const GActionEntry app_actions[] = {
  { "connect-team", duaal_application_connect_team_action },
  { "use-local-database", duaal_application_use_local_action },
  { "quit", duaal_application_quit_action },
  { "help", duaal_application_help_action },
  { "about", duaal_application_about_action },
};

static void
load_icon_theme_in_thread (GTask        *task,
                           gpointer      source_object,
                           gpointer      task_data,
                           GCancellable *cancellable)
{
  /* Any lookup reads the theme anew, under the theme's own lock. */
  g_task_return_boolean (task, gtk_icon_theme_has_icon (task_data, APPLICATION_ID));
}

/* GtkApplication's startup adds the icons of the resource base path to
 * the icon theme, which makes the theme read its index files again at
 * the first icon looked up: in the middle of the window's first frame.
 * A thread reads them meanwhile, while the window is built; GTK's icon
 * theme takes lookups from any thread once it is set up. */
static void
load_icon_theme_soon (void)
{
  GdkDisplay *display = gdk_display_get_default ();
  g_autoptr(GTask) task = NULL;

  if (display == NULL)
    return;
  /* Not the application's task: a thread that is still reading must not
   * keep the application (and its name on the bus) alive. */
  task = g_task_new (NULL, NULL, NULL, NULL);
  g_task_set_task_data (task, g_object_ref (gtk_icon_theme_get_for_display (display)), g_object_unref);
  g_task_run_in_thread (task, load_icon_theme_in_thread);
}

static void
duaal_application_startup (GApplication *application)
{
  G_APPLICATION_CLASS (duaal_application_parent_class)->startup (application);
  load_icon_theme_soon ();

  gtk_window_set_default_icon_name (APPLICATION_ID);
  g_action_map_add_action_entries (G_ACTION_MAP (application),
                                   app_actions, G_N_ELEMENTS (app_actions),
                                   application);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (application),
                                                                            "use-local-database")),
                               duaal_application_is_team (DUAAL_APPLICATION (application)));
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.quit",
                                         (const char *[]) { "<Control>q", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.help",
                                         (const char *[]) { "F1", NULL });
  /* GtkApplication's accelerator for its gtk/help-overlay.ui, which
   * Duaal's window builds itself when first asked for. */
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "win.show-help-overlay",
                                         (const char *[]) { "<Control>question", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "window.close",
                                         (const char *[]) { "<Control>w", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "win.import-qualification",
                                         (const char *[]) { "<Control>o", NULL });
  /* The views of a learner or a class group, as in a browser's tabs. */
  for (int i = 1; i <= 4; i++)
    {
      g_autofree char *action = g_strdup_printf ("win.show-view(%d)", i);
      g_autofree char *accel = g_strdup_printf ("<Alt>%d", i);

      gtk_application_set_accels_for_action (GTK_APPLICATION (application), action,
                                             (const char *[]) { accel, NULL });
    }
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "win.next-view",
                                         (const char *[]) { "<Control>Page_Down", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "win.previous-view",
                                         (const char *[]) { "<Control>Page_Up", NULL });
}

static void
duaal_application_finalize (GObject *object)
{
  DuaalApplication *self = DUAAL_APPLICATION (object);

  g_clear_object (&self->store);
  g_clear_error (&self->open_error);
  g_clear_pointer (&self->database_path, g_free);

  G_OBJECT_CLASS (duaal_application_parent_class)->finalize (object);
}

static void
duaal_application_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  DuaalApplication *self = DUAAL_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_DATABASE_PATH:
      g_value_set_string (value, self->database_path);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
duaal_application_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  DuaalApplication *self = DUAAL_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_DATABASE_PATH:
      duaal_application_set_database_path (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
duaal_application_class_init (DuaalApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = duaal_application_finalize;
  object_class->get_property = duaal_application_get_property;
  object_class->set_property = duaal_application_set_property;

  application_class->handle_local_options = duaal_application_handle_local_options;
  application_class->startup = duaal_application_startup;
  application_class->activate = duaal_application_activate;

  properties[PROP_DATABASE_PATH] =
    g_param_spec_string ("database-path", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
duaal_application_init (DuaalApplication *self)
{
  self->background_check_size = DEFAULT_BACKGROUND_CHECK_SIZE;
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), NULL);
}
