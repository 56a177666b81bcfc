/* test-overview.c: the overview table page and the session planner,
 * driven as a teacher would, on the demo class group
 *
 * Screenshots: overview-planned.png, overview-actual.png,
 * planner-settings.png and planner.png in <builddir>/screenshots/.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "duaal-demo.h"
#include "duaal-error.h"
#include "duaal-overview-page.h"
#include "duaal-planner-dialog.h"
#include "duaal-sqlite-store.h"
#include "duaal-test-ui.h"

typedef struct {
  char              *dir;
  char              *database;
  gint64             group_id;
  DuaalApplication  *app;
  DuaalWindow       *window;
  GtkWindow         *page_window;
  DuaalOverviewPage *page;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = duaal_test_ui_make_tmp_dir ();
  fixture->database = g_build_filename (fixture->dir, "duaal.db", NULL);
  g_object_unref (duaal_test_ui_make_demo_store (fixture->database, &fixture->group_id));

  fixture->app = duaal_test_ui_start_app (fixture->database);
  fixture->window = duaal_test_ui_get_window (fixture->app);

  /* The page in a window of its own, large enough for the whole table. */
  fixture->page_window = GTK_WINDOW (adw_window_new ());
  gtk_window_set_application (fixture->page_window, GTK_APPLICATION (fixture->app));
  gtk_window_set_default_size (fixture->page_window, 1100, 960);
  fixture->page = DUAAL_OVERVIEW_PAGE (duaal_overview_page_new (duaal_window_get_store (fixture->window)));
  adw_window_set_content (ADW_WINDOW (fixture->page_window), GTK_WIDGET (fixture->page));
  duaal_overview_page_set_group (fixture->page, fixture->group_id);
  gtk_window_present (fixture->page_window);
  duaal_test_ui_wait_until_drawn (GTK_WIDGET (fixture->page_window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  duaal_test_ui_stop_app (fixture->app);
  duaal_test_ui_remove_tmp_dir (fixture->dir);
  g_free (fixture->database);
  g_free (fixture->dir);
}

static gboolean
is_planned (Fixture    *fixture,
            gint64      learner_id,
            const char *competence_id)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) plan = duaal_store_get_plan (duaal_window_get_store (fixture->window), learner_id, &error);

  g_assert_no_error (error);
  return g_strv_contains ((const char * const *) plan, competence_id);
}

/* What a mouse click on the cell does: the view's GtkGestureClick
 * "pressed" handler at the cell's middle. */
static void
click_cell (Fixture    *fixture,
            gint64      learner_id,
            const char *competence_id)
{
  DuaalOverviewView *view = duaal_overview_page_get_view (fixture->page);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (view));
  GtkGesture *click = NULL;
  double x, y;

  g_assert_true (duaal_overview_view_get_cell_center (view, learner_id, competence_id, &x, &y));
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_CLICK (controller))
        click = GTK_GESTURE (controller);
    }
  g_assert_nonnull (click);
  g_signal_emit_by_name (click, "pressed", 1, x, y);
  duaal_test_ui_process_events ();
}

/* What a key press on the focused table does: its key controller. */
static void
press_key (Fixture *fixture,
           guint    keyval)
{
  DuaalOverviewView *view = duaal_overview_page_get_view (fixture->page);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (view));
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
    }
  g_assert_true (handled);
  duaal_test_ui_process_events ();
}

static int
row_of (DuaalOverview *overview,
        const char    *competence_id)
{
  int row = duaal_overview_find_competence (overview, competence_id);

  g_assert_cmpint (row, >=, 0);
  return row;
}

