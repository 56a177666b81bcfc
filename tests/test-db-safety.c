/* test-db-safety.c: what opening a database may change, where its
 * backups may go, and no write lost to a close() elsewhere in the
 * application (issue 19, items 3, 4, 7 and 9)
 *
 * Opening marks Duaal's own databases (PRAGMA application_id) and
 * refuses anything else before writing a byte; a store for readers does
 * not create a missing file; an existing database others could read is
 * made private; backups go to a private folder of the database, never
 * into a folder another user owns, and those of earlier versions are
 * moved there; a read-only database is not the user's bad input.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "duaal-error.h"
#include "duaal-sqlite-backup.h"
#include "duaal-sqlite-store-private.h"
#include "robust-helpers.h"

#define DUAAL_APPLICATION_ID 0x4475616C
#define NOBODY 65534

typedef struct {
  char *dir;
  char *db_path;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = robust_make_tmp_dir ();
  f->db_path = g_build_filename (f->dir, "duaal.db", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  robust_remove_tree (f->dir);
  g_free (f->db_path);
  g_free (f->dir);
}

static void
exec_sql (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static gint64
query_int (const char *path,
           const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

static guint
mode_of (const char *path)
{
  struct stat st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 07777;
}

static GBytes *
read_bytes (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_bytes_new_take (g_steal_pointer (&contents), length);
}

static void
make_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalSqliteStore) store = duaal_sqlite_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_cmpint (duaal_store_add_company (DUAAL_STORE (store), "Elektro De Smet bv", NULL, &error), >, 0);
  g_assert_no_error (error);
}

/* Opening @path fails with @code and leaves the file as it was, with no
 * journal files and no backup folder beside it. */
static void
assert_refused_untouched (const char *path,
                          GQuark      domain,
                          int         code)
{
  g_autoptr(GBytes) before = read_bytes (path);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalSqliteStore) store = duaal_sqlite_store_open (path, &error);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *backups_name = g_strdup_printf (".%s.backups", base);
  g_autofree char *backups = g_build_filename (dir, backups_name, NULL);

  g_assert_null (store);
  g_assert_error (error, domain, code);
  g_test_message ("refused: %s", error->message);
  after = read_bytes (path);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (backups, G_FILE_TEST_EXISTS));
}

static void
test_marked (Fixture       *f,
             gconstpointer  data)
{
  make_store (f->db_path);
  g_assert_cmpint (query_int (f->db_path, "PRAGMA application_id"), ==, DUAAL_APPLICATION_ID);
}

/* Databases of the first releases carry no mark: their tables say what
 * they are, they are opened and upgraded, and marked then. */
static void
test_unmarked_old_release (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalSqliteStore) old = duaal_sqlite_store_open_at_version (f->db_path, 1, &error);
  g_autoptr(DuaalSqliteStore) store = NULL;

  g_assert_no_error (error);
  g_clear_object (&old);
  g_assert_cmpint (query_int (f->db_path, "PRAGMA application_id"), ==, 0);

  store = duaal_sqlite_store_open (f->db_path, &error);
  g_assert_no_error (error);
  g_clear_object (&store);
  g_assert_cmpint (query_int (f->db_path, "PRAGMA application_id"), ==, DUAAL_APPLICATION_ID);
  g_assert_cmpint (query_int (f->db_path, "PRAGMA user_version"), ==, duaal_sqlite_store_schema_version ());
}

static void
test_other_program (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *marked = g_build_filename (f->dir, "marked.db", NULL);
  g_autofree char *lookalike = g_build_filename (f->dir, "lookalike.db", NULL);

  exec_sql (f->db_path, "CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT);"
                        "INSERT INTO note (body) VALUES ('boodschappen')");
  assert_refused_untouched (f->db_path, DUAAL_ERROR, DUAAL_ERROR_INVALID_FILE);

  /* Another program's mark, on a database with no table yet. */
  exec_sql (marked, "PRAGMA application_id = 1234");
  assert_refused_untouched (marked, DUAAL_ERROR, DUAAL_ERROR_INVALID_FILE);

  /* One table of the right name is not enough. */
  exec_sql (lookalike, "PRAGMA user_version = 2; CREATE TABLE learner (id INTEGER PRIMARY KEY)");
  assert_refused_untouched (lookalike, DUAAL_ERROR, DUAAL_ERROR_INVALID_FILE);

  g_assert_null (duaal_sqlite_store_open_read_only (f->db_path, NULL));
}

