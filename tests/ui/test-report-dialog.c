/* test-report-dialog.c: reports from the application (SPEC section 16)
 *
 * The main menu's Report… for the learner shown and Reports for the
 * Class Group…, as a user drives them after the file chooser: a
 * trainer's report written and told in a toast with Open; a class
 * group's reports written one per learner; a bulk run cancelled while
 * it writes, keeping exactly the files it says it wrote.
 * Screenshots: report-dialog.png, reports-progress.png.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>

#include "duaal-report-dialog.h"
#include "duaal-test-ui.h"

typedef struct {
  char             *dir;
  gint64            group_id;
  gint64            learner_id;
  DuaalApplication *app;
  DuaalWindow      *window;
} Fixture;

/* Generous: four PDFs on a slow, loaded machine. */
#define RUN_TIMEOUT_MS 60000

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *database = NULL;
  g_autoptr(DuaalStore) demo = NULL;
  g_autoptr(GPtrArray) learners = NULL;

  f->dir = duaal_test_ui_make_tmp_dir ();
  database = g_build_filename (f->dir, "duaal.db", NULL);
  demo = duaal_test_ui_make_demo_store (database, &f->group_id);
  learners = duaal_store_list_learners (demo, f->group_id, NULL);
  g_assert_nonnull (learners);
  f->learner_id = duaal_learner_get_id (g_ptr_array_index (learners, 0));
  g_clear_object (&demo);

  f->app = duaal_test_ui_start_app (database);
  f->window = duaal_test_ui_get_window (f->app);
  g_assert_true (duaal_window_open_learner_at (f->window, f->learner_id, NULL));
  duaal_test_ui_process_events ();
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_remove (child);
    }
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *out = g_build_filename (f->dir, "out", NULL);

  duaal_test_ui_stop_app (f->app);
  remove_tree (out);
  duaal_test_ui_remove_tmp_dir (f->dir);
  g_free (f->dir);
}

/* Activates @action and returns the report dialog it opened, held by
 * the test so that it can be asked how the run went after it closed. */
static DuaalReportDialog *
open_dialog (Fixture    *f,
             const char *action)
{
  GtkWidget *dialog;

  duaal_test_ui_activate_action (f->window, action);
  duaal_test_ui_process_events ();
  dialog = duaal_test_ui_find_toplevel (DUAAL_TYPE_REPORT_DIALOG);
  g_assert_nonnull (dialog);
  duaal_test_ui_wait_until_drawn (dialog);
  return g_object_ref (DUAAL_REPORT_DIALOG (dialog));
}

static gboolean
run_ended (gpointer dialog)
{
  return !duaal_report_dialog_is_running (dialog);
}

static guint
count_pdf_files (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;
  guint n = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (path, name, NULL);
      g_autofree char *contents = NULL;

      g_assert_true (g_str_has_suffix (name, ".pdf"));
      g_assert_true (g_file_get_contents (file, &contents, NULL, NULL));
      g_assert_true (g_str_has_prefix (contents, "%PDF-"));
      n++;
    }
  return n;
}

static char *
out_path (Fixture    *f,
          const char *name)
{
  g_autofree char *out = g_build_filename (f->dir, "out", NULL);

  g_assert_cmpint (g_mkdir_with_parents (out, 0700), ==, 0);
  return g_build_filename (out, name, NULL);
}

static void
test_learner_report (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(DuaalReportDialog) dialog = open_dialog (f, "win.report");
  g_autofree char *path = out_path (f, "rapport.pdf");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = NULL;
  AdwToast *toast;

  /* The reader and the period are the user's choice. */
  duaal_report_dialog_set_reader (dialog, DUAAL_VIEWER_TRAINER);
  g_assert_cmpint (duaal_report_dialog_get_reader (dialog), ==, DUAAL_VIEWER_TRAINER);
  g_assert_true (duaal_report_dialog_set_period (dialog, 1));
  g_assert_false (duaal_report_dialog_set_period (dialog, 7));
  duaal_test_ui_wait_until_drawn (GTK_WIDGET (dialog));
  duaal_test_ui_screenshot (GTK_WIDGET (dialog), "report-dialog");

  duaal_report_dialog_write_to (dialog, file);
  g_assert_true (duaal_test_ui_wait_for (run_ended, dialog, RUN_TIMEOUT_MS));
  g_assert_cmpuint (duaal_report_dialog_get_n_reports (dialog), ==, 1);
  g_assert_cmpuint (duaal_report_dialog_get_n_written (dialog), ==, 1);
  g_assert_false (duaal_report_dialog_was_cancelled (dialog));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  /* Done: the dialog is gone, a toast says where, with Open. */
  g_assert_null (duaal_test_ui_find_toplevel (DUAAL_TYPE_REPORT_DIALOG));
  toast = duaal_report_dialog_get_toast (dialog);
  g_assert_nonnull (toast);
  g_assert_nonnull (strstr (adw_toast_get_title (toast), "rapport.pdf"));
  g_assert_nonnull (adw_toast_get_button_label (toast));
}

