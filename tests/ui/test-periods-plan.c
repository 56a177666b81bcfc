/* test-periods-plan.c: period names and dates, the evolution view's
 * marks, and the session plan kept per class group (issue 18, items 5
 * and 7), on the demo class group in the Dutch interface
 *
 * Screenshots: plan-reopened.png, periods-dialog.png and
 * evolution-marks.png in <builddir>/screenshots/.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "duaal-coach-view-private.h"
#include "duaal-evolution-page.h"
#include "duaal-overview-page.h"
#include "duaal-periods-dialog.h"
#include "duaal-planner-dialog.h"
#include "duaal-planning.h"
#include "duaal-sqlite-store.h"
#include "duaal-test-ui.h"

typedef struct {
  char             *dir;
  char             *database;
  gint64            group_id;
  DuaalApplication *app;
  DuaalWindow      *window;
  DuaalStore       *store;
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
  fixture->store = duaal_window_get_store (fixture->window);
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

/* The planner as the overview page's button opens it. */
static DuaalPlannerDialog *
open_planner (Fixture *fixture)
{
  GtkWindow *window = GTK_WINDOW (adw_window_new ());
  GtkWidget *page = duaal_overview_page_new (fixture->store);
  DuaalPlannerDialog *dialog;

  gtk_window_set_application (window, GTK_APPLICATION (fixture->app));
  adw_window_set_content (ADW_WINDOW (window), page);
  duaal_overview_page_set_group (DUAAL_OVERVIEW_PAGE (page), fixture->group_id);
  gtk_window_present (window);
  g_assert_true (gtk_widget_activate_action (page, "overview.plan-sessions", NULL));
  duaal_test_ui_process_events ();
  dialog = DUAAL_PLANNER_DIALOG (duaal_test_ui_find_toplevel (DUAAL_TYPE_PLANNER_DIALOG));
  g_assert_nonnull (dialog);
  return dialog;
}

static void
close_planner (DuaalPlannerDialog *dialog)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (dialog));

  gtk_window_destroy (GTK_WINDOW (dialog));
  if (parent != NULL)
    gtk_window_destroy (parent);
  duaal_test_ui_process_events ();
}

/* Every learner left out of a plenary group is named with the reason. */
static void
assert_absences_explained (Fixture            *fixture,
                           DuaalPlannerDialog *dialog)
{
  DuaalSessionPlan *plan = duaal_planner_dialog_get_plan (dialog);
  const char *text = duaal_planner_dialog_get_absence_text (dialog);
  g_autoptr(GError) error = NULL;
  g_autofree gboolean *acquired = NULL;
  g_autoptr(DuaalOverview) overview = duaal_planning_load (fixture->store, fixture->group_id, &acquired, &error);
  guint absent = 0;

  g_assert_no_error (error);
  for (guint g = 0; g < duaal_session_plan_get_n_groups (plan); g++)
    {
      const DuaalSessionGroup *group = duaal_session_plan_get_group (plan, g);

      if (!group->plenary)
        continue;
      for (guint l = 0; l < duaal_session_plan_get_n_learners (plan); l++)
        {
          gboolean member = FALSE;
          g_autofree char *expected = NULL;
          DuaalSessionReason reason = duaal_session_reason_from_overview (overview, acquired, l, group->competence);
          const char *name = duaal_session_plan_get_learner_name (plan, l);

          for (guint m = 0; m < group->n_members; m++)
            member |= group->members[m] == l;
          if (member)
            continue;
          g_assert_cmpint (reason, !=, DUAAL_SESSION_NEEDED);
          expected = g_strdup_printf (reason == DUAAL_SESSION_ACQUIRED ? "%s (al verworven)"
                                                                       : "%s (gepland op de werkplek)", name);
          g_assert_nonnull (strstr (text, expected));
          absent++;
        }
    }
  if (absent == 0)
    g_assert_cmpstr (text, ==, "");
  else
    g_assert_true (g_str_has_prefix (text, "Niet in de plenaire groep voor "));
}

