/* test-sheet.c: score sheets' parts in the core (SPEC section 16)
 *
 * Tab names by Excel's rules, the hidden tab's checksum, the XLSX reader
 * on real files of every form a spreadsheet program writes (tests/data/
 * sheets/: shared, rich and inline strings, numbers, booleans, formula
 * results, cells and rows without a reference, a hidden tab) and on
 * files it must refuse (not a zip, a zip bomb, bad XML, a string index
 * out of range), and a sheet written by Duaal taken back unchanged.  The
 * filled-in round trip through an independent writer is
 * test-sheet-cli.sh.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib.h>
#include <glib/gstdio.h>

#include "duaal-demo.h"
#include "duaal-error.h"
#include "duaal-sheet-import.h"
#include "duaal-sheet-private.h"
#include "duaal-sheet-reader-private.h"
#include "duaal-sheet.h"
#include "duaal-sqlite-store.h"
#include "test-sheet-openpyxl.h"

static char *
data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "sheets", name, NULL);
}

/* ---- tab names ---------------------------------------------------------- */

static void
test_tab_names (void)
{
  g_autoptr(GHashTable) used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  struct { const char *name; const char *tab; } cases[] = {
    { "Jonas Peeters", "Jonas Peeters" },
    { "jonas peeters", "jonas peeters (2)" },          /* Excel ignores case */
    { "[Émile]: a/b\\c*d?e", "-Émile-- a-b-c-d-e" },
    { "'Quoted'", "Quoted" },
    { "", "Learner" },
    { "History", "History (2)" },                      /* Excel's own */
    { "Alexandra Vandenberghe-Van Damme", "Alexandra Vandenberghe-Van Damm" },
    { "Alexandra Vandenberghe-Van Damme Jr", "Alexandra Vandenberghe-Van (2)" },
    { "Alexandra Vandenberghe-Van Damme Sr", "Alexandra Vandenberghe-Van (3)" },
    { "Ελένη Παπαδοπούλου-Γεωργίου της Αθήνας", "Ελένη Παπαδοπούλου-Γεωργίου της" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *tab = duaal_sheet_make_tab_name (cases[i].name, used);

      g_assert_cmpstr (tab, ==, cases[i].tab);
      g_assert_cmpint (g_utf8_strlen (tab, -1), <=, 31);
    }
}

/* ---- checksum ------------------------------------------------------------ */

static GPtrArray *
records_of (const char *a,
            const char *b)
{
  GPtrArray *records = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  const char *cells[DUAAL_SHEET_INFO_COLUMNS + 1] = { "indicator", "7", "c01.01", "10", a, b, "", NULL };

  g_ptr_array_add (records, g_strdupv ((char **) cells));
  return records;
}

static void
test_checksum (void)
{
  g_autoptr(GPtrArray) one = records_of ("lil", "S");
  g_autoptr(GPtrArray) same = records_of ("lil", "S");
  g_autoptr(GPtrArray) changed = records_of ("V", "S");
  g_autoptr(GPtrArray) shifted = records_of ("liS", "");
  g_autofree char *sum_one = duaal_sheet_checksum (one);
  g_autofree char *sum_same = duaal_sheet_checksum (same);
  g_autofree char *sum_changed = duaal_sheet_checksum (changed);
  g_autofree char *sum_shifted = duaal_sheet_checksum (shifted);

  g_assert_cmpuint (strlen (sum_one), ==, 64);
  g_assert_cmpstr (sum_one, ==, sum_same);
  g_assert_cmpstr (sum_one, !=, sum_changed);
  g_assert_cmpstr (sum_one, !=, sum_shifted);
}

static void
test_normalize_text (void)
{
  g_autofree char *crlf = duaal_sheet_normalize_text ("a\r\nb\rc\nd");

  g_assert_cmpstr (crlf, ==, "a\nb\nc\nd");
  g_assert_null (duaal_sheet_normalize_text (""));
  g_assert_null (duaal_sheet_normalize_text (NULL));
}

/* ---- the reader ------------------------------------------------------------ */

static void
test_reader_forms (void)
{
  g_autofree char *path = data_path ("forms.xlsx");
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalSheetBook) book = duaal_sheet_book_open (path, &error);
  g_autoptr(DuaalSheetTab) tab = NULL;
  g_autoptr(DuaalSheetTab) hidden = NULL;

  g_assert_no_error (error);
  g_assert_true (duaal_sheet_book_has_tab (book, "Zoë Maes"));
  g_assert_false (duaal_sheet_book_has_tab (book, "zoë maes"));
  g_assert_false (duaal_sheet_book_tab_is_hidden (book, "Zoë Maes"));
  g_assert_true (duaal_sheet_book_tab_is_hidden (book, "Verborgen"));

  tab = duaal_sheet_book_read_tab (book, "Zoë Maes", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (duaal_sheet_tab_get_text (tab, 1, 0), ==, "lil");
  /* Rich text runs joined, the phonetic run left out. */
  g_assert_cmpstr (duaal_sheet_tab_get_text (tab, 1, 1), ==, "goed bezig ");
  g_assert_cmpstr (duaal_sheet_tab_get_text (tab, 1, 2), ==, "inline");
  g_assert_cmpstr (duaal_sheet_tab_get_text (tab, 1, 3), ==, "Zoë & co");
  g_assert_null (duaal_sheet_tab_get_text (tab, 2, 0));
  /* Cells without a reference follow each other from A. */
  g_assert_cmpstr (duaal_sheet_tab_get_text (tab, 3, 0), ==, "4.2");
  g_assert_cmpstr (duaal_sheet_tab_get_text (tab, 3, 1), ==, "7");
  g_assert_cmpstr (duaal_sheet_tab_get_text (tab, 3, 2), ==, "TRUE");
  g_assert_cmpstr (duaal_sheet_tab_get_text (tab, 3, 3), ==, "V");
  g_assert_cmpstr (duaal_sheet_tab_get_text (tab, 3, 4), ==, "#N/A");
  g_assert_null (duaal_sheet_tab_get_text (tab, 3, 5));
  g_assert_cmpstr (duaal_sheet_tab_get_text (tab, 3, 26), ==, "0.001");
  /* A row without a number follows the one before it. */
  g_assert_cmpstr (duaal_sheet_tab_get_text (tab, 4, 0), ==, "next row");
  g_assert_cmpuint (duaal_sheet_tab_get_n_rows (tab), ==, 4);

  hidden = duaal_sheet_book_read_tab (book, "Verborgen", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (duaal_sheet_tab_get_text (hidden, 2, 1), ==, "hidden");

  g_assert_null (duaal_sheet_book_read_tab (book, "Lotte", &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID_FILE);
}

static void
test_reader_refuses (gconstpointer data)
{
  const char *name = data;
  g_autofree char *path = data_path (name);
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalSheetBook) book = duaal_sheet_book_open (path, &error);
  g_autoptr(DuaalSheetTab) tab = NULL;

  if (book != NULL)
    tab = duaal_sheet_book_read_tab (book, "Zoë Maes", &error);
  g_assert_null (tab);
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID_FILE);
  g_assert_nonnull (strstr (error->message, path));
}

static void
test_cell_names (void)
{
  struct { guint row, column; const char *name; } cases[] = {
    { 7, 3, "D7" }, { 1, 0, "A1" }, { 12, 25, "Z12" }, { 3, 26, "AA3" }, { 9, 16383, "XFD9" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = duaal_sheet_cell_name (cases[i].row, cases[i].column);
      g_assert_cmpstr (name, ==, cases[i].name);
    }
}

/* ---- a sheet from Duaal, taken back as it is ------------------------------- */

typedef struct {
  char       *dir;
  DuaalStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *db = NULL;

  f->dir = g_dir_make_tmp ("duaal-sheet-XXXXXX", &error);
  g_assert_no_error (error);
  db = g_build_filename (f->dir, "duaal.db", NULL);
  f->store = (DuaalStore *) duaal_sqlite_store_open (db, &error);
  g_assert_no_error (error);
  g_assert_true (duaal_demo_load (f->store, NULL, NULL, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  g_clear_object (&f->store);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_remove (path);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

static void
test_unchanged_sheet (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "Jonas.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalSheetImport) import = NULL;
  g_autoptr(GPtrArray) learners = duaal_store_list_learners (f->store, 1, &error);
  DuaalLearner *jonas;
  guint changed, unchanged, skipped, n_learners;
  const gint64 *ids;

  g_assert_no_error (error);
  jonas = g_ptr_array_index (learners, 0);
  g_assert_true (duaal_sheet_write_learner (f->store, duaal_learner_get_id (jonas), DUAAL_ACTOR_TRAINER,
                                            path, &error));
  g_assert_no_error (error);

  import = duaal_sheet_import_read (f->store, path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (duaal_sheet_import_get_actor (import), ==, DUAAL_ACTOR_TRAINER);
  ids = duaal_sheet_import_get_learners (import, &n_learners);
  g_assert_cmpuint (n_learners, ==, 1);
  g_assert_cmpint (ids[0], ==, duaal_learner_get_id (jonas));
  g_assert_cmpuint (duaal_sheet_import_get_n_items (import), ==, 0);
  duaal_sheet_import_count (import, FALSE, &changed, &unchanged, &skipped);
  g_assert_cmpuint (changed, ==, 0);
  g_assert_cmpuint (skipped, ==, 0);
  g_assert_cmpuint (unchanged, ==, 68);   /* every indicator of the demo qualification */
  g_assert_true (duaal_sheet_import_apply (import, FALSE, &error));
  g_assert_no_error (error);
}

static void
score (DuaalStore   *store,
       const char   *indicator,
       DuaalMastery  mastery)
{
  g_autoptr(GError) error = NULL;
  DuaalScoreChange change = { DUAAL_SCORE_FIELD_MASTERY, mastery, 0, NULL };

  g_assert_cmpint (duaal_store_record_change (store, 1, indicator, DUAAL_ACTOR_TRAINER, &change, NULL, &error), >, 0);
  g_assert_no_error (error);
}

/* A score in Duaal changed after the sheet was made is no conflict while
 * the sheet leaves that indicator as it was: the sheet changes nothing. */
static void
test_changed_since_is_kept (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "Jonas.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalSheetImport) import = NULL;

  score (f->store, "c01.01", DUAAL_MASTERY_X);
  g_assert_true (duaal_sheet_write_learner (f->store, 1, DUAAL_ACTOR_TRAINER, path, &error));
  g_assert_no_error (error);
  score (f->store, "c01.01", DUAAL_MASTERY_LIL);

  import = duaal_sheet_import_read (f->store, path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (duaal_sheet_import_get_n_items (import), ==, 0);
  g_assert_cmpuint (duaal_sheet_import_get_n_conflicts (import), ==, 0);
}

/* A conflict that arose after the sheet was read (a preview left open)
 * is skipped, and refused when forced: nobody saw it. */
static void
test_conflict_after_reading (Fixture       *f,
                             gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "Jonas.xlsx", NULL);
  g_autofree char *filled = g_build_filename (f->dir, "ingevuld.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalSheetImport) import = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autofree char *row = NULL;
  g_autofree char *cell = NULL;
  guint changed, unchanged, skipped;

  score (f->store, "c01.01", DUAAL_MASTERY_X);
  g_assert_true (duaal_sheet_write_learner (f->store, 1, DUAAL_ACTOR_TRAINER, path, &error));
  g_assert_no_error (error);
  row = test_sheet_openpyxl ((const char *[]) { "locate", path, "Jonas Peeters", "c01.01", NULL });
  cell = g_strdup_printf ("Jonas Peeters!C%s=V", row);
  g_free (test_sheet_openpyxl ((const char *[]) { "fill", path, filled, cell, NULL }));

  import = duaal_sheet_import_read (f->store, filled, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (duaal_sheet_import_get_n_items (import), ==, 1);
  g_assert_cmpuint (duaal_sheet_import_get_n_conflicts (import), ==, 0);

  score (f->store, "c01.01", DUAAL_MASTERY_LIL);
  g_assert_false (duaal_sheet_import_apply (import, TRUE, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_CONFLICT);
  g_clear_error (&error);
  history = duaal_store_score_history (f->store, 1, "c01.01", &error);
  g_assert_cmpint (duaal_score_get_mastery (g_ptr_array_index (history, history->len - 1)), ==, DUAAL_MASTERY_LIL);

  g_assert_true (duaal_sheet_import_apply (import, FALSE, &error));
  g_assert_no_error (error);
  duaal_sheet_import_count (import, FALSE, &changed, &unchanged, &skipped);
  g_assert_cmpuint (changed, ==, 0);
  g_assert_cmpuint (skipped, ==, 1);
  g_clear_pointer (&history, g_ptr_array_unref);
  history = duaal_store_score_history (f->store, 1, "c01.01", &error);
  g_assert_cmpint (duaal_score_get_mastery (g_ptr_array_index (history, history->len - 1)), ==, DUAAL_MASTERY_LIL);
}

static void
test_teacher_gets_no_sheet (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "teacher.xlsx", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (duaal_sheet_write_learner (f->store, 1, DUAAL_ACTOR_TEACHER, path, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_group_files (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *dir = g_build_filename (f->dir, "bladen", NULL);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) files = duaal_sheet_write_group (f->store, 1, DUAAL_ACTOR_TRAINER, dir, &error);

  g_assert_no_error (error);
  /* The demo's four learners have a trainer each. */
  g_assert_cmpuint (g_strv_length (files), ==, 4);
  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autoptr(DuaalSheetImport) import = duaal_sheet_import_read (f->store, files[i], &error);
      guint n_learners;

      g_assert_no_error (error);
      duaal_sheet_import_get_learners (import, &n_learners);
      g_assert_cmpuint (n_learners, ==, 1);
      g_remove (files[i]);
    }
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sheet/tab-names", test_tab_names);
  g_test_add_func ("/sheet/checksum", test_checksum);
  g_test_add_func ("/sheet/normalize-text", test_normalize_text);
  g_test_add_func ("/sheet/cell-names", test_cell_names);
  g_test_add_func ("/sheet/reader/forms", test_reader_forms);
  g_test_add_data_func ("/sheet/reader/not-a-zip", "not-a-zip.xlsx", test_reader_refuses);
  g_test_add_data_func ("/sheet/reader/bomb", "bomb.xlsx", test_reader_refuses);
  g_test_add_data_func ("/sheet/reader/bad-xml", "bad-xml.xlsx", test_reader_refuses);
  g_test_add_data_func ("/sheet/reader/bad-string-index", "bad-string-index.xlsx", test_reader_refuses);
  g_test_add_data_func ("/sheet/reader/missing", "missing.xlsx", test_reader_refuses);
  g_test_add ("/sheet/import/unchanged", Fixture, NULL, fixture_set_up, test_unchanged_sheet, fixture_tear_down);
  g_test_add ("/sheet/import/changed-since-is-kept", Fixture, NULL, fixture_set_up, test_changed_since_is_kept,
              fixture_tear_down);
  g_test_add ("/sheet/import/conflict-after-reading", Fixture, NULL, fixture_set_up, test_conflict_after_reading,
              fixture_tear_down);
  g_test_add ("/sheet/write/no-teacher", Fixture, NULL, fixture_set_up, test_teacher_gets_no_sheet,
              fixture_tear_down);
  g_test_add ("/sheet/write/group", Fixture, NULL, fixture_set_up, test_group_files, fixture_tear_down);
  return g_test_run ();
}
