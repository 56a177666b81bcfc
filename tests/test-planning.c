/* test-planning.c: the overview and session planner on a real store
 *
 * A temporary SQLite database, the demo class group or the seed's
 * example (chapter 2.4.d) built through the store, and the activity
 * lists imported from real CSV files under tests/data/csv/.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <glib/gstdio.h>

#include "duaal-demo.h"
#include "duaal-error.h"
#include "duaal-overview-renderer.h"
#include "duaal-planning.h"
#include "duaal-qualification-import-private.h"
#include "duaal-rules.h"
#include "duaal-sqlite-store.h"

typedef struct {
  char       *dir;
  char       *path;
  DuaalStore *store;
  gint64      group_id;
} Fixture;

static void
remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      g_unlink (child);
    }
  g_rmdir (path);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("duaal-planning-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "duaal.db", NULL);
  fixture->store = DUAAL_STORE (duaal_sqlite_store_open (fixture->path, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up_demo (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture_set_up (fixture, data);
  g_assert_true (duaal_demo_load (fixture->store, &fixture->group_id, NULL, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  remove_dir (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static char *
csv_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "csv", name, NULL);
}

/* ---- overview from the store ---------------------------------------- */

static void
test_load_demo (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalOverview) overview = NULL;
  g_autoptr(DuaalStatus) status = NULL;
  g_autofree gboolean *acquired = NULL;
  guint n_competences, n_acquired = 0;
  int gap;

  overview = duaal_planning_load (fixture->store, fixture->group_id, &acquired, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (duaal_overview_get_n_learners (overview), ==, 4);
  n_competences = duaal_overview_get_n_competences (overview);
  g_assert_cmpuint (n_competences, ==, 11);
  g_assert_cmpstr (duaal_overview_get_competence_id (overview, 0), ==, "c01");

  /* The demo's collective gap, as the seed's. */
  gap = duaal_overview_find_competence (overview, "c02");
  g_assert_cmpint (gap, >=, 0);
  g_assert_cmpint (duaal_overview_get_row_status (overview, DUAAL_OVERVIEW_PLANNED, gap), ==, DUAAL_ROW_GAP);

  /* The plans are the companies' activity lists. */
  for (guint l = 0; l < 4; l++)
    {
      g_auto(GStrv) plan = duaal_store_get_plan (fixture->store,
                                                 duaal_overview_get_learner_id (overview, l), &error);
      g_assert_no_error (error);
      for (guint c = 0; c < n_competences; c++)
        g_assert_cmpint (duaal_overview_get_planned (overview, l, c), ==,
                         g_strv_contains ((const char * const *) plan,
                                          duaal_overview_get_competence_id (overview, c)));
    }

  /* The teacher's colours, cell by cell. */
  status = duaal_store_load_group_status (fixture->store, fixture->group_id, 0, &error);
  g_assert_no_error (error);
  for (guint l = 0; l < 4; l++)
    for (guint c = 0; c < n_competences; c++)
      {
        DuaalColour colour = duaal_status_get_colour (status, duaal_overview_get_learner_id (overview, l),
                                                      duaal_overview_get_competence_id (overview, c),
                                                      DUAAL_ACTOR_TEACHER);
        g_assert_cmpint (acquired[l * n_competences + c], ==, duaal_colour_is_acquired (colour));
        n_acquired += acquired[l * n_competences + c];
      }
  /* The demo scores some competences green: the test would not see a
   * transposed matrix otherwise. */
  g_assert_cmpuint (n_acquired, >, 0);
  g_assert_cmpuint (n_acquired, <, 4 * n_competences);
}