static void
test_plan_reopened (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GDate) day = g_date_new_dmy (14, G_DATE_OCTOBER, 2024);
  g_autofree char *day_text = duaal_period_date_to_text (day);
  g_autofree char *result = NULL;
  g_autofree char *csv = NULL;
  DuaalPlannerDialog *dialog = open_planner (fixture);

  /* The first time: the defaults, no kept plan. */
  g_assert_cmpstr (duaal_planner_dialog_get_visible_page (dialog), ==, "settings");
  g_assert_null (duaal_planner_dialog_get_kept_note (dialog));
  g_assert_cmpuint (duaal_planner_dialog_get_duration (dialog, "c06"), ==, 1);
  g_assert_cmpuint (duaal_planner_dialog_get_max_groups (dialog), ==, 2);

  g_assert_true (duaal_planner_dialog_set_duration (dialog, "c06", 3));
  g_assert_true (duaal_planner_dialog_set_duration (dialog, "c04", 2));
  duaal_planner_dialog_set_max_groups (dialog, 3);
  g_assert_true (duaal_planner_dialog_plan (dialog, NULL));
  g_assert_cmpstr (duaal_planner_dialog_get_visible_page (dialog), ==, "result");
  assert_absences_explained (fixture, dialog);
  result = g_strdup (duaal_planner_dialog_get_result_text (dialog));
  csv = duaal_session_plan_to_csv (duaal_planner_dialog_get_plan (dialog));
  {
    g_autofree char *expected = g_strdup_printf ("%u sessies (minstens ",
                                                 duaal_session_plan_get_n_sessions (duaal_planner_dialog_get_plan (dialog)));
    g_assert_true (g_str_has_prefix (result, expected));
  }

  /* A session gets a date as the coach types it; nonsense is refused. */
  g_assert_true (duaal_planner_dialog_set_session_day (dialog, 1, day_text));
  g_assert_cmpstr (duaal_planner_dialog_get_session_day (dialog, 1), ==, day_text);
  g_assert_true (duaal_planner_dialog_set_session_day (dialog, 2, "morgen"));
  g_assert_false (duaal_planner_dialog_set_session_day (dialog, 99, day_text));
  close_planner (dialog);

  /* Reopened: the settings, the plan and its date are there again. */
  dialog = open_planner (fixture);
  g_assert_cmpstr (duaal_planner_dialog_get_visible_page (dialog), ==, "result");
  g_assert_cmpuint (duaal_planner_dialog_get_duration (dialog, "c06"), ==, 3);
  g_assert_cmpuint (duaal_planner_dialog_get_duration (dialog, "c04"), ==, 2);
  g_assert_cmpuint (duaal_planner_dialog_get_duration (dialog, "c01"), ==, 1);
  g_assert_cmpuint (duaal_planner_dialog_get_max_groups (dialog), ==, 3);
  g_assert_cmpstr (duaal_planner_dialog_get_result_text (dialog), ==, result);
  {
    g_autofree char *again = duaal_session_plan_to_csv (duaal_planner_dialog_get_plan (dialog));
    g_assert_cmpstr (again, ==, csv);
  }
  g_assert_nonnull (duaal_planner_dialog_get_kept_note (dialog));
  g_assert_true (g_str_has_prefix (duaal_planner_dialog_get_kept_note (dialog), "Gepland op "));
  g_assert_null (strstr (duaal_planner_dialog_get_kept_note (dialog), "Sindsdien"));
  g_assert_cmpstr (duaal_planner_dialog_get_session_day (dialog, 1), ==, day_text);
  g_assert_cmpstr (duaal_planner_dialog_get_session_day (dialog, 2), ==, "");
  assert_absences_explained (fixture, dialog);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 1000, 700);
  duaal_test_ui_wait_until_drawn (GTK_WIDGET (dialog));
  duaal_test_ui_screenshot (GTK_WIDGET (dialog), "plan-reopened");

  /* Back to the settings shows the kept ones too. */
  duaal_planner_dialog_show_settings (dialog);
  g_assert_cmpuint (duaal_planner_dialog_get_duration (dialog, "c06"), ==, 3);
  close_planner (dialog);
}

/* When the scores changed since, the kept settings give today's plan,
 * with a note that says so. */
static void
test_plan_reopened_after_change (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  DuaalPlannerDialog *dialog = open_planner (fixture);
  g_autoptr(GHashTable) durations = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_true (duaal_planner_dialog_plan (dialog, NULL));
  close_planner (dialog);
  /* Another window's plan of other data: a different CSV is kept. */
  g_assert_true (duaal_store_save_session_plan (fixture->store, fixture->group_id, 2, durations,
                                                "session,competence\r\n", &error));
  g_assert_no_error (error);
  dialog = open_planner (fixture);
  g_assert_cmpstr (duaal_planner_dialog_get_visible_page (dialog), ==, "result");
  g_assert_nonnull (strstr (duaal_planner_dialog_get_kept_note (dialog), "Sindsdien veranderden"));
  close_planner (dialog);
}

