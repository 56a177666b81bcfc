/* test-evaluation.c: flexible evaluation, workplace visits and "cannot
 * qualify" in the application (SPEC 15), on the demo class group
 *
 * Screenshots: evaluation-grid.png, evaluation-results.png,
 * evaluation-deliberation.png, visits.png, attention-warnings.png and
 * evaluation-cannot-qualify.png in <builddir>/screenshots/.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "duaal-attention-page.h"
#include "duaal-evaluation-page.h"
#include "duaal-error.h"
#include "duaal-evaluation-report.h"
#include "duaal-percent-button.h"
#include "duaal-sidebar.h"
#include "duaal-sqlite-store.h"
#include "duaal-test-ui.h"
#include "duaal-visits-page.h"

/* The tests run in Dutch: what the learner's rows say, translated. */
#define CANNOT_QUALIFY g_dgettext (GETTEXT_PACKAGE, "Cannot qualify")

typedef struct {
  char             *dir;
  char             *database;
  gint64            group_id;
  gint64            learners[4];
  DuaalApplication *app;
  DuaalWindow      *window;
} Fixture;

static GDate *
day (const char *iso)
{
  GDate *date = duaal_period_date_from_iso (iso);

  g_assert_nonnull (date);
  return date;
}

/* The demo qualification's three units (OO1-OO3, from its file): other
 * choices for period 2, workplace results (the third learner cannot
 * qualify) and visits. */
static void
add_evaluation (DuaalStore *store,
                Fixture    *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) learners = duaal_store_list_learners (store, fixture->group_id, &error);
  g_autoptr(GPtrArray) units = duaal_store_list_training_units (store, "BK-0138", 0, &error);
  static const char * const choices[][3] = { { "OO1", NULL }, { "OO1", "OO2", NULL }, { "OO2", NULL } };
  static const guint results[] = { 550, 450, 400 };
  g_autoptr(GDate) visit1 = day ("2026-10-01");
  g_autoptr(GDate) visit2 = day ("2026-12-10");
  g_autoptr(GDate) before = day ("2026-01-01");

  g_assert_no_error (error);
  g_assert_cmpuint (learners->len, >=, 4);
  g_assert_cmpuint (units->len, ==, 3);
  g_assert_cmpstr (duaal_training_unit_get_code (g_ptr_array_index (units, 2)), ==, "OO3");
  for (guint l = 0; l < 4; l++)
    fixture->learners[l] = duaal_learner_get_id (g_ptr_array_index (learners, l));
  for (guint l = 0; l < 3; l++)
    {
      /* Period 1 of the demo is closed: these are the choices for period 2. */
      g_assert_true (duaal_store_choose_units (store, fixture->learners[l], 2, choices[l], before, &error));
      g_assert_no_error (error);
      g_assert_true (duaal_store_set_workplace_result (store, fixture->learners[l], 2, results[l], &error));
      g_assert_no_error (error);
    }
  g_assert_cmpint (duaal_store_add_visit (store, fixture->learners[0], visit1, "Eerste bezoek", &error), >, 0);
  g_assert_cmpint (duaal_store_add_visit (store, fixture->learners[1], visit1, NULL, &error), >, 0);
  g_assert_cmpint (duaal_store_add_visit (store, fixture->learners[1], visit2, NULL, &error), >, 0);
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(DuaalStore) store = NULL;

  fixture->dir = duaal_test_ui_make_tmp_dir ();
  fixture->database = g_build_filename (fixture->dir, "duaal.db", NULL);
  store = duaal_test_ui_make_demo_store (fixture->database, &fixture->group_id);
  add_evaluation (store, fixture);
  g_clear_object (&store);

  fixture->app = duaal_test_ui_start_app (fixture->database);
  fixture->window = duaal_test_ui_get_window (fixture->app);
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

/* @page in a window of its own, large enough to show it whole. */
static void
present (Fixture   *fixture,
         GtkWidget *page,
         int        width,
         int        height)
{
  GtkWindow *window = GTK_WINDOW (adw_window_new ());

  gtk_window_set_application (window, GTK_APPLICATION (fixture->app));
  gtk_window_set_default_size (window, width, height);
  adw_window_set_content (ADW_WINDOW (window), page);
  gtk_window_present (window);
  duaal_test_ui_wait_until_drawn (GTK_WIDGET (window));
}

