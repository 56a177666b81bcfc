/* test-window.c: the application shell, driven as a user would
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "duaal-demo.h"
#include "duaal-sqlite-store.h"
#include "duaal-test-ui.h"

typedef struct {
  char             *dir;
  char             *database;
  DuaalApplication *app;
  DuaalWindow      *window;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = duaal_test_ui_make_tmp_dir ();
  fixture->database = g_build_filename (fixture->dir, "duaal.db", NULL);
}

static void
fixture_start (Fixture *fixture)
{
  fixture->app = duaal_test_ui_start_app (fixture->database);
  fixture->window = duaal_test_ui_get_window (fixture->app);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->app != NULL)
    duaal_test_ui_stop_app (fixture->app);
  duaal_test_ui_remove_tmp_dir (fixture->dir);
  g_free (fixture->database);
  g_free (fixture->dir);
}

/* A new, empty database: the window invites to import a qualification,
 * in Dutch. */
static void
test_empty_state (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkWidget *status_page;
  GtkWidget *button;
  int width, height;

  fixture_start (fixture);

  g_assert_cmpstr (duaal_window_get_visible_page (fixture->window), ==, "empty");
  g_assert_nonnull (duaal_window_get_store (fixture->window));
  g_assert_true (g_file_test (fixture->database, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpstr (duaal_application_get_database_path (fixture->app), ==, fixture->database);

  status_page = duaal_test_ui_find_widget (GTK_WIDGET (fixture->window), ADW_TYPE_STATUS_PAGE,
                                           "Nog geen beroepskwalificatie");
  g_assert_nonnull (status_page);
  g_assert_true (gtk_widget_is_drawable (status_page));

  button = duaal_test_ui_find_widget (status_page, GTK_TYPE_BUTTON, "Beroepskwalificatie _importeren…");
  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==,
                   "win.import-qualification");
  g_assert_true (gtk_widget_has_css_class (button, "suggested-action"));
  g_assert_true (gtk_widget_is_sensitive (button));

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->window)), ==, "Duaal");
  /* The default size counts the window's frame; the content is a little smaller. */
  gtk_window_get_default_size (GTK_WINDOW (fixture->window), &width, &height);
  g_assert_cmpint (width, ==, 1000);
  g_assert_cmpint (height, ==, 700);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->window)), >, 900);

  /* The containers the sidebar and the learner's page will fill. */
  g_assert_true (GTK_IS_BOX (duaal_window_get_sidebar_box (fixture->window)));
  g_assert_nonnull (gtk_stack_get_child_by_name (duaal_window_get_content_stack (fixture->window),
                                                 "placeholder"));

  duaal_test_ui_screenshot (GTK_WIDGET (fixture->window), "empty-state");
}

/* A database with a qualification (the demo): the main page. */
static void
test_main_page (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalSqliteStore) store = duaal_sqlite_store_open (fixture->database, &error);
  gint64 group_id = 0;
  guint n_learners = 0;

  g_assert_no_error (error);
  g_assert_true (duaal_demo_load (DUAAL_STORE (store), &group_id, &n_learners, &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  fixture_start (fixture);

  g_assert_cmpstr (duaal_window_get_visible_page (fixture->window), ==, "main");
  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (duaal_window_get_sidebar_box (fixture->window))));
  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (duaal_window_get_content_stack (fixture->window))));
  duaal_test_ui_screenshot (GTK_WIDGET (fixture->window), "main-demo");
}

/* A file that is not a database: the cause is shown, and nothing is
 * created or overwritten in its place. */