static void
test_periods_dialog (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) starts = g_date_new_dmy (2, G_DATE_SEPTEMBER, 2024);
  g_autoptr(GDate) ends = g_date_new_dmy (31, G_DATE_JANUARY, 2025);
  g_autofree char *starts_text = duaal_period_date_to_text (starts);
  g_autofree char *ends_text = duaal_period_date_to_text (ends);
  g_autoptr(GPtrArray) periods = NULL;
  DuaalPeriodsDialog *dialog = duaal_periods_dialog_new (GTK_WINDOW (fixture->window), fixture->store,
                                                         fixture->group_id, &error);

  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (dialog));
  /* Dutch shows and reads day-month-year. */
  g_assert_cmpstr (starts_text, ==, "02-09-2024");
  g_assert_true (duaal_periods_dialog_edit (dialog, 1, "name", "Startperiode"));
  g_assert_true (duaal_periods_dialog_edit (dialog, 1, "starts", starts_text));
  g_assert_true (duaal_periods_dialog_edit (dialog, 1, "ends", ends_text));
  /* ends before it starts: refused, the period keeps its dates */
  g_assert_true (duaal_periods_dialog_edit (dialog, 2, "starts", ends_text));
  g_assert_true (duaal_periods_dialog_edit (dialog, 2, "ends", starts_text));
  g_assert_false (duaal_periods_dialog_edit (dialog, 9, "name", "x"));
  duaal_test_ui_wait_until_drawn (GTK_WIDGET (dialog));
  duaal_test_ui_screenshot (GTK_WIDGET (dialog), "periods-dialog");
  gtk_window_destroy (GTK_WINDOW (dialog));

  periods = duaal_store_list_periods (fixture->store, fixture->group_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (duaal_period_get_name (g_ptr_array_index (periods, 0)), ==, "Startperiode");
  g_assert_cmpint (g_date_compare (duaal_period_get_starts_on (g_ptr_array_index (periods, 0)), starts), ==, 0);
  g_assert_cmpint (g_date_compare (duaal_period_get_ends_on (g_ptr_array_index (periods, 0)), ends), ==, 0);
  /* period 2 got its first day only; the last day before it was refused */
  g_assert_nonnull (duaal_period_get_starts_on (g_ptr_array_index (periods, 1)));
  g_assert_null (duaal_period_get_ends_on (g_ptr_array_index (periods, 1)));
  g_assert_cmpstr (duaal_period_get_name (g_ptr_array_index (periods, 1)), ==, "Periode 2");

  /* The period picker shows the dates under the closed period's name. */
  {
    GtkDropDown *dropdown = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
    g_autoptr(GArray) numbers = g_array_new (FALSE, FALSE, sizeof (guint));
    g_autoptr(GObject) item = NULL;

    g_object_ref_sink (dropdown);
    duaal_coach_view_fill_period_dropdown (dropdown, numbers, periods, NULL, 0);
    g_assert_nonnull (gtk_drop_down_get_list_factory (dropdown));
    item = g_list_model_get_item (gtk_drop_down_get_model (dropdown), 1);
    g_assert_cmpstr (gtk_string_object_get_string (GTK_STRING_OBJECT (item)), ==, "Startperiode (afgesloten)");
    /* month names as the system's locale has them: "2 sep 2024 – 31 jan 2025" */
    g_assert_true (g_str_has_prefix (g_object_get_data (item, "duaal-period-dates"), "2 "));
    g_assert_nonnull (strstr (g_object_get_data (item, "duaal-period-dates"), " 2024 – 31 "));
    g_assert_true (g_str_has_suffix (g_object_get_data (item, "duaal-period-dates"), " 2025"));
    g_object_unref (dropdown);
  }
}

/* A class group made by a process in English (LC_ALL=C) reads
 * "Periode 1" in the Dutch interface: no name in the database. */
