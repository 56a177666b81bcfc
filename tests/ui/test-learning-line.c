/* test-learning-line.c: the Learning Line view (SPEC section 14) in the application
 *
 * On the demo class group, whose learning line starts with the seed's
 * three contexts and ends with a fourth for testing: the view is
 * reached from the class group in the sidebar, its chart carries the
 * learning line and says it in words to screen readers, moving a
 * context changes where competences start, a context added through the
 * dialog and a scenario appear, a learner's done contexts show on their
 * line, plans come from the offered contexts (here and in the overview
 * page), the session planner names the scenario and takes its
 * estimate, and the chart exports.  Writes screenshots/learning-line.png.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>

#include "duaal-ccv-dialog.h"
#include "duaal-error.h"
#include "duaal-learning-line-page.h"
#include "duaal-overview-page.h"
#include "duaal-planner-dialog.h"
#include "duaal-sidebar.h"
#include "duaal-test-ui.h"

typedef struct {
  char             *dir;
  char             *database;
  gint64            group_id;
  gint64            learner_id;
  gint64            contexts[3];
  gint64            company_id;
  DuaalApplication *app;
  DuaalWindow      *window;
  DuaalStore       *store;
} Fixture;

/* The demo context at @position of the line: one of the seed's
 * (chapter 4), which the demo qualification file brings. */
static gint64
seed_context (GPtrArray          *contexts,
              guint               position,
              const char         *title,
              const char * const *competences)
{
  DuaalContext *context = g_ptr_array_index (contexts, position);

  g_assert_cmpstr (duaal_context_get_title (context), ==, title);
  g_assert_cmpstrv (duaal_context_get_competences (context), competences);
  return duaal_context_get_id (context);
}

/* The demo group with the seed's contexts on its line. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(DuaalStore) store = NULL;
  g_autoptr(GPtrArray) learners = NULL;
  g_autoptr(GPtrArray) contexts = NULL;
  g_autoptr(GError) error = NULL;

  fixture->dir = duaal_test_ui_make_tmp_dir ();
  fixture->database = g_build_filename (fixture->dir, "duaal.db", NULL);
  store = duaal_test_ui_make_demo_store (fixture->database, &fixture->group_id);
  contexts = duaal_store_list_contexts (store, "BK-0138", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (contexts->len, ==, 4);
  fixture->contexts[0] = seed_context (contexts, 0, "Een rijwoning bekabelen",
                                       (const char * const[]) { "c03", "c04", "c06", "c07", NULL });
  fixture->contexts[1] = seed_context (contexts, 1, "Een appartement uitrusten",
                                       (const char * const[]) { "c01", "c03", "c04", "c05", "c06", "c07", NULL });
  fixture->contexts[2] = seed_context (contexts, 2, "Een keuken vernieuwen",
                                       (const char * const[]) { "c01", "c03", "c06", NULL });
  learners = duaal_store_list_learners (store, fixture->group_id, &error);
  g_assert_no_error (error);
  fixture->learner_id = duaal_learner_get_id (g_ptr_array_index (learners, 0));
  fixture->company_id = duaal_learner_get_company_id (g_ptr_array_index (learners, 0));
  g_clear_object (&store);

  fixture->app = duaal_test_ui_start_app (fixture->database);
  fixture->window = duaal_test_ui_get_window (fixture->app);
  fixture->store = duaal_window_get_store (fixture->window);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 900);
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

/* The class group's Learning Line view, as the sidebar and switcher open it. */
static DuaalLearningLinePage *
show_line (Fixture *fixture)
{
  DuaalSidebar *sidebar = duaal_window_get_sidebar (fixture->window);
  GtkWidget *page;

  g_assert_true (duaal_sidebar_select_group (sidebar, fixture->group_id));
  duaal_test_ui_process_events ();
  g_assert_true (duaal_window_set_view (fixture->window, "learning-line"));
  page = duaal_window_get_view_page (fixture->window, "learning-line");
  g_assert_true (DUAAL_IS_LEARNING_LINE_PAGE (page));
  duaal_test_ui_wait_until_drawn (page);
  return DUAAL_LEARNING_LINE_PAGE (page);
}