/* The evaluation page of the demo group's period 2, shown. */
static DuaalEvaluationPage *
show_evaluation_page (Fixture *fixture,
                      int      height)
{
  DuaalStore *store = duaal_window_get_store (fixture->window);
  DuaalEvaluationPage *page = DUAAL_EVALUATION_PAGE (duaal_evaluation_page_new (store));

  present (fixture, GTK_WIDGET (page), 1200, height);
  duaal_evaluation_page_set_group (page, fixture->group_id);
  duaal_evaluation_page_set_period (page, 2);
  duaal_test_ui_process_events ();
  return page;
}

/* The first label under @root whose text holds @text. */
static GtkWidget *
find_label_with (GtkWidget  *root,
                 const char *text)
{
  if (GTK_IS_LABEL (root) && gtk_widget_get_mapped (root)
      && strstr (gtk_label_get_text (GTK_LABEL (root)), text) != NULL)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label_with (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

typedef struct {
  GtkWidget  *root;
  const char *text;
} LabelWait;

static gboolean
label_shown (gpointer user_data)
{
  LabelWait *wait = user_data;

  return find_label_with (wait->root, wait->text) != NULL;
}

typedef struct {
  DuaalEvaluationPage *page;
  guint                unit;
  const char          *count;
} CountWait;

static gboolean
count_is (gpointer user_data)
{
  CountWait *wait = user_data;

  return g_strcmp0 (duaal_evaluation_page_get_count (wait->page, wait->unit), wait->count) == 0;
}

/* The fourth learner's OO3 can no longer be clicked. */
static gboolean
choice_locked (gpointer user_data)
{
  GtkWidget *grid = duaal_test_ui_find_widget (GTK_WIDGET (user_data), GTK_TYPE_GRID, NULL);
  GtkWidget *check = gtk_grid_get_child_at (GTK_GRID (grid), 4, 3);

  return GTK_IS_CHECK_BUTTON (check) && !gtk_widget_get_sensitive (check);
}

static void
test_evaluation_grid (Fixture       *fixture,
                      gconstpointer  data)
{
  DuaalStore *store = duaal_window_get_store (fixture->window);
  DuaalEvaluationPage *page = show_evaluation_page (fixture, 520);
  g_autoptr(GHashTable) choices = NULL;
  GtkWidget *check;
  CountWait wait = { page, 2, "1" };
  GPtrArray *codes;
  gint64 fourth;


  /* Per unit, the learners who chose it. */
  g_assert_cmpstr (duaal_evaluation_page_get_count (page, 0), ==, "2");
  g_assert_cmpstr (duaal_evaluation_page_get_count (page, 1), ==, "2");
  g_assert_cmpstr (duaal_evaluation_page_get_count (page, 2), ==, "0");
  /* The third learner cannot qualify: shown in the result row. */
  g_assert_nonnull (find_label_with (GTK_WIDGET (page), CANNOT_QUALIFY));

  /* A click on the fourth learner's OO3 is their choice, and the count follows. */
  check = gtk_grid_get_child_at (GTK_GRID (duaal_test_ui_find_widget (GTK_WIDGET (page), GTK_TYPE_GRID, NULL)),
                                 4, 3);
  g_assert_true (GTK_IS_CHECK_BUTTON (check));
  g_assert_true (gtk_widget_get_sensitive (check));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  g_assert_true (duaal_test_ui_wait_for (count_is, &wait, 5000));
  choices = duaal_store_list_unit_choices (store, fixture->group_id, 2, NULL);
  fourth = fixture->learners[3];
  codes = g_hash_table_lookup (choices, &fourth);
  g_assert_nonnull (codes);
  g_assert_cmpuint (codes->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (codes, 0), ==, "OO3");

  duaal_test_ui_wait_until_drawn (GTK_WIDGET (page));
  duaal_test_ui_screenshot (gtk_widget_get_ancestor (GTK_WIDGET (page), GTK_TYPE_WINDOW), "evaluation-grid");

  /* Once the period is closed the choices are locked. */
  g_assert_cmpuint (duaal_store_close_period (store, fixture->group_id, NULL), ==, 2);
  g_assert_true (duaal_test_ui_wait_for (choice_locked, page, 5000));
}

/* ---- workplace results, the pass mark and the deliberation list ---- */

/* The result button of learner column @column (0-based) of the grid. */
static DuaalPercentButton *
result_button (DuaalEvaluationPage *page,
               guint                column)
{
  GtkWidget *grid = duaal_test_ui_find_widget (GTK_WIDGET (page), GTK_TYPE_GRID, NULL);
  /* Three units: the result row is the grid's fifth. */
  GtkWidget *button = gtk_grid_get_child_at (GTK_GRID (grid), 1 + column, 4);

  g_assert_true (DUAAL_IS_PERCENT_BUTTON (button));
  return DUAAL_PERCENT_BUTTON (button);
}

static gboolean
popover_shown (gpointer user_data)
{
  GtkWidget *spin = duaal_test_ui_find_widget (user_data, GTK_TYPE_SPIN_BUTTON, NULL);

  return spin != NULL && gtk_widget_get_mapped (spin);
}

/* What a user does: opens the button's popover, types @text into the
 * spin button and clicks Save or (@by_enter) presses Enter in the field.
 * Returns the popover, still there. */
static GtkWidget *
type_percent (DuaalPercentButton *button,
              const char         *text,
              gboolean            by_enter)
{
  GtkWidget *menu = duaal_test_ui_find_widget (GTK_WIDGET (button), GTK_TYPE_MENU_BUTTON, NULL);
  GtkWidget *popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu)));
  GtkWidget *spin, *save;

  g_assert_true (gtk_widget_get_sensitive (menu));
  gtk_menu_button_popup (GTK_MENU_BUTTON (menu));
  g_assert_true (duaal_test_ui_wait_for (popover_shown, popover, 5000));
  spin = duaal_test_ui_find_widget (popover, GTK_TYPE_SPIN_BUTTON, NULL);
  save = duaal_test_ui_find_widget (popover, GTK_TYPE_BUTTON, g_dgettext (GETTEXT_PACKAGE, "_Save"));
  g_assert_nonnull (save);
  gtk_widget_grab_focus (spin);
  gtk_editable_set_text (GTK_EDITABLE (spin), text);
  if (by_enter)
    /* what the Enter key's binding does */
    g_signal_emit_by_name (gtk_editable_get_delegate (GTK_EDITABLE (spin)), "activate");
  else
    g_signal_emit_by_name (save, "clicked");
  duaal_test_ui_process_events ();
  return popover;
}

