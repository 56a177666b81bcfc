/* test-learning-line.c: SPEC section 14, contexts, the learning line and lesson scenarios
 *
 * The seed's example (chapter 4) is the first case: contexts offering
 * 3, 4, 6, 7 / 1, 3, 4, 5, 6, 7 / 1, 3, 6 give exactly the starts and
 * deepenings of SPEC 14, and competence 2 is uncovered.  Then the rules
 * of a reordered line, plans from offered contexts, a learner's
 * contexts done and what scenarios leave uncovered; through a real
 * SQLite store the qualification file's contexts and its refusals; and
 * the chart in PNG, SVG and PDF, read back with independent readers.
 * What the store itself does with contexts and scenarios is checked
 * once, for every backend, in test-store-contract.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <cairo.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>

#include "duaal-error.h"
#include "duaal-learning-line.h"
#include "duaal-learning-line-chart.h"
#include "duaal-qualification-import-private.h"
#include "duaal-qualification-private.h"
#include "duaal-sqlite-store.h"
#include "duaal-store.h"

typedef struct {
  char       *dir;
  char       *db_path;
  DuaalStore *store;
} Fixture;

#include "store-test-helpers.h"

static const char * const seven[] = { "c1:1", "c2:1", "c3:1", "c4:1", "c5:1", "c6:1", "c7:1", NULL };

static DuaalContext *
context (gint64      id,
         const char *title,
         const char *ids)
{
  g_auto(GStrv) competences = g_strsplit (ids, ",", -1);

  return duaal_context_new (id, (guint) id, title, NULL, (const char * const *) competences);
}

static GPtrArray *
seed_contexts (void)
{
  GPtrArray *contexts = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (contexts, context (1, "Rijwoning", "c3,c4,c6,c7"));
  g_ptr_array_add (contexts, context (2, "Appartement", "c1,c3,c4,c5,c6,c7"));
  g_ptr_array_add (contexts, context (3, "Keuken", "c1,c3,c6"));
  return contexts;
}

static const char * const seven_ids[] = { "c1", "c2", "c3", "c4", "c5", "c6", "c7", NULL };

/* "S" start, "D" deepen, "." none: one string per competence. */
static void
assert_marks (DuaalLearningLine  *line,
              const char * const *expected)
{
  for (guint c = 0; expected[c] != NULL; c++)
    for (guint k = 0; expected[c][k] != '\0'; k++)
      {
        DuaalLearningMark want = expected[c][k] == 'S' ? DUAAL_LEARNING_MARK_START
                               : expected[c][k] == 'D' ? DUAAL_LEARNING_MARK_DEEPEN
                               : DUAAL_LEARNING_MARK_NONE;

        if (duaal_learning_line_get_mark (line, c, k) != want)
          g_test_fail_printf ("competence %s, context %u: expected %c", seven_ids[c], k + 1, expected[c][k]);
      }
}

/* SPEC 14: 3, 4, 6, 7 start in 1 and deepen in 2; 1 and 5 start in 2;
 * 1, 3 and 6 deepen in 3; 2 is uncovered. */
static void
test_seed_example (void)
{
  g_autoptr(GPtrArray) contexts = seed_contexts ();
  g_autoptr(DuaalLearningLine) line = duaal_learning_line_new (seven_ids, NULL, contexts, NULL);
  g_auto(GStrv) uncovered = duaal_learning_line_get_uncovered (line);
  const char * const expected[] = {
    ".SD",   /* c1 */
    "...",   /* c2 */
    "SDD",   /* c3 */
    "SD.",   /* c4 */
    ".S.",   /* c5 */
    "SDD",   /* c6 */
    "SD.",   /* c7 */
    NULL,
  };

  assert_marks (line, expected);
  g_assert_cmpint (duaal_learning_line_get_start (line, 0), ==, 1);
  g_assert_cmpint (duaal_learning_line_get_start (line, 2), ==, 0);
  g_assert_cmpint (duaal_learning_line_get_start (line, 4), ==, 1);
  g_assert_cmpint (duaal_learning_line_get_start (line, 1), ==, -1);
  g_assert_cmpstrv (uncovered, ((const char * const[]) { "c2", NULL }));
  g_assert_false (duaal_learning_line_has_learner (line));
}