/* A newer Duaal's database: refused before its journal mode changes. */
static void
test_newer_schema (Fixture       *f,
                   gconstpointer  data)
{
  make_store (f->db_path);
  exec_sql (f->db_path, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 99");
  assert_refused_untouched (f->db_path, DUAAL_ERROR, DUAAL_ERROR_DATABASE);
  g_assert_cmpint (query_int (f->db_path, "PRAGMA user_version"), ==, 99);
}

/* A store for readers never creates the file, nor the default folder. */
static void
test_open_existing (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalSqliteStore) store = duaal_sqlite_store_open_existing (f->db_path, &error);
  g_autofree char *default_dir = NULL;

  g_assert_null (store);
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND);
  g_assert_true (duaal_error_is_bad_input (error));
  g_assert_false (g_file_test (f->db_path, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_assert_null (duaal_sqlite_store_open_existing (NULL, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND);
  default_dir = g_build_filename (g_get_user_data_dir (), "duaal", NULL);
  g_assert_false (g_file_test (default_dir, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  make_store (f->db_path);
  store = duaal_sqlite_store_open_existing (f->db_path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
}

/* An existing database others may read becomes private on open; one its
 * owner made read-only stays read-only. */
static void
test_made_private (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalSqliteStore) store = NULL;

  make_store (f->db_path);
  g_assert_cmpint (g_chmod (f->db_path, 0644), ==, 0);
  store = duaal_sqlite_store_open (f->db_path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mode_of (f->db_path), ==, 0600);
  g_clear_object (&store);

  g_assert_cmpint (g_chmod (f->db_path, 0444), ==, 0);
  store = duaal_sqlite_store_open_read_only (f->db_path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mode_of (f->db_path), ==, 0400);
}

/* A read-only database is the machine's refusal, not the user's input
 * (duaal-cli exit 1). */
static void
test_read_only_is_run_time (void)
{
  g_autoptr(GError) error = g_error_new_literal (DUAAL_ERROR, DUAAL_ERROR_READ_ONLY, "read-only");

  g_assert_false (duaal_error_is_bad_input (error));
}

static char *
backup_dir_of (Fixture *f)
{
  return g_build_filename (f->dir, ".duaal.db.backups", NULL);
}

static void
test_backup_dir_private (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *dir = backup_dir_of (f);
  g_autofree char *shared = g_build_filename (f->dir, "backups", NULL);
  g_autofree char *expected = NULL;

  make_store (f->db_path);
  g_assert_true (duaal_sqlite_backup_create (f->db_path, "manual", &path, &error));
  g_assert_no_error (error);
  expected = g_path_get_dirname (path);
  g_assert_cmpstr (expected, ==, dir);
  g_assert_cmpuint (mode_of (dir), ==, 0700);
  g_assert_cmpuint (mode_of (path), ==, 0600);
  g_assert_false (g_file_test (shared, G_FILE_TEST_EXISTS));

  /* A folder of this user that others could enter is closed. */
  g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
  g_assert_true (duaal_sqlite_backup_create (f->db_path, "manual", NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (mode_of (dir), ==, 0700);
}

/* A link where the folder should be is refused, even to a folder of
 * this user: it could lead anywhere. */
static void
test_backup_dir_link_refused (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = backup_dir_of (f);
  g_autofree char *elsewhere = g_build_filename (f->dir, "elsewhere", NULL);

  make_store (f->db_path);
  g_assert_cmpint (g_mkdir (elsewhere, 0777), ==, 0);
  g_assert_cmpint (symlink (elsewhere, dir), ==, 0);
  g_assert_false (duaal_sqlite_backup_create (f->db_path, "manual", NULL, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_IO);
  g_clear_error (&error);
  g_assert_null (duaal_sqlite_backup_list (f->db_path, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_IO);
  g_unlink (dir);
}

/* In a folder everyone may write to, another user made the backup
 * folder first: Duaal puts nothing there and lists nothing from it. */
static void
test_backup_dir_of_other_user (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = backup_dir_of (f);
  g_autofree char *planted = g_build_filename (dir, "duaal.db.20260101-120000.manual.db", NULL);
  g_autoptr(GDir) listing = NULL;

  if (geteuid () != 0)
    {
      g_test_skip ("only root can make a folder that belongs to another user");
      return;
    }
  make_store (f->db_path);
  g_assert_cmpint (g_mkdir (dir, 0777), ==, 0);
  g_assert_true (g_file_set_contents (planted, "forged", -1, NULL));
  g_assert_cmpint (chown (dir, NOBODY, NOBODY), ==, 0);
  g_assert_cmpint (chown (planted, NOBODY, NOBODY), ==, 0);

  g_assert_false (duaal_sqlite_backup_create (f->db_path, "manual", NULL, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "another user"));
  g_clear_error (&error);
  g_assert_null (duaal_sqlite_backup_list (f->db_path, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_IO);

  listing = g_dir_open (dir, 0, NULL);
  g_assert_cmpstr (g_dir_read_name (listing), ==, "duaal.db.20260101-120000.manual.db");
  g_assert_null (g_dir_read_name (listing));
}

/* Backups an earlier version kept in the shared "backups" folder are
 * listed, then moved into the private folder by the next backup. */
static void
test_legacy_backups_moved (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autofree char *legacy = g_build_filename (f->dir, "backups", NULL);
  g_autofree char *old = g_build_filename (legacy, "duaal.db.20260101-120000.daily.db", NULL);
  g_autofree char *other = g_build_filename (legacy, "andere.db.20260101-120000.daily.db", NULL);
  g_autofree char *dir = backup_dir_of (f);
  g_autofree char *moved = g_build_filename (dir, "duaal.db.20260101-120000.daily.db", NULL);

  make_store (f->db_path);
  g_assert_true (duaal_sqlite_backup_create (f->db_path, "manual", NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_mkdir (legacy, 0700), ==, 0);
  backups = duaal_sqlite_backup_list (f->db_path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_rename (g_ptr_array_index (backups, 0), old), ==, 0);
  g_clear_pointer (&backups, g_ptr_array_unref);
  g_assert_true (g_file_set_contents (other, "another database's", -1, NULL));

  backups = duaal_sqlite_backup_list (f->db_path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (backups->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (backups, 0), ==, old);
  g_clear_pointer (&backups, g_ptr_array_unref);

  g_assert_true (duaal_sqlite_backup_create (f->db_path, "manual", NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (moved, G_FILE_TEST_IS_REGULAR));
  g_assert_false (g_file_test (old, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (other, G_FILE_TEST_EXISTS));
  backups = duaal_sqlite_backup_list (f->db_path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (backups->len, ==, 2);
}

/* ------------------------------------------------------------------ */
/* Locks that survive close() (item 3)
 *
 * The exact sequence of the bug, with real processes: this test process
 * is the application (it holds the store open and writes), reads the
 * database file itself as the GTK file chooser does when it shows the
 * database's folder (open, read, close), duaal-cli reads the database in
 * another process and exits, the application writes again, and a third
 * process and a reopened store must see every write.  With SQLite's
 * POSIX locks the close() dropped the application's locks, the reader
 * believed it was the last connection and deleted the WAL and the
 * shared memory file, and the second write went to a deleted file.
 * duaal-sqlite-locks.c makes that impossible; the variants open the
 * store the ways the application does (read-only while checking, then
 * writable; a second connection that outlives the first) and run a
 * backup and a check beside it, so several connections of one process
 * share the locks. */

typedef enum {
  OPEN_WRITABLE,          /* duaal_sqlite_store_open() */
  OPEN_READ_ONLY_FIRST,   /* read-only while checked, then make_writable() */
  OPEN_TWO_FIRST_CLOSED,  /* a second store outlives the one that locked first */
} OpenWay;

/* The qualification "LCK", imported by duaal-cli. */
static void
fixture_set_up_with_qualification (Fixture       *f,
                                   gconstpointer  data)
{
  g_autofree char *xml = robust_qualification_xml ("LCK", 2, 2);
  g_autofree char *xml_path = NULL;
  g_autofree char *out = NULL;

  fixture_set_up (f, data);
  xml_path = g_build_filename (f->dir, "lck.xml", NULL);
  g_assert_true (g_file_set_contents (xml_path, xml, -1, NULL));
  out = robust_cli_ok (f->db_path, f->dir, "import-qualification", xml_path, NULL);
}

static void
add_group (DuaalStore *store,
           const char *name)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (duaal_store_add_group (store, name, "LCK", 0, &error), >, 0);
  g_assert_no_error (error);
}

/* What the file chooser does to every file of the folder it shows. */
static void
sniff (const char *path)
{
  char head[512];
  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);

  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (read (fd, head, sizeof head), >, 0);
  g_assert_cmpint (close (fd), ==, 0);
}

static void
assert_side_files_kept (const char *db_path)
{
  g_autofree char *wal = g_strconcat (db_path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (db_path, "-shm", NULL);

  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (shm, G_FILE_TEST_EXISTS));
}

static guint
count_groups (DuaalStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) groups = duaal_store_list_groups (store, &error);

  g_assert_no_error (error);
  return groups->len;
}

static DuaalSqliteStore *
open_application_store (const char  *db_path,
                        OpenWay      way,
                        DuaalSqliteStore **first)
{
  g_autoptr(GError) error = NULL;
  DuaalSqliteStore *store;

  if (way == OPEN_READ_ONLY_FIRST)
    {
      store = duaal_sqlite_store_open_read_only (db_path, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (count_groups (DUAAL_STORE (store)), ==, 0);
      /* The check and the read-only store overlap, as in the application. */
      g_assert_true (duaal_sqlite_check (db_path, &error));
      g_assert_true (duaal_sqlite_store_make_writable (store, &error));
      g_assert_no_error (error);
      return store;
    }
  if (way == OPEN_TWO_FIRST_CLOSED)
    {
      *first = duaal_sqlite_store_open (db_path, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (count_groups (DUAAL_STORE (*first)), ==, 0);
    }
  store = duaal_sqlite_store_open (db_path, &error);
  g_assert_no_error (error);
  return store;
}

static void
test_export_then_read (Fixture       *f,
                       gconstpointer  data)
{
  OpenWay way = GPOINTER_TO_INT (data);
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalSqliteStore) first = NULL;
  g_autoptr(DuaalSqliteStore) store = NULL;
  g_autofree char *seen = NULL;
  g_autofree char *out = NULL;
  g_autofree char *wal = g_strconcat (f->db_path, "-wal", NULL);

  store = open_application_store (f->db_path, way, &first);
  add_group (DUAAL_STORE (store), "Groep een");

  /* Other connections of the application come and go. */
  g_assert_true (duaal_sqlite_backup_create (f->db_path, "manual", NULL, &error));
  g_assert_no_error (error);
  g_assert_true (duaal_sqlite_check (f->db_path, &error));
  g_assert_no_error (error);
  g_clear_object (&first);

  /* The file chooser shows the folder; then a script reads. */
  sniff (f->db_path);
  sniff (wal);
  out = robust_cli_ok (f->db_path, f->dir, "groups", NULL);
  g_assert_nonnull (strstr (out, "Groep een"));
  assert_side_files_kept (f->db_path);

  /* The application goes on writing: another process sees it. */
  add_group (DUAAL_STORE (store), "Groep twee");
  seen = robust_cli_ok (f->db_path, f->dir, "groups", NULL);
  g_assert_nonnull (strstr (seen, "Groep een"));
  g_assert_nonnull (strstr (seen, "Groep twee"));

  /* And so does the application itself after a restart. */
  add_group (DUAAL_STORE (store), "Groep drie");
  g_clear_object (&store);
  store = duaal_sqlite_store_open (f->db_path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_groups (DUAAL_STORE (store)), ==, 3);
}

/* Another process's writes are seen too, while the application keeps
 * its connection and closes descriptors of the database. */
static void
test_other_writer (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalSqliteStore) store = duaal_sqlite_store_open (f->db_path, &error);
  g_autofree char *out = NULL;

  g_assert_no_error (error);
  add_group (DUAAL_STORE (store), "Groep een");
  sniff (f->db_path);
  out = robust_cli_ok (f->db_path, f->dir, "add-group", "Groep twee", "--qualification", "LCK", NULL);
  sniff (f->db_path);
  add_group (DUAAL_STORE (store), "Groep drie");
  g_assert_cmpuint (count_groups (DUAAL_STORE (store)), ==, 3);
  g_clear_object (&store);

  g_free (out);
  out = robust_cli_ok (f->db_path, f->dir, "groups", NULL);
  g_assert_nonnull (strstr (out, "Groep een"));
  g_assert_nonnull (strstr (out, "Groep twee"));
  g_assert_nonnull (strstr (out, "Groep drie"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/db-safety/marked", test_marked);
  ADD ("/db-safety/unmarked-old-release", test_unmarked_old_release);
  ADD ("/db-safety/other-program-refused", test_other_program);
  ADD ("/db-safety/newer-schema-refused", test_newer_schema);
  ADD ("/db-safety/open-existing", test_open_existing);
  ADD ("/db-safety/made-private", test_made_private);
  ADD ("/db-safety/backup-dir-private", test_backup_dir_private);
  ADD ("/db-safety/backup-dir-link-refused", test_backup_dir_link_refused);
  ADD ("/db-safety/backup-dir-of-other-user", test_backup_dir_of_other_user);
  ADD ("/db-safety/legacy-backups-moved", test_legacy_backups_moved);
#undef ADD
  g_test_add_func ("/db-safety/read-only-is-run-time", test_read_only_is_run_time);
  g_test_add ("/db-safety/locks/export-then-read", Fixture, GINT_TO_POINTER (OPEN_WRITABLE),
              fixture_set_up_with_qualification, test_export_then_read, fixture_tear_down);
  g_test_add ("/db-safety/locks/export-then-read/read-only-first", Fixture,
              GINT_TO_POINTER (OPEN_READ_ONLY_FIRST),
              fixture_set_up_with_qualification, test_export_then_read, fixture_tear_down);
  g_test_add ("/db-safety/locks/export-then-read/first-connection-closed", Fixture,
              GINT_TO_POINTER (OPEN_TWO_FIRST_CLOSED),
              fixture_set_up_with_qualification, test_export_then_read, fixture_tear_down);
  g_test_add ("/db-safety/locks/other-writer", Fixture, NULL,
              fixture_set_up_with_qualification, test_other_writer, fixture_tear_down);

  return g_test_run ();
}