static GtkWidget *
enter_percent (DuaalPercentButton *button,
               const char         *text)
{
  return type_percent (button, text, FALSE);
}

typedef struct {
  DuaalStore *store;
  gint64      group_id;
  gint64      learner_id;
  guint       tenths;
} ResultWait;

static gboolean
result_stored (gpointer user_data)
{
  ResultWait *wait = user_data;
  g_autoptr(GPtrArray) results = duaal_store_list_workplace_results (wait->store, wait->group_id, NULL);

  for (guint i = 0; i < results->len; i++)
    {
      DuaalWorkplaceResult *result = g_ptr_array_index (results, i);

      if (result->learner_id == wait->learner_id && result->period == 2)
        return result->tenths == wait->tenths;
    }
  return FALSE;
}

/* The deliberation list's row of @name, or NULL. */
static GtkWidget *
deliberation_row (DuaalEvaluationPage *page,
                  const char          *name)
{
  GtkWidget *list = duaal_test_ui_find_widget (GTK_WIDGET (page), GTK_TYPE_LIST_BOX, NULL);

  g_assert_nonnull (list);
  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    if (ADW_IS_ACTION_ROW (row)
        && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), name) == 0)
      return row;
  return NULL;
}

typedef struct {
  DuaalEvaluationPage *page;
  const char          *name;
  const char          *subtitle;
} DeliberationWait;

static gboolean
in_deliberation (gpointer user_data)
{
  DeliberationWait *wait = user_data;
  GtkWidget *row = deliberation_row (wait->page, wait->name);

  return row != NULL && g_strcmp0 (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), wait->subtitle) == 0;
}