static DuaalLearningLine *
shown_line (DuaalLearningLinePage *page)
{
  return duaal_learning_line_view_get_line (duaal_learning_line_page_get_view (page));
}

/* Waits for the page to follow the store's change notice. */
static gboolean
start_is (gpointer data)
{
  gpointer *args = data;
  DuaalLearningLine *line = shown_line (args[0]);

  return line != NULL && duaal_learning_line_get_start (line, 0) == GPOINTER_TO_INT (args[1]);
}

static void
test_group_view (Fixture       *fixture,
                 gconstpointer  data)
{
  DuaalLearningLinePage *page = show_line (fixture);
  DuaalLearningLineView *view = duaal_learning_line_page_get_view (page);
  DuaalLearningLine *line = shown_line (page);
  g_autoptr(GError) error = NULL;
  const char *description;
  gpointer args[2] = { page, GINT_TO_POINTER (0) };

  g_assert_cmpint (duaal_learning_line_page_get_group (page), ==, fixture->group_id);
  g_assert_nonnull (line);
  g_assert_cmpuint (duaal_learning_line_get_n_contexts (line), ==, 4);
  /* c01 starts in the second context, c02 is uncovered. */
  g_assert_cmpint (duaal_learning_line_get_start (line, 0), ==, 1);
  g_assert_true (duaal_learning_line_is_uncovered (line, 1));

  /* Screen readers hear the chart in words. */
  g_assert_nonnull (strstr (duaal_chart_view_get_accessible_label (DUAAL_CHART_VIEW (view)), "Elektrotechnicus"));
  description = duaal_chart_view_get_accessible_description (DUAAL_CHART_VIEW (view));
  g_assert_nonnull (description);
  g_assert_nonnull (strstr (description, "c01"));
  g_assert_nonnull (strstr (description, "Een appartement uitrusten"));
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (view)), ==, GTK_ACCESSIBLE_ROLE_IMG);

  duaal_test_ui_wait_until_drawn (GTK_WIDGET (fixture->window));
  duaal_test_ui_screenshot (GTK_WIDGET (fixture->window), "learning-line");

  /* The keuken context moved to the front: c01 starts there now. */
  g_assert_true (duaal_learning_line_page_move_context (page, fixture->contexts[2], -2, &error));
  g_assert_no_error (error);
  g_assert_true (duaal_test_ui_wait_for (start_is, args, 5000));
  g_assert_cmpint (duaal_context_get_id (duaal_learning_line_get_context (shown_line (page), 0)), ==,
                   fixture->contexts[2]);

  /* The scenarios' row lists what no demo scenario aims at, c01 among them. */
  g_assert_nonnull (strstr (duaal_learning_line_page_get_uncovered_text (page), "c01"));
}

static gboolean
has_n_contexts (gpointer data)
{
  gpointer *args = data;
  DuaalLearningLine *line = shown_line (args[0]);

  return line != NULL && duaal_learning_line_get_n_contexts (line) == GPOINTER_TO_UINT (args[1]);
}

static gboolean
uncovered_text_lacks (gpointer data)
{
  gpointer *args = data;
  const char *text = duaal_learning_line_page_get_uncovered_text (args[0]);

  return text != NULL && strstr (text, args[1]) == NULL;
}

