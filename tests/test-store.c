/* test-store.c: DuaalSqliteStore on real SQLite files in a temporary directory
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <sys/stat.h>
#include <string.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "duaal-period-private.h"
#include "duaal-teacher-private.h"
#include "duaal-score-change-private.h"
#include "duaal-trainer-private.h"
#include "duaal-store-private.h"
#include "duaal-attention.h"
#include "duaal-error.h"
#include "duaal-sqlite-backup.h"
#include "duaal-sqlite-store-private.h"
#include "duaal-store.h"

typedef struct {
  char             *dir;
  char             *path;
  DuaalSqliteStore *sqlite;
  DuaalStore       *store;
} Fixture;

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  if (handle == NULL)
    return;
  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *child = g_build_filename (dir, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (dir);
}

static void
fixture_open (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  f->sqlite = duaal_sqlite_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->sqlite);
  f->store = DUAAL_STORE (f->sqlite);
}

static void
fixture_close (Fixture *f)
{
  g_clear_object (&f->sqlite);
  f->store = NULL;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("duaal-store-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "duaal.db", NULL);
  fixture_open (f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  fixture_close (f);
  remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

#include "store-test-helpers.h"

static gint64
change_ok (Fixture                *f,
           gint64                  learner,
           const char             *indicator,
           DuaalActor              actor,
           const DuaalScoreChange *change)
{
  g_autoptr(GError) error = NULL;
  gint64 id = duaal_store_record_change (f->store, learner, indicator, actor, change, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static gint64
score_ok (Fixture       *f,
          gint64         learner,
          const char    *indicator,
          DuaalActor     actor,
          DuaalMastery   mastery,
          DuaalCoverage  coverage,
          const char    *comment)
{
  DuaalScoreChange change = duaal_score_change_whole (mastery, coverage, comment);

  return change_ok (f, learner, indicator, actor, &change);
}

static int
append_row (void   *data,
            int     n_columns,
            char  **values,
            char  **names)
{
  GString *dump = data;

  for (int i = 0; i < n_columns; i++)
    g_string_append_printf (dump, "%s|", values[i] != NULL ? values[i] : "NULL");
  g_string_append_c (dump, '\n');
  return 0;
}

/* Every row of every table, in a stable order, and the schema version. */
static char *
dump_database (Fixture *f)
{
  sqlite3 *db = duaal_sqlite_store_get_db (f->sqlite);
  GString *dump = g_string_new (NULL);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);

  g_assert_cmpuint (tables->len, >, 5);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA user_version", append_row, dump, NULL), ==, SQLITE_OK);
  for (guint i = 0; i < tables->len; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\" ORDER BY 1, 2",
                                              (const char *) g_ptr_array_index (tables, i));

      g_string_append_printf (dump, "== %s\n", (const char *) g_ptr_array_index (tables, i));
      g_assert_cmpint (sqlite3_exec (db, sql, append_row, dump, NULL), ==, SQLITE_OK);
    }
  return g_string_free (dump, FALSE);
}