static void
test_toggle_cell (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalOverview) before = NULL;
  g_autoptr(DuaalOverview) after = NULL;
  g_autoptr(DuaalOverview) again = NULL;
  int gap;

  before = duaal_planning_load_overview (fixture->store, fixture->group_id, &error);
  g_assert_no_error (error);
  gap = duaal_overview_find_competence (before, "c02");
  g_assert_false (duaal_overview_get_planned (before, 1, gap));

  g_assert_true (duaal_store_set_plan_cell (fixture->store, duaal_overview_get_learner_id (before, 1),
                                            "c02", TRUE, &error));
  g_assert_no_error (error);
  after = duaal_planning_load_overview (fixture->store, fixture->group_id, &error);
  g_assert_no_error (error);
  g_assert_true (duaal_overview_get_planned (after, 1, gap));
  g_assert_cmpint (duaal_overview_get_row_status (after, DUAAL_OVERVIEW_PLANNED, gap), ==, DUAAL_ROW_MIXED);
  g_assert_cmpuint (duaal_overview_get_lacking (after, DUAAL_OVERVIEW_PLANNED, gap), ==, 3);

  g_assert_true (duaal_store_set_plan_cell (fixture->store, duaal_overview_get_learner_id (before, 1),
                                            "c02", FALSE, &error));
  again = duaal_planning_load_overview (fixture->store, fixture->group_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (duaal_overview_get_row_status (again, DUAAL_OVERVIEW_PLANNED, gap), ==, DUAAL_ROW_GAP);
}

static void
test_unknown_group (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalOverview) overview = NULL;

  overview = duaal_planning_load_overview (fixture->store, fixture->group_id + 100, &error);
  g_assert_null (overview);
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND);
}

static void
test_sort_by_priority (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalOverview) overview = NULL;
  g_autoptr(DuaalOverview) sorted = NULL;
  g_autoptr(GArray) order = NULL;
  guint n;

  overview = duaal_planning_load_overview (fixture->store, fixture->group_id, &error);
  g_assert_no_error (error);
  sorted = duaal_planning_sort_by_priority (overview, DUAAL_OVERVIEW_PLANNED);
  order = duaal_overview_get_priority_order (overview, DUAAL_OVERVIEW_PLANNED);
  n = duaal_overview_get_n_competences (overview);
  g_assert_cmpuint (duaal_overview_get_n_competences (sorted), ==, n);
  g_assert_cmpuint (duaal_overview_get_n_learners (sorted), ==, 4);

  /* The gap first, then ever fewer learners lacking; cells travel
   * with their rows. */
  g_assert_cmpstr (duaal_overview_get_competence_id (sorted, 0), ==, "c02");
  for (guint row = 0; row < n; row++)
    {
      guint c = g_array_index (order, guint, row);

      g_assert_cmpstr (duaal_overview_get_competence_id (sorted, row), ==,
                       duaal_overview_get_competence_id (overview, c));
      if (row > 0)
        g_assert_cmpuint (duaal_overview_get_lacking (sorted, DUAAL_OVERVIEW_PLANNED, row - 1), >=,
                          duaal_overview_get_lacking (sorted, DUAAL_OVERVIEW_PLANNED, row));
      for (guint l = 0; l < 4; l++)
        {
          g_assert_cmpint (duaal_overview_get_planned (sorted, l, row), ==,
                           duaal_overview_get_planned (overview, l, c));
          g_assert_cmpint (duaal_overview_get_actual (sorted, l, row), ==,
                           duaal_overview_get_actual (overview, l, c));
        }
    }
  g_assert_cmpint (duaal_overview_get_row_status (sorted, DUAAL_OVERVIEW_PLANNED, n - 1), ==,
                   DUAAL_ROW_COVERED);
}

/* ---- clicking a cell ------------------------------------------------ */

/* The pixel of @surface at (@x, @y): TRUE when it is clearly blue (the
 * planned hatch), as opposed to the white or orange of unplanned cells. */
static gboolean
pixel_is_blue (cairo_surface_t *surface,
               double           x,
               double           y)
{
  guint32 pixel;
  int r, g, b;

  cairo_surface_flush (surface);
  pixel = *(guint32 *) (cairo_image_surface_get_data (surface)
                        + (int) y * cairo_image_surface_get_stride (surface) + (int) x * 4);
  r = (pixel >> 16) & 0xff;
  g = (pixel >> 8) & 0xff;
  b = pixel & 0xff;
  return b > r + 40 && b > g;
}

/* Every cell's area hits that cell, and the drawing has the planned
 * colour exactly where the overview says so: drawing and hit test agree. */