/* Moving the third context to the front changes where 1, 3 and 6 start. */
static void
test_reordered (void)
{
  g_autoptr(GPtrArray) contexts = seed_contexts ();
  g_autoptr(DuaalLearningLine) line = NULL;
  const char * const expected[] = { "S.D", "...", "SDD", ".SD", "..S", "SDD", ".SD", NULL };
  DuaalContext *last = g_ptr_array_steal_index (contexts, 2);

  g_ptr_array_insert (contexts, 0, last);
  line = duaal_learning_line_new (seven_ids, NULL, contexts, NULL);
  assert_marks (line, expected);
}

static void
test_offered_competences (void)
{
  g_autoptr(GPtrArray) contexts = seed_contexts ();
  g_autoptr(GArray) offered = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_auto(GStrv) none = duaal_learning_line_offered_competences (contexts, offered);
  g_auto(GStrv) some = NULL;
  gint64 first = 1, third = 3;

  g_assert_cmpuint (g_strv_length (none), ==, 0);
  g_array_append_val (offered, third);
  g_array_append_val (offered, first);
  some = duaal_learning_line_offered_competences (contexts, offered);
  g_assert_cmpstrv (some, ((const char * const[]) { "c3", "c4", "c6", "c7", "c1", NULL }));
}

/* A learner's line: the contexts their trainer confirmed are marked done. */
static void
test_done (void)
{
  g_autoptr(GPtrArray) contexts = seed_contexts ();
  g_autoptr(GArray) done = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(DuaalLearningLine) line = NULL;
  gint64 first = 1, third = 3;

  g_array_append_val (done, third);
  g_array_append_val (done, first);
  line = duaal_learning_line_new (seven_ids, NULL, contexts, done);
  g_assert_true (duaal_learning_line_has_learner (line));
  g_assert_true (duaal_learning_line_is_done (line, 0));
  g_assert_false (duaal_learning_line_is_done (line, 1));
  g_assert_true (duaal_learning_line_is_done (line, 2));
}

static void
test_scenario_rules (void)
{
  g_autoptr(GPtrArray) scenarios = g_ptr_array_new_with_free_func (g_object_unref);
  DuaalScenarioTexts a = { .title = "Buizen plooien", .sessions = 2 };
  DuaalScenarioTexts b = { .title = "Veilig werken", .sessions = 1 };
  DuaalScenarioTexts c = { .title = "Buizen leggen", .sessions = 3 };
  g_auto(GStrv) uncovered = NULL;
  g_autoptr(GPtrArray) for_c7 = NULL;

  g_ptr_array_add (scenarios, duaal_scenario_new (1, &a, (const char * const[]) { "c7", NULL }));
  g_ptr_array_add (scenarios, duaal_scenario_new (2, &b, (const char * const[]) { "c1", "c2", NULL }));
  g_ptr_array_add (scenarios, duaal_scenario_new (3, &c, (const char * const[]) { "c3", "c7", NULL }));
  uncovered = duaal_scenario_list_uncovered (scenarios, seven_ids);
  g_assert_cmpstrv (uncovered, ((const char * const[]) { "c4", "c5", "c6", NULL }));
  for_c7 = duaal_scenario_list_for_competence (scenarios, "c7");
  g_assert_cmpuint (for_c7->len, ==, 2);
  g_assert_cmpint (duaal_scenario_get_id (g_ptr_array_index (for_c7, 0)), ==, 1);
  g_assert_cmpint (duaal_scenario_get_id (g_ptr_array_index (for_c7, 1)), ==, 3);
}

