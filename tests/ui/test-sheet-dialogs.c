/* test-sheet-dialogs.c: score sheets from the application (SPEC section 16)
 *
 * Export Score Sheets… for one trainer of the shown learner's class group
 * (the folder as the file chooser would answer), the sheet filled in by
 * an independent writer (openpyxl, tests/test-sheet-openpyxl.py), a score
 * changed in Duaal meanwhile, then the preview of Import Score Sheet…:
 * two changes and one conflict with both values.  A conflict arising
 * while the preview is open makes forcing refuse; checked again, it is
 * applied with the sheet's values taken, as the trainer, with the file
 * as the source.
 * Screenshots: sheet-export-dialog.png, sheet-import-preview.png.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>

#include "duaal-sheet-export-dialog.h"
#include "duaal-sheet-import-dialog.h"
#include "duaal-test-ui.h"
#include "../test-sheet-openpyxl.h"

typedef struct {
  char             *dir;
  gint64            group_id;
  gint64            learner_id;
  gint64            trainer_id;
  DuaalApplication *app;
  DuaalWindow      *window;
  DuaalStore       *store;
} Fixture;

static void
score (DuaalStore   *store,
       gint64        learner_id,
       const char   *indicator,
       DuaalMastery  mastery,
       DuaalCoverage coverage)
{
  g_autoptr(GError) error = NULL;
  DuaalScoreChange change = { DUAAL_SCORE_FIELD_MASTERY | DUAAL_SCORE_FIELD_COVERAGE, mastery, coverage, NULL };

  g_assert_cmpint (duaal_store_record_change (store, learner_id, indicator, DUAAL_ACTOR_TRAINER, &change,
                                              NULL, &error), >, 0);
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *database = NULL;
  g_autoptr(DuaalStore) demo = NULL;
  g_autoptr(GPtrArray) learners = NULL;
  DuaalLearner *learner;

  f->dir = duaal_test_ui_make_tmp_dir ();
  database = g_build_filename (f->dir, "duaal.db", NULL);
  demo = duaal_test_ui_make_demo_store (database, &f->group_id);
  learners = duaal_store_list_learners (demo, f->group_id, NULL);
  learner = g_ptr_array_index (learners, 0);
  f->learner_id = duaal_learner_get_id (learner);
  f->trainer_id = duaal_learner_get_trainer_id (learner);
  /* Known values to start from: X, N. */
  score (demo, f->learner_id, "c01.01", DUAAL_MASTERY_X, DUAAL_COVERAGE_N);
  score (demo, f->learner_id, "c01.02", DUAAL_MASTERY_X, DUAAL_COVERAGE_N);
  score (demo, f->learner_id, "c01.03", DUAAL_MASTERY_X, DUAAL_COVERAGE_N);
  g_clear_object (&demo);

  f->app = duaal_test_ui_start_app (database);
  f->window = duaal_test_ui_get_window (f->app);
  f->store = duaal_window_get_store (f->window);
  g_assert_true (duaal_window_open_learner_at (f->window, f->learner_id, NULL));
  duaal_test_ui_process_events ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *out = g_build_filename (f->dir, "bladen", NULL);
  g_autoptr(GDir) dir = NULL;
  const char *name;

  duaal_test_ui_stop_app (f->app);
  dir = g_dir_open (out, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (out, name, NULL);
      g_remove (path);
    }
  g_rmdir (out);
  duaal_test_ui_remove_tmp_dir (f->dir);
  g_free (f->dir);
}

