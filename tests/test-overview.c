/* test-overview.c: SPEC section 8, the overview table, and the Cairo
 * renderers of the overview and the session plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "duaal-session-plan-renderer-private.h"
#include "duaal-error.h"
#include "duaal-overview-renderer.h"
#include "duaal-overview.h"
#include "duaal-session-plan-renderer.h"
#include "duaal-session-planner.h"
#include "pdf-check.h"

/* Three learners, five competences, one of each kind of row:
 *   k1 nobody            -> gap, 3 lacking
 *   k2 everybody         -> covered, 0 lacking
 *   k3 L0                -> mixed, 2 lacking
 *   k4 L0 and L1         -> mixed, 1 lacking
 *   k5 L1                -> mixed, 2 lacking
 * Actual (the trainers' scores) differs in (L0, k1), (L2, k2), (L0, k3). */
#define N_L 3
#define N_C 5

static const DuaalOverviewCompetence small_competences[N_C] = {
  { "k1", "Plans the \"work\", safely" },
  { "k2", "Installs sockets" },
  { "k3", NULL },
  { "k4", "Measures" },
  { "k5", "Reports" },
};
static const DuaalOverviewLearner small_learners[N_L] = {
  { 11, "Jonas Peeters", "Elektro De Smet bv" },
  { 12, "Nicolas Van den Broeck", "Installaties Verhaeghe, Gent" },
  { 13, "Sara", NULL },
};
static const gboolean small_planned[N_L * N_C] = {
  /*      k1 k2 k3 k4 k5 */
  /* L0 */ 0, 1, 1, 1, 0,
  /* L1 */ 0, 1, 0, 1, 1,
  /* L2 */ 0, 1, 0, 0, 0,
};
static const gboolean small_actual[N_L * N_C] = {
  /* L0 */ 1, 1, 0, 1, 0,
  /* L1 */ 0, 1, 0, 1, 1,
  /* L2 */ 0, 0, 0, 0, 0,
};

static DuaalOverview *
make_small (void)
{
  return duaal_overview_new (small_competences, N_C, small_learners, N_L,
                             small_planned, small_actual);
}

static void
test_rows (void)
{
  g_autoptr(DuaalOverview) o = make_small ();
  static const DuaalRowStatus planned_status[N_C] = {
    DUAAL_ROW_GAP, DUAAL_ROW_COVERED, DUAAL_ROW_MIXED, DUAAL_ROW_MIXED, DUAAL_ROW_MIXED,
  };
  static const guint planned_lacking[N_C] = { 3, 0, 2, 1, 2 };
  static const DuaalRowStatus actual_status[N_C] = {
    DUAAL_ROW_MIXED, DUAAL_ROW_MIXED, DUAAL_ROW_GAP, DUAAL_ROW_MIXED, DUAAL_ROW_MIXED,
  };
  static const guint actual_lacking[N_C] = { 2, 1, 3, 1, 2 };

  g_assert_cmpuint (duaal_overview_get_n_competences (o), ==, N_C);
  g_assert_cmpuint (duaal_overview_get_n_learners (o), ==, N_L);
  for (guint c = 0; c < N_C; c++)
    {
      g_assert_cmpint (duaal_overview_get_row_status (o, DUAAL_OVERVIEW_PLANNED, c), ==, planned_status[c]);
      g_assert_cmpuint (duaal_overview_get_lacking (o, DUAAL_OVERVIEW_PLANNED, c), ==, planned_lacking[c]);
      g_assert_cmpint (duaal_overview_get_row_status (o, DUAAL_OVERVIEW_ACTUAL, c), ==, actual_status[c]);
      g_assert_cmpuint (duaal_overview_get_lacking (o, DUAAL_OVERVIEW_ACTUAL, c), ==, actual_lacking[c]);
    }

  g_assert_cmpstr (duaal_row_status_to_string (DUAAL_ROW_GAP), ==, "gap");
  g_assert_cmpstr (duaal_row_status_to_string (DUAAL_ROW_COVERED), ==, "covered");
  g_assert_cmpstr (duaal_row_status_to_string (DUAAL_ROW_MIXED), ==, "mixed");
}

