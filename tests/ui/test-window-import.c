/* test-window-import.c: importing a qualification from the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "duaal-error.h"
#include "duaal-test-ui.h"

typedef struct {
  char             *dir;
  DuaalApplication *app;
  DuaalWindow      *window;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *database = NULL;

  fixture->dir = duaal_test_ui_make_tmp_dir ();
  database = g_build_filename (fixture->dir, "duaal.db", NULL);
  fixture->app = duaal_test_ui_start_app (database);
  fixture->window = duaal_test_ui_get_window (fixture->app);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  duaal_test_ui_stop_app (fixture->app);
  duaal_test_ui_remove_tmp_dir (fixture->dir);
  g_free (fixture->dir);
}

static guint
count_qualifications (DuaalWindow *window)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) qualifications = duaal_store_list_qualifications (duaal_window_get_store (window),
                                                                         &error);

  g_assert_no_error (error);
  return qualifications->len;
}

static void
on_store_changed (DuaalStore  *store,
                  DuaalChange *change,
                  guint       *count)
{
  if (change->kind == DUAAL_CHANGE_QUALIFICATION)
    (*count)++;
}

/* A good file: stored, a change notice tells every view, the window
 * leaves the empty state. */
static void
test_import_good_file (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "qualification", "good-example.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  guint changed = 0;
  gboolean imported;

  g_assert_cmpstr (duaal_window_get_visible_page (fixture->window), ==, "empty");
  g_signal_connect (duaal_window_get_store (fixture->window), "changed", G_CALLBACK (on_store_changed), &changed);

  imported = duaal_window_import_qualification (fixture->window, file, &error);
  g_assert_no_error (error);
  g_assert_true (imported);
  duaal_test_ui_process_events ();

  g_assert_cmpuint (count_qualifications (fixture->window), ==, 1);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpstr (duaal_window_get_visible_page (fixture->window), ==, "main");
  g_assert_null (duaal_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

  /* The same file again changes nothing, so no notice. */
  imported = duaal_window_import_qualification (fixture->window, file, &error);
  g_assert_no_error (error);
  g_assert_true (imported);
  duaal_test_ui_process_events ();
  g_assert_cmpuint (count_qualifications (fixture->window), ==, 1);
  g_assert_cmpuint (changed, ==, 1);
  g_signal_handlers_disconnect_by_data (duaal_window_get_store (fixture->window), &changed);

  duaal_test_ui_screenshot (GTK_WIDGET (fixture->window), "after-import");
}

static gboolean
no_message_dialog (gpointer user_data)
{
  return duaal_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) == NULL;
}

/* A broken file: the exact cause in a dialog, nothing stored. */
static void
test_import_bad_file (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "qualification", "bad-mismatched-tag.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *close_button;

  g_assert_false (duaal_window_import_qualification (fixture->window, file, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID_FILE);
  g_assert_nonnull (strstr (error->message, "bad-mismatched-tag.xml"));

  dialog = ADW_MESSAGE_DIALOG (duaal_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Kan de beroepskwalificatie niet importeren");
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, error->message);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (fixture->window));
  duaal_test_ui_screenshot (GTK_WIDGET (dialog), "import-error");

  g_assert_cmpuint (count_qualifications (fixture->window), ==, 0);
  g_assert_cmpstr (duaal_window_get_visible_page (fixture->window), ==, "empty");

  close_button = duaal_test_ui_find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, "_Sluiten");
  g_assert_nonnull (close_button);
  g_signal_emit_by_name (close_button, "clicked");
  g_assert_true (duaal_test_ui_wait_for (no_message_dialog, NULL, 20000));
}

int
main (int   argc,
      char *argv[])
{
  duaal_test_ui_init (&argc, &argv);

  g_test_add ("/ui/import/good-file", Fixture, NULL, fixture_set_up, test_import_good_file, fixture_tear_down);
  g_test_add ("/ui/import/bad-file", Fixture, NULL, fixture_set_up, test_import_bad_file, fixture_tear_down);

  return g_test_run ();
}