static char *
learner_name (DuaalStore *store,
              gint64      learner_id)
{
  g_autoptr(DuaalLearner) learner = duaal_store_get_learner (store, learner_id, NULL);

  return g_strdup (duaal_learner_get_name (learner));
}

static void
test_results_and_pass_mark (Fixture       *fixture,
                            gconstpointer  data)
{
  DuaalStore *store = duaal_window_get_store (fixture->window);
  DuaalEvaluationPage *page = show_evaluation_page (fixture, 700);
  g_autofree char *first = learner_name (store, fixture->learners[0]);
  g_autofree char *fourth = learner_name (store, fixture->learners[3]);
  const char *insufficient = g_dgettext (GETTEXT_PACKAGE, "Insufficient");
  g_autofree char *shown = g_strdup_printf (g_dgettext (GETTEXT_PACKAGE, "%s%% · %s"), "49.9", insufficient);
  ResultWait stored = { store, fixture->group_id, fixture->learners[3], 499 };
  DeliberationWait listed = { page, fourth, shown };
  LabelWait in_row = { GTK_WIDGET (page), shown };
  g_autoptr(GError) refusal = NULL;
  GtkWidget *popover;
  guint tenths;

  /* Without a result the fourth learner is in no deliberation. */
  g_assert_null (deliberation_row (page, fourth));
  g_assert_null (deliberation_row (page, first));

  /* 49.9 through the fourth learner's button: insufficient, to deliberate. */
  enter_percent (result_button (page, 3), "49.9");
  g_assert_true (duaal_test_ui_wait_for (result_stored, &stored, 5000));
  g_assert_true (duaal_test_ui_wait_for (label_shown, &in_row, 5000));
  g_assert_true (duaal_test_ui_wait_for (in_deliberation, &listed, 5000));
  duaal_test_ui_wait_until_drawn (GTK_WIDGET (page));
  duaal_test_ui_screenshot (gtk_widget_get_ancestor (GTK_WIDGET (page), GTK_TYPE_WINDOW), "evaluation-results");

  /* 101 is refused with the core's reason, shown in the popover; the
   * result stays 49.9. */
  g_assert_false (duaal_percent_parse ("101", &tenths, &refusal));
  popover = enter_percent (result_button (page, 3), "101");
  g_assert_true (gtk_widget_get_mapped (popover));
  g_assert_nonnull (find_label_with (popover, refusal->message));
  duaal_test_ui_wait (200);
  g_assert_true (result_stored (&stored));
  gtk_popover_popdown (GTK_POPOVER (popover));

  /* The pass mark, from the header: 0 is refused by the store, 60 puts
   * the first learner's 55 in the deliberation list. */
  {
    DuaalPercentButton *pass_mark = DUAAL_PERCENT_BUTTON (duaal_test_ui_find_widget (GTK_WIDGET (page),
                                                                                     DUAAL_TYPE_PERCENT_BUTTON,
                                                                                     NULL));
    g_autofree char *first_shown = g_strdup_printf (g_dgettext (GETTEXT_PACKAGE, "%s%% · %s"), "55", insufficient);
    DeliberationWait first_listed = { page, first, first_shown };

    g_assert_cmpuint (duaal_store_get_pass_mark (store, fixture->group_id, NULL), ==, 500);
    popover = enter_percent (pass_mark, "0");
    g_assert_nonnull (find_label_with (popover, g_dgettext (GETTEXT_PACKAGE,
                                                            "A pass mark is a percentage above 0 and at most 100")));
    gtk_popover_popdown (GTK_POPOVER (popover));
    /* Enter in the field saves, like the button */
    type_percent (pass_mark, "60", TRUE);
    g_assert_true (duaal_test_ui_wait_for (in_deliberation, &first_listed, 5000));
    g_assert_cmpuint (duaal_store_get_pass_mark (store, fixture->group_id, NULL), ==, 600);
    g_assert_nonnull (find_label_with (GTK_WIDGET (pass_mark), "60"));
  }

  /* Written by another connection (as duaal-cli would): the page follows. */
  {
    g_autoptr(DuaalSqliteStore) other = duaal_sqlite_store_open (fixture->database, NULL);
    g_autoptr(GError) error = NULL;
    g_autofree char *passed = g_strdup_printf (g_dgettext (GETTEXT_PACKAGE, "%s%% · %s"), "72.5",
                                               g_dgettext (GETTEXT_PACKAGE, "Sufficient"));
    LabelWait passed_row = { GTK_WIDGET (page), passed };

    g_assert_true (duaal_store_set_workplace_result (DUAAL_STORE (other), fixture->learners[3], 2, 725, &error));
    g_assert_no_error (error);
    g_assert_true (duaal_test_ui_wait_for (label_shown, &passed_row, 5000));
    g_assert_null (deliberation_row (page, fourth));
  }

  duaal_test_ui_wait_until_drawn (GTK_WIDGET (page));
  duaal_test_ui_screenshot (gtk_widget_get_ancestor (GTK_WIDGET (page), GTK_TYPE_WINDOW), "evaluation-deliberation");
}