static void
test_planned (Fixture       *fixture,
              gconstpointer  data)
{
  DuaalOverviewView *view = duaal_overview_page_get_view (fixture->page);
  DuaalOverview *overview = duaal_overview_page_get_overview (fixture->page);
  gint64 first_learner;
  const char *summary;

  g_assert_nonnull (overview);
  g_assert_cmpuint (duaal_overview_get_n_learners (overview), ==, 4);
  g_assert_cmpint (duaal_overview_page_get_mode (fixture->page), ==, DUAAL_OVERVIEW_PLANNED);
  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (view)));
  /* The table is shown whole at its natural size. */
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (view)), >, 900);

  /* The summary read to assistive technologies names the gap. */
  summary = duaal_overview_view_get_summary (view);
  g_assert_nonnull (strstr (summary, "c02"));

  first_learner = duaal_overview_get_learner_id (overview, 0);
  g_assert_cmpint (duaal_overview_get_row_status (overview, DUAAL_OVERVIEW_PLANNED, row_of (overview, "c02")),
                   ==, DUAAL_ROW_GAP);

  /* A click on the gap's cell plans it for that learner. */
  g_assert_false (is_planned (fixture, first_learner, "c02"));
  click_cell (fixture, first_learner, "c02");
  g_assert_true (is_planned (fixture, first_learner, "c02"));
  overview = duaal_overview_page_get_overview (fixture->page);
  g_assert_cmpint (duaal_overview_get_row_status (overview, DUAAL_OVERVIEW_PLANNED, row_of (overview, "c02")),
                   ==, DUAAL_ROW_MIXED);
  g_assert_true (duaal_overview_get_planned (duaal_overview_view_get_overview (view), 0, row_of (overview, "c02")));

  /* Clicking again takes it out; so does the Undo of the toast. */
  click_cell (fixture, first_learner, "c02");
  g_assert_false (is_planned (fixture, first_learner, "c02"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "overview.set-cell", "(xsb)",
                                             first_learner, "c02", TRUE));
  g_assert_true (is_planned (fixture, first_learner, "c02"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "overview.toggle-cell", "(xs)",
                                             first_learner, "c02"));
  g_assert_false (is_planned (fixture, first_learner, "c02"));

  /* A planned cell of another row: off, then on again. */
  g_assert_true (is_planned (fixture, first_learner, "c01"));
  click_cell (fixture, first_learner, "c01");
  g_assert_false (is_planned (fixture, first_learner, "c01"));
  click_cell (fixture, first_learner, "c01");
  g_assert_true (is_planned (fixture, first_learner, "c01"));

  /* The keyboard: from the clicked cell (c01) one row down, Space. */
  press_key (fixture, GDK_KEY_Down);
  press_key (fixture, GDK_KEY_space);
  g_assert_true (is_planned (fixture, first_learner, "c02"));
  press_key (fixture, GDK_KEY_Return);
  g_assert_false (is_planned (fixture, first_learner, "c02"));

  duaal_test_ui_screenshot (GTK_WIDGET (fixture->page_window), "overview-planned");
}

static void
test_actual_and_sort (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  DuaalOverviewView *view = duaal_overview_page_get_view (fixture->page);
  DuaalOverview *overview = duaal_overview_page_get_overview (fixture->page);
  gint64 learner = duaal_overview_get_learner_id (overview, 1);
  gboolean before = is_planned (fixture, learner, "c03");
  guint differs = 0;

  duaal_overview_page_set_mode (fixture->page, DUAAL_OVERVIEW_ACTUAL);
  g_assert_cmpint (duaal_overview_view_get_mode (view), ==, DUAAL_OVERVIEW_ACTUAL);

  /* The actual mode is read-only. */
  click_cell (fixture, learner, "c03");
  g_assert_cmpint (is_planned (fixture, learner, "c03"), ==, before);

  /* The demo's trainers do not follow the plans everywhere. */
  for (guint l = 0; l < duaal_overview_get_n_learners (overview); l++)
    for (guint c = 0; c < duaal_overview_get_n_competences (overview); c++)
      differs += duaal_overview_get_differs (overview, l, c);
  g_assert_cmpuint (differs, >, 0);

  duaal_test_ui_screenshot (GTK_WIDGET (fixture->page_window), "overview-actual");

  /* Campus priority: the collective gap on top. */
  duaal_overview_page_set_mode (fixture->page, DUAAL_OVERVIEW_PLANNED);
  duaal_overview_page_set_sort_by_priority (fixture->page, TRUE);
  g_assert_true (duaal_overview_view_get_sort_by_priority (view));
  g_assert_cmpstr (duaal_overview_get_competence_id (duaal_overview_view_get_shown_overview (view), 0), ==, "c02");
  /* Clicks follow the shown order. */
  click_cell (fixture, learner, "c02");
  g_assert_true (is_planned (fixture, learner, "c02"));
  g_assert_true (duaal_overview_view_get_sort_by_priority (view));
  duaal_overview_page_set_sort_by_priority (fixture->page, FALSE);
  g_assert_cmpstr (duaal_overview_get_competence_id (duaal_overview_view_get_shown_overview (view), 0), ==, "c01");
}