static void
test_open_error (Fixture       *fixture,
                 gconstpointer  data)
{
  const char garbage[] = "This is a shopping list, not a database.\n";
  g_autofree char *contents = NULL;
  const GError *open_error;
  GtkWidget *status_page;
  GAction *import;

  g_assert_true (g_file_set_contents (fixture->database, garbage, -1, NULL));
  fixture_start (fixture);

  g_assert_cmpstr (duaal_window_get_visible_page (fixture->window), ==, "error");
  g_assert_null (duaal_window_get_store (fixture->window));
  open_error = duaal_application_get_open_error (fixture->app);
  g_assert_nonnull (open_error);

  status_page = duaal_test_ui_find_widget (GTK_WIDGET (fixture->window), ADW_TYPE_STATUS_PAGE,
                                           "Kan de databank niet openen");
  g_assert_nonnull (status_page);
  g_assert_cmpstr (adw_status_page_get_description (ADW_STATUS_PAGE (status_page)), ==,
                   open_error->message);

  import = g_action_map_lookup_action (G_ACTION_MAP (fixture->window), "import-qualification");
  g_assert_false (g_action_get_enabled (import));

  g_assert_true (g_file_get_contents (fixture->database, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, garbage);

  duaal_test_ui_screenshot (GTK_WIDGET (fixture->window), "open-error");
}

/* The size the user gave the window comes back at the next start. */
static void
test_size_remembered (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  int width, height;

  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");

  fixture_start (fixture);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 820, 610);
  duaal_test_ui_process_events ();
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 820);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 610);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));

  duaal_test_ui_stop_app (fixture->app);
  fixture_start (fixture);
  gtk_window_get_default_size (GTK_WINDOW (fixture->window), &width, &height);
  g_assert_cmpint (width, ==, 820);
  g_assert_cmpint (height, ==, 610);

  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
}

static void
collect_shortcuts (GtkWidget  *widget,
                   GHashTable *listed)
{
  if (GTK_IS_SHORTCUTS_SHORTCUT (widget))
    {
      g_autofree char *action_name = NULL;
      g_autofree char *accelerator = NULL;

      g_object_get (widget, "action-name", &action_name, "accelerator", &accelerator, NULL);
      if (action_name != NULL)
        g_hash_table_add (listed, g_steal_pointer (&action_name));
      if (accelerator != NULL)
        g_hash_table_add (listed, g_steal_pointer (&accelerator));
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_shortcuts (child, listed);
}

/* Ctrl+? opens the shortcuts window, and it lists every accelerator the
 * application sets. */
static void
test_shortcuts_window (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkApplication *app;
  g_autoptr(GHashTable) listed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto(GStrv) actions = NULL;
  g_auto(GStrv) help_accels = NULL;
  GtkShortcutsWindow *overlay;
  GtkWidget *shown;

  fixture_start (fixture);
  app = GTK_APPLICATION (fixture->app);

  help_accels = gtk_application_get_accels_for_action (app, "win.show-help-overlay");
  g_assert_true (g_strv_contains ((const char * const *) help_accels, "<Control>question"));

  /* Built when first asked for, not with the window. */
  g_assert_null (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (fixture->window)));
  duaal_test_ui_activate_action (fixture->window, "win.show-help-overlay");
  overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (fixture->window));
  g_assert_nonnull (overlay);
  shown = duaal_test_ui_find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW);
  g_assert_true (shown == GTK_WIDGET (overlay));
  collect_shortcuts (GTK_WIDGET (overlay), listed);
  g_assert_true (g_hash_table_contains (listed, "F10"));

  actions = gtk_application_list_action_descriptions (app);
  g_assert_cmpuint (g_strv_length (actions), >=, 4);
  for (guint i = 0; actions[i] != NULL; i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (app, actions[i]);

      if (accels[0] == NULL)
        continue;
      if (!g_hash_table_contains (listed, actions[i]))
        g_error ("%s (%s) is missing from ui/help-overlay.ui", actions[i], accels[0]);
    }

  /* Closed and opened again: the same window, kept hidden meanwhile. */
  gtk_window_close (GTK_WINDOW (overlay));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (overlay)));
  duaal_test_ui_activate_action (fixture->window, "win.show-help-overlay");
  g_assert_true (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (fixture->window)) == overlay);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (overlay)));
  duaal_test_ui_screenshot (shown, "shortcuts");
}