typedef struct {
  DuaalVisitsPage *page;
  guint            n_overdue;
} OverdueWait;

static gboolean
overdue_is (gpointer user_data)
{
  OverdueWait *wait = user_data;

  return duaal_visits_page_count_overdue (wait->page) == wait->n_overdue;
}

static void
test_visits (Fixture       *fixture,
             gconstpointer  data)
{
  DuaalStore *store = duaal_window_get_store (fixture->window);
  DuaalVisitsPage *page = DUAAL_VISITS_PAGE (duaal_visits_page_new (store));
  g_autoptr(GDate) today = day ("2027-01-05");
  g_autoptr(GPtrArray) expected = NULL;
  guint n_overdue = 0;

  present (fixture, GTK_WIDGET (page), 1000, 520);
  duaal_visits_page_set_group (page, fixture->group_id);
  duaal_visits_page_set_today (page, today);
  duaal_test_ui_process_events ();

  expected = duaal_evaluation_list_visit_status (store, fixture->group_id, today, NULL);
  for (guint i = 0; i < expected->len; i++)
    if (((DuaalLearnerVisits *) g_ptr_array_index (expected, i))->status.overdue)
      n_overdue++;
  /* The learners never visited are overdue after 31 December; the one
   * visited in October is not. */
  g_assert_cmpuint (n_overdue, >=, 2);
  g_assert_false (((DuaalLearnerVisits *) g_ptr_array_index (expected, 0))->status.overdue);
  g_assert_cmpuint (duaal_visits_page_count_overdue (page), ==, n_overdue);
  g_assert_nonnull (find_label_with (GTK_WIDGET (page), g_dgettext (GETTEXT_PACKAGE, "Overdue")));
  g_assert_nonnull (find_label_with (GTK_WIDGET (page), CANNOT_QUALIFY));

  /* Recorded in the form: the fourth learner is no longer overdue. */
  {
    GtkWidget *dropdown = duaal_test_ui_find_widget (GTK_WIDGET (page), GTK_TYPE_DROP_DOWN, NULL);
    GtkWidget *record = duaal_test_ui_find_widget (GTK_WIDGET (page), GTK_TYPE_BUTTON,
                                                   g_dgettext (GETTEXT_PACKAGE, "_Record Visit"));
    GtkWidget *date_entry = duaal_test_ui_find_widget (GTK_WIDGET (page), GTK_TYPE_ENTRY, NULL);
    OverdueWait wait = { page, n_overdue - 1 };

    g_assert_nonnull (dropdown);
    g_assert_nonnull (record);
    gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), 3);
    gtk_editable_set_text (GTK_EDITABLE (date_entry), "2027-01-04");
    g_signal_emit_by_name (record, "clicked");
    g_assert_true (duaal_test_ui_wait_for (overdue_is, &wait, 5000));
    {
      g_autoptr(GPtrArray) visits = duaal_store_list_visits (store, fixture->group_id, NULL);
      g_autoptr(GDate) expected_day = day ("2027-01-04");
      gboolean found = FALSE;

      for (guint i = 0; i < visits->len; i++)
        {
          DuaalVisit *visit = g_ptr_array_index (visits, i);

          found |= visit->learner_id == fixture->learners[3] && g_date_compare (&visit->day, expected_day) == 0;
        }
      g_assert_true (found);
    }
  }
  /* A visit on a day that is no date is refused. */
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (duaal_visits_page_record_visit (page, fixture->learners[2], "31-31-2026", NULL, &error));
    g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID);
  }
  /* The agenda of a learner, as the row's button writes it. */
  {
    g_autofree char *path = g_build_filename (fixture->dir, "agenda.pdf", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);
    g_autoptr(GError) error = NULL;

    g_assert_true (duaal_visits_page_write_agenda (page, fixture->learners[2], file, &error));
    g_assert_no_error (error);
    g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  }

  duaal_test_ui_wait_until_drawn (GTK_WIDGET (page));
  duaal_test_ui_screenshot (gtk_widget_get_ancestor (GTK_WIDGET (page), GTK_TYPE_WINDOW), "visits");
}