static void
test_hit_test (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalOverview) overview = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  double width, height;
  guint learner, competence;

  overview = duaal_planning_load_overview (fixture->store, fixture->group_id, &error);
  g_assert_no_error (error);
  duaal_overview_renderer_measure (overview, DUAAL_OVERVIEW_PLANNED, NULL, &width, &height);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) width, (int) height);
  cr = cairo_create (surface);
  duaal_overview_renderer_draw (overview, DUAAL_OVERVIEW_PLANNED, NULL, cr);
  cairo_destroy (cr);

  for (guint l = 0; l < duaal_overview_get_n_learners (overview); l++)
    for (guint c = 0; c < duaal_overview_get_n_competences (overview); c++)
      {
        double x, y, w, h;

        g_assert_true (duaal_overview_renderer_get_cell_area (overview, DUAAL_OVERVIEW_PLANNED, NULL, l, c,
                                                              &x, &y, &w, &h));
        g_assert_true (duaal_overview_renderer_hit_test (overview, DUAAL_OVERVIEW_PLANNED, NULL,
                                                         x + w / 2, y + h / 2, &learner, &competence));
        g_assert_cmpuint (learner, ==, l);
        g_assert_cmpuint (competence, ==, c);
        g_assert_true (duaal_overview_renderer_hit_test (overview, DUAAL_OVERVIEW_PLANNED, NULL,
                                                         x + 1, y + 1, &learner, &competence));
        g_assert_cmpuint (learner, ==, l);
        g_assert_cmpuint (competence, ==, c);
        /* Beside the hatch lines: a few pixels in from the inset. */
        g_assert_cmpint (pixel_is_blue (surface, x + w / 2, y + 7) || pixel_is_blue (surface, x + w / 2 + 2, y + 7)
                         || pixel_is_blue (surface, x + w / 2 + 4, y + 7),
                         ==, duaal_overview_get_planned (overview, l, c));
      }
  cairo_surface_destroy (surface);

  /* Titles, headers, the status column and the legend are no cells. */
  g_assert_false (duaal_overview_renderer_hit_test (overview, DUAAL_OVERVIEW_PLANNED, NULL, 40, height / 2, NULL, NULL));
  g_assert_false (duaal_overview_renderer_hit_test (overview, DUAAL_OVERVIEW_PLANNED, NULL, width / 2, 5, NULL, NULL));
  g_assert_false (duaal_overview_renderer_hit_test (overview, DUAAL_OVERVIEW_PLANNED, NULL, width - 30, height / 2,
                                                    NULL, NULL));
  g_assert_false (duaal_overview_renderer_hit_test (overview, DUAAL_OVERVIEW_PLANNED, NULL, width / 2, height - 5,
                                                    NULL, NULL));
  g_assert_false (duaal_overview_renderer_get_cell_area (overview, DUAAL_OVERVIEW_PLANNED, NULL, 4, 0,
                                                         NULL, NULL, NULL, NULL));
}

/* ---- the seed's example through the store --------------------------- */

/* Learners A-D at four companies whose activity lists are the seed's
 * plans (test-session-planner.c), on the demo qualification; c07-c11
 * are at every company so that only c01-c06 are needed.  B also has c05
 * where the seed has B's teacher score it acquired: the same needs. */
static void
fixture_set_up_seed (Fixture       *fixture,
                     gconstpointer  data)
{
  static const char * const lists[4][12] = {
    { "c04", "c05", "c06", "c07", "c08", "c09", "c10", "c11", NULL },
    { "c01", "c03", "c04", "c05", "c07", "c08", "c09", "c10", "c11", NULL },
    { "c04", "c05", "c06", "c07", "c08", "c09", "c10", "c11", NULL },
    { "c01", "c03", "c04", "c05", "c07", "c08", "c09", "c10", "c11", NULL },
  };
  static const char * const names[4] = { "A", "B", "C", "D" };
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalQualification) qualification = NULL;
  DuaalImportStatus status;

  fixture_set_up (fixture, data);
  qualification = duaal_qualification_import_demo (&error);
  g_assert_no_error (error);
  g_assert_true (duaal_store_import_qualification (fixture->store, qualification, &status, &error));
  g_assert_no_error (error);
  fixture->group_id = duaal_store_add_group (fixture->store, "Seed",
                                             duaal_qualification_get_code (qualification), 0, &error);
  g_assert_no_error (error);

  for (guint l = 0; l < 4; l++)
    {
      g_autofree char *company_name = g_strdup_printf ("Company %s", names[l]);
      gint64 company = duaal_store_add_company (fixture->store, company_name, lists[l], &error);

      g_assert_no_error (error);
      duaal_store_add_learner (fixture->store, fixture->group_id, names[l], company, NULL, &error);
      g_assert_no_error (error);
    }
}