static void
check_file_starts (const char *path,
                   const char *magic)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, strlen (magic));
  g_assert_true (memcmp (contents, magic, strlen (magic)) == 0);
}

static void
test_export_and_print (Fixture       *fixture,
                       gconstpointer  data)
{
  static const struct { const char *format; const char *magic; } formats[] = {
    { "png", "\x89PNG" }, { "pdf", "%PDF" }, { "csv", "\xEF\xBB\xBF" "competence,title,status,lacking," },
    { "xlsx", "PK\x03\x04" },
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *printed = g_build_filename (fixture->dir, "printed.pdf", NULL);
  g_autoptr(GFile) printed_file = g_file_new_for_path (printed);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *name = g_strdup_printf ("overview.%s", formats[i].format);
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);

      g_assert_true (duaal_overview_page_export (fixture->page, formats[i].format, file, &error));
      g_assert_no_error (error);
      check_file_starts (path, formats[i].magic);
    }

  /* Printing draws with the same renderer; exported to PDF here. */
  g_assert_true (duaal_overview_page_print (fixture->page, printed_file, &error));
  g_assert_no_error (error);
  check_file_starts (printed, "%PDF");
}

static void
test_import_activities (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *good = g_test_build_filename (G_TEST_DIST, "data", "csv", "activities-good.csv", NULL);
  g_autofree char *bad = g_test_build_filename (G_TEST_DIST, "data", "csv", "activities-unknown-company.csv", NULL);
  g_autoptr(GFile) good_file = g_file_new_for_path (good);
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad);
  GtkWidget *dialog;

  DuaalOverview *overview;
  int c02;

  g_assert_true (duaal_overview_page_import_activities (fixture->page, good_file, &error));
  g_assert_no_error (error);

  /* Asked whether the plans follow the new lists: yes. */
  dialog = duaal_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  duaal_test_ui_screenshot (dialog, "overview-reset-plans");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "reset");
  gtk_window_destroy (GTK_WINDOW (dialog));
  duaal_test_ui_process_events ();
  /* Elektro De Smet bv has c02 now: the collective gap is gone. */
  overview = duaal_overview_page_get_overview (fixture->page);
  c02 = duaal_overview_find_competence (overview, "c02");
  g_assert_cmpint (duaal_overview_get_row_status (overview, DUAAL_OVERVIEW_PLANNED, c02), ==, DUAAL_ROW_MIXED);

  /* A refused file: the cause is shown, naming file and line. */
  g_assert_false (duaal_overview_page_import_activities (fixture->page, bad_file, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID_FILE);
  dialog = duaal_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)),
                            "activities-unknown-company.csv:3:"));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static gboolean