static void
test_dialogs (Fixture       *fixture,
              gconstpointer  data)
{
  DuaalLearningLinePage *page = show_line (fixture);
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalQualification) qualification = duaal_store_get_qualification (fixture->store, "BK-0138", 0, NULL);
  DuaalCcvDialog *dialog;
  gpointer five[2] = { page, GUINT_TO_POINTER (5) };
  gpointer c02[2] = { page, (gpointer) "c02" };

  /* A new context through the dialog, as a coach fills it in. */
  dialog = duaal_ccv_dialog_new_for_context (GTK_WINDOW (fixture->window), fixture->store, qualification, NULL);
  gtk_window_present (GTK_WINDOW (dialog));
  duaal_test_ui_wait_until_drawn (GTK_WIDGET (dialog));
  duaal_ccv_dialog_set_title_text (dialog, "Een werf opstarten");
  /* Nothing ticked: refused, the dialog stays. */
  g_assert_false (duaal_ccv_dialog_save (dialog, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (duaal_ccv_dialog_set_competence (dialog, "c02", TRUE));
  duaal_test_ui_screenshot (GTK_WIDGET (dialog), "learning-line-context-dialog");
  g_assert_true (duaal_ccv_dialog_save (dialog, &error));
  g_assert_no_error (error);
  g_assert_true (duaal_test_ui_wait_for (has_n_contexts, five, 5000));
  g_assert_false (duaal_learning_line_is_uncovered (shown_line (page), 1));

  /* A scenario for c02 of 2 sessions. */
  dialog = duaal_ccv_dialog_new_for_scenario (GTK_WINDOW (fixture->window), fixture->store, qualification, NULL);
  gtk_window_present (GTK_WINDOW (dialog));
  duaal_ccv_dialog_set_title_text (dialog, "Aarding meten");
  duaal_ccv_dialog_set_competence (dialog, "c02", TRUE);
  duaal_ccv_dialog_set_sessions (dialog, 2);
  g_assert_true (duaal_ccv_dialog_save (dialog, &error));
  g_assert_no_error (error);
  g_assert_true (duaal_test_ui_wait_for (uncovered_text_lacks, c02, 5000));
}

static gboolean
line_done (gpointer data)
{
  gpointer *args = data;
  DuaalLearningLine *line = shown_line (args[0]);

  return line != NULL && duaal_learning_line_is_done (line, GPOINTER_TO_UINT (args[1]));
}

static void
test_learner_done (Fixture       *fixture,
                   gconstpointer  data)
{
  DuaalLearningLinePage *page = show_line (fixture);
  g_autoptr(GError) error = NULL;
  gpointer second[2] = { page, GUINT_TO_POINTER (1) };
  GtkWidget *learners = duaal_test_ui_find_widget (GTK_WIDGET (page), GTK_TYPE_DROP_DOWN, NULL);

  /* The first learner chosen above the chart (after "the whole group"). */
  g_assert_nonnull (learners);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (learners), 1);
  duaal_test_ui_process_events ();
  g_assert_cmpint (duaal_learning_line_page_get_learner (page), ==, fixture->learner_id);
  g_assert_true (duaal_learning_line_has_learner (shown_line (page)));
  g_assert_false (duaal_learning_line_is_done (shown_line (page), 1));
  g_assert_true (duaal_learning_line_page_set_done (page, fixture->contexts[1], TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (duaal_test_ui_wait_for (line_done, second, 5000));
  g_assert_nonnull (strstr (duaal_chart_view_get_accessible_description (DUAAL_CHART_VIEW (duaal_learning_line_page_get_view (page))),
                            "Een appartement uitrusten"));
  duaal_test_ui_screenshot (GTK_WIDGET (fixture->window), "learning-line-learner");
}

static void
test_plans_and_planner (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) offer = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_auto(GStrv) plan = NULL;
  DuaalScenarioTexts texts = { .title = "Buizen plooien", .sessions = 3 };
  g_autoptr(GPtrArray) scenarios = NULL;
  DuaalOverviewPage *overview;
  DuaalPlannerDialog *planner;
  DuaalSessionPlan *session_plan;
  gint64 scenario;
  gboolean named = FALSE;

  /* The learner's company offers only the keuken context. */
  g_array_append_val (offer, fixture->contexts[2]);
  g_assert_true (duaal_store_set_company_contexts (fixture->store, fixture->company_id, offer, &error));
  g_assert_true (duaal_sidebar_select_group (duaal_window_get_sidebar (fixture->window), fixture->group_id));
  duaal_test_ui_process_events ();
  g_assert_true (duaal_window_set_view (fixture->window, "overview"));
  overview = DUAAL_OVERVIEW_PAGE (duaal_window_get_view_page (fixture->window, "overview"));
  g_assert_true (duaal_overview_page_plans_from_contexts (overview, &error));
  g_assert_no_error (error);
  plan = duaal_store_get_plan (fixture->store, fixture->learner_id, &error);
  g_assert_cmpuint (g_strv_length (plan), ==, 3);
  g_assert_true (g_strv_contains ((const char * const *) plan, "c01"));
  g_assert_true (g_strv_contains ((const char * const *) plan, "c03"));
  g_assert_true (g_strv_contains ((const char * const *) plan, "c06"));

  /* The planner names the scenario of c07 and takes its 3 sessions. */
  scenario = duaal_store_add_scenario (fixture->store, "BK-0138", 0, &texts,
                                       (const char * const[]) { "c07", NULL }, &error);
  g_assert_no_error (error);
  scenarios = duaal_store_list_scenarios (fixture->store, "BK-0138", 0, &error);
  g_assert_no_error (error);
  planner = duaal_planner_dialog_new (GTK_WINDOW (fixture->window), fixture->store, fixture->group_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (duaal_planner_dialog_get_duration (planner, "c07"), ==, 3);
  g_assert_true (duaal_planner_dialog_plan (planner, &error));
  session_plan = duaal_planner_dialog_get_plan (planner);
  for (guint g = 0; g < duaal_session_plan_get_n_groups (session_plan); g++)
    {
      const DuaalSessionGroup *group = duaal_session_plan_get_group (session_plan, g);
      DuaalScenario *chosen = duaal_session_plan_get_scenario (session_plan, group->competence);
      const char *competence_id = duaal_session_plan_get_competence_id (session_plan, group->competence);

      if (g_str_equal (competence_id, "c07"))
        {
          g_assert_nonnull (chosen);
          g_assert_cmpint (duaal_scenario_get_id (chosen), ==, scenario);
          g_assert_cmpuint (group->n_sessions, ==, 3);
          named = TRUE;
        }
      else
        {
          /* Elsewhere the demo's scenario aiming at it, or none. */
          g_autoptr(GPtrArray) aiming = duaal_scenario_list_for_competence (scenarios, competence_id);

          if (aiming->len == 0)
            g_assert_null (chosen);
          else
            {
              g_assert_nonnull (chosen);
              g_assert_cmpint (duaal_scenario_get_id (chosen), ==,
                               duaal_scenario_get_id (g_ptr_array_index (aiming, 0)));
            }
        }
    }
  g_assert_true (named);
  gtk_window_destroy (GTK_WINDOW (planner));
}

static void
test_export (Fixture       *fixture,
             gconstpointer  data)
{
  DuaalLearningLinePage *page = show_line (fixture);
  g_autofree char *pdf = g_build_filename (fixture->dir, "leerlijn.pdf", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (duaal_learning_line_page_export (page, pdf, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
  g_unlink (pdf);
}

int
main (int   argc,
      char *argv[])
{
  duaal_test_ui_init (&argc, &argv);

  g_test_add ("/ui/learning-line/group", Fixture, NULL, fixture_set_up, test_group_view, fixture_tear_down);
  g_test_add ("/ui/learning-line/dialogs", Fixture, NULL, fixture_set_up, test_dialogs, fixture_tear_down);
  g_test_add ("/ui/learning-line/learner", Fixture, NULL, fixture_set_up, test_learner_done, fixture_tear_down);
  g_test_add ("/ui/learning-line/plans-and-planner", Fixture, NULL, fixture_set_up, test_plans_and_planner,
              fixture_tear_down);
  g_test_add ("/ui/learning-line/export", Fixture, NULL, fixture_set_up, test_export, fixture_tear_down);

  return g_test_run ();
}