static gint64
query_int (Fixture    *f,
           const char *sql)
{
  sqlite3 *db = duaal_sqlite_store_get_db (f->sqlite);
  sqlite3_stmt *stmt;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static guint
file_mode (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 0777;
}

/* ------------------------------------------------------------------ */

static void
test_file_private_and_versioned (Fixture       *f,
                                 gconstpointer  data)
{
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autofree char *journal_mode = NULL;
  sqlite3_stmt *stmt;

  import_basic (f);
  g_assert_cmpuint (file_mode (f->path), ==, 0600);
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (file_mode (wal), ==, 0600);
  g_assert_cmpint (query_int (f, "PRAGMA user_version"), ==, duaal_sqlite_store_schema_version ());
  g_assert_cmpint (query_int (f, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (query_int (f, "PRAGMA synchronous"), ==, 2);
  g_assert_cmpint (sqlite3_prepare_v2 (duaal_sqlite_store_get_db (f->sqlite), "PRAGMA journal_mode", -1, &stmt, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  journal_mode = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  g_assert_cmpstr (journal_mode, ==, "wal");
}

static void
test_default_path (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = duaal_sqlite_store_default_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(DuaalSqliteStore) store = NULL;

  /* G_TEST_OPTION_ISOLATE_DIRS points XDG_DATA_HOME into a fresh temporary directory. */
  g_assert_true (g_str_has_prefix (path, g_get_user_data_dir ()));
  g_assert_true (g_str_has_suffix (path, "/duaal/duaal.db"));
  g_assert_false (g_file_test (dir, G_FILE_TEST_EXISTS));

  store = duaal_sqlite_store_open (NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (duaal_sqlite_store_get_path (store), ==, path);
  g_assert_cmpuint (file_mode (dir), ==, 0700);
  g_assert_cmpuint (file_mode (path), ==, 0600);
}

static void
test_reopen_keeps_data (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalClassGroup) group = NULL;
  g_autoptr(DuaalQualification) q = NULL;
  gint64 group_id;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  import_basic (f);
  group_id = add_group_ok (f, "6 EI");
  before = dump_database (f);
  fixture_close (f);
  fixture_open (f);
  after = dump_database (f);
  g_assert_cmpstr (before, ==, after);

  group = duaal_store_get_group (f->store, group_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (duaal_class_group_get_name (group), ==, "6 EI");
  g_assert_cmpstr (duaal_class_group_get_qualification_code (group), ==, "BK-1");
  g_assert_cmpuint (duaal_class_group_get_qualification_version (group), ==, 1);

  q = duaal_store_get_qualification (f->store, "BK-1", 1, &error);
  g_assert_no_error (error);
  {
    g_autoptr(DuaalQualification) expected = make_qualification ("BK-1", 1, "", basic_layout);
    g_assert_true (duaal_qualification_equal (q, expected));
  }
}

static void
test_newer_version_refused (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalSqliteStore) store = NULL;
  g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %u", duaal_sqlite_store_schema_version () + 1);

  g_assert_cmpint (sqlite3_exec (duaal_sqlite_store_get_db (f->sqlite), sql, NULL, NULL, NULL), ==, SQLITE_OK);
  fixture_close (f);

  store = duaal_sqlite_store_open (f->path, &error);
  g_assert_null (store);
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_DATABASE);
  g_assert_nonnull (strstr (error->message, "newer version of Duaal"));

  /* and nothing was changed: the version is still the newer one */
  {
    sqlite3 *db;
    sqlite3_stmt *stmt;

    g_assert_cmpint (sqlite3_open_v2 (f->path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, duaal_sqlite_store_schema_version () + 1);
    sqlite3_finalize (stmt);
    sqlite3_close (db);
  }
}

static GPtrArray *
list_backups (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *found = duaal_sqlite_backup_list (f->path, &error);

  g_assert_no_error (error);
  return found;
}

/* Group 1, "6 EI", as versions 1 and 2 wrote it, by processes in English
 * and Dutch: raw SQL, as the store's own writes are those of the newest
 * schema.  Its third period has a name of its own. */
static gint64
add_old_group (DuaalSqliteStore *old)
{
  g_assert_cmpint (sqlite3_exec (duaal_sqlite_store_get_db (old),
                                 "INSERT INTO class_group (id, name, qualification_id)"
                                 "  SELECT 1, '6 EI', id FROM qualification;"
                                 "INSERT INTO period (group_id, number, name)"
                                 "  VALUES (1, 1, 'Period 1'), (1, 2, 'Periode 2'), (1, 3, 'Stage');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  return 1;
}

static void
test_migration_backup (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(DuaalSqliteStore) old = NULL;
  g_autoptr(DuaalClassGroup) group = NULL;
  gint64 group_id;
  sqlite3 *db;
  sqlite3_stmt *stmt;

  /* A fresh file needs no backup. */
  backups = list_backups (f);
  g_assert_cmpuint (backups->len, ==, 0);
  g_clear_pointer (&backups, g_ptr_array_unref);

  /* A database as version 1 of the schema left it, with data. */
  fixture_close (f);
  g_unlink (f->path);
  old = duaal_sqlite_store_open_at_version (f->path, 1, &error);
  g_assert_no_error (error);
  {
    g_autoptr(DuaalQualification) q = make_qualification ("BK-1", 1, "", basic_layout);
    g_assert_true (duaal_store_import_qualification (DUAAL_STORE (old), q, NULL, &error));
    g_assert_no_error (error);
  }
  group_id = add_old_group (old);
  g_clear_object (&old);

  fixture_open (f);
  g_assert_cmpint (query_int (f, "PRAGMA user_version"), ==, duaal_sqlite_store_schema_version ());
  group = duaal_store_get_group (f->store, group_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (duaal_class_group_get_name (group), ==, "6 EI");
  /* Step 2 -> 3 recognised the default names of either language; a name
   * of its own stays. */
  {
    g_autoptr(GPtrArray) periods = duaal_store_list_periods (f->store, group_id, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (periods->len, ==, 3);
    g_assert_null (duaal_period_get_custom_name (g_ptr_array_index (periods, 0)));
    g_assert_null (duaal_period_get_custom_name (g_ptr_array_index (periods, 1)));
    g_assert_cmpstr (duaal_period_get_custom_name (g_ptr_array_index (periods, 2)), ==, "Stage");
    g_assert_cmpstr (duaal_period_get_name (g_ptr_array_index (periods, 1)), ==, "Period 2");
  }

  backups = list_backups (f);
  g_assert_cmpuint (backups->len, ==, 1);
  g_assert_true (g_str_has_suffix (g_ptr_array_index (backups, 0), ".pre-migration-v1.db"));
  g_assert_cmpuint (file_mode (g_ptr_array_index (backups, 0)), ==, 0600);

  /* The backup is the old database: version 1, with the group. */
  g_assert_cmpint (sqlite3_open_v2 (g_ptr_array_index (backups, 0), &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT (SELECT user_version FROM pragma_user_version),"
                                       " (SELECT name FROM class_group)", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 1), ==, "6 EI");
  sqlite3_finalize (stmt);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA journal_mode", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "delete");
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  /* Opening again migrates nothing and backs up nothing. */
  fixture_close (f);
  fixture_open (f);
  g_clear_pointer (&backups, g_ptr_array_unref);
  backups = list_backups (f);
  g_assert_cmpuint (backups->len, ==, 1);
}

static guint
count_groups (DuaalStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) groups = duaal_store_list_groups (store, &error);

  g_assert_no_error (error);
  return groups->len;
}

/* A large database is shown read-only while it is checked: it reads,
 * refuses every write with a message that says why, changes nothing on
 * disk, and becomes writable in place. */
static void
test_open_read_only (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalSqliteStore) reader = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_length, after_length;

  import_basic (f);
  add_group_ok (f, "6 EI");
  fixture_close (f);
  g_assert_true (g_file_get_contents (f->path, &before, &before_length, NULL));

  reader = duaal_sqlite_store_open_read_only (f->path, &error);
  g_assert_no_error (error);
  g_assert_false (duaal_sqlite_store_is_writable (reader));
  g_assert_cmpuint (count_groups (DUAAL_STORE (reader)), ==, 1);

  g_assert_cmpint (duaal_store_add_group (DUAAL_STORE (reader), "6 EII", "BK-1", 0, &error), ==, 0);
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "checking"));
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (f->path, &after, &after_length, NULL));
  g_assert_cmpmem (before, before_length, after, after_length);

  g_assert_true (duaal_sqlite_store_make_writable (reader, &error));
  g_assert_no_error (error);
  g_assert_true (duaal_sqlite_store_is_writable (reader));
  g_assert_cmpint (duaal_store_add_group (DUAAL_STORE (reader), "6 EII", "BK-1", 0, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpuint (count_groups (DUAAL_STORE (reader)), ==, 2);
  /* Twice is harmless. */
  g_assert_true (duaal_sqlite_store_make_writable (reader, &error));
  g_clear_object (&reader);

  fixture_open (f);
  g_assert_cmpuint (count_groups (f->store), ==, 2);
}

/* What read-only cannot open: a missing file (not created), a file of
 * an older schema (it needs an upgrade), a file that is no database. */
static void
test_open_read_only_refused (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *missing = g_build_filename (f->dir, "missing.db", NULL);
  g_autofree char *old_path = g_build_filename (f->dir, "old.db", NULL);
  g_autofree char *bogus = g_build_filename (f->dir, "bogus.db", NULL);
  DuaalSqliteStore *old;

  g_assert_null (duaal_sqlite_store_open_read_only (missing, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  old = duaal_sqlite_store_open_at_version (old_path, 1, &error);
  g_assert_no_error (error);
  g_clear_object (&old);
  g_assert_null (duaal_sqlite_store_open_read_only (old_path, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_DATABASE);
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (bogus, "not a database, not at all, no, never", -1, NULL));
  g_assert_null (duaal_sqlite_store_open_read_only (bogus, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_CORRUPT);
}

static void
test_not_a_database (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("duaal-store-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "junk.db", NULL);
  g_autoptr(DuaalSqliteStore) store = NULL;
  char junk[4096];

  memset (junk, 'x', sizeof junk);
  g_assert_true (g_file_set_contents (path, junk, sizeof junk, NULL));
  store = duaal_sqlite_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_CORRUPT);
  remove_tree (dir);
}

/* ------------------------------------------------------------------ */

static void
test_qualification_reimport (Fixture       *f,
                             gconstpointer  data)
{
  static const char * const grown[] = { "c1:6", "c2:2", NULL };
  static const char * const shrunk[] = { "c1:5", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalQualification) v1 = make_qualification ("BK-1", 1, "", basic_layout);
  g_autoptr(DuaalQualification) same = make_qualification ("BK-1", 1, "", basic_layout);
  g_autoptr(DuaalQualification) retitled = make_qualification ("BK-1", 1, " (2024)", basic_layout);
  g_autoptr(DuaalQualification) grown_q = make_qualification ("BK-1", 1, "", grown);
  g_autoptr(DuaalQualification) v2 = make_qualification ("BK-1", 2, "", grown);
  g_autoptr(DuaalQualification) loaded = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 group, learner;
  DuaalImportStatus status;

  import_ok (f, v1, DUAAL_IMPORT_IMPORTED);

  before = dump_database (f);
  import_ok (f, same, DUAAL_IMPORT_UNCHANGED);
  after = dump_database (f);
  g_assert_cmpstr (before, ==, after);

  /* Nothing scored yet: the structure may change freely. */
  import_ok (f, grown_q, DUAAL_IMPORT_UPDATED);
  loaded = duaal_store_get_qualification (f->store, "BK-1", 1, &error);
  g_assert_no_error (error);
  g_assert_true (duaal_qualification_equal (loaded, grown_q));
  g_clear_object (&loaded);
  import_ok (f, v1, DUAAL_IMPORT_UPDATED);

  group = add_group_ok (f, "6 EI");
  learner = add_learner_ok (f, group, "Jonas", 0, NULL);
  score_ok (f, learner, "c1.1", DUAAL_ACTOR_TEACHER, DUAAL_MASTERY_V, DUAAL_COVERAGE_R, NULL);

  /* Same ids, new texts: updated, scores kept. */
  import_ok (f, retitled, DUAAL_IMPORT_UPDATED);
  loaded = duaal_store_get_qualification (f->store, "BK-1", 0, &error);
  g_assert_no_error (error);
  g_assert_true (duaal_qualification_equal (loaded, retitled));
  g_assert_cmpstr (duaal_qualification_get_title (loaded), ==, "Elektrotechnicus (2024)");
  g_clear_object (&loaded);
  {
    g_autoptr(DuaalStatus) status_now = duaal_store_load_learner_status (f->store, learner, 0, &error);
    const DuaalCell *cell;

    g_assert_no_error (error);
    cell = duaal_status_get_cell (status_now, learner, "c1.1", DUAAL_ACTOR_TEACHER);
    g_assert_nonnull (cell);
    g_assert_cmpint (cell->mastery, ==, DUAAL_MASTERY_V);
  }

  /* Scores exist: adding or removing indicators is refused, naming them. */
  before = (g_free (before), dump_database (f));
  g_assert_false (duaal_store_import_qualification (f->store, grown_q, &status, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "c1.6"));
  g_clear_error (&error);
  {
    g_autoptr(DuaalQualification) q = make_qualification ("BK-1", 1, "", shrunk);
    g_assert_false (duaal_store_import_qualification (f->store, q, &status, &error));
    g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_CONFLICT);
    g_assert_nonnull (strstr (error->message, "c2.1"));
    g_assert_nonnull (strstr (error->message, "c2.2"));
    g_clear_error (&error);
  }
  after = (g_free (after), dump_database (f));
  g_assert_cmpstr (before, ==, after);

  /* A new version is a separate qualification, and becomes the latest. */
  import_ok (f, v2, DUAAL_IMPORT_IMPORTED);
  loaded = duaal_store_get_qualification (f->store, "BK-1", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (duaal_qualification_get_version (loaded), ==, 2);
  g_assert_cmpuint (duaal_qualification_get_n_indicators (loaded), ==, 8);
  g_clear_object (&loaded);
  {
    g_autoptr(GPtrArray) all = duaal_store_list_qualifications (f->store, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (all->len, ==, 2);
  }
  {
    g_autoptr(DuaalClassGroup) g = duaal_store_get_group (f->store, group, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (duaal_class_group_get_qualification_version (g), ==, 1);
  }

  loaded = duaal_store_get_qualification (f->store, "BK-9", 0, &error);
  g_assert_null (loaded);
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND);
  g_clear_error (&error);
  loaded = duaal_store_get_qualification (f->store, "BK-1", 7, &error);
  g_assert_null (loaded);
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND);
}

static void
test_groups_companies_learners (Fixture       *f,
                                gconstpointer  data)
{
  static const char * const activities[] = { "c2", "c1", NULL };
  g_autoptr(GError) error = NULL;
  gint64 group, company, other_company, learner, teacher;

  import_basic (f);

  /* groups */
  g_assert_cmpint (duaal_store_add_group (f->store, "   ", "BK-1", 0, &error), ==, 0);
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (duaal_store_add_group (f->store, "6 EI", "BK-404", 0, &error), ==, 0);
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND);
  g_clear_error (&error);
  group = add_group_ok (f, "  6 EI  ");
  g_assert_true (duaal_store_rename_group (f->store, group, "6 EIa", &error));
  g_assert_no_error (error);
  {
    g_autoptr(GPtrArray) groups = duaal_store_list_groups (f->store, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (groups->len, ==, 1);
    g_assert_cmpstr (duaal_class_group_get_name (g_ptr_array_index (groups, 0)), ==, "6 EIa");
  }
  g_assert_false (duaal_store_rename_group (f->store, 42, "x", &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "There is no class group with id 42");
  g_clear_error (&error);
  g_assert_null (duaal_store_get_group (f->store, 42, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* teachers */
  teacher = duaal_store_add_teacher (f->store, group, " An Peeters ", &error);
  g_assert_no_error (error);
  g_assert_cmpint (teacher, >, 0);
  {
    g_autoptr(GPtrArray) teachers = duaal_store_list_teachers (f->store, group, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (teachers->len, ==, 1);
    g_assert_cmpstr (duaal_teacher_get_name (g_ptr_array_index (teachers, 0)), ==, "An Peeters");
  }
  g_assert_null (duaal_store_list_teachers (f->store, 42, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* companies */
  company = add_company_ok (f, "Elektro De Smet bv", activities);
  g_assert_cmpint (duaal_store_add_company (f->store, "Elektro De Smet bv", NULL, &error), ==, 0);
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (duaal_store_add_company (f->store, "", NULL, &error), ==, 0);
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID);
  g_clear_error (&error);
  other_company = add_company_ok (f, "Installaties Verhaeghe, Gent", NULL);
  {
    g_autoptr(DuaalCompany) c = duaal_store_get_company (f->store, company, &error);
    const char * const *list;

    g_assert_no_error (error);
    list = duaal_company_get_activities (c);
    g_assert_cmpuint (g_strv_length ((char **) list), ==, 2);
    g_assert_cmpstr (list[0], ==, "c2");
    g_assert_cmpstr (list[1], ==, "c1");
  }
  {
    g_autoptr(GPtrArray) companies = duaal_store_list_companies (f->store, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (companies->len, ==, 2);
    g_assert_true (duaal_company_has_activity (g_ptr_array_index (companies, 0), "c1"));
    g_assert_false (duaal_company_has_activity (g_ptr_array_index (companies, 1), "c1"));
  }
  g_assert_null (duaal_store_get_company (f->store, 42, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "There is no company with id 42");
  g_clear_error (&error);

  /* learners and trainers */
  g_assert_cmpint (duaal_store_add_learner (f->store, group, " ", company, NULL, &error), ==, 0);
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (duaal_store_add_learner (f->store, 42, "Jonas", company, NULL, &error), ==, 0);
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (duaal_store_add_learner (f->store, group, "Jonas", 42, NULL, &error), ==, 0);
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND);
  g_clear_error (&error);

  learner = add_learner_ok (f, group, " Jonas Peeters ", company, " Karel De Smet ");
  add_learner_ok (f, group, "Nicolas", company, "Karel De Smet");
  {
    g_autoptr(GPtrArray) trainers = duaal_store_list_trainers (f->store, company, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (trainers->len, ==, 1);   /* reused, not created twice */
    g_assert_cmpstr (duaal_trainer_get_name (g_ptr_array_index (trainers, 0)), ==, "Karel De Smet");
  }
  {
    g_autoptr(DuaalLearner) l = duaal_store_get_learner (f->store, learner, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (duaal_learner_get_name (l), ==, "Jonas Peeters");
    g_assert_cmpint (duaal_learner_get_group_id (l), ==, group);
    g_assert_cmpint (duaal_learner_get_company_id (l), ==, company);
    g_assert_cmpstr (duaal_learner_get_company_name (l), ==, "Elektro De Smet bv");
    g_assert_cmpstr (duaal_learner_get_trainer_name (l), ==, "Karel De Smet");
  }

  g_assert_true (duaal_store_update_learner (f->store, learner, "Jonas P.", other_company, "Els Verhaeghe", &error));
  g_assert_no_error (error);
  {
    g_autoptr(DuaalLearner) l = duaal_store_get_learner (f->store, learner, &error);
    g_autoptr(GPtrArray) trainers = duaal_store_list_trainers (f->store, other_company, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (duaal_learner_get_name (l), ==, "Jonas P.");
    g_assert_cmpstr (duaal_learner_get_company_name (l), ==, "Installaties Verhaeghe, Gent");
    g_assert_cmpstr (duaal_learner_get_trainer_name (l), ==, "Els Verhaeghe");
    g_assert_cmpuint (trainers->len, ==, 1);
  }
  g_assert_false (duaal_store_update_learner (f->store, 42, "x", company, NULL, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "There is no learner with id 42");
  g_clear_error (&error);

  {
    g_autoptr(GPtrArray) learners = duaal_store_list_learners (f->store, group, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (learners->len, ==, 2);
  }

  /* deleting a learner takes its scores along */
  score_ok (f, learner, "c1.1", DUAAL_ACTOR_LEARNER, DUAAL_MASTERY_LIL, DUAAL_COVERAGE_S, "ok");
  g_assert_cmpuint (duaal_store_count_learner_scores (f->store, learner, &error), ==, 1);
  g_assert_no_error (error);
  g_assert_true (duaal_store_delete_learner (f->store, learner, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM score_log"), ==, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM current_score"), ==, 0);
  g_assert_null (duaal_store_get_learner (f->store, learner, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (duaal_store_delete_learner (f->store, learner, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* deleting a group takes learners, scores, teachers and periods along */
  learner = add_learner_ok (f, group, "Sara", company, NULL);
  score_ok (f, learner, "c2.1", DUAAL_ACTOR_TRAINER, DUAAL_MASTERY_X, DUAAL_COVERAGE_N, NULL);
  g_assert_cmpuint (duaal_store_close_period (f->store, group, &error), ==, 1);
  g_assert_no_error (error);
  g_assert_true (duaal_store_delete_group (f->store, group, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (f, "SELECT (SELECT count(*) FROM learner) + (SELECT count(*) FROM score_log)"
                                 " + (SELECT count(*) FROM current_score) + (SELECT count(*) FROM period_score)"
                                 " + (SELECT count(*) FROM period) + (SELECT count(*) FROM teacher)"
                                 " + (SELECT count(*) FROM plan)"), ==, 0);
  g_assert_false (duaal_store_delete_group (f->store, group, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND);
}

static void
test_plan (Fixture       *f,
           gconstpointer  data)
{
  static const char * const activities[] = { "c2", "c9", NULL };   /* c9 is not in BK-1 */
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) plan = NULL;
  gint64 group, company, learner;

  import_basic (f);
  group = add_group_ok (f, "6 EI");
  company = add_company_ok (f, "Elektro De Smet bv", activities);
  learner = add_learner_ok (f, group, "Jonas", company, NULL);

  plan = duaal_store_get_plan (f->store, learner, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (plan), ==, 1);
  g_assert_cmpstr (plan[0], ==, "c2");
  g_clear_pointer (&plan, g_strfreev);

  g_assert_true (duaal_store_set_plan_cell (f->store, learner, "c1", TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (duaal_store_set_plan_cell (f->store, learner, "c1", TRUE, &error));   /* twice is once */
  g_assert_no_error (error);
  g_assert_true (duaal_store_set_plan_cell (f->store, learner, "c2", FALSE, &error));
  g_assert_no_error (error);
  plan = duaal_store_get_plan (f->store, learner, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (plan), ==, 1);
  g_assert_cmpstr (plan[0], ==, "c1");
  g_clear_pointer (&plan, g_strfreev);

  /* the company's list changing later does not touch existing plans */
  g_assert_true (duaal_store_set_company_activities (f->store, company, (const char *[]) { "c1", "c2", NULL }, &error));
  g_assert_no_error (error);
  plan = duaal_store_get_plan (f->store, learner, &error);
  g_assert_cmpuint (g_strv_length (plan), ==, 1);
  g_clear_pointer (&plan, g_strfreev);

  g_assert_false (duaal_store_set_plan_cell (f->store, learner, "c9", TRUE, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "c9"));
  g_clear_error (&error);
  g_assert_null (duaal_store_get_plan (f->store, 42, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND);
}

static void
test_scores_log_and_undo (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) history = NULL;
  DuaalScoreChange whole = duaal_score_change_whole (DUAAL_MASTERY_V, DUAAL_COVERAGE_R, NULL);
  gint64 group, learner, first, second, undo_second, undo_first;

  import_basic (f);
  group = add_group_ok (f, "6 EI");
  learner = add_learner_ok (f, group, "Jonas", 0, NULL);

  first = score_ok (f, learner, "c1.1", DUAAL_ACTOR_TEACHER, DUAAL_MASTERY_LIL, DUAAL_COVERAGE_S, "  eerste  ");
  second = score_ok (f, learner, "c1.1", DUAAL_ACTOR_TEACHER, DUAAL_MASTERY_V, DUAAL_COVERAGE_R, NULL);
  g_assert_cmpint (second, >, first);

  {
    g_autoptr(DuaalStatus) status = duaal_store_load_learner_status (f->store, learner, 0, &error);
    const DuaalCell *cell = duaal_status_get_cell (status, learner, "c1.1", DUAAL_ACTOR_TEACHER);
    g_assert_no_error (error);
    g_assert_cmpint (cell->mastery, ==, DUAAL_MASTERY_V);
    g_assert_cmpint (cell->log_id, ==, second);
    g_assert_null (cell->comment);
  }

  undo_second = duaal_store_undo_score (f->store, second, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (undo_second, >, second);
  {
    g_autoptr(DuaalStatus) status = duaal_store_load_learner_status (f->store, learner, 0, &error);
    const DuaalCell *cell = duaal_status_get_cell (status, learner, "c1.1", DUAAL_ACTOR_TEACHER);
    g_assert_no_error (error);
    g_assert_cmpint (cell->mastery, ==, DUAAL_MASTERY_LIL);
    g_assert_cmpint (cell->coverage, ==, DUAAL_COVERAGE_S);
    g_assert_cmpstr (cell->comment, ==, "eerste");
    g_assert_cmpint (cell->log_id, ==, undo_second);
  }

  /* second was undone: first's values are in place again, so undoing
   * first restores all three fields */
  undo_first = duaal_store_undo_score (f->store, first, NULL, NULL, &error);
  g_assert_no_error (error);
  {
    g_autoptr(DuaalStatus) status = duaal_store_load_learner_status (f->store, learner, 0, &error);
    g_assert_no_error (error);
    g_assert_null (duaal_status_get_cell (status, learner, "c1.1", DUAAL_ACTOR_TEACHER));
    g_assert_cmpint (duaal_status_get_colour (status, learner, "c1", DUAAL_ACTOR_TEACHER), ==, DUAAL_COLOUR_GREY);
  }

  /* the log keeps all four entries, oldest first, nothing overwritten */
  history = duaal_store_score_history (f->store, learner, "c1.1", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 4);
  g_assert_cmpint (duaal_score_get_log_id (g_ptr_array_index (history, 0)), ==, first);
  g_assert_cmpint (duaal_score_get_mastery (g_ptr_array_index (history, 0)), ==, DUAAL_MASTERY_LIL);
  g_assert_cmpstr (duaal_score_get_comment (g_ptr_array_index (history, 0)), ==, "eerste");
  g_assert_cmpint (duaal_score_get_mastery (g_ptr_array_index (history, 1)), ==, DUAAL_MASTERY_V);
  g_assert_cmpint (duaal_score_get_mastery (g_ptr_array_index (history, 2)), ==, DUAAL_MASTERY_LIL);
  g_assert_cmpint (duaal_score_get_log_id (g_ptr_array_index (history, 3)), ==, undo_first);
  g_assert_cmpint (duaal_score_get_mastery (g_ptr_array_index (history, 3)), ==, DUAAL_MASTERY_NONE);
  g_assert_nonnull (duaal_score_get_recorded_at (g_ptr_array_index (history, 3)));
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM score_log WHERE undo_of IS NOT NULL"), ==, 2);
  g_assert_cmpint (query_int (f, "SELECT undo_of FROM score_log ORDER BY id DESC LIMIT 1"), ==, first);

  /* refusals */
  g_assert_cmpint (duaal_store_record_change (f->store, learner, "c7.1", DUAAL_ACTOR_TEACHER,
                                              &whole, NULL, &error), ==, 0);
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "c7.1"));
  g_clear_error (&error);
  g_assert_cmpint (duaal_store_record_change (f->store, 42, "c1.1", DUAAL_ACTOR_TEACHER,
                                              &whole, NULL, &error), ==, 0);
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (duaal_store_undo_score (f->store, 4242, NULL, NULL, &error), ==, 0);
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* an indicator of another qualification is not this learner's */
  {
    static const char * const other[] = { "x1:2", NULL };
    g_autoptr(DuaalQualification) q = make_qualification ("BK-2", 1, "", other);
    import_ok (f, q, DUAAL_IMPORT_IMPORTED);
    g_assert_cmpint (duaal_store_record_change (f->store, learner, "x1.1", DUAAL_ACTOR_LEARNER,
                                                &whole, NULL, &error), ==, 0);
    g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND);
  }
}

static const DuaalCell *
teacher_cell (Fixture     *f,
              DuaalStatus *status,
              gint64       learner)
{
  return duaal_status_get_cell (status, learner, "c1.1", DUAAL_ACTOR_TEACHER);
}

static DuaalStatus *
load_status_ok (Fixture *f,
                gint64   learner)
{
  g_autoptr(GError) error = NULL;
  DuaalStatus *status = duaal_store_load_learner_status (f->store, learner, 0, &error);

  g_assert_no_error (error);
  return status;
}

/* SPEC section 3: a change sets one, two or three fields; the others
 * keep their current values.  The log records which fields each entry
 * set, and the cell's whole value after it. */
static void
test_scores_partial_changes (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) history = NULL;
  gint64 group, learner;

  import_basic (f);
  group = add_group_ok (f, "6 EI");
  learner = add_learner_ok (f, group, "Jonas", 0, NULL);

  score_ok (f, learner, "c1.1", DUAAL_ACTOR_TEACHER, DUAAL_MASTERY_LIL, DUAAL_COVERAGE_S, "eerste");
  change_ok (f, learner, "c1.1", DUAAL_ACTOR_TEACHER,
             &(DuaalScoreChange) { .fields = DUAAL_SCORE_FIELD_MASTERY, .mastery = DUAAL_MASTERY_V });
  {
    g_autoptr(DuaalStatus) status = load_status_ok (f, learner);
    const DuaalCell *cell = teacher_cell (f, status, learner);

    g_assert_cmpint (cell->mastery, ==, DUAAL_MASTERY_V);
    g_assert_cmpint (cell->coverage, ==, DUAAL_COVERAGE_S);
    g_assert_cmpstr (cell->comment, ==, "eerste");
  }

  /* a blank comment removes it, and nothing else */
  change_ok (f, learner, "c1.1", DUAAL_ACTOR_TEACHER,
             &(DuaalScoreChange) { .fields = DUAAL_SCORE_FIELD_COMMENT, .comment = "   " });
  {
    g_autoptr(DuaalStatus) status = load_status_ok (f, learner);
    const DuaalCell *cell = teacher_cell (f, status, learner);

    g_assert_cmpint (cell->mastery, ==, DUAAL_MASTERY_V);
    g_assert_null (cell->comment);
  }

  /* clearing the last fields leaves the cell unscored */
  change_ok (f, learner, "c1.1", DUAAL_ACTOR_TEACHER,
             &(DuaalScoreChange) { .fields = DUAAL_SCORE_FIELD_MASTERY | DUAAL_SCORE_FIELD_COVERAGE });
  {
    g_autoptr(DuaalStatus) status = load_status_ok (f, learner);

    g_assert_null (teacher_cell (f, status, learner));
  }

  /* the log: which fields each entry set, its value, where it came from */
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM score_log WHERE source IS NOT NULL"), ==, 0);
  history = duaal_store_score_history (f->store, learner, "c1.1", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 4);
  g_assert_cmpint (duaal_score_get_fields (g_ptr_array_index (history, 0)), ==, DUAAL_SCORE_FIELDS_ALL);
  g_assert_cmpint (duaal_score_get_fields (g_ptr_array_index (history, 1)), ==, DUAAL_SCORE_FIELD_MASTERY);
  g_assert_cmpint (duaal_score_get_fields (g_ptr_array_index (history, 2)), ==, DUAAL_SCORE_FIELD_COMMENT);
  g_assert_cmpint (duaal_score_get_fields (g_ptr_array_index (history, 3)), ==,
                   DUAAL_SCORE_FIELD_MASTERY | DUAAL_SCORE_FIELD_COVERAGE);
  g_assert_cmpint (duaal_score_get_coverage (g_ptr_array_index (history, 1)), ==, DUAAL_COVERAGE_S);
  g_assert_cmpstr (duaal_score_get_indicator_id (g_ptr_array_index (history, 1)), ==, "c1.1");
  g_assert_null (duaal_score_get_source (g_ptr_array_index (history, 1)));

  /* a change that sets nothing is refused */
  g_assert_cmpint (duaal_store_record_change (f->store, learner, "c1.1", DUAAL_ACTOR_TEACHER,
                                              &(DuaalScoreChange) { 0 }, NULL, &error), ==, 0);
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID);
}

/* A learner's whole history: every indicator and actor, oldest first,
 * with its source. */
static void
test_scores_history_of_learner (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) history = NULL;
  const DuaalScoreInput sheet[] = {
    { 0, "c1.2", DUAAL_ACTOR_TRAINER, { .fields = DUAAL_SCORE_FIELD_COVERAGE, .coverage = DUAAL_COVERAGE_R } },
  };
  DuaalScoreInput input = sheet[0];
  gint64 group, learner, other;

  import_basic (f);
  group = add_group_ok (f, "6 EI");
  learner = add_learner_ok (f, group, "Jonas", 0, NULL);
  other = add_learner_ok (f, group, "Zoë", 0, NULL);
  score_ok (f, learner, "c1.1", DUAAL_ACTOR_TEACHER, DUAAL_MASTERY_V, DUAAL_COVERAGE_R, NULL);
  score_ok (f, other, "c1.1", DUAAL_ACTOR_TEACHER, DUAAL_MASTERY_X, DUAAL_COVERAGE_N, NULL);
  input.learner_id = learner;
  g_assert_true (duaal_store_record_changes (f->store, &input, 1, "jonas.xlsx", &error));
  g_assert_no_error (error);

  history = duaal_store_score_history (f->store, learner, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 2);
  g_assert_cmpstr (duaal_score_get_indicator_id (g_ptr_array_index (history, 0)), ==, "c1.1");
  g_assert_cmpint (duaal_score_get_actor (g_ptr_array_index (history, 0)), ==, DUAAL_ACTOR_TEACHER);
  g_assert_cmpstr (duaal_score_get_indicator_id (g_ptr_array_index (history, 1)), ==, "c1.2");
  g_assert_cmpint (duaal_score_get_actor (g_ptr_array_index (history, 1)), ==, DUAAL_ACTOR_TRAINER);
  g_assert_cmpstr (duaal_score_get_source (g_ptr_array_index (history, 1)), ==, "jonas.xlsx");
  g_assert_cmpint (duaal_score_get_fields (g_ptr_array_index (history, 1)), ==, DUAAL_SCORE_FIELD_COVERAGE);
  g_clear_pointer (&history, g_ptr_array_unref);

  history = duaal_store_score_history (f->store, 4242, NULL, &error);
  g_assert_null (history);
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND);
  g_clear_error (&error);
  history = duaal_store_score_history (f->store, learner, "c9.9", &error);
  g_assert_null (history);
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND);
}

/* SPEC section 3, the case: A sets mastery and comment, B later
 * sets the comment; undoing A restores the mastery and keeps B's comment.
 * The undo is a new log entry; nothing is deleted. */
static void
test_scores_undo_keeps_later_work (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  DuaalScoreFields restored = 0, kept = 0;
  DuaalScore *entry;
  gint64 group, learner, a, b, undo;

  import_basic (f);
  group = add_group_ok (f, "6 EI");
  learner = add_learner_ok (f, group, "Jonas", 0, NULL);
  score_ok (f, learner, "c1.1", DUAAL_ACTOR_TEACHER, DUAAL_MASTERY_X, DUAAL_COVERAGE_N, "begin");
  a = change_ok (f, learner, "c1.1", DUAAL_ACTOR_TEACHER,
                 &(DuaalScoreChange) { .fields = DUAAL_SCORE_FIELD_MASTERY | DUAAL_SCORE_FIELD_COMMENT,
                                       .mastery = DUAAL_MASTERY_V, .comment = "van A" });
  b = change_ok (f, learner, "c1.1", DUAAL_ACTOR_TEACHER,
                 &(DuaalScoreChange) { .fields = DUAAL_SCORE_FIELD_COMMENT, .comment = "van B" });

  undo = duaal_store_undo_score (f->store, a, &restored, &kept, &error);
  g_assert_no_error (error);
  g_assert_cmpint (undo, >, b);
  g_assert_cmpint (restored, ==, DUAAL_SCORE_FIELD_MASTERY);
  g_assert_cmpint (kept, ==, DUAAL_SCORE_FIELD_COMMENT);
  {
    g_autoptr(DuaalStatus) status = load_status_ok (f, learner);
    const DuaalCell *cell = teacher_cell (f, status, learner);

    g_assert_cmpint (cell->mastery, ==, DUAAL_MASTERY_X);
    g_assert_cmpint (cell->coverage, ==, DUAAL_COVERAGE_N);
    g_assert_cmpstr (cell->comment, ==, "van B");
    g_assert_cmpint (cell->log_id, ==, undo);
  }

  /* a new entry: it undid A and set only what it restored */
  history = duaal_store_score_history (f->store, learner, "c1.1", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 4);
  entry = g_ptr_array_index (history, 3);
  g_assert_cmpint (duaal_score_get_log_id (entry), ==, undo);
  g_assert_cmpint (duaal_score_get_undo_of (entry), ==, a);
  g_assert_cmpint (duaal_score_get_fields (entry), ==, DUAAL_SCORE_FIELD_MASTERY);
  g_assert_cmpint (duaal_score_get_undo_of (g_ptr_array_index (history, 2)), ==, 0);
  g_assert_cmpstr (duaal_score_get_comment (g_ptr_array_index (history, 1)), ==, "van A");

  /* A again: nothing left to restore, refused, nothing written */
  before = dump_database (f);
  g_assert_cmpint (duaal_store_undo_score (f->store, a, NULL, NULL, &error), ==, 0);
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_CONFLICT);
  g_clear_error (&error);
  after = dump_database (f);
  g_assert_cmpstr (before, ==, after);

  /* B: its comment goes back to the one before it, A's */
  g_assert_cmpint (duaal_store_undo_score (f->store, b, &restored, &kept, &error), >, undo);
  g_assert_no_error (error);
  g_assert_cmpint (restored, ==, DUAAL_SCORE_FIELD_COMMENT);
  g_assert_cmpint (kept, ==, 0);
  {
    g_autoptr(DuaalStatus) status = load_status_ok (f, learner);

    g_assert_cmpstr (teacher_cell (f, status, learner)->comment, ==, "van A");
    g_assert_cmpint (teacher_cell (f, status, learner)->mastery, ==, DUAAL_MASTERY_X);
  }
}

/* Entries of schema version 2 (fields NULL) set all three fields. */
static void
test_scores_undo_old_entries (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  DuaalScoreFields restored = 0, kept = 0;
  gint64 group, learner, old;

  import_basic (f);
  group = add_group_ok (f, "6 EI");
  learner = add_learner_ok (f, group, "Jonas", 0, NULL);
  old = score_ok (f, learner, "c1.1", DUAAL_ACTOR_TEACHER, DUAAL_MASTERY_LIL, DUAAL_COVERAGE_S, "oud");
  g_assert_cmpint (sqlite3_exec (duaal_sqlite_store_get_db (f->sqlite), "UPDATE score_log SET fields = NULL",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  change_ok (f, learner, "c1.1", DUAAL_ACTOR_TEACHER,
             &(DuaalScoreChange) { .fields = DUAAL_SCORE_FIELD_COVERAGE, .coverage = DUAAL_COVERAGE_R });

  g_assert_cmpint (duaal_store_undo_score (f->store, old, &restored, &kept, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (restored, ==, DUAAL_SCORE_FIELD_MASTERY | DUAAL_SCORE_FIELD_COMMENT);
  g_assert_cmpint (kept, ==, DUAAL_SCORE_FIELD_COVERAGE);
  {
    g_autoptr(DuaalStatus) status = load_status_ok (f, learner);
    const DuaalCell *cell = teacher_cell (f, status, learner);

    g_assert_cmpint (cell->mastery, ==, DUAAL_MASTERY_NONE);
    g_assert_cmpint (cell->coverage, ==, DUAAL_COVERAGE_R);
    g_assert_null (cell->comment);
  }
}

static void
test_period_snapshot (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) periods = NULL;
  gint64 group, learner, log_id;

  import_basic (f);
  group = add_group_ok (f, "6 EI");
  learner = add_learner_ok (f, group, "Jonas", 0, NULL);

  periods = duaal_store_list_periods (f->store, group, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (periods->len, ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *name = g_strdup_printf ("Period %u", i + 1);
      g_assert_cmpuint (duaal_period_get_number (g_ptr_array_index (periods, i)), ==, i + 1);
      g_assert_cmpstr (duaal_period_get_name (g_ptr_array_index (periods, i)), ==, name);
      g_assert_false (duaal_period_is_closed (g_ptr_array_index (periods, i)));
    }
  g_clear_pointer (&periods, g_ptr_array_unref);

  g_assert_null (duaal_store_load_group_status (f->store, group, 1, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID);
  g_clear_error (&error);

  log_id = score_ok (f, learner, "c1.1", DUAAL_ACTOR_TRAINER, DUAAL_MASTERY_X, DUAAL_COVERAGE_N, "begin");
  g_assert_cmpuint (duaal_store_close_period (f->store, group, &error), ==, 1);
  g_assert_no_error (error);

  score_ok (f, learner, "c1.1", DUAAL_ACTOR_TRAINER, DUAAL_MASTERY_V, DUAAL_COVERAGE_R, "later");
  score_ok (f, learner, "c1.2", DUAAL_ACTOR_TRAINER, DUAAL_MASTERY_V, DUAAL_COVERAGE_R, NULL);

  {
    g_autoptr(DuaalStatus) frozen = duaal_store_load_group_status (f->store, group, 1, &error);
    g_autoptr(DuaalStatus) frozen_learner = NULL;
    const DuaalCell *cell;

    g_assert_no_error (error);
    g_assert_cmpuint (duaal_status_get_period (frozen), ==, 1);
    cell = duaal_status_get_cell (frozen, learner, "c1.1", DUAAL_ACTOR_TRAINER);
    g_assert_nonnull (cell);
    g_assert_cmpint (cell->mastery, ==, DUAAL_MASTERY_X);
    g_assert_cmpint (cell->coverage, ==, DUAAL_COVERAGE_N);
    g_assert_cmpstr (cell->comment, ==, "begin");
    g_assert_cmpint (cell->log_id, ==, log_id);
    g_assert_null (duaal_status_get_cell (frozen, learner, "c1.2", DUAAL_ACTOR_TRAINER));

    frozen_learner = duaal_store_load_learner_status (f->store, learner, 1, &error);
    g_assert_no_error (error);
    cell = duaal_status_get_cell (frozen_learner, learner, "c1.1", DUAAL_ACTOR_TRAINER);
    g_assert_cmpint (cell->mastery, ==, DUAAL_MASTERY_X);
  }
  {
    g_autoptr(DuaalStatus) now = duaal_store_load_group_status (f->store, group, 0, &error);
    const DuaalCell *cell;

    g_assert_no_error (error);
    cell = duaal_status_get_cell (now, learner, "c1.1", DUAAL_ACTOR_TRAINER);
    g_assert_cmpint (cell->mastery, ==, DUAAL_MASTERY_V);
  }

  g_assert_cmpuint (duaal_store_close_period (f->store, group, &error), ==, 2);
  g_assert_cmpuint (duaal_store_close_period (f->store, group, &error), ==, 3);
  g_assert_no_error (error);
  g_assert_cmpuint (duaal_store_close_period (f->store, group, &error), ==, 0);
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID);
  g_clear_error (&error);

  periods = duaal_store_list_periods (f->store, group, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 3; i++)
    {
      g_assert_true (duaal_period_is_closed (g_ptr_array_index (periods, i)));
      g_assert_nonnull (duaal_period_get_closed_at (g_ptr_array_index (periods, i)));
    }

  g_assert_null (duaal_store_load_group_status (f->store, group, 7, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (duaal_store_close_period (f->store, 42, &error), ==, 0);
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND);
}

typedef struct {
  const char    *indicator;
  DuaalActor     actor;
  DuaalMastery   mastery;
  DuaalCoverage  coverage;
} Score;

/* SPEC section 4 worked out by hand for a competence of 5 indicators
 * (80% = 4, 50% = 2.5 so 3) and one of 2 (80% = 2, 50% = 1). */
static void
test_group_status_colours (Fixture       *f,
                           gconstpointer  data)
{
  static const Score jonas[] = {
    /* teacher c1: V V V V lil -> V 4 >= 4: dark green; covered 5 */
    { "c1.1", DUAAL_ACTOR_TEACHER, DUAAL_MASTERY_X, DUAAL_COVERAGE_N },   /* overwritten below */
    { "c1.1", DUAAL_ACTOR_TEACHER, DUAAL_MASTERY_V, DUAAL_COVERAGE_R },
    { "c1.2", DUAAL_ACTOR_TEACHER, DUAAL_MASTERY_V, DUAAL_COVERAGE_R },
    { "c1.3", DUAAL_ACTOR_TEACHER, DUAAL_MASTERY_V, DUAAL_COVERAGE_S },
    { "c1.4", DUAAL_ACTOR_TEACHER, DUAAL_MASTERY_V, DUAAL_COVERAGE_S },
    { "c1.5", DUAAL_ACTOR_TEACHER, DUAAL_MASTERY_LIL, DUAAL_COVERAGE_S },
    /* trainer c1: lil lil lil V X -> lil+V 4: light green; covered 1 */
    { "c1.1", DUAAL_ACTOR_TRAINER, DUAAL_MASTERY_LIL, DUAAL_COVERAGE_N },
    { "c1.2", DUAAL_ACTOR_TRAINER, DUAAL_MASTERY_LIL, DUAAL_COVERAGE_N },
    { "c1.3", DUAAL_ACTOR_TRAINER, DUAAL_MASTERY_LIL, DUAAL_COVERAGE_N },
    { "c1.4", DUAAL_ACTOR_TRAINER, DUAAL_MASTERY_V, DUAAL_COVERAGE_R },
    { "c1.5", DUAAL_ACTOR_TRAINER, DUAAL_MASTERY_X, DUAAL_COVERAGE_N },
    /* learner c1: lil lil lil (2 unscored) -> 3 >= 3 but < 4: orange */
    { "c1.1", DUAAL_ACTOR_LEARNER, DUAAL_MASTERY_LIL, DUAAL_COVERAGE_NONE },
    { "c1.2", DUAAL_ACTOR_LEARNER, DUAAL_MASTERY_LIL, DUAAL_COVERAGE_NONE },
    { "c1.3", DUAAL_ACTOR_LEARNER, DUAAL_MASTERY_LIL, DUAAL_COVERAGE_NONE },
    /* teacher c2: X (one unscored) -> red; learner c2: coverage only -> grey */
    { "c2.1", DUAAL_ACTOR_TEACHER, DUAAL_MASTERY_X, DUAAL_COVERAGE_S },
    { "c2.2", DUAAL_ACTOR_LEARNER, DUAAL_MASTERY_NONE, DUAAL_COVERAGE_R },
  };
  static const Score sara[] = {
    /* teacher c1: lil lil X X X -> 2 < 3: red; trainer c2: lil V -> light green */
    { "c1.1", DUAAL_ACTOR_TEACHER, DUAAL_MASTERY_LIL, DUAAL_COVERAGE_S },
    { "c1.2", DUAAL_ACTOR_TEACHER, DUAAL_MASTERY_LIL, DUAAL_COVERAGE_S },
    { "c1.3", DUAAL_ACTOR_TEACHER, DUAAL_MASTERY_X, DUAAL_COVERAGE_S },
    { "c1.4", DUAAL_ACTOR_TEACHER, DUAAL_MASTERY_X, DUAAL_COVERAGE_S },
    { "c1.5", DUAAL_ACTOR_TEACHER, DUAAL_MASTERY_X, DUAAL_COVERAGE_S },
    { "c2.1", DUAAL_ACTOR_TRAINER, DUAAL_MASTERY_LIL, DUAAL_COVERAGE_R },
    { "c2.2", DUAAL_ACTOR_TRAINER, DUAAL_MASTERY_V, DUAAL_COVERAGE_R },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalStatus) status = NULL;
  const DuaalTally *tally;
  gint64 group, a, b, c;

  import_basic (f);
  group = add_group_ok (f, "6 EI");
  a = add_learner_ok (f, group, "Jonas", 0, NULL);
  b = add_learner_ok (f, group, "Sara", 0, NULL);
  c = add_learner_ok (f, group, "Zeno", 0, NULL);   /* never scored */
  for (guint i = 0; i < G_N_ELEMENTS (jonas); i++)
    score_ok (f, a, jonas[i].indicator, jonas[i].actor, jonas[i].mastery, jonas[i].coverage, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (sara); i++)
    score_ok (f, b, sara[i].indicator, sara[i].actor, sara[i].mastery, sara[i].coverage, NULL);

  status = duaal_store_load_group_status (f->store, group, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (duaal_status_get_learners (status)->len, ==, 3);
  g_assert_cmpuint (duaal_status_get_period (status), ==, 0);

  g_assert_cmpint (duaal_status_get_colour (status, a, "c1", DUAAL_ACTOR_TEACHER), ==, DUAAL_COLOUR_DARK_GREEN);
  g_assert_cmpint (duaal_status_get_colour (status, a, "c1", DUAAL_ACTOR_TRAINER), ==, DUAAL_COLOUR_LIGHT_GREEN);
  g_assert_cmpint (duaal_status_get_colour (status, a, "c1", DUAAL_ACTOR_LEARNER), ==, DUAAL_COLOUR_ORANGE);
  g_assert_cmpint (duaal_status_get_colour (status, a, "c2", DUAAL_ACTOR_TEACHER), ==, DUAAL_COLOUR_RED);
  g_assert_cmpint (duaal_status_get_colour (status, a, "c2", DUAAL_ACTOR_LEARNER), ==, DUAAL_COLOUR_GREY);
  g_assert_cmpint (duaal_status_get_colour (status, a, "c2", DUAAL_ACTOR_TRAINER), ==, DUAAL_COLOUR_GREY);
  g_assert_cmpint (duaal_status_get_colour (status, b, "c1", DUAAL_ACTOR_TEACHER), ==, DUAAL_COLOUR_RED);
  g_assert_cmpint (duaal_status_get_colour (status, b, "c2", DUAAL_ACTOR_TRAINER), ==, DUAAL_COLOUR_LIGHT_GREEN);
  g_assert_cmpint (duaal_status_get_colour (status, b, "c1", DUAAL_ACTOR_TRAINER), ==, DUAAL_COLOUR_GREY);
  g_assert_cmpint (duaal_status_get_colour (status, c, "c1", DUAAL_ACTOR_TEACHER), ==, DUAAL_COLOUR_GREY);

  tally = duaal_status_get_tally (status, a, "c1", DUAAL_ACTOR_TEACHER);
  g_assert_cmpuint (tally->n, ==, 5);
  g_assert_cmpuint (tally->v, ==, 4);
  g_assert_cmpuint (tally->lil, ==, 1);
  g_assert_cmpuint (tally->x, ==, 0);     /* the overwritten X is gone */
  g_assert_cmpuint (tally->covered, ==, 5);
  tally = duaal_status_get_tally (status, a, "c1", DUAAL_ACTOR_TRAINER);
  g_assert_cmpuint (tally->covered, ==, 1);
  g_assert_cmpuint (tally->x, ==, 1);
  tally = duaal_status_get_tally (status, a, "c2", DUAAL_ACTOR_LEARNER);
  g_assert_cmpuint (tally->n, ==, 2);
  g_assert_cmpuint (tally->covered, ==, 1);
  tally = duaal_status_get_tally (status, c, "c2", DUAAL_ACTOR_TRAINER);
  g_assert_nonnull (tally);
  g_assert_cmpuint (tally->n, ==, 2);
  g_assert_cmpuint (tally->x + tally->lil + tally->v + tally->covered, ==, 0);
  g_assert_null (duaal_status_get_tally (status, a, "c9", DUAAL_ACTOR_TRAINER));
  g_assert_null (duaal_status_get_tally (status, 4242, "c1", DUAAL_ACTOR_TRAINER));
  g_assert_nonnull (duaal_status_find_learner (status, b));
  g_assert_null (duaal_status_find_learner (status, 4242));

  /* the learner's own status agrees with the group's */
  {
    g_autoptr(DuaalStatus) own = duaal_store_load_learner_status (f->store, a, 0, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (duaal_status_get_learners (own)->len, ==, 1);
    for (guint actor = 0; actor < DUAAL_N_ACTORS; actor++)
      {
        g_assert_cmpint (duaal_status_get_colour (own, a, "c1", actor), ==,
                         duaal_status_get_colour (status, a, "c1", actor));
        g_assert_cmpint (duaal_status_get_colour (own, a, "c2", actor), ==,
                         duaal_status_get_colour (status, a, "c2", actor));
      }
  }
}

static void
test_status_set_cell_overwrite (void)
{
  g_autoptr(DuaalQualification) q = make_qualification ("BK-1", 1, "", basic_layout);
  g_autoptr(GPtrArray) learners = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(DuaalStatus) status = NULL;
  const DuaalTally *tally;

  g_ptr_array_add (learners, duaal_learner_new (7, 1, "Jonas", 0, NULL, 0, NULL));
  status = duaal_status_new (q, 0, learners);

  g_assert_true (duaal_status_set_cell (status, 7, "c2.1", DUAAL_ACTOR_TEACHER, DUAAL_MASTERY_X, DUAAL_COVERAGE_S, "a", 1));
  g_assert_true (duaal_status_set_cell (status, 7, "c2.1", DUAAL_ACTOR_TEACHER, DUAAL_MASTERY_V, DUAAL_COVERAGE_N, NULL, 2));
  g_assert_true (duaal_status_set_cell (status, 7, "c2.2", DUAAL_ACTOR_TEACHER, DUAAL_MASTERY_V, DUAAL_COVERAGE_R, "b", 3));
  g_assert_false (duaal_status_set_cell (status, 8, "c2.2", DUAAL_ACTOR_TEACHER, DUAAL_MASTERY_V, DUAAL_COVERAGE_R, NULL, 4));
  g_assert_false (duaal_status_set_cell (status, 7, "c9.9", DUAAL_ACTOR_TEACHER, DUAAL_MASTERY_V, DUAAL_COVERAGE_R, NULL, 4));

  tally = duaal_status_get_tally (status, 7, "c2", DUAAL_ACTOR_TEACHER);
  g_assert_cmpuint (tally->x, ==, 0);
  g_assert_cmpuint (tally->v, ==, 2);
  g_assert_cmpuint (tally->covered, ==, 1);
  g_assert_cmpint (duaal_status_get_colour (status, 7, "c2", DUAAL_ACTOR_TEACHER), ==, DUAAL_COLOUR_DARK_GREEN);
  g_assert_cmpstr (duaal_status_get_cell (status, 7, "c2.2", DUAAL_ACTOR_TEACHER)->comment, ==, "b");
  g_assert_null (duaal_status_get_cell (status, 7, "c2.1", DUAAL_ACTOR_TEACHER)->comment);
  g_assert_null (duaal_status_get_cell (status, 7, "c2.1", DUAAL_ACTOR_LEARNER));
  g_assert_true (duaal_status_get_qualification (status) == q);
}

static void
test_import_class_twice (Fixture       *f,
                         gconstpointer  data)
{
  static const DuaalClassRow rows[] = {
    { "Jonas Peeters", "Elektro De Smet bv", "Karel De Smet" },
    { "Nicolas Van den Broeck", "Installaties Verhaeghe, Gent", "Els Verhaeghe" },
    { "Sara Claes", "Elektro De Smet bv", "" },
  };
  g_autoptr(GError) error = NULL;
  DuaalClassImportResult result;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 group;

  import_basic (f);
  group = add_group_ok (f, "6 EI");
  add_company_ok (f, "Elektro De Smet bv", (const char *[]) { "c1", NULL });

  g_assert_true (duaal_store_import_class (f->store, group, rows, G_N_ELEMENTS (rows), &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.learners_added, ==, 3);
  g_assert_cmpuint (result.learners_present, ==, 0);
  g_assert_cmpuint (result.companies_added, ==, 1);
  g_assert_cmpuint (result.companies_present, ==, 1);

  before = dump_database (f);
  g_assert_true (duaal_store_import_class (f->store, group, rows, G_N_ELEMENTS (rows), &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.learners_added, ==, 0);
  g_assert_cmpuint (result.learners_present, ==, 3);
  g_assert_cmpuint (result.companies_added, ==, 0);
  g_assert_cmpuint (result.companies_present, ==, 2);
  after = dump_database (f);
  g_assert_cmpstr (before, ==, after);

  {
    g_autoptr(GPtrArray) learners = duaal_store_list_learners (f->store, group, &error);
    DuaalLearner *jonas;
    g_auto(GStrv) plan = NULL;

    g_assert_no_error (error);
    g_assert_cmpuint (learners->len, ==, 3);
    jonas = g_ptr_array_index (learners, 0);
    g_assert_cmpstr (duaal_learner_get_name (jonas), ==, "Jonas Peeters");
    g_assert_cmpstr (duaal_learner_get_trainer_name (jonas), ==, "Karel De Smet");
    g_assert_null (duaal_learner_get_trainer_name (g_ptr_array_index (learners, 2)));
    plan = duaal_store_get_plan (f->store, duaal_learner_get_id (jonas), &error);
    g_assert_no_error (error);
    g_assert_cmpuint (g_strv_length (plan), ==, 1);
  }

  g_assert_false (duaal_store_import_class (f->store, 42, rows, 1, &result, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND);
}

/* A refusal in the middle of a transaction leaves every table as it was. */
static void
test_error_rolls_back (Fixture       *f,
                       gconstpointer  data)
{
  static const DuaalClassRow rows[] = {
    { "Jonas Peeters", "Elektro De Smet bv", "Karel De Smet" },
    { "Nicolas", "Nieuw bedrijf", "Els" },
    { "   ", "Nog een bedrijf", NULL },
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  DuaalClassImportResult result;
  gint64 group;

  import_basic (f);
  group = add_group_ok (f, "6 EI");

  before = dump_database (f);
  g_assert_false (duaal_store_import_class (f->store, group, rows, G_N_ELEMENTS (rows), &result, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Row 3"));
  after = dump_database (f);
  g_assert_cmpstr (before, ==, after);
}

/* A batch of scores is one transaction: a wrong indicator in the middle
 * leaves nothing of it behind; a good batch lands whole, in order. */
static void
test_record_scores_batch (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 group, learner;

  import_basic (f);
  group = add_group_ok (f, "6 EI");
  learner = add_learner_ok (f, group, "Jonas", 0, NULL);

  {
    const DuaalScoreInput bad[] = {
      { learner, "c1.1", DUAAL_ACTOR_TEACHER, duaal_score_change_whole (DUAAL_MASTERY_V, DUAAL_COVERAGE_R, NULL) },
      { learner, "c9.9", DUAAL_ACTOR_TEACHER, duaal_score_change_whole (DUAAL_MASTERY_V, DUAAL_COVERAGE_R, NULL) },
    };
    before = dump_database (f);
    g_assert_false (duaal_store_record_changes (f->store, bad, G_N_ELEMENTS (bad), NULL, &error));
    g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND);
    g_assert_nonnull (strstr (error->message, "c9.9"));
    g_clear_error (&error);
    after = dump_database (f);
    g_assert_cmpstr (before, ==, after);
  }

  {
    const DuaalScoreInput good[] = {
      { learner, "c1.1", DUAAL_ACTOR_TEACHER, duaal_score_change_whole (DUAAL_MASTERY_X, DUAAL_COVERAGE_S, NULL) },
      { learner, "c1.2", DUAAL_ACTOR_TRAINER, duaal_score_change_whole (DUAAL_MASTERY_LIL, DUAAL_COVERAGE_R, "goed") },
      { learner, "c1.1", DUAAL_ACTOR_TEACHER, duaal_score_change_whole (DUAAL_MASTERY_V, DUAAL_COVERAGE_R, NULL) },
      /* a partial change in a batch keeps what the batch set before it */
      { learner, "c1.2", DUAAL_ACTOR_TRAINER, { .fields = DUAAL_SCORE_FIELD_COVERAGE, .coverage = DUAAL_COVERAGE_S } },
    };
    g_autoptr(DuaalStatus) status = NULL;
    const DuaalCell *cell;

    g_assert_true (duaal_store_record_changes (f->store, good, G_N_ELEMENTS (good), "klas.xlsx", &error));
    g_assert_no_error (error);
    status = duaal_store_load_learner_status (f->store, learner, 0, &error);
    g_assert_no_error (error);
    cell = duaal_status_get_cell (status, learner, "c1.1", DUAAL_ACTOR_TEACHER);
    g_assert_cmpint (cell->mastery, ==, DUAAL_MASTERY_V);
    cell = duaal_status_get_cell (status, learner, "c1.2", DUAAL_ACTOR_TRAINER);
    g_assert_cmpstr (cell->comment, ==, "goed");
    g_assert_cmpint (cell->mastery, ==, DUAAL_MASTERY_LIL);
    g_assert_cmpint (cell->coverage, ==, DUAAL_COVERAGE_S);
    g_assert_cmpint (query_int (f, "SELECT count(*) FROM score_log"), ==, 4);
    g_assert_cmpint (query_int (f, "SELECT count(*) FROM score_log WHERE source = 'klas.xlsx'"), ==, 4);
  }
}

/* SQLITE_FULL: DUAAL_ERROR_FULL, and nothing committed is lost. */
static void
test_full_database (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *comment = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *limit = NULL;
  gint64 group, learner, last_ok = 0;
  guint recorded = 0;
  DuaalClassRow rows[50];
  g_autofree char *names = NULL;
  g_autoptr(GPtrArray) learner_names = g_ptr_array_new_with_free_func (g_free);

  import_basic (f);
  group = add_group_ok (f, "6 EI");
  learner = add_learner_ok (f, group, "Jonas", 0, NULL);
  limit = g_strdup_printf ("PRAGMA max_page_count = %" G_GINT64_FORMAT, query_int (f, "PRAGMA page_count") + 2);
  g_assert_cmpint (sqlite3_exec (duaal_sqlite_store_get_db (f->sqlite), limit, NULL, NULL, NULL), ==, SQLITE_OK);

  comment = g_strnfill (1500, 'c');
  for (guint i = 0; i < 200; i++)
    {
      DuaalScoreChange change = duaal_score_change_whole (DUAAL_MASTERY_V, DUAAL_COVERAGE_R, comment);
      gint64 id = duaal_store_record_change (f->store, learner, i % 2 ? "c1.1" : "c1.2", DUAAL_ACTOR_TEACHER,
                                             &change, NULL, &error);
      if (id == 0)
        break;
      last_ok = id;
      recorded++;
    }
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_FULL);
  g_assert_nonnull (strstr (error->message, "disk is full"));
  g_clear_error (&error);
  g_assert_cmpuint (recorded, >, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM score_log"), ==, recorded);
  g_assert_cmpint (query_int (f, "SELECT max(log_id) FROM current_score"), ==, last_ok);

  /* a bigger multi-row write fails whole */
  before = dump_database (f);
  names = g_strnfill (190, 'n');   /* a name is at most 200 characters */
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_ptr_array_add (learner_names, g_strdup_printf ("%u %s", i, names));
      rows[i].learner = g_ptr_array_index (learner_names, i);
      rows[i].company = "Elektro De Smet bv";
      rows[i].trainer = NULL;
    }
  g_assert_false (duaal_store_import_class (f->store, group, rows, G_N_ELEMENTS (rows), NULL, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_FULL);
  g_clear_error (&error);
  after = dump_database (f);
  g_assert_cmpstr (before, ==, after);

  /* with room again, the store simply goes on */
  g_assert_cmpint (sqlite3_exec (duaal_sqlite_store_get_db (f->sqlite), "PRAGMA max_page_count = 1000000",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  score_ok (f, learner, "c1.3", DUAAL_ACTOR_TEACHER, DUAAL_MASTERY_V, DUAAL_COVERAGE_R, comment);
}

/* A second connection holding the write lock makes a writer wait and
 * then fail with BUSY, leaving everything as it was. */
static void
test_busy (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  sqlite3 *other;

  import_basic (f);
  g_assert_cmpint (sqlite3_open (f->path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_busy_timeout (duaal_sqlite_store_get_db (f->sqlite), 10);
  g_assert_cmpint (duaal_store_add_group (f->store, "6 EI", "BK-1", 0, &error), ==, 0);
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_BUSY);
  g_clear_error (&error);
  sqlite3_exec (other, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (other);
  add_group_ok (f, "6 EI");
}

/* A database of version 2 had no attention list: the upgrade fills it
 * from the scores already there, by the core's rule, in the step's
 * transaction. */
static void
test_migration_fills_attention (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalSqliteStore) old = NULL;
  g_autoptr(DuaalQualification) q = make_qualification ("BK-1", 1, "", basic_layout);
  g_autoptr(DuaalStatus) status = NULL;
  g_autoptr(GPtrArray) expected = NULL;
  g_autoptr(GPtrArray) kept = NULL;
  g_autofree char *scores = NULL;
  DuaalAttentionItem *item;
  gint64 group, learner;

  fixture_close (f);
  g_unlink (f->path);
  old = duaal_sqlite_store_open_at_version (f->path, 2, &error);
  g_assert_no_error (error);
  g_assert_true (duaal_store_import_qualification (DUAAL_STORE (old), q, NULL, &error));
  group = add_old_group (old);
  learner = duaal_store_add_learner (DUAAL_STORE (old), group, "Jonas", 0, NULL, &error);
  g_assert_no_error (error);
  /* Scores as version 2 wrote them: c1 all X by the teacher, all V by
   * the trainer; c2 agreed on. */
  scores = g_strdup_printf ("INSERT INTO score_log (learner_id, indicator_id, actor, mastery, coverage,"
                            " author_role, recorded_at)"
                            " SELECT %" G_GINT64_FORMAT ", i.id, a.actor, CASE WHEN i.code LIKE 'c1.%%'"
                            " THEN a.mastery ELSE 2 END, 2, a.actor, 0 FROM indicator i,"
                            " (SELECT 1 AS actor, 1 AS mastery UNION ALL SELECT 2, 3) a;"
                            "INSERT INTO current_score (learner_id, indicator_id, actor, mastery, coverage, log_id)"
                            " SELECT learner_id, indicator_id, actor, mastery, coverage, id FROM score_log;",
                            learner);
  g_assert_cmpint (sqlite3_exec (duaal_sqlite_store_get_db (old), scores, NULL, NULL, NULL), ==, SQLITE_OK);
  g_clear_object (&old);

  fixture_open (f);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM attention_item"), ==, 1);
  status = duaal_store_load_group_status (f->store, group, 0, &error);
  g_assert_no_error (error);
  expected = duaal_attention_collect (status);
  kept = duaal_attention_list_now (f->store, group, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (expected->len, ==, 1);
  g_assert_cmpuint (kept->len, ==, 1);
  item = g_ptr_array_index (kept, 0);
  g_assert_cmpstr (item->competence_id, ==, "c1");
  g_assert_cmpuint (item->severity, ==, ((DuaalAttentionItem *) g_ptr_array_index (expected, 0))->severity);
  g_assert_cmpint (item->colours[DUAAL_ACTOR_TEACHER], ==, DUAAL_COLOUR_RED);
  g_assert_cmpint (item->colours[DUAAL_ACTOR_TRAINER], ==, DUAAL_COLOUR_DARK_GREEN);
  g_assert_cmpuint (item->indicators->len, ==, 5);
}

/* ---- period names and dates, the kept session plan (issue 18) ---- */

static GPtrArray *
periods_ok (Fixture *f,
            gint64   group)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *periods = duaal_store_list_periods (f->store, group, &error);

  g_assert_no_error (error);
  g_assert_nonnull (periods);
  return periods;
}

static DuaalPeriod *
period_at (GPtrArray *periods,
           guint      number)
{
  return g_ptr_array_index (periods, number - 1);
}

/* A new group's periods carry no name: whoever reads them sees "Period N"
 * in their own language, not that of the process that made them. */
static void
test_period_default_names (Fixture       *f,
                           gconstpointer  data)
{
  gint64 group;
  g_autoptr(GPtrArray) periods = NULL;

  import_basic (f);
  group = add_group_ok (f, "6 EI");
  periods = periods_ok (f, group);
  g_assert_cmpuint (periods->len, ==, 3);
  g_assert_cmpuint ((guint) query_int (f, "SELECT count(*) FROM period WHERE name IS NULL"), ==, 3);
  for (guint number = 1; number <= 3; number++)
    {
      g_autofree char *name = g_strdup_printf ("Period %u", number);

      g_assert_null (duaal_period_get_custom_name (period_at (periods, number)));
      g_assert_cmpstr (duaal_period_get_name (period_at (periods, number)), ==, name);
      g_assert_null (duaal_period_get_starts_on (period_at (periods, number)));
      g_assert_null (duaal_period_format_dates (period_at (periods, number)));
    }
}

static void
test_period_name_and_dates (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) starts = g_date_new_dmy (2, G_DATE_SEPTEMBER, 2024);
  g_autoptr(GDate) ends = g_date_new_dmy (31, G_DATE_JANUARY, 2025);
  gint64 group;
  g_autoptr(GPtrArray) periods = NULL;
  g_autofree char *dates = NULL;

  import_basic (f);
  group = add_group_ok (f, "6 EI");
  g_assert_true (duaal_store_update_period (f->store, group, 2, "  Eerste stage ", starts, ends, &error));
  g_assert_no_error (error);
  fixture_close (f);
  fixture_open (f);
  periods = periods_ok (f, group);
  g_assert_cmpstr (duaal_period_get_custom_name (period_at (periods, 2)), ==, "Eerste stage");
  g_assert_cmpstr (duaal_period_get_name (period_at (periods, 2)), ==, "Eerste stage");
  g_assert_cmpint (g_date_compare (duaal_period_get_starts_on (period_at (periods, 2)), starts), ==, 0);
  g_assert_cmpint (g_date_compare (duaal_period_get_ends_on (period_at (periods, 2)), ends), ==, 0);
  dates = duaal_period_format_dates (period_at (periods, 2));
  g_assert_cmpstr (dates, ==, "2 Sep 2024 – 31 Jan 2025");
  g_assert_cmpuint ((guint) query_int (f, "SELECT count(*) FROM period WHERE starts_on = '2024-09-02'"
                                   " AND ends_on = '2025-01-31'"), ==, 1);
  /* the other periods are untouched */
  g_assert_null (duaal_period_get_custom_name (period_at (periods, 1)));
  g_assert_null (duaal_period_get_starts_on (period_at (periods, 3)));
  g_clear_pointer (&periods, g_ptr_array_unref);

  /* A blank name is the default name again; one date alone is fine. */
  g_assert_true (duaal_store_update_period (f->store, group, 2, " ", NULL, ends, &error));
  g_assert_no_error (error);
  periods = periods_ok (f, group);
  g_assert_null (duaal_period_get_custom_name (period_at (periods, 2)));
  g_assert_cmpstr (duaal_period_get_name (period_at (periods, 2)), ==, "Period 2");
  g_assert_null (duaal_period_get_starts_on (period_at (periods, 2)));
  g_clear_pointer (&dates, g_free);
  dates = duaal_period_format_dates (period_at (periods, 2));
  g_assert_cmpstr (dates, ==, "until 31 Jan 2025");
}

static void
test_period_refused (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) starts = g_date_new_dmy (2, G_DATE_SEPTEMBER, 2024);
  g_autoptr(GDate) ends = g_date_new_dmy (1, G_DATE_SEPTEMBER, 2024);
  gint64 group;
  g_autoptr(GPtrArray) periods = NULL;

  import_basic (f);
  group = add_group_ok (f, "6 EI");
  g_assert_false (duaal_store_update_period (f->store, group, 1, "Stage", starts, ends, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "A period cannot end before it starts.");
  g_clear_error (&error);
  g_assert_false (duaal_store_update_period (f->store, group, 4, "Stage", NULL, NULL, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (duaal_store_update_period (f->store, group, 1, "Stage\n2", NULL, NULL, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (duaal_store_update_period (f->store, group + 100, 1, "Stage", NULL, NULL, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND);
  g_clear_error (&error);

  periods = periods_ok (f, group);
  g_assert_null (duaal_period_get_custom_name (period_at (periods, 1)));
  g_assert_null (duaal_period_get_starts_on (period_at (periods, 1)));
}

static void
test_period_iso_dates (void)
{
  g_autoptr(GDate) leap = duaal_period_date_from_iso ("2024-02-29");
  g_autofree char *text = NULL;

  g_assert_nonnull (leap);
  text = duaal_period_date_to_iso (leap);
  g_assert_cmpstr (text, ==, "2024-02-29");
  g_assert_null (duaal_period_date_from_iso ("2023-02-29"));
  g_assert_null (duaal_period_date_from_iso ("2024-13-01"));
  g_assert_null (duaal_period_date_from_iso ("2024-01-01x"));
  g_assert_null (duaal_period_date_from_iso ("morgen"));
  g_assert_null (duaal_period_date_from_iso (NULL));

  /* as the application shows and reads dates (English: month first) */
  {
    g_autoptr(GDate) typed = duaal_period_date_from_text (" 10/14/2024 ");
    g_autoptr(GDate) iso = duaal_period_date_from_text ("2024-10-14");
    g_autofree char *shown = NULL;

    g_assert_nonnull (typed);
    g_assert_nonnull (iso);
    g_assert_cmpint (g_date_compare (typed, iso), ==, 0);
    shown = duaal_period_date_to_text (typed);
    g_assert_cmpstr (shown, ==, "10/14/2024");
    g_assert_null (duaal_period_date_from_text ("gisteren"));
  }
}

static DuaalKeptPlan *
kept_ok (Fixture *f,
         gint64   group)
{
  g_autoptr(GError) error = NULL;
  DuaalKeptPlan *kept = duaal_store_load_session_plan (f->store, group, &error);

  g_assert_no_error (error);
  g_assert_nonnull (kept);
  return kept;
}

static GHashTable *
durations_new (const char *code,
               guint       sessions)
{
  GHashTable *durations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_hash_table_insert (durations, g_strdup (code), GUINT_TO_POINTER (sessions));
  return durations;
}

/* The planner's settings and last plan stay with the group, across
 * closing and opening the database; saving again replaces them. */
static void
test_session_plan_kept (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) durations = durations_new ("c1", 3);
  g_autoptr(GHashTable) fewer = durations_new ("c2", 2);
  g_autoptr(DuaalKeptPlan) kept = NULL;
  gint64 group, other;

  import_basic (f);
  group = add_group_ok (f, "6 EI");
  other = add_group_ok (f, "7 EI");
  kept = kept_ok (f, group);
  g_assert_cmpuint (kept->max_groups, ==, 0);
  g_assert_null (kept->plan_csv);
  g_assert_cmpuint (g_hash_table_size (kept->durations), ==, 0);
  g_clear_pointer (&kept, duaal_kept_plan_free);

  g_assert_true (duaal_store_save_session_plan (f->store, group, 3, durations, "session,competence\r\n", &error));
  g_assert_no_error (error);
  fixture_close (f);
  fixture_open (f);
  kept = kept_ok (f, group);
  g_assert_cmpuint (kept->max_groups, ==, 3);
  g_assert_cmpstr (kept->plan_csv, ==, "session,competence\r\n");
  g_assert_nonnull (kept->planned_at);
  g_assert_cmpuint (g_hash_table_size (kept->durations), ==, 1);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (kept->durations, "c1")), ==, 3);
  g_clear_pointer (&kept, duaal_kept_plan_free);

  /* per group: the other group has none */
  kept = kept_ok (f, other);
  g_assert_cmpuint (kept->max_groups, ==, 0);
  g_clear_pointer (&kept, duaal_kept_plan_free);

  /* settings changed, not planned again: the old plan is gone with them */
  g_assert_true (duaal_store_save_session_plan (f->store, group, 2, fewer, NULL, &error));
  g_assert_no_error (error);
  kept = kept_ok (f, group);
  g_assert_cmpuint (kept->max_groups, ==, 2);
  g_assert_null (kept->plan_csv);
  g_assert_null (kept->planned_at);
  g_assert_false (g_hash_table_contains (kept->durations, "c1"));
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (kept->durations, "c2")), ==, 2);
  g_clear_pointer (&kept, duaal_kept_plan_free);

  /* refused settings change nothing */
  g_hash_table_insert (fewer, g_strdup ("c1"), GUINT_TO_POINTER (4));
  g_assert_false (duaal_store_save_session_plan (f->store, group, 2, fewer, NULL, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (duaal_store_save_session_plan (f->store, group, 0, NULL, NULL, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID);
  g_clear_error (&error);
  kept = kept_ok (f, group);
  g_assert_false (g_hash_table_contains (kept->durations, "c1"));
  g_clear_pointer (&kept, duaal_kept_plan_free);

  /* it goes with the group */
  g_assert_true (duaal_store_delete_group (f->store, group, &error));
  g_assert_no_error (error);
  g_assert_cmpuint ((guint) query_int (f, "SELECT count(*) FROM session_plan"), ==, 0);
  g_assert_cmpuint ((guint) query_int (f, "SELECT count(*) FROM session_duration"), ==, 0);
  g_assert_null (duaal_store_load_session_plan (f->store, group, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND);
}

static void
test_session_days (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) day = g_date_new_dmy (14, G_DATE_OCTOBER, 2024);
  g_autoptr(DuaalKeptPlan) kept = NULL;
  gint64 group;

  import_basic (f);
  group = add_group_ok (f, "6 EI");
  /* a date may be given before any plan is kept */
  g_assert_true (duaal_store_set_session_day (f->store, group, 3, day, &error));
  g_assert_no_error (error);
  kept = kept_ok (f, group);
  g_assert_null (duaal_kept_plan_get_session_day (kept, 1));
  g_assert_nonnull (duaal_kept_plan_get_session_day (kept, 3));
  g_assert_cmpint (g_date_compare (duaal_kept_plan_get_session_day (kept, 3), day), ==, 0);
  g_assert_null (duaal_kept_plan_get_session_day (kept, 4));
  g_clear_pointer (&kept, duaal_kept_plan_free);

  /* moved, then taken away */
  g_date_add_days (day, 7);
  g_assert_true (duaal_store_set_session_day (f->store, group, 3, day, &error));
  kept = kept_ok (f, group);
  g_assert_cmpuint (g_date_get_day (duaal_kept_plan_get_session_day (kept, 3)), ==, 21);
  g_clear_pointer (&kept, duaal_kept_plan_free);
  g_assert_true (duaal_store_set_session_day (f->store, group, 3, NULL, &error));
  g_assert_no_error (error);
  kept = kept_ok (f, group);
  g_assert_null (duaal_kept_plan_get_session_day (kept, 3));

  g_assert_false (duaal_store_set_session_day (f->store, group, 0, day, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add ("/store/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("file-private-and-versioned", test_file_private_and_versioned);
  ADD ("period/default-names", test_period_default_names);
  ADD ("period/name-and-dates", test_period_name_and_dates);
  ADD ("period/refused", test_period_refused);
  g_test_add_func ("/store/period/iso-dates", test_period_iso_dates);
  ADD ("session-plan/kept", test_session_plan_kept);
  ADD ("session-plan/days", test_session_days);
  g_test_add_func ("/store/default-path", test_default_path);
  ADD ("open-read-only", test_open_read_only);
  ADD ("open-read-only-refused", test_open_read_only_refused);
  g_test_add_func ("/store/not-a-database", test_not_a_database);
  g_test_add_func ("/store/status-set-cell-overwrite", test_status_set_cell_overwrite);
  ADD ("reopen-keeps-data", test_reopen_keeps_data);
  ADD ("newer-version-refused", test_newer_version_refused);
  ADD ("migration-backup", test_migration_backup);
  ADD ("migration-fills-attention", test_migration_fills_attention);
  ADD ("qualification-reimport", test_qualification_reimport);
  ADD ("groups-companies-learners", test_groups_companies_learners);
  ADD ("plan", test_plan);
  ADD ("scores-log-and-undo", test_scores_log_and_undo);
  ADD ("scores-partial-changes", test_scores_partial_changes);
  ADD ("scores-history-of-learner", test_scores_history_of_learner);
  ADD ("scores-undo-keeps-later-work", test_scores_undo_keeps_later_work);
  ADD ("scores-undo-old-entries", test_scores_undo_old_entries);
  ADD ("period-snapshot", test_period_snapshot);
  ADD ("group-status-colours", test_group_status_colours);
  ADD ("import-class-twice", test_import_class_twice);
  ADD ("error-rolls-back", test_error_rolls_back);
  ADD ("record-scores-batch", test_record_scores_batch);
  ADD ("full-database", test_full_database);
  ADD ("busy", test_busy);
#undef ADD

  return g_test_run ();
}