static void
test_cells (void)
{
  g_autoptr(DuaalOverview) o = make_small ();

  for (guint l = 0; l < N_L; l++)
    for (guint c = 0; c < N_C; c++)
      {
        gboolean planned = small_planned[l * N_C + c], actual = small_actual[l * N_C + c];
        g_assert_cmpint (duaal_overview_get_planned (o, l, c), ==, planned);
        g_assert_cmpint (duaal_overview_get_actual (o, l, c), ==, actual);
        g_assert_cmpint (duaal_overview_get_cell (o, DUAAL_OVERVIEW_ACTUAL, l, c), ==, actual);
        g_assert_cmpint (duaal_overview_get_differs (o, l, c), ==, planned != actual);
      }
  g_assert_true (duaal_overview_get_differs (o, 0, 0));   /* covered, not planned */
  g_assert_true (duaal_overview_get_differs (o, 2, 1));   /* planned, not covered */
  g_assert_false (duaal_overview_get_differs (o, 1, 4));

  g_assert_cmpstr (duaal_overview_get_competence_title (o, 2), ==, "k3");  /* no title: the id */
  g_assert_cmpstr (duaal_overview_get_learner_company (o, 2), ==, "");
  g_assert_cmpint (duaal_overview_find_competence (o, "k4"), ==, 3);
  g_assert_cmpint (duaal_overview_find_competence (o, "nope"), ==, -1);
  g_assert_cmpint (duaal_overview_get_learner_id (o, 1), ==, 12);
}