static void
test_group_reports (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(DuaalReportDialog) dialog = open_dialog (f, "win.reports");
  g_autofree char *path = out_path (f, "klas");
  g_autoptr(GFile) folder = g_file_new_for_path (path);

  g_assert_cmpint (g_mkdir_with_parents (path, 0700), ==, 0);
  duaal_report_dialog_set_reader (dialog, DUAAL_VIEWER_TEACHER);
  duaal_report_dialog_write_to (dialog, folder);
  g_assert_true (duaal_test_ui_wait_for (run_ended, dialog, RUN_TIMEOUT_MS));
  g_assert_false (duaal_report_dialog_was_cancelled (dialog));
  g_assert_cmpuint (duaal_report_dialog_get_n_reports (dialog), ==, 4);
  g_assert_cmpuint (duaal_report_dialog_get_n_written (dialog), ==, 4);
  g_assert_cmpuint (count_pdf_files (path), ==, 4);
  g_assert_nonnull (adw_toast_get_button_label (duaal_report_dialog_get_toast (dialog)));
}

/* Cancel during a run: the file being written is finished, no other is
 * started, and what is on disk is what the toast says. */
static void
test_cancel (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(DuaalReportDialog) dialog = open_dialog (f, "win.reports");
  g_autofree char *path = out_path (f, "gestopt");
  g_autoptr(GFile) folder = g_file_new_for_path (path);
  g_autofree char *expected = NULL;
  GtkWidget *bar, *cancel;
  guint written_before, written;

  g_assert_cmpint (g_mkdir_with_parents (path, 0700), ==, 0);
  duaal_report_dialog_write_to (dialog, folder);
  g_assert_true (duaal_report_dialog_is_running (dialog));
  duaal_test_ui_wait_until_drawn (GTK_WIDGET (dialog));
  duaal_test_ui_screenshot (GTK_WIDGET (dialog), "reports-progress");

  /* The Cancel button beside the progress bar, as the user presses it. */
  bar = duaal_test_ui_find_widget (GTK_WIDGET (dialog), GTK_TYPE_PROGRESS_BAR, NULL);
  g_assert_nonnull (bar);
  cancel = duaal_test_ui_find_widget (gtk_widget_get_parent (bar), GTK_TYPE_BUTTON, NULL);
  g_assert_nonnull (cancel);
  g_assert_true (gtk_widget_is_visible (cancel));
  written_before = duaal_report_dialog_get_n_written (dialog);
  /* "clicked" at once: gtk_widget_activate() would show the press for
   * a quarter of a second first, while the run goes on. */
  g_signal_emit_by_name (cancel, "clicked");
  g_assert_true (duaal_test_ui_wait_for (run_ended, dialog, RUN_TIMEOUT_MS));

  written = duaal_report_dialog_get_n_written (dialog);
  g_assert_true (duaal_report_dialog_was_cancelled (dialog));
  /* The one under way when Cancel came is finished; no other starts. */
  g_assert_cmpuint (written, ==, written_before + 1);
  g_assert_cmpuint (written, <, duaal_report_dialog_get_n_reports (dialog));
  g_assert_cmpuint (count_pdf_files (path), ==, written);
  expected = g_strdup_printf ("%u van %u", written, duaal_report_dialog_get_n_reports (dialog));
  g_assert_nonnull (strstr (adw_toast_get_title (duaal_report_dialog_get_toast (dialog)), expected));
  g_assert_null (duaal_test_ui_find_toplevel (DUAAL_TYPE_REPORT_DIALOG));
}

int
main (int    argc,
      char **argv)
{
  duaal_test_ui_init (&argc, &argv);

  g_test_add ("/ui/report/learner", Fixture, NULL, fixture_set_up, test_learner_report, fixture_tear_down);
  g_test_add ("/ui/report/group", Fixture, NULL, fixture_set_up, test_group_reports, fixture_tear_down);
  g_test_add ("/ui/report/cancel", Fixture, NULL, fixture_set_up, test_cancel, fixture_tear_down);
  return g_test_run ();
}