static void
test_accelerators (Fixture       *fixture,
                   gconstpointer  data)
{
  static const struct {
    const char *action;
    const char *accel;
  } expected[] = {
    { "app.quit", "<Control>q" },
    { "window.close", "<Control>w" },
    { "win.import-qualification", "<Control>o" },
    { "app.help", "F1" },
  };

  fixture_start (fixture);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (fixture->app),
                                                                    expected[i].action);
      g_assert_true (g_strv_contains ((const char * const *) accels, expected[i].accel));
    }
  /* F1 opens the user guide (help/), also from the main menu. */
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (fixture->app), "help"));
}

static void
test_about (Fixture       *fixture,
            gconstpointer  data)
{
  GtkWidget *about;

  fixture_start (fixture);
  duaal_test_ui_activate_action (fixture->window, "app.about");

  about = duaal_test_ui_find_toplevel (ADW_TYPE_ABOUT_WINDOW);
  g_assert_nonnull (about);
  g_assert_cmpstr (adw_about_window_get_version (ADW_ABOUT_WINDOW (about)), ==, PACKAGE_VERSION);
  g_assert_cmpstr (adw_about_window_get_application_icon (ADW_ABOUT_WINDOW (about)), ==, APPLICATION_ID);
  g_assert_cmpint (adw_about_window_get_license_type (ADW_ABOUT_WINDOW (about)), ==, GTK_LICENSE_GPL_3_0);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (about)) == GTK_WINDOW (fixture->window));
  g_assert_true (gtk_icon_theme_has_icon (gtk_icon_theme_get_for_display (gtk_widget_get_display (about)),
                                          APPLICATION_ID));
  duaal_test_ui_screenshot (about, "about");
}

/* The button of the empty state opens a file chooser for XML files. */
static void
test_import_opens_chooser (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkWidget *button;
  GtkWidget *chooser;
  GtkFileFilter *filter;

  fixture_start (fixture);
  g_assert_null (duaal_test_ui_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG));

  button = duaal_test_ui_find_widget (GTK_WIDGET (fixture->window), GTK_TYPE_BUTTON,
                                      "Beroepskwalificatie _importeren…");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  duaal_test_ui_process_events ();

  chooser = duaal_test_ui_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_assert_nonnull (chooser);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (chooser)), ==, "Beroepskwalificatie importeren");
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (chooser)) == GTK_WINDOW (fixture->window));
  filter = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (chooser));
  g_assert_nonnull (filter);
  g_assert_cmpstr (gtk_file_filter_get_name (filter), ==, "Beroepskwalificaties (XML)");

  /* Cancelling imports nothing and leaves the invitation in place. */
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  duaal_test_ui_process_events ();
  g_assert_null (duaal_test_ui_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG));
  g_assert_cmpstr (duaal_window_get_visible_page (fixture->window), ==, "empty");
}

static void
test_quit (Fixture       *fixture,
           gconstpointer  data)
{
  fixture_start (fixture);
  duaal_test_ui_activate_action (fixture->window, "app.about");
  g_assert_nonnull (duaal_test_ui_find_toplevel (ADW_TYPE_ABOUT_WINDOW));

  g_action_group_activate_action (G_ACTION_GROUP (fixture->app), "quit", NULL);
  duaal_test_ui_process_events ();

  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (fixture->app)));
}

int
main (int   argc,
      char *argv[])
{
  duaal_test_ui_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/ui/window/empty-state", test_empty_state);
  ADD ("/ui/window/main-page", test_main_page);
  ADD ("/ui/window/open-error", test_open_error);
  ADD ("/ui/window/size-remembered", test_size_remembered);
  ADD ("/ui/window/shortcuts-window", test_shortcuts_window);
  ADD ("/ui/window/accelerators", test_accelerators);
  ADD ("/ui/window/about", test_about);
  ADD ("/ui/window/import-opens-chooser", test_import_opens_chooser);
  ADD ("/ui/window/quit", test_quit);

#undef ADD

  return g_test_run ();
}