static void
assert_order (GArray      *order,
              const guint *expected,
              guint        n)
{
  g_assert_cmpuint (order->len, ==, n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpuint (g_array_index (order, guint, i), ==, expected[i]);
}

/* Gaps, then mixed by lacking (most first, ties in qualification
 * order), then covered. */
static void
test_priority (void)
{
  g_autoptr(DuaalOverview) o = make_small ();
  g_autoptr(GArray) planned = duaal_overview_get_priority_order (o, DUAAL_OVERVIEW_PLANNED);
  g_autoptr(GArray) actual = duaal_overview_get_priority_order (o, DUAAL_OVERVIEW_ACTUAL);
  static const guint planned_order[] = { 0, 2, 4, 3, 1 };
  /* actual: k3 gap; k1 2, k5 2, k2 1, k4 1 */
  static const guint actual_order[] = { 2, 0, 4, 1, 3 };

  assert_order (planned, planned_order, N_C);
  assert_order (actual, actual_order, N_C);
}

/* No actual data at all: every actual row a gap, every planned cell
 * "differs". */
static void
test_no_actual (void)
{
  g_autoptr(DuaalOverview) o = duaal_overview_new (small_competences, N_C, small_learners, N_L,
                                                   small_planned, NULL);

  for (guint c = 0; c < N_C; c++)
    g_assert_cmpint (duaal_overview_get_row_status (o, DUAAL_OVERVIEW_ACTUAL, c), ==, DUAAL_ROW_GAP);
  g_assert_true (duaal_overview_get_differs (o, 0, 1));
  g_assert_false (duaal_overview_get_differs (o, 0, 0));
}

static void
test_csv_planned (void)
{
  g_autoptr(DuaalOverview) o = make_small ();
  g_autofree char *csv = duaal_overview_to_csv (o, DUAAL_OVERVIEW_PLANNED);
  static const char expected[] =
    DUAAL_CSV_BOM "competence,title,status,lacking,Jonas Peeters (Elektro De Smet bv),"
    "\"Nicolas Van den Broeck (Installaties Verhaeghe, Gent)\",Sara\r\n"
    "k1,\"Plans the \"\"work\"\", safely\",gap,3,,,\r\n"
    "k2,Installs sockets,covered,0,planned,planned,planned\r\n"
    "k3,k3,mixed,2,planned,,\r\n"
    "k4,Measures,mixed,1,planned,planned,\r\n"
    "k5,Reports,mixed,2,,planned,\r\n";

  g_assert_cmpstr (csv, ==, expected);
}

static void
test_csv_actual (void)
{
  g_autoptr(DuaalOverview) o = make_small ();
  g_autofree char *csv = duaal_overview_to_csv (o, DUAAL_OVERVIEW_ACTUAL);
  g_autofree char *dir = g_dir_make_tmp ("duaal-overview-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "overview.csv", NULL);
  g_autofree char *written = NULL;
  g_autoptr(GError) error = NULL;
  static const char expected[] =
    DUAAL_CSV_BOM "competence,title,status,lacking,Jonas Peeters (Elektro De Smet bv),"
    "\"Nicolas Van den Broeck (Installaties Verhaeghe, Gent)\",Sara\r\n"
    "k1,\"Plans the \"\"work\"\", safely\",mixed,2,actual,,\r\n"
    "k2,Installs sockets,mixed,1,planned actual,planned actual,planned\r\n"
    "k3,k3,gap,3,planned,,\r\n"
    "k4,Measures,mixed,1,planned actual,planned actual,\r\n"
    "k5,Reports,mixed,2,,planned actual,\r\n";

  g_assert_cmpstr (csv, ==, expected);

  g_assert_true (duaal_overview_write_csv (o, DUAAL_OVERVIEW_ACTUAL, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &written, NULL, NULL));
  g_assert_cmpstr (written, ==, expected);
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_csv_unwritable (void)
{
  g_autoptr(DuaalOverview) o = make_small ();
  g_autoptr(GError) error = NULL;

  g_assert_false (duaal_overview_write_csv (o, DUAAL_OVERVIEW_PLANNED,
                                            "/nonexistent-dir/overview.csv", &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_IO);
}

/* The convenience constructor: plans as competence ids, actual from the
 * trainer's coverage (S or R on at least one indicator; N does not count,
 * nor the teacher's S). */
static DuaalCompetence *
make_competence (const char *id,
                 guint       number,
                 const char *title)
{
  GPtrArray *indicators = g_ptr_array_new ();

  for (guint i = 1; i <= 2; i++)
    {
      g_autofree char *indicator_id = g_strdup_printf ("%s.%u", id, i);
      g_ptr_array_add (indicators, duaal_indicator_new (indicator_id, "does it"));
    }
  return duaal_competence_new (id, number, title, NULL, NULL, indicators, NULL);
}

static void
test_from_status (void)
{
  GPtrArray *competences = g_ptr_array_new ();
  g_autoptr(DuaalQualification) q = NULL;
  g_autoptr(GPtrArray) learners = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) plans = g_ptr_array_new ();
  g_autoptr(DuaalStatus) status = NULL;
  g_autoptr(DuaalOverview) o = NULL;
  const char *plan_a[] = { "q1", "unknown", NULL };
  const char *plan_b[] = { "q1", "q2", NULL };

  g_ptr_array_add (competences, make_competence ("q1", 1, "First"));
  g_ptr_array_add (competences, make_competence ("q2", 2, "Second"));
  q = duaal_qualification_new ("0138", 1, "Elektrotechnicus", NULL, "nl", 0, NULL, competences);
  g_ptr_array_add (learners, duaal_learner_new (1, 1, "A", 1, "Firm A", 1, "Trainer A"));
  g_ptr_array_add (learners, duaal_learner_new (2, 1, "B", 2, "Firm B", 2, "Trainer B"));
  status = duaal_status_new (q, 0, learners);
  /* A: trainer says S on q2.2 only; teacher's R on q1.1 does not count. */
  duaal_status_set_cell (status, 1, "q2.2", DUAAL_ACTOR_TRAINER, DUAAL_MASTERY_LIL, DUAAL_COVERAGE_S, NULL, 1);
  duaal_status_set_cell (status, 1, "q1.1", DUAAL_ACTOR_TEACHER, DUAAL_MASTERY_V, DUAAL_COVERAGE_R, NULL, 2);
  /* B: trainer says N on q1.1 (not covered) and R on q1.2. */
  duaal_status_set_cell (status, 2, "q1.1", DUAAL_ACTOR_TRAINER, DUAAL_MASTERY_X, DUAAL_COVERAGE_N, NULL, 3);
  duaal_status_set_cell (status, 2, "q1.2", DUAAL_ACTOR_TRAINER, DUAAL_MASTERY_NONE, DUAAL_COVERAGE_R, NULL, 4);
  g_ptr_array_add (plans, plan_a);
  g_ptr_array_add (plans, plan_b);

  o = duaal_overview_new_from_status (status, plans);
  g_assert_cmpuint (duaal_overview_get_n_competences (o), ==, 2);
  g_assert_cmpuint (duaal_overview_get_n_learners (o), ==, 2);
  g_assert_cmpstr (duaal_overview_get_competence_title (o, 1), ==, "Second");
  g_assert_cmpstr (duaal_overview_get_learner_company (o, 1), ==, "Firm B");
  g_assert_cmpint (duaal_overview_get_learner_id (o, 1), ==, 2);

  g_assert_true (duaal_overview_get_planned (o, 0, 0));
  g_assert_false (duaal_overview_get_planned (o, 0, 1));
  g_assert_true (duaal_overview_get_planned (o, 1, 0));
  g_assert_true (duaal_overview_get_planned (o, 1, 1));

  g_assert_false (duaal_overview_get_actual (o, 0, 0));
  g_assert_true (duaal_overview_get_actual (o, 0, 1));
  g_assert_true (duaal_overview_get_actual (o, 1, 0));
  g_assert_false (duaal_overview_get_actual (o, 1, 1));

  g_assert_cmpint (duaal_overview_get_row_status (o, DUAAL_OVERVIEW_PLANNED, 0), ==, DUAAL_ROW_COVERED);
  g_assert_cmpint (duaal_overview_get_row_status (o, DUAAL_OVERVIEW_PLANNED, 1), ==, DUAAL_ROW_MIXED);
}

/* ---- renderers ------------------------------------------------------- */

/* The seed's class group of chapter 2.4.d (see test-session-planner.c). */
static const DuaalOverviewCompetence seed_competences[] = {
  { "c1", "Realiseert sleuven en holtes voor het leggen van leidingen" },
  { "c2", "Plaatst een aardingssysteem en sluit het aan" },
  { "c3", "Plaatst buizen, kabelgoten en leidingen" },
  { "c4", "Monteert schakelaars en contactdozen" },
  { "c5", "Sluit verlichtingstoestellen aan" },
  { "c6", "Monteert en sluit installaties aan op zeer lage spanning" },
};
static const DuaalOverviewLearner seed_learners[] = {
  { 1, "A", "Elektro De Smet bv" },
  { 2, "B", "Installaties Verhaeghe, Gent" },
  { 3, "C", "Bouwbedrijf Claes" },
  { 4, "D", "Domotica Peeters" },
};
static const gboolean seed_planned[] = {
  0, 0, 0, 1, 1, 1,
  1, 0, 1, 1, 0, 0,
  0, 0, 0, 1, 1, 1,
  1, 0, 1, 1, 1, 0,
};
/* What the trainers scored after a while: mostly the plan, not all. */
static const gboolean seed_actual[] = {
  0, 0, 0, 1, 0, 1,
  1, 0, 1, 1, 0, 0,
  1, 0, 0, 1, 1, 1,
  1, 0, 1, 1, 1, 1,
};
static const gboolean seed_acquired[] = {
  0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 1, 0,
  0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0,
};
static const guint seed_durations[] = { 2, 1, 1, 1, 2, 3 };

static DuaalOverview *
make_seed (void)
{
  return duaal_overview_new (seed_competences, G_N_ELEMENTS (seed_competences),
                             seed_learners, G_N_ELEMENTS (seed_learners),
                             seed_planned, seed_actual);
}

/* Seed 2.4: competence 2 is the collective gap, 4 collectively covered;
 * 1, 3 and 6 lack two learners each (qualification order), 5 one. */
static void
test_seed_priority (void)
{
  g_autoptr(DuaalOverview) o = make_seed ();
  g_autoptr(GArray) order = duaal_overview_get_priority_order (o, DUAAL_OVERVIEW_PLANNED);
  static const guint expected[] = { 1, 0, 2, 5, 4, 3 };

  assert_order (order, expected, G_N_ELEMENTS (expected));
  g_assert_cmpint (duaal_overview_get_row_status (o, DUAAL_OVERVIEW_PLANNED, 1), ==, DUAAL_ROW_GAP);
  g_assert_cmpint (duaal_overview_get_row_status (o, DUAAL_OVERVIEW_PLANNED, 3), ==, DUAAL_ROW_COVERED);
}

static char *
screenshot_path (const char *name)
{
  const char *root = g_getenv ("DUAAL_BUILD_ROOT");
  g_autofree char *dir = g_build_filename (root != NULL ? root : ".", "screenshots", NULL);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  return g_build_filename (dir, name, NULL);
}

static void
assert_png_size (const char *path,
                 double      width,
                 double      height,
                 double      scale)
{
  cairo_surface_t *png = cairo_image_surface_create_from_png (path);

  g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (png), ==, (int) ceil (width * scale));
  g_assert_cmpint (cairo_image_surface_get_height (png), ==, (int) ceil (height * scale));
  cairo_surface_destroy (png);
}

static void
assert_pdf (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF"));
}

static void
test_overview_renderer (void)
{
  g_autoptr(DuaalOverview) o = make_seed ();
  g_autofree char *planned_png = screenshot_path ("core-overview.png");
  g_autofree char *actual_png = screenshot_path ("core-overview-actual.png");
  g_autofree char *dir = g_dir_make_tmp ("duaal-overview-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "overview.pdf", NULL);
  g_autofree char *scaled = g_build_filename (dir, "overview@2.png", NULL);
  g_autoptr(GError) error = NULL;
  double width, height, actual_width, actual_height;

  duaal_overview_renderer_measure (o, DUAAL_OVERVIEW_PLANNED, NULL, &width, &height);
  /* Four learner columns beside the competence and campus columns;
   * six rows, most of them on one or two lines. */
  g_assert_cmpfloat (width, >, 600);
  g_assert_cmpfloat (width, <, 2000);
  g_assert_cmpfloat (height, >, 6 * 30);
  g_assert_cmpfloat (height, <, 1200);

  g_assert_true (duaal_overview_render_png (o, DUAAL_OVERVIEW_PLANNED, 1.0, planned_png, &error));
  g_assert_no_error (error);
  assert_png_size (planned_png, width, height, 1.0);

  g_assert_true (duaal_overview_render_png (o, DUAAL_OVERVIEW_PLANNED, 2.0, scaled, &error));
  g_assert_no_error (error);
  assert_png_size (scaled, width, height, 2.0);

  duaal_overview_renderer_measure (o, DUAAL_OVERVIEW_ACTUAL, NULL, &actual_width, &actual_height);
  g_assert_cmpfloat (actual_height, >=, height);   /* a longer legend */
  g_assert_true (duaal_overview_render_png (o, DUAAL_OVERVIEW_ACTUAL, 1.0, actual_png, &error));
  g_assert_no_error (error);
  assert_png_size (actual_png, actual_width, actual_height, 1.0);

  g_assert_true (duaal_overview_render_pdf (o, DUAAL_OVERVIEW_ACTUAL, pdf, &error));
  g_assert_no_error (error);
  assert_pdf (pdf);

  g_assert_false (duaal_overview_render_pdf (o, DUAAL_OVERVIEW_PLANNED, "/nonexistent-dir/o.pdf", &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_IO);

  g_unlink (pdf);
  g_unlink (scaled);
  g_rmdir (dir);
}

/* A widget draws into its own, scaled context. */
static void
test_overview_draw_scaled (void)
{
  g_autoptr(DuaalOverview) o = make_seed ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 300, 200);
  cairo_t *cr = cairo_create (surface);
  cairo_matrix_t before, after;

  cairo_scale (cr, 0.3, 0.3);
  cairo_get_matrix (cr, &before);
  duaal_overview_renderer_draw (o, DUAAL_OVERVIEW_ACTUAL, NULL, cr);
  cairo_get_matrix (cr, &after);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpfloat (before.xx, ==, after.xx);
  /* Something was drawn: the top-left pixel is the white background. */
  cairo_surface_flush (surface);
  g_assert_cmphex (*(guint32 *) cairo_image_surface_get_data (surface), ==, 0xffffffff);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_session_plan_renderer (void)
{
  g_autoptr(DuaalOverview) o = make_seed ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalSessionPlan) plan = duaal_session_plan_new_from_overview (o, seed_acquired, seed_durations, 2, &error);
  g_autofree char *png = screenshot_path ("core-session-plan.png");
  g_autofree char *dir = g_dir_make_tmp ("duaal-plan-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "plan.pdf", NULL);
  g_autofree char *csv_path = g_build_filename (dir, "plan.csv", NULL);
  g_autofree char *csv = NULL;
  g_autofree char *written = NULL;
  double width, height;

  g_assert_no_error (error);
  duaal_session_plan_renderer_measure (plan, NULL, &width, &height);
  /* Four session columns, two group rows. */
  g_assert_cmpfloat (width, >, 4 * 100);
  g_assert_cmpfloat (height, >, 2 * 60);

  g_assert_true (duaal_session_plan_render_png (plan, 1.0, png, &error));
  g_assert_no_error (error);
  assert_png_size (png, width, height, 1.0);

  g_assert_true (duaal_session_plan_render_pdf (plan, pdf, &error));
  g_assert_no_error (error);
  assert_pdf (pdf);

  g_assert_true (duaal_session_plan_write_csv (plan, csv_path, &error));
  g_assert_no_error (error);
  csv = duaal_session_plan_to_csv (plan);
  g_assert_true (g_file_get_contents (csv_path, &written, NULL, NULL));
  g_assert_cmpstr (written, ==, csv);
  g_assert_true (g_str_has_prefix (csv, DUAAL_CSV_BOM "session,competence,title,part,parts,kind,learners\r\n"
                                        "1,c2,Plaatst een aardingssysteem en sluit het aan,1,1,plenary,A; B; C; D\r\n"));

  g_assert_false (duaal_session_plan_render_png (plan, 1.0, "/nonexistent-dir/p.png", &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_IO);

  g_unlink (pdf);
  g_unlink (csv_path);
  g_rmdir (dir);
}

/* An empty plan still draws (a sentence instead of a timeline). */
static void
test_empty_plan_renderer (void)
{
  static const char *names[] = { "A" };
  static const char *ids[] = { "c1" };
  static const gboolean needs[] = { 0 };
  DuaalSessionInput input = {
    .n_learners = 1, .learner_names = names,
    .n_competences = 1, .competence_ids = ids, .needs = needs,
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalSessionPlan) plan = duaal_session_plan_new (&input, &error);
  g_autofree char *dir = g_dir_make_tmp ("duaal-plan-XXXXXX", NULL);
  g_autofree char *png = g_build_filename (dir, "empty.png", NULL);
  double width, height;

  g_assert_no_error (error);
  duaal_session_plan_renderer_measure (plan, NULL, &width, &height);
  g_assert_true (duaal_session_plan_render_png (plan, 1.0, png, &error));
  g_assert_no_error (error);
  assert_png_size (png, width, height, 1.0);
  g_unlink (png);
  g_rmdir (dir);
}

/* ---- PDF files people can use (issue 20) ----------------------------- */

/* Counts the times @needle occurs in @haystack. */
static guint
count_occurrences (const char *haystack,
                   const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

#define WIDE_LEARNERS 12
#define WIDE_COMPETENCES 30

static const char *wide_names[WIDE_LEARNERS] = {
  "محمد العلي", "Çağla Öztürk", "Łukasz Żółkiewski", "王小明", "Emma Peeters", "Noah Janssens",
  "Lina Maes", "Adam Jacobs", "Zoë Mertens", "Finn Willems", "Mila Claes", "Lucas Goossens",
};

/* A class wider than any page (twelve learners) and longer than one
 * (thirty competences). */
static DuaalOverview *
make_wide (void)
{
  g_autofree DuaalOverviewCompetence *competences = g_new0 (DuaalOverviewCompetence, WIDE_COMPETENCES);
  g_autofree DuaalOverviewLearner *learners = g_new0 (DuaalOverviewLearner, WIDE_LEARNERS);
  g_autofree gboolean *planned = g_new0 (gboolean, WIDE_LEARNERS * WIDE_COMPETENCES);
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);

  for (guint c = 0; c < WIDE_COMPETENCES; c++)
    {
      char *id = g_strdup_printf ("k%02u", c + 1);
      char *title = g_strdup_printf ("Competentie nummer %u van de opleiding", c + 1);

      g_ptr_array_add (texts, id);
      g_ptr_array_add (texts, title);
      competences[c] = (DuaalOverviewCompetence) { id, title };
    }
  for (guint l = 0; l < WIDE_LEARNERS; l++)
    {
      learners[l] = (DuaalOverviewLearner) { l + 1, wide_names[l], "Bedrijf" };
      for (guint c = 0; c < WIDE_COMPETENCES; c++)
        planned[l * WIDE_COMPETENCES + c] = (l + c) % 3 == 0;
    }
  return duaal_overview_new (competences, WIDE_COMPETENCES, learners, WIDE_LEARNERS, planned, planned);
}

/* The seed's table on one A4 page, its text searchable, its fonts
 * embedded, its title in the metadata. */
static void
test_overview_pdf (void)
{
  g_autoptr(DuaalOverview) o = make_seed ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("duaal-overview-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "overview.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *title = NULL;

  g_assert_true (duaal_overview_render_pdf (o, DUAAL_OVERVIEW_PLANNED, pdf, &error));
  g_assert_no_error (error);
  text = duaal_test_pdf_get_checked_text (pdf);
  g_assert_cmpuint (duaal_test_pdf_count_a4_pages (pdf), ==, 1);
  g_assert_nonnull (strstr (text, "Overview table: training plans"));
  g_assert_nonnull (strstr (text, "Plaatst een aardingssysteem"));
  g_assert_nonnull (strstr (text, "Domotica Peeters"));
  g_assert_nonnull (strstr (text, "Collective gap"));
  title = duaal_test_pdf_get_info (pdf, "Title");
  g_assert_cmpstr (title, ==, "Overview table: training plans");

  g_unlink (pdf);
  g_rmdir (dir);
}

/* A table wider and longer than a page is cut into A4 pages: every
 * learner and every competence printed, the competence column
 * repeated on each slice of learners. */
static void
test_overview_pdf_pages (void)
{
  g_autoptr(DuaalOverview) o = make_wide ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("duaal-overview-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "wide.pdf", NULL);
  g_autofree char *text = NULL;
  guint n_pages;

  g_assert_true (duaal_overview_render_pdf (o, DUAAL_OVERVIEW_PLANNED, pdf, &error));
  g_assert_no_error (error);
  text = duaal_test_pdf_get_checked_text (pdf);
  n_pages = duaal_test_pdf_count_a4_pages (pdf);
  g_assert_cmpuint (n_pages, >=, 4);
  /* Names wrap in their column: their words are found. */
  for (guint l = 0; l < WIDE_LEARNERS; l++)
    {
      g_auto(GStrv) words = g_strsplit (wide_names[l], " ", -1);

      if (l == 0)
        continue;   /* right to left: extraction order is the reader's business */
      for (guint w = 0; words[w] != NULL; w++)
        g_assert_nonnull (strstr (text, words[w]));
    }
  /* Three slices of learners (five a page), each with all competences. */
  for (guint c = 1; c <= WIDE_COMPETENCES; c++)
    {
      g_autofree char *title = g_strdup_printf ("Competentie nummer %u van", c);
      g_assert_cmpuint (count_occurrences (text, title), ==, 3);
    }
  g_assert_cmpuint (count_occurrences (text, "Overview table: training plans"), ==, n_pages);
  g_assert_nonnull (strstr (text, "Page 1 of"));

  g_unlink (pdf);
  g_rmdir (dir);
}

/* The session plan on A4 with its text; a plan of many sessions on
 * several pages, each group printed whole. */
static void
test_session_plan_pdf (void)
{
  g_autoptr(DuaalOverview) o = make_seed ();
  g_autoptr(DuaalOverview) wide = make_wide ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalSessionPlan) plan = duaal_session_plan_new_from_overview (o, seed_acquired, seed_durations, 2, &error);
  g_autofree gboolean *none = g_new0 (gboolean, WIDE_LEARNERS * WIDE_COMPETENCES);
  g_autofree guint *durations = g_new0 (guint, WIDE_COMPETENCES);
  g_autoptr(DuaalSessionPlan) long_plan = NULL;
  g_autofree char *dir = g_dir_make_tmp ("duaal-plan-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "plan.pdf", NULL);
  g_autofree char *long_pdf = g_build_filename (dir, "long.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *long_text = NULL;
  g_autofree char *title = NULL;

  g_assert_no_error (error);
  g_assert_true (duaal_session_plan_render_pdf (plan, pdf, &error));
  g_assert_no_error (error);
  text = duaal_test_pdf_get_checked_text (pdf);
  g_assert_cmpuint (duaal_test_pdf_count_a4_pages (pdf), ==, 1);
  g_assert_nonnull (strstr (text, "Campus sessions"));
  g_assert_nonnull (strstr (text, "Session 1"));
  g_assert_nonnull (strstr (text, "Plaatst een"));
  title = duaal_test_pdf_get_info (pdf, "Title");
  g_assert_nonnull (title);
  g_assert_true (g_str_has_prefix (title, "Campus sessions"));

  for (guint c = 0; c < WIDE_COMPETENCES; c++)
    durations[c] = 1 + c % 2;
  long_plan = duaal_session_plan_new_from_overview (wide, none, durations, 1, &error);
  g_assert_no_error (error);
  g_assert_true (duaal_session_plan_render_pdf (long_plan, long_pdf, &error));
  g_assert_no_error (error);
  long_text = duaal_test_pdf_get_checked_text (long_pdf);
  g_assert_cmpuint (duaal_test_pdf_count_a4_pages (long_pdf), >, 1);
  for (guint c = 1; c <= WIDE_COMPETENCES; c++)
    {
      g_autofree char *id = g_strdup_printf ("k%02u", c);
      g_assert_nonnull (strstr (long_text, id));
    }

  g_unlink (pdf);
  g_unlink (long_pdf);
  g_rmdir (dir);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/overview/rows", test_rows);
  g_test_add_func ("/overview/cells", test_cells);
  g_test_add_func ("/overview/priority", test_priority);
  g_test_add_func ("/overview/no-actual", test_no_actual);
  g_test_add_func ("/overview/csv/planned", test_csv_planned);
  g_test_add_func ("/overview/csv/actual", test_csv_actual);
  g_test_add_func ("/overview/csv/unwritable", test_csv_unwritable);
  g_test_add_func ("/overview/from-status", test_from_status);
  g_test_add_func ("/overview/seed-priority", test_seed_priority);
  g_test_add_func ("/overview/renderer/files", test_overview_renderer);
  g_test_add_func ("/overview/renderer/draw-scaled", test_overview_draw_scaled);
  g_test_add_func ("/session-plan/renderer/files", test_session_plan_renderer);
  g_test_add_func ("/session-plan/renderer/empty", test_empty_plan_renderer);
  g_test_add_func ("/overview/pdf/a4", test_overview_pdf);
  g_test_add_func ("/overview/pdf/pages", test_overview_pdf_pages);
  g_test_add_func ("/session-plan/pdf", test_session_plan_pdf);
  return g_test_run ();
}
