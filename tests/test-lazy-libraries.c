/* test-lazy-libraries.c: libpq loaded at the first use of a team
 * database, libxlsxwriter and libzip at the first score sheet
 *
 * Linked like the duaal program, with src/app/duaal-libpq-lazy.c and
 * src/app/duaal-sheet-lazy.c standing in for the three libraries.
 * Everywhere: the program itself needs none of them to start; a
 * database file does not load libpq; a score sheet written and read
 * back loads the other two then.  In the pg suite (inside
 * tests/pg/run-with-pg.sh): a team database is set up, opened and read
 * through the stand-ins, which load libpq then.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "duaal-demo.h"
#include "duaal-pg-store.h"
#include "duaal-sheet.h"
#include "duaal-sheet-import.h"
#include "duaal-store-open.h"

/* Whether the library whose file name starts with @name is loaded. */
static gboolean
loaded (const char *name)
{
  g_autofree char *maps = NULL;
  g_autofree char *needle = g_strconcat ("/", name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_get_contents ("/proc/self/maps", &maps, NULL, &error);
  g_assert_no_error (error);
  return strstr (maps, needle) != NULL;
}

static gboolean
libpq_loaded (void)
{
  return loaded ("libpq.so");
}

/* The program as built and installed: ldd lists what it loads at start. */
static void
test_program_without_libpq (void)
{
  const char *program = g_getenv ("DUAAL_APP");
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_assert_nonnull (program);
  g_spawn_sync (NULL, (char *[]) { "ldd", (char *) program, NULL }, NULL, G_SPAWN_SEARCH_PATH,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_nonnull (strstr (out, "libgtk-4.so"));
  if (strstr (out, "libpq.so") != NULL)
    g_error ("duaal loads libpq at start-up: a libpq function the store calls is missing "
             "from src/app/duaal-libpq-lazy.c\n%s", out);
  if (strstr (out, "libxlsxwriter.so") != NULL || strstr (out, "libzip.so") != NULL)
    g_error ("duaal loads libxlsxwriter or libzip at start-up: a function the score sheets call "
             "is missing from src/app/duaal-sheet-lazy.c\n%s", out);
  /* Only they needed it. */
  g_assert_null (strstr (out, "libcrypto.so"));
}

/* A trainer's score sheet written (libxlsxwriter) and read back (libzip). */
static void
test_sheet_loads_libraries (void)
{
  g_autofree char *dir = g_dir_make_tmp ("duaal-lazy-sheet-XXXXXX", NULL);
  g_autofree char *db = g_build_filename (dir, "duaal.db", NULL);
  g_autofree char *sheet = g_build_filename (dir, "sheet.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalStore) store = NULL;
  g_autoptr(GPtrArray) learners = NULL;
  g_autoptr(DuaalSheetImport) import = NULL;
  DuaalLearner *learner;
  const gint64 *ids;
  guint n_learners;

  g_assert_false (loaded ("libxlsxwriter.so"));
  g_assert_false (loaded ("libzip.so"));
  store = duaal_store_open (db, &error);
  g_assert_no_error (error);
  g_assert_true (duaal_demo_load (store, NULL, NULL, &error));
  g_assert_no_error (error);
  learners = duaal_store_list_learners (store, 1, &error);
  g_assert_no_error (error);
  learner = g_ptr_array_index (learners, 0);

  g_assert_true (duaal_sheet_write_learner (store, duaal_learner_get_id (learner), DUAAL_ACTOR_TRAINER,
                                            sheet, &error));
  g_assert_no_error (error);
  g_assert_true (loaded ("libxlsxwriter.so"));
  g_assert_false (loaded ("libzip.so"));

  import = duaal_sheet_import_read (store, sheet, &error);
  g_assert_no_error (error);
  g_assert_true (loaded ("libzip.so"));
  g_assert_cmpint (duaal_sheet_import_get_actor (import), ==, DUAAL_ACTOR_TRAINER);
  ids = duaal_sheet_import_get_learners (import, &n_learners);
  g_assert_cmpuint (n_learners, ==, 1);
  g_assert_cmpint (ids[0], ==, duaal_learner_get_id (learner));

  g_clear_object (&store);
  g_remove (sheet);
  g_remove (db);
  g_rmdir (dir);
}

static void
test_file_without_libpq (void)
{
  g_autofree char *dir = g_dir_make_tmp ("duaal-libpq-lazy-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "duaal.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalStore) store = NULL;
  g_autoptr(GPtrArray) groups = NULL;

  g_assert_false (libpq_loaded ());
  store = duaal_store_open (path, &error);
  g_assert_no_error (error);
  groups = duaal_store_list_groups (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (groups->len, ==, 0);
  g_assert_false (libpq_loaded ());

  g_clear_object (&store);
  g_remove (path);
  g_rmdir (dir);
}

/* run-with-pg.sh's superuser on its own throwaway database (PGDATABASE). */
static void
test_team_loads_libpq (void)
{
  g_autofree char *conninfo = g_strdup_printf ("postgresql:///%s", g_getenv ("PGDATABASE"));
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalStore) store = NULL;
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(DuaalStore) wrong = NULL;

  g_assert_nonnull (g_getenv ("PGDATABASE"));
  g_assert_false (libpq_loaded ());
  g_assert_cmpuint (duaal_pg_store_setup (conninfo, NULL, &error), ==, duaal_pg_store_schema_version ());
  g_assert_no_error (error);
  g_assert_true (libpq_loaded ());

  store = duaal_store_open_existing (conninfo, &error);
  g_assert_no_error (error);
  g_assert_true (DUAAL_IS_PG_STORE (store));
  g_assert_true (duaal_pg_store_is_online (DUAAL_PG_STORE (store)));
  groups = duaal_store_list_groups (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (groups->len, ==, 0);

  /* libpq's own error, through the stand-ins. */
  wrong = duaal_store_open_existing ("postgresql:///duaal_no_such_database", &error);
  g_assert_null (wrong);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "duaal_no_such_database"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (g_strcmp0 (g_getenv ("DUAAL_TEST_BACKEND"), "pg") == 0)
    g_test_add_func ("/libpq-lazy/team-loads-libpq", test_team_loads_libpq);
  else
    {
      g_test_add_func ("/libpq-lazy/program-without-libpq", test_program_without_libpq);
      g_test_add_func ("/libpq-lazy/file-without-libpq", test_file_without_libpq);
      g_test_add_func ("/sheet-lazy/sheet-loads-libraries", test_sheet_loads_libraries);
    }
  return g_test_run ();
}