/* The attention view lists the early warnings of the demo's closed
 * period 1 above the attention items. */
static void
test_attention_warnings (Fixture       *fixture,
                         gconstpointer  data)
{
  DuaalStore *store = duaal_window_get_store (fixture->window);
  DuaalAttentionPage *page = DUAAL_ATTENTION_PAGE (duaal_attention_page_new (store));
  g_autoptr(GPtrArray) warnings = duaal_evaluation_list_warnings (store, fixture->group_id, NULL);

  g_assert_cmpuint (warnings->len, >, 0);
  present (fixture, GTK_WIDGET (page), 1000, 700);
  duaal_attention_page_set_group (page, fixture->group_id);
  duaal_test_ui_process_events ();
  g_assert_nonnull (find_label_with (GTK_WIDGET (page),
                                     g_dgettext (GETTEXT_PACKAGE, "Early warnings after the last closed period")));
  duaal_test_ui_wait_until_drawn (GTK_WIDGET (page));
  duaal_test_ui_screenshot (gtk_widget_get_ancestor (GTK_WIDGET (page), GTK_TYPE_WINDOW), "attention-warnings");
}

/* "Cannot qualify" wherever the learner is: the sidebar's row and the
 * header of the learner's page. */
static void
test_cannot_qualify_everywhere (Fixture       *fixture,
                                gconstpointer  data)
{
  DuaalSidebar *sidebar = duaal_window_get_sidebar (fixture->window);
  GtkWidget *page = GTK_WIDGET (duaal_window_get_learner_page (fixture->window));
  LabelWait in_sidebar = { GTK_WIDGET (sidebar), CANNOT_QUALIFY };
  LabelWait in_page = { page, CANNOT_QUALIFY };

  duaal_test_ui_wait_until_drawn (GTK_WIDGET (fixture->window));
  g_assert_true (duaal_sidebar_select_learner (sidebar, fixture->learners[2]));
  g_assert_true (duaal_test_ui_wait_for (label_shown, &in_sidebar, 5000));
  g_assert_true (duaal_test_ui_wait_for (label_shown, &in_page, 5000));
  duaal_test_ui_wait_until_drawn (GTK_WIDGET (fixture->window));
  duaal_test_ui_screenshot (GTK_WIDGET (fixture->window), "evaluation-cannot-qualify");

  /* A learner with a sufficient result shows no such line. */
  g_assert_true (duaal_sidebar_select_learner (sidebar, fixture->learners[0]));
  duaal_test_ui_wait (300);
  g_assert_null (find_label_with (page, CANNOT_QUALIFY));
}

int
main (int    argc,
      char **argv)
{
  duaal_test_ui_init (&argc, &argv);

  g_test_add ("/ui/evaluation/grid", Fixture, NULL, fixture_set_up, test_evaluation_grid, fixture_tear_down);
  g_test_add ("/ui/evaluation/results", Fixture, NULL, fixture_set_up, test_results_and_pass_mark,
              fixture_tear_down);
  g_test_add ("/ui/evaluation/visits", Fixture, NULL, fixture_set_up, test_visits, fixture_tear_down);
  g_test_add ("/ui/evaluation/attention-warnings", Fixture, NULL, fixture_set_up, test_attention_warnings,
              fixture_tear_down);
  g_test_add ("/ui/evaluation/cannot-qualify", Fixture, NULL, fixture_set_up, test_cannot_qualify_everywhere,
              fixture_tear_down);

  return g_test_run ();
}