find_suggested (GtkWidget  *widget,
                GtkWidget **found)
{
  if (GTK_IS_BUTTON (widget) && gtk_widget_has_css_class (widget, "suggested-action") &&
      gtk_widget_get_visible (widget))
    {
      *found = widget;
      return TRUE;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (find_suggested (child, found))
      return TRUE;
  return FALSE;
}

static void
test_planner (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = g_build_filename (fixture->dir, "plan.pdf", NULL);
  g_autofree char *csv = g_build_filename (fixture->dir, "plan.csv", NULL);
  g_autoptr(GFile) pdf_file = g_file_new_for_path (pdf);
  g_autoptr(GFile) csv_file = g_file_new_for_path (csv);
  DuaalPlannerDialog *dialog;
  DuaalSessionPlan *plan;
  GtkWidget *plan_button = NULL;
  guint n, bound;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "overview.plan-sessions", NULL));
  duaal_test_ui_process_events ();
  dialog = DUAAL_PLANNER_DIALOG (duaal_test_ui_find_toplevel (DUAAL_TYPE_PLANNER_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (duaal_planner_dialog_get_visible_page (dialog), ==, "settings");

  g_assert_true (duaal_planner_dialog_set_duration (dialog, "c06", 3));
  g_assert_true (duaal_planner_dialog_set_duration (dialog, "c04", 2));
  g_assert_false (duaal_planner_dialog_set_duration (dialog, "c99", 2));
  duaal_planner_dialog_set_max_groups (dialog, 2);
  duaal_test_ui_screenshot (GTK_WIDGET (dialog), "planner-settings");

  /* The "Plan" button, as a teacher clicks it. */
  g_assert_true (find_suggested (GTK_WIDGET (dialog), &plan_button));
  g_signal_emit_by_name (plan_button, "clicked");
  duaal_test_ui_process_events ();
  g_assert_cmpstr (duaal_planner_dialog_get_visible_page (dialog), ==, "result");

  plan = duaal_planner_dialog_get_plan (dialog);
  g_assert_nonnull (plan);
  n = duaal_session_plan_get_n_sessions (plan);
  bound = duaal_session_plan_get_lower_bound (plan);
  g_assert_cmpuint (n, >=, bound);
  g_assert_cmpuint (2 * n, <=, 3 * bound);
  g_assert_cmpuint (duaal_session_plan_get_max_groups (plan), ==, 2);
  /* The demo's collective gap comes first, plenary. */
  {
    g_autoptr(GPtrArray) first = duaal_session_plan_get_session_groups (plan, 1);
    const DuaalSessionGroup *group = g_ptr_array_index (first, 0);

    g_assert_cmpstr (duaal_session_plan_get_competence_id (plan, group->competence), ==, "c02");
    g_assert_true (group->plenary);
  }
  {
    g_autofree char *count = g_strdup_printf ("%u", n);
    g_autofree char *lower = g_strdup_printf (" %u ", bound);
    const char *text = duaal_planner_dialog_get_result_text (dialog);

    /* "4 sessions (at least 4 needed)" */
    g_assert_true (g_str_has_prefix (text, count));
    g_assert_nonnull (strstr (text + strlen (count), lower));
  }

  duaal_test_ui_screenshot (GTK_WIDGET (dialog), "planner");

  g_assert_true (duaal_planner_dialog_export (dialog, "pdf", pdf_file, &error));
  g_assert_no_error (error);
  check_file_starts (pdf, "%PDF");
  g_assert_true (duaal_planner_dialog_export (dialog, "csv", csv_file, &error));
  g_assert_no_error (error);
  check_file_starts (csv, "\xEF\xBB\xBF" "session,competence,title,part,parts,kind,learners");
  {
    g_autofree char *xlsx = g_build_filename (fixture->dir, "plan.xlsx", NULL);
    g_autoptr(GFile) xlsx_file = g_file_new_for_path (xlsx);

    g_assert_true (duaal_planner_dialog_export (dialog, "xlsx", xlsx_file, &error));
    g_assert_no_error (error);
    check_file_starts (xlsx, "PK\x03\x04");
  }

  duaal_planner_dialog_show_settings (dialog);
  g_assert_cmpstr (duaal_planner_dialog_get_visible_page (dialog), ==, "settings");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

int
main (int   argc,
      char *argv[])
{
  duaal_test_ui_init (&argc, &argv);

  g_test_add ("/ui/overview/planned", Fixture, NULL, fixture_set_up, test_planned, fixture_tear_down);
  g_test_add ("/ui/overview/actual-and-sort", Fixture, NULL, fixture_set_up, test_actual_and_sort,
              fixture_tear_down);
  g_test_add ("/ui/overview/export-and-print", Fixture, NULL, fixture_set_up, test_export_and_print,
              fixture_tear_down);
  g_test_add ("/ui/overview/import-activities", Fixture, NULL, fixture_set_up, test_import_activities,
              fixture_tear_down);
  g_test_add ("/ui/overview/planner", Fixture, NULL, fixture_set_up, test_planner, fixture_tear_down);

  return g_test_run ();
}
