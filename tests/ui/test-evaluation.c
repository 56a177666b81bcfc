/* test-evaluation.c: flexible evaluation, workplace visits and "cannot
 * qualify" in the application (SPEC 15), on the demo class group
 *
 * Screenshots: evaluation-grid.png, visits.png, attention-warnings.png
 * and evaluation-cannot-qualify.png in <builddir>/screenshots/.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "duaal-attention-page.h"
#include "duaal-evaluation-page.h"
#include "duaal-error.h"
#include "duaal-evaluation-report.h"
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

/* Three units on the demo qualification, choices for period 1,
 * workplace results (the third learner cannot qualify) and visits. */
static void
add_evaluation (DuaalStore *store,
                Fixture    *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalClassGroup) group = duaal_store_get_group (store, fixture->group_id, &error);
  g_autoptr(DuaalQualification) q = NULL;
  g_autoptr(GPtrArray) learners = duaal_store_list_learners (store, fixture->group_id, &error);
  static const char * const titles[] = { "Leidingen en buizen", "Verlichting", "Aarding" };
  static const char * const choices[][3] = { { "OO1", NULL }, { "OO1", "OO2", NULL }, { "OO2", NULL } };
  static const guint results[] = { 550, 450, 400 };
  g_autoptr(GDate) visit1 = day ("2026-10-01");
  g_autoptr(GDate) visit2 = day ("2026-12-10");
  g_autoptr(GDate) before = day ("2026-01-01");

  g_assert_no_error (error);
  g_assert_cmpuint (learners->len, >=, 4);
  q = duaal_store_get_qualification (store, duaal_class_group_get_qualification_code (group),
                                     duaal_class_group_get_qualification_version (group), &error);
  g_assert_no_error (error);
  for (guint u = 0; u < 3; u++)
    {
      const char *competences[] = {
        duaal_competence_get_id (duaal_qualification_get_competence (q, 2 * u)),
        duaal_competence_get_id (duaal_qualification_get_competence (q, 2 * u + 1)), NULL,
      };
      g_autofree char *code = g_strdup_printf ("OO%u", u + 1);
      g_autoptr(DuaalTrainingUnit) unit = duaal_training_unit_new (code, titles[u], competences);

      g_assert_true (duaal_store_add_training_unit (store, duaal_qualification_get_code (q), 0, unit, &error));
      g_assert_no_error (error);
    }
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
  DuaalEvaluationPage *page = DUAAL_EVALUATION_PAGE (duaal_evaluation_page_new (store));
  g_autoptr(GHashTable) choices = NULL;
  GtkWidget *check;
  CountWait wait = { page, 2, "1" };
  GPtrArray *codes;
  gint64 fourth;

  present (fixture, GTK_WIDGET (page), 1200, 520);
  duaal_evaluation_page_set_group (page, fixture->group_id);
  duaal_evaluation_page_set_period (page, 2);
  duaal_test_ui_process_events ();

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
  g_test_add ("/ui/evaluation/visits", Fixture, NULL, fixture_set_up, test_visits, fixture_tear_down);
  g_test_add ("/ui/evaluation/attention-warnings", Fixture, NULL, fixture_set_up, test_attention_warnings,
              fixture_tear_down);
  g_test_add ("/ui/evaluation/cannot-qualify", Fixture, NULL, fixture_set_up, test_cannot_qualify_everywhere,
              fixture_tear_down);

  return g_test_run ();
}