/* ------------------------------------------------------------------ */
/* Through the SQLite store                                            */

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalQualification) qualification = make_qualification ("BK-CCV", 1, "", seven);
  DuaalImportStatus status;

  fixture->dir = g_dir_make_tmp ("duaal-learning-line-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->db_path = g_build_filename (fixture->dir, "test.db", NULL);
  fixture->store = DUAAL_STORE (duaal_sqlite_store_open (fixture->db_path, &error));
  g_assert_no_error (error);
  g_assert_true (duaal_store_import_qualification (fixture->store, qualification, &status, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  g_unlink (fixture->db_path);
  g_rmdir (fixture->dir);
  g_free (fixture->db_path);
  g_free (fixture->dir);
}

/* ------------------------------------------------------------------ */
/* The qualification file                                              */

static char *
data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "qualification", name, NULL);
}

static gchar *
read_database (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

static void
test_file_contexts (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = data_path ("good-contexts.xml");
  g_autoptr(DuaalQualification) qualification = duaal_qualification_import_file (path, &error);
  g_autoptr(GPtrArray) contexts = NULL;
  g_autoptr(DuaalLearningLine) line = NULL;
  g_autoptr(DuaalQualification) stored = NULL;
  g_auto(GStrv) uncovered = NULL;
  const char * const seed[] = { ".SD", "...", "SDD", "SD.", ".S.", "SDD", "SD.", NULL };
  DuaalImportStatus status;

  g_assert_no_error (error);
  g_assert_nonnull (duaal_qualification_get_contexts (qualification));
  g_assert_cmpuint (duaal_qualification_get_contexts (qualification)->len, ==, 3);

  /* BK-CCV version 1 is already there (the fixture's, without contexts):
   * same ids, other texts, and its contexts come in. */
  g_assert_true (duaal_store_import_qualification (fixture->store, qualification, &status, &error));
  g_assert_no_error (error);
  contexts = duaal_store_list_contexts (fixture->store, "BK-CCV", 1, &error);
  g_assert_cmpuint (contexts->len, ==, 3);
  g_assert_cmpstr (duaal_context_get_title (g_ptr_array_index (contexts, 0)), ==, "Een rijwoning bekabelen");
  g_assert_nonnull (duaal_context_get_activities (g_ptr_array_index (contexts, 0)));
  stored = duaal_store_get_qualification (fixture->store, "BK-CCV", 1, &error);
  line = duaal_learning_line_new_for_qualification (stored, contexts, NULL);
  assert_marks (line, seed);
  uncovered = duaal_learning_line_get_uncovered (line);
  g_assert_cmpstrv (uncovered, ((const char * const[]) { "c2", NULL }));

  /* Imported again: the contexts a coach may have edited are kept. */
  g_assert_true (duaal_store_move_context (fixture->store, duaal_context_get_id (g_ptr_array_index (contexts, 2)),
                                           1, &error));
  g_assert_true (duaal_store_import_qualification (fixture->store, qualification, &status, &error));
  g_assert_cmpint (status, ==, DUAAL_IMPORT_UNCHANGED);
  g_clear_pointer (&contexts, g_ptr_array_unref);
  contexts = duaal_store_list_contexts (fixture->store, "BK-CCV", 1, &error);
  g_assert_cmpuint (contexts->len, ==, 3);
  g_assert_cmpstr (duaal_context_get_title (g_ptr_array_index (contexts, 0)), ==, "Een keuken vernieuwen");
}

/* A bad context definition refuses the whole file, naming line and
 * cause; the database is not touched. */
static void
test_file_refusals (Fixture       *fixture,
                    gconstpointer  data)
{
  static const struct {
    const char *file;
    const char *cause;
  } bad[] = {
    { "bad-context-unknown-competence.xml", ":44: the context offers “c9”, which is not a competence of this file" },
    { "bad-context-no-offers.xml", ":38: element <context> has no <offers> element" },
    { "bad-context-duplicate-offer.xml", ":37: the context offers competence “c3” twice" },
    { "bad-context-empty-title.xml", ":34: element <title> is empty" },
  };
  g_autofree char *before = NULL;

  g_clear_object (&fixture->store);
  before = read_database (fixture->db_path);
  fixture->store = DUAAL_STORE (duaal_sqlite_store_open (fixture->db_path, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *path = data_path (bad[i].file);
      g_autoptr(DuaalQualification) qualification = duaal_qualification_import_file (path, &error);

      g_assert_null (qualification);
      g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID_FILE);
      if (!g_str_has_suffix (error->message, bad[i].cause))
        g_test_fail_printf ("%s: %s", bad[i].file, error->message);
    }
  g_clear_object (&fixture->store);
  {
    g_autofree char *after = read_database (fixture->db_path);

    g_assert_cmpstr (before, ==, after);
  }
}

/* ------------------------------------------------------------------ */
/* The chart                                                           */

static void
test_chart_exports (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) contexts = seed_contexts ();
  g_autoptr(GArray) done = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(DuaalLearningLine) line = NULL;
  g_autofree char *dir = g_dir_make_tmp ("duaal-learning-line-chart-XXXXXX", &error);
  g_autofree char *png = g_build_filename (dir, "line.png", NULL);
  g_autofree char *svg = g_build_filename (dir, "line.svg", NULL);
  g_autofree char *pdf = g_build_filename (dir, "line.pdf", NULL);
  g_autofree char *bad = g_build_filename (dir, "line.gif", NULL);
  g_autofree char *pdf_text = NULL;
  g_autofree char *shots = g_build_filename (g_getenv ("G_TEST_BUILDDIR") != NULL ? g_getenv ("G_TEST_BUILDDIR") : ".",
                                             "screenshots", NULL);
  g_autofree char *shot = g_build_filename (shots, "core-learning-line.png", NULL);
  DuaalLearningLineChartInfo info = { .qualification = "Elektrotechnicus", .learner = "Ann Peeters" };
  cairo_surface_t *image;
  xmlDocPtr doc;
  gsize length;
  double height = 0;
  gint64 second = 2;

  g_array_append_val (done, second);
  line = duaal_learning_line_new (seven_ids, NULL, contexts, done);
  duaal_learning_line_chart_measure (line, &info, 900, &height);
  g_assert_cmpfloat (height, >, 200);

  g_assert_true (duaal_learning_line_chart_export (line, &info, png, 900, 1, &error));
  g_assert_no_error (error);
  image = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 900);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, (int) height);
  cairo_surface_destroy (image);

  g_assert_true (duaal_learning_line_chart_export (line, &info, svg, 900, 1, &error));
  doc = xmlReadFile (svg, NULL, XML_PARSE_NONET);
  g_assert_nonnull (doc);
  g_assert_cmpstr ((const char *) xmlDocGetRootElement (doc)->name, ==, "svg");
  xmlFreeDoc (doc);

  g_assert_true (duaal_learning_line_chart_export (line, &info, pdf, 900, 1, &error));
  g_assert_true (g_file_get_contents (pdf, &pdf_text, &length, NULL));
  g_assert_true (length > 5 && memcmp (pdf_text, "%PDF-", 5) == 0);
  g_assert_nonnull (g_strstr_len (pdf_text + length - MIN (length, 16), MIN (length, 16), "%%EOF"));

  g_assert_false (duaal_learning_line_chart_export (line, &info, bad, 900, 1, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID);
  g_assert_false (g_file_test (bad, G_FILE_TEST_EXISTS));

  /* For people: what the chart looks like. */
  g_mkdir_with_parents (shots, 0755);
  g_assert_true (duaal_learning_line_chart_export (line, &info, shot, 900, 1, NULL));

  g_unlink (png);
  g_unlink (svg);
  g_unlink (pdf);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/learning-line/seed-example", test_seed_example);
  g_test_add_func ("/learning-line/reordered", test_reordered);
  g_test_add_func ("/learning-line/offered-competences", test_offered_competences);
  g_test_add_func ("/learning-line/done", test_done);
  g_test_add_func ("/learning-line/scenario-rules", test_scenario_rules);
  g_test_add ("/learning-line/file/contexts", Fixture, NULL, fixture_set_up, test_file_contexts, fixture_tear_down);
  g_test_add ("/learning-line/file/refusals", Fixture, NULL, fixture_set_up, test_file_refusals, fixture_tear_down);
  g_test_add_func ("/learning-line/chart/exports", test_chart_exports);

  return g_test_run ();
}