static void
test_default_name_in_reader_language (Fixture       *fixture,
                                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *cli = g_build_filename (g_getenv ("DUAAL_BUILD_ROOT"), "src", "cli", "duaal-cli", NULL);
  g_auto(GStrv) env = g_environ_setenv (g_get_environ (), "LC_ALL", "C", TRUE);
  g_autoptr(GPtrArray) qualifications = duaal_store_list_qualifications (fixture->store, &error);
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(GPtrArray) periods = NULL;
  int status;

  g_assert_no_error (error);
  env = g_environ_unsetenv (env, "LANGUAGE");
  env = g_environ_unsetenv (env, "LANG");
  {
    const char *argv[] = { cli, "--db", fixture->database, "add-group", "Engels", "--qualification",
                           duaal_qualification_get_code (g_ptr_array_index (qualifications, 0)), NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, NULL,
                                 &status, &error));
    g_assert_no_error (error);
    g_assert_true (g_spawn_check_wait_status (status, NULL));
  }
  groups = duaal_store_list_groups (fixture->store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < groups->len; i++)
    if (g_str_equal (duaal_class_group_get_name (g_ptr_array_index (groups, i)), "Engels"))
      periods = duaal_store_list_periods (fixture->store,
                                          duaal_class_group_get_id (g_ptr_array_index (groups, i)), &error);
  g_assert_no_error (error);
  g_assert_nonnull (periods);
  g_assert_cmpstr (duaal_period_get_name (g_ptr_array_index (periods, 0)), ==, "Periode 1");
  g_assert_null (duaal_period_get_custom_name (g_ptr_array_index (periods, 0)));
}

/* The evolution view marks each colour that went up or down since the
 * column before, in words as well as with an arrow. */
static void
test_evolution_marks (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) learners = duaal_store_list_learners (fixture->store, fixture->group_id, &error);
  GtkWindow *window = GTK_WINDOW (adw_window_new ());
  GtkWidget *page = duaal_evolution_page_new (fixture->store);
  DuaalEvolutionPage *evolution = DUAAL_EVOLUTION_PAGE (page);
  g_autoptr(DuaalQualification) qualification = NULL;
  guint ups = 0, downs = 0;

  g_assert_no_error (error);
  gtk_window_set_application (window, GTK_APPLICATION (fixture->app));
  gtk_window_set_default_size (window, 1000, 700);
  adw_window_set_content (ADW_WINDOW (window), page);
  duaal_evolution_page_set_learner (evolution, duaal_learner_get_id (g_ptr_array_index (learners, 0)));
  gtk_window_present (window);
  duaal_test_ui_wait_until_drawn (GTK_WIDGET (window));

  {
    g_autoptr(DuaalStatus) status = duaal_store_load_learner_status (
      fixture->store, duaal_learner_get_id (g_ptr_array_index (learners, 0)), 0, &error);
    g_assert_no_error (error);
    qualification = g_object_ref (duaal_status_get_qualification (status));
  }
  g_assert_cmpuint (duaal_evolution_page_get_periods (evolution)->len, ==, 2);
  for (guint i = 0; i < duaal_qualification_get_competences (qualification)->len; i++)
    {
      const char *id = duaal_competence_get_id (g_ptr_array_index (duaal_qualification_get_competences (qualification), i));

      for (DuaalActor actor = 0; actor < DUAAL_N_ACTORS; actor++)
        {
          DuaalColour before = duaal_evolution_page_get_colour (evolution, id, actor, 0);
          DuaalColour after = duaal_evolution_page_get_colour (evolution, id, actor, 1);
          int trend = duaal_evolution_page_get_trend (evolution, id, actor, 1);
          const char *label = duaal_evolution_page_get_cell_label (evolution, id, actor, 1);

          g_assert_cmpint (duaal_evolution_page_get_trend (evolution, id, actor, 0), ==, 0);
          if (before == DUAAL_COLOUR_GREY || after == DUAAL_COLOUR_GREY || before == after)
            g_assert_cmpint (trend, ==, 0);
          else
            g_assert_cmpint (trend, ==, after > before ? 1 : -1);
          g_assert_nonnull (label);
          g_assert_true ((strstr (label, "(gestegen sinds Periode 1)") != NULL) == (trend > 0));
          g_assert_true ((strstr (label, "(gedaald sinds Periode 1)") != NULL) == (trend < 0));
          ups += trend > 0;
          downs += trend < 0;
        }
    }
  /* The demo's second period is further along. */
  g_assert_cmpuint (ups, >, 0);
  g_test_message ("%u up, %u down", ups, downs);
  duaal_test_ui_screenshot (GTK_WIDGET (window), "evolution-marks");
  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  duaal_test_ui_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/ui/planner/reopened", test_plan_reopened);
  ADD ("/ui/planner/reopened-after-change", test_plan_reopened_after_change);
  ADD ("/ui/periods/dialog", test_periods_dialog);
  ADD ("/ui/periods/default-name-in-reader-language", test_default_name_in_reader_language);
  ADD ("/ui/evolution/marks", test_evolution_marks);
#undef ADD
  return g_test_run ();
}