static void
test_export_fill_import (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *folder_path = g_build_filename (f->dir, "bladen", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (folder_path);
  g_autoptr(DuaalLearner) learner = duaal_store_get_learner (f->store, f->learner_id, NULL);
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) files = NULL;
  g_autofree char *filled = g_build_filename (f->dir, "ingevuld.xlsx", NULL);
  g_autofree char *row1 = NULL, *row2 = NULL, *row3 = NULL;
  g_autofree char *cell1 = NULL, *cell2 = NULL, *cell3 = NULL;
  g_autoptr(GFile) filled_file = g_file_new_for_path (filled);
  const char *tab = duaal_learner_get_name (learner);
  GtkWidget *widget;
  GtkWidget *message;
  DuaalSheetImportDialog *preview;
  DuaalSheetImport *import;
  DuaalScore *last;

  /* Export Score Sheets…: the trainer of the learner shown. */
  duaal_test_ui_activate_action (f->window, "win.export-sheets");
  duaal_test_ui_process_events ();
  widget = duaal_test_ui_find_toplevel (DUAAL_TYPE_SHEET_EXPORT_DIALOG);
  g_assert_nonnull (widget);
  /* Every trainer, the demo's four trainers, every learner. */
  g_assert_cmpuint (duaal_sheet_export_dialog_get_n_choices (DUAAL_SHEET_EXPORT_DIALOG (widget)), ==, 6);
  g_assert_true (duaal_sheet_export_dialog_select_trainer (DUAAL_SHEET_EXPORT_DIALOG (widget), f->trainer_id));
  duaal_test_ui_wait_until_drawn (widget);
  duaal_test_ui_screenshot (widget, "sheet-export-dialog");
  g_assert_cmpint (g_mkdir_with_parents (folder_path, 0700), ==, 0);
  files = duaal_sheet_export_dialog_write_to (DUAAL_SHEET_EXPORT_DIALOG (widget), folder);
  g_assert_nonnull (files);
  g_assert_cmpuint (g_strv_length (files), ==, 1);
  g_assert_true (g_file_test (files[0], G_FILE_TEST_IS_REGULAR));
  duaal_test_ui_process_events ();
  g_assert_null (duaal_test_ui_find_toplevel (DUAAL_TYPE_SHEET_EXPORT_DIALOG));

  /* Filled in elsewhere, while Duaal's c01.03 changes. */
  row1 = test_sheet_openpyxl ((const char *[]) { "locate", files[0], tab, "c01.01", NULL });
  row2 = test_sheet_openpyxl ((const char *[]) { "locate", files[0], tab, "c01.02", NULL });
  row3 = test_sheet_openpyxl ((const char *[]) { "locate", files[0], tab, "c01.03", NULL });
  cell1 = g_strdup_printf ("%s!C%s=V", tab, row1);
  cell2 = g_strdup_printf ("%s!D%s=R", tab, row2);
  cell3 = g_strdup_printf ("%s!C%s=V", tab, row3);
  g_free (test_sheet_openpyxl ((const char *[]) { "fill", files[0], filled, cell1, cell2, cell3, NULL }));
  score (f->store, f->learner_id, "c01.03", DUAAL_MASTERY_LIL, DUAAL_COVERAGE_N);

  /* Import Score Sheet…: the preview. */
  preview = duaal_sheet_import_dialog_open (GTK_WINDOW (f->window), f->store, NULL, filled_file);
  g_assert_nonnull (preview);
  gtk_window_present (GTK_WINDOW (preview));
  import = duaal_sheet_import_dialog_get_import (preview);
  g_assert_cmpuint (duaal_sheet_import_get_n_items (import), ==, 3);
  g_assert_cmpuint (duaal_sheet_import_get_n_conflicts (import), ==, 1);
  g_assert_nonnull (duaal_test_ui_find_widget (GTK_WIDGET (preview), ADW_TYPE_ACTION_ROW, NULL));
  duaal_test_ui_wait_until_drawn (GTK_WIDGET (preview));
  duaal_test_ui_screenshot (GTK_WIDGET (preview), "sheet-import-preview");

  /* Someone scores c01.01, which the sheet changes too, while the
   * preview is open: forcing is refused, the preview closes. */
  score (f->store, f->learner_id, "c01.01", DUAAL_MASTERY_LIL, DUAAL_COVERAGE_N);
  duaal_sheet_import_dialog_set_force (preview, TRUE);
  g_assert_false (duaal_sheet_import_dialog_apply (preview));
  duaal_test_ui_process_events ();
  g_assert_null (duaal_test_ui_find_toplevel (DUAAL_TYPE_SHEET_IMPORT_DIALOG));
  message = duaal_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (message);
  gtk_window_destroy (GTK_WINDOW (message));

  /* Checked again: two conflicts now, both taken from the sheet. */
  preview = duaal_sheet_import_dialog_open (GTK_WINDOW (f->window), f->store, NULL, filled_file);
  g_assert_nonnull (preview);
  g_assert_cmpuint (duaal_sheet_import_get_n_conflicts (duaal_sheet_import_dialog_get_import (preview)), ==, 2);
  duaal_sheet_import_dialog_set_force (preview, TRUE);
  g_assert_true (duaal_sheet_import_dialog_apply (preview));

  history = duaal_store_score_history (f->store, f->learner_id, "c01.03", &error);
  g_assert_no_error (error);
  last = g_ptr_array_index (history, history->len - 1);
  g_assert_cmpint (duaal_score_get_mastery (last), ==, DUAAL_MASTERY_V);
  g_assert_cmpint (duaal_score_get_actor (last), ==, DUAAL_ACTOR_TRAINER);
  g_assert_cmpstr (duaal_score_get_source (last), ==, "ingevuld.xlsx");
}

/* A refused sheet opens no preview: a dialog says why. */
static void
test_refused (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "niet.xlsx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkWidget *message;

  g_assert_true (g_file_set_contents (path, "geen rekenblad", -1, NULL));
  g_assert_null (duaal_sheet_import_dialog_open (GTK_WINDOW (f->window), f->store, NULL, file));
  duaal_test_ui_process_events ();
  message = duaal_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (message);
  gtk_window_destroy (GTK_WINDOW (message));
}

int
main (int   argc,
      char *argv[])
{
  duaal_test_ui_init (&argc, &argv);
  g_test_add ("/ui/sheets/export-fill-import", Fixture, NULL, fixture_set_up, test_export_fill_import,
              fixture_tear_down);
  g_test_add ("/ui/sheets/refused", Fixture, NULL, fixture_set_up, test_refused, fixture_tear_down);
  return g_test_run ();
}