static void
test_seed_plan (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) durations = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(DuaalSessionPlan) plan = NULL;
  g_autoptr(GPtrArray) first = NULL;
  const DuaalSessionGroup *group;

  g_hash_table_insert (durations, "c01", GUINT_TO_POINTER (2));
  g_hash_table_insert (durations, "c05", GUINT_TO_POINTER (2));
  g_hash_table_insert (durations, "c06", GUINT_TO_POINTER (3));

  plan = duaal_planning_plan_sessions (fixture->store, fixture->group_id, durations, 2, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (duaal_session_plan_get_n_sessions (plan), ==, 4);
  g_assert_cmpuint (duaal_session_plan_get_lower_bound (plan), ==, 4);

  /* Session 1: c02, plenary, all four. */
  first = duaal_session_plan_get_session_groups (plan, 1);
  g_assert_cmpuint (first->len, ==, 1);
  group = g_ptr_array_index (first, 0);
  g_assert_cmpstr (duaal_session_plan_get_competence_id (plan, group->competence), ==, "c02");
  g_assert_true (group->plenary);
  g_assert_cmpuint (group->n_members, ==, 4);

  /* Sessions 2-3: A and C on c01 while B and D start c06. */
  for (guint g = 0; g < duaal_session_plan_get_n_groups (plan); g++)
    {
      group = duaal_session_plan_get_group (plan, g);
      if (g_str_equal (duaal_session_plan_get_competence_id (plan, group->competence), "c01"))
        {
          g_assert_cmpuint (group->first_session, ==, 2);
          g_assert_cmpuint (group->n_members, ==, 2);
          g_assert_cmpstr (duaal_session_plan_get_learner_name (plan, group->members[0]), ==, "A");
          g_assert_cmpstr (duaal_session_plan_get_learner_name (plan, group->members[1]), ==, "C");
        }
      if (g_str_equal (duaal_session_plan_get_competence_id (plan, group->competence), "c06"))
        {
          g_assert_cmpuint (group->first_session, ==, 2);
          g_assert_cmpuint (group->n_sessions, ==, 3);
          g_assert_cmpstr (duaal_session_plan_get_learner_name (plan, group->members[0]), ==, "B");
          g_assert_cmpstr (duaal_session_plan_get_learner_name (plan, group->members[1]), ==, "D");
        }
    }
}

static void
test_plan_unknown_competence (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) durations = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(DuaalSessionPlan) plan = NULL;

  g_hash_table_insert (durations, "c99", GUINT_TO_POINTER (2));
  plan = duaal_planning_plan_sessions (fixture->store, fixture->group_id, durations, 2, NULL, &error);
  g_assert_null (plan);
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "c99"));
  g_clear_error (&error);

  /* A duration outside 1-3 is the planner's to refuse. */
  g_hash_table_remove (durations, "c99");
  g_hash_table_insert (durations, "c01", GUINT_TO_POINTER (4));
  plan = duaal_planning_plan_sessions (fixture->store, fixture->group_id, durations, 2, NULL, &error);
  g_assert_null (plan);
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID);
}

/* ---- activity lists from CSV ---------------------------------------- */

static const char * const *
company_activities (Fixture    *fixture,
                    const char *name,
                    GPtrArray  *keep)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) companies = duaal_store_list_companies (fixture->store, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < companies->len; i++)
    {
      DuaalCompany *company = g_ptr_array_index (companies, i);

      if (g_str_equal (duaal_company_get_name (company), name))
        {
          g_ptr_array_add (keep, g_object_ref (company));
          return duaal_company_get_activities (company);
        }
    }
  g_assert_not_reached ();
}

static char *
dump_database (Fixture *fixture)
{
  /* Every company's list, as a text to compare before and after. */
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) companies = duaal_store_list_companies (fixture->store, &error);
  GString *text = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < companies->len; i++)
    {
      DuaalCompany *company = g_ptr_array_index (companies, i);
      g_autofree char *list = g_strjoinv (",", (char **) duaal_company_get_activities (company));

      g_string_append_printf (text, "%s: %s\n", duaal_company_get_name (company), list);
    }
  return g_string_free (text, FALSE);
}

static void
test_import_activities (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *good = csv_path ("activities-good.csv");
  g_autofree char *semicolon = csv_path ("activities-semicolon.csv");
  g_autofree char *claeys_before = NULL;
  g_autofree char *claeys_after = NULL;
  DuaalActivityImportResult result = { 0 };
  const char * const *list;

  claeys_before = g_strjoinv (",", (char **) company_activities (fixture, "Bouwbedrijf Claeys", keep));

  g_assert_true (duaal_planning_import_activities_file (fixture->store, good, fixture->group_id,
                                                        &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.companies, ==, 2);
  g_assert_cmpuint (result.companies_changed, ==, 2);
  g_assert_cmpuint (result.activities, ==, 4);

  /* In file order, the duplicate once, matched ignoring case. */
  list = company_activities (fixture, "Elektro De Smet bv", keep);
  g_assert_cmpuint (g_strv_length ((char **) list), ==, 2);
  g_assert_cmpstr (list[0], ==, "c01");
  g_assert_cmpstr (list[1], ==, "c02");
  list = company_activities (fixture, "Installaties Verhaeghe", keep);
  g_assert_cmpuint (g_strv_length ((char **) list), ==, 2);
  g_assert_cmpstr (list[0], ==, "c03");
  g_assert_cmpstr (list[1], ==, "c04");
  /* A company the file does not name keeps its list. */
  claeys_after = g_strjoinv (",", (char **) company_activities (fixture, "Bouwbedrijf Claeys", keep));
  g_assert_cmpstr (claeys_after, ==, claeys_before);

  /* The same file again changes nothing. */
  g_assert_true (duaal_planning_import_activities_file (fixture->store, good, fixture->group_id,
                                                        &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.companies, ==, 2);
  g_assert_cmpuint (result.companies_changed, ==, 0);

  /* A Dutch spreadsheet's file: semicolons, a BOM, capitals; any
   * qualification of the store when no group is given. */
  g_assert_true (duaal_planning_import_activities_file (fixture->store, semicolon, 0, &result, &error));
  g_assert_no_error (error);
  list = company_activities (fixture, "Van Damme Elektriciteit", keep);
  g_assert_cmpuint (g_strv_length ((char **) list), ==, 2);
  g_assert_cmpstr (list[0], ==, "c05");
  g_assert_cmpstr (list[1], ==, "c06");
}

static void
check_refused (Fixture    *fixture,
               const char *file,
               const char *where,
               const char *what)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = csv_path (file);
  g_autofree char *before = dump_database (fixture);
  g_autofree char *after = NULL;

  g_assert_false (duaal_planning_import_activities_file (fixture->store, path, fixture->group_id,
                                                         NULL, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID_FILE);
  g_test_message ("%s: %s", file, error->message);
  g_assert_nonnull (strstr (error->message, file));
  g_assert_nonnull (strstr (error->message, where));
  if (what != NULL)
    g_assert_nonnull (strstr (error->message, what));
  after = dump_database (fixture);
  g_assert_cmpstr (after, ==, before);
}

static void
test_import_refused (Fixture       *fixture,
                     gconstpointer  data)
{
  /* Earlier rows are valid and would change lists: nothing is stored. */
  check_refused (fixture, "activities-unknown-company.csv", ":3:", "Nobody & Zonen");
  check_refused (fixture, "activities-unknown-competence.csv", ":4:", "c99");
  check_refused (fixture, "activities-missing-column.csv", ":1:", NULL);
}

static void
check_plan (Fixture            *fixture,
            DuaalOverview      *overview,
            const char         *learner_name,
            const char * const *expected)
{
  g_autoptr(GError) error = NULL;

  for (guint l = 0; l < duaal_overview_get_n_learners (overview); l++)
    {
      g_auto(GStrv) plan = NULL;
      g_autofree char *got = NULL;
      g_autofree char *want = NULL;

      if (!g_str_equal (duaal_overview_get_learner_name (overview, l), learner_name))
        continue;
      plan = duaal_store_get_plan (fixture->store, duaal_overview_get_learner_id (overview, l), &error);
      g_assert_no_error (error);
      got = g_strjoinv (",", plan);
      want = g_strjoinv (",", (char **) expected);
      g_assert_cmpstr (got, ==, want);
      return;
    }
  g_assert_not_reached ();
}

static void
test_reset_plans (Fixture       *fixture,
                  gconstpointer  data)
{
  static const char * const jonas[] = { "c01", "c02", NULL };
  static const char * const nicolas[] = { "c03", "c04", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalOverview) before = NULL;
  g_autoptr(DuaalOverview) after = NULL;
  g_autofree char *good = csv_path ("activities-good.csv");
  g_auto(GStrv) lotte_before = NULL;
  g_auto(GStrv) lotte_after = NULL;
  gint64 lotte = 0;
  guint changed = 99;

  before = duaal_planning_load_overview (fixture->store, fixture->group_id, &error);
  g_assert_no_error (error);
  for (guint l = 0; l < 4; l++)
    if (g_str_equal (duaal_overview_get_learner_name (before, l), "Lotte Janssens"))
      lotte = duaal_overview_get_learner_id (before, l);
  lotte_before = duaal_store_get_plan (fixture->store, lotte, &error);

  /* An import leaves the plans alone ... */
  g_assert_true (duaal_planning_import_activities_file (fixture->store, good, fixture->group_id, NULL, &error));
  g_assert_no_error (error);
  after = duaal_planning_load_overview (fixture->store, fixture->group_id, &error);
  for (guint l = 0; l < 4; l++)
    for (guint c = 0; c < duaal_overview_get_n_competences (after); c++)
      g_assert_cmpint (duaal_overview_get_planned (after, l, c), ==, duaal_overview_get_planned (before, l, c));

  /* ... until the teacher asks to start them from the lists. */
  g_assert_true (duaal_planning_reset_plans (fixture->store, fixture->group_id, &changed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 2);
  check_plan (fixture, before, "Jonas Peeters", jonas);
  check_plan (fixture, before, "Nicolas Van den Broeck", nicolas);
  lotte_after = duaal_store_get_plan (fixture->store, lotte, &error);
  g_assert_cmpuint (g_strv_length (lotte_after), ==, g_strv_length (lotte_before));

  /* A changed cell is dropped by the next reset; nothing else moves. */
  g_assert_true (duaal_store_set_plan_cell (fixture->store, lotte, "c02", TRUE, &error));
  g_assert_true (duaal_planning_reset_plans (fixture->store, fixture->group_id, &changed, &error));
  g_assert_cmpuint (changed, ==, 1);
  g_assert_true (duaal_planning_reset_plans (fixture->store, fixture->group_id, &changed, &error));
  g_assert_cmpuint (changed, ==, 0);

  g_assert_false (duaal_planning_reset_plans (fixture->store, fixture->group_id + 100, NULL, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/planning/load-demo", Fixture, NULL, fixture_set_up_demo, test_load_demo, fixture_tear_down);
  g_test_add ("/planning/toggle-cell", Fixture, NULL, fixture_set_up_demo, test_toggle_cell, fixture_tear_down);
  g_test_add ("/planning/unknown-group", Fixture, NULL, fixture_set_up_demo, test_unknown_group, fixture_tear_down);
  g_test_add ("/planning/sort-by-priority", Fixture, NULL, fixture_set_up_demo, test_sort_by_priority,
              fixture_tear_down);
  g_test_add ("/planning/hit-test", Fixture, NULL, fixture_set_up_demo, test_hit_test, fixture_tear_down);
  g_test_add ("/planning/seed-plan", Fixture, NULL, fixture_set_up_seed, test_seed_plan, fixture_tear_down);
  g_test_add ("/planning/plan-unknown-competence", Fixture, NULL, fixture_set_up_seed,
              test_plan_unknown_competence, fixture_tear_down);
  g_test_add ("/planning/import-activities", Fixture, NULL, fixture_set_up_demo, test_import_activities,
              fixture_tear_down);
  g_test_add ("/planning/import-refused", Fixture, NULL, fixture_set_up_demo, test_import_refused,
              fixture_tear_down);

  g_test_add ("/planning/reset-plans", Fixture, NULL, fixture_set_up_demo, test_reset_plans, fixture_tear_down);

  return g_test_run ();
}
