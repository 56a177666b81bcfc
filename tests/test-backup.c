/* test-backup.c: backups are private, rotated, restorable, and damage
 * is reported, never papered over
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>

#include "duaal-demo.h"
#include "duaal-error.h"
#include "duaal-sqlite-backup-private.h"
#include "duaal-sqlite-store.h"

typedef struct {
  char *dir;
  char *db_path;
} Fixture;

static void
remove_tree (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          remove_tree (child);
        }
      g_dir_close (dir);
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("duaal-backup-XXXXXX", &error);
  g_assert_no_error (error);
  f->db_path = g_build_filename (f->dir, "duaal.db", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  remove_tree (f->dir);
  g_free (f->db_path);
  g_free (f->dir);
}

static void
exec_sql (sqlite3    *db,
          const char *sql)
{
  char *message = NULL;
  int rc = sqlite3_exec (db, sql, NULL, NULL, &message);

  if (rc != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

static sqlite3 *
open_db (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 5000);
  return db;
}

/* Inserts rows first..last, each with a text long enough that a few
 * thousand rows fill many pages. */
static void
insert_rows (sqlite3 *db,
             int      first,
             int      last)
{
  g_autofree char *sql = g_strdup_printf (
    "WITH RECURSIVE n(i) AS (SELECT %d UNION ALL SELECT i + 1 FROM n WHERE i < %d) "
    "INSERT INTO t (id, body) SELECT i, printf('score %%08d ', i) || hex(zeroblob(40)) FROM n",
    first, last);
  exec_sql (db, sql);
}

/* A database like the store's: WAL, with an index, rows 1..n. */
static void
make_db (const char *path,
         int         n)
{
  sqlite3 *db = open_db (path);

  exec_sql (db, "PRAGMA journal_mode=WAL");
  exec_sql (db, "CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT NOT NULL)");
  exec_sql (db, "CREATE INDEX t_body ON t (body)");
  insert_rows (db, 1, n);
  sqlite3_close (db);
  g_assert_cmpint (g_chmod (path, 0600), ==, 0);
}

static int
query_int (const char *path,
           const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int value;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

static guint
mode_of (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 07777;
}

static GDateTime *
day (int d)
{
  return g_date_time_new_local (2026, 3, d, 7, 30, 0);
}

static guint
count_with_reason (GPtrArray  *backups,
                   const char *wanted)
{
  guint n = 0;

  for (guint i = 0; i < backups->len; i++)
    {
      g_autofree char *reason = NULL;
      g_assert_true (duaal_sqlite_backup_describe (g_ptr_array_index (backups, i), NULL, &reason));
      n += g_str_equal (reason, wanted);
    }
  return n;
}

/* The copy has every committed row, including those still in the WAL
 * of a connection that is open, and is private to its owner. */
static void
test_create (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *backups_dir = g_build_filename (f->dir, ".duaal.db.backups", NULL);
  g_autofree char *expected_prefix = NULL;
  g_autofree char *copy_wal = NULL;
  g_autofree char *reason = NULL;
  g_autoptr(GDateTime) time = NULL;
  g_autoptr(GDateTime) now = day (14);
  sqlite3 *writer;

  make_db (f->db_path, 500);
  writer = open_db (f->db_path);
  exec_sql (writer, "PRAGMA wal_autocheckpoint=0");
  insert_rows (writer, 501, 700);

  g_assert_true (duaal_sqlite_backup_create_at (f->db_path, "manual", now, &path, &error));
  g_assert_no_error (error);
  sqlite3_close (writer);

  expected_prefix = g_build_filename (backups_dir, "duaal.db.20260314-073000.manual.db", NULL);
  g_assert_cmpstr (path, ==, expected_prefix);
  g_assert_cmpuint (mode_of (path), ==, 0600);
  g_assert_cmpuint (mode_of (backups_dir), ==, 0700);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM t"), ==, 700);
  g_assert_cmpint (query_int (path, "SELECT max(id) FROM t"), ==, 700);

  /* Rollback-journal mode: readable without write access, no -wal left. */
  copy_wal = g_strconcat (path, "-wal", NULL);
  g_assert_false (g_file_test (copy_wal, G_FILE_TEST_EXISTS));
  g_assert_true (duaal_sqlite_backup_describe (path, &time, &reason));
  g_assert_cmpstr (reason, ==, "manual");
  g_assert_cmpint (g_date_time_compare (time, now), ==, 0);
}

static void
test_create_refuses (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (duaal_sqlite_backup_create (f->db_path, "manual", NULL, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND);
  g_clear_error (&error);

  make_db (f->db_path, 10);
  g_assert_false (duaal_sqlite_backup_create (f->db_path, "../evil", NULL, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID);
}

/* Two backups in the same second with the same reason both survive, and
 * the list puts the later one first. */
static void
test_same_second (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = day (2);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autoptr(GPtrArray) backups = NULL;

  make_db (f->db_path, 10);
  g_assert_true (duaal_sqlite_backup_create_at (f->db_path, "manual", now, &first, &error));
  g_assert_no_error (error);
  g_usleep (20000);
  g_assert_true (duaal_sqlite_backup_create_at (f->db_path, "manual", now, &second, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (first, !=, second);
  g_assert_true (g_str_has_suffix (second, ".manual-2.db"));

  backups = duaal_sqlite_backup_list (f->db_path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (backups->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (backups, 0), ==, second);
  g_assert_cmpstr (g_ptr_array_index (backups, 1), ==, first);
}

/* Ten days of start-ups, some twice a day, leave the newest seven daily
 * backups and every backup made for another reason. */
static void
test_daily_rotation (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GDateTime) migration_day = day (1);

  make_db (f->db_path, 10);
  g_assert_true (duaal_sqlite_backup_create_at (f->db_path, "pre-migration", migration_day, NULL, &error));
  g_assert_no_error (error);

  for (int d = 1; d <= 10; d++)
    {
      g_autoptr(GDateTime) morning = day (d);
      g_autoptr(GDateTime) evening = g_date_time_add_hours (morning, 12);

      g_assert_true (duaal_sqlite_backup_daily_at (f->db_path, morning, &error));
      g_assert_no_error (error);
      g_assert_true (duaal_sqlite_backup_daily_at (f->db_path, evening, &error));
      g_assert_no_error (error);
    }

  backups = duaal_sqlite_backup_list (f->db_path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_with_reason (backups, "daily"), ==, DUAAL_SQLITE_BACKUP_DAILY_KEEP);
  g_assert_cmpuint (count_with_reason (backups, "pre-migration"), ==, 1);
  g_assert_cmpuint (backups->len, ==, 8);

  /* Newest first: days 10 down to 4, then the migration of day 1. */
  for (guint i = 0; i < DUAAL_SQLITE_BACKUP_DAILY_KEEP; i++)
    {
      g_autoptr(GDateTime) time = NULL;
      g_assert_true (duaal_sqlite_backup_describe (g_ptr_array_index (backups, i), &time, NULL));
      g_assert_cmpint (g_date_time_get_day_of_month (time), ==, 10 - (int) i);
      g_assert_cmpuint (mode_of (g_ptr_array_index (backups, i)), ==, 0600);
    }
}

static void
test_daily_without_database (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) backups = NULL;

  g_assert_true (duaal_sqlite_backup_daily (f->db_path, &error));
  g_assert_no_error (error);
  backups = duaal_sqlite_backup_list (f->db_path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (backups->len, ==, 0);
}

/* The backups of "duaal.db" are not those of "duaal.db.old" nor of
 * "duaal", even in the same folder; stray files are ignored. */
static void
test_list_only_own (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autofree char *other = g_build_filename (f->dir, "duaal", NULL);
  g_autofree char *stray = g_build_filename (f->dir, ".duaal.db.backups", "duaal.db.notes.db", NULL);

  make_db (f->db_path, 10);
  make_db (other, 10);
  g_assert_true (duaal_sqlite_backup_create (other, "manual", NULL, &error));
  g_assert_no_error (error);
  g_assert_true (duaal_sqlite_backup_create (f->db_path, "manual", NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (stray, "x", 1, NULL));

  backups = duaal_sqlite_backup_list (f->db_path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (backups->len, ==, 1);
  g_clear_pointer (&backups, g_ptr_array_unref);
  backups = duaal_sqlite_backup_list (other, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (backups->len, ==, 1);
}

/* Restore brings back exactly the backed-up rows, keeps a safety copy
 * of what it replaced, and leaves a private file. */
static void
test_restore (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  sqlite3 *db;

  make_db (f->db_path, 100);
  g_assert_true (duaal_sqlite_backup_create (f->db_path, "manual", &backup, &error));
  g_assert_no_error (error);

  /* Later work that the restore is to undo. */
  db = open_db (f->db_path);
  insert_rows (db, 101, 200);
  exec_sql (db, "DELETE FROM t WHERE id <= 10");
  exec_sql (db, "UPDATE t SET body = 'changed' WHERE id = 50");
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);

  g_assert_true (duaal_sqlite_backup_restore (f->db_path, backup, &error));
  g_assert_no_error (error);

  g_assert_cmpint (query_int (f->db_path, "SELECT count(*) FROM t"), ==, 100);
  g_assert_cmpint (query_int (f->db_path, "SELECT min(id) FROM t"), ==, 1);
  g_assert_cmpint (query_int (f->db_path, "SELECT count(*) FROM t WHERE body = 'changed'"), ==, 0);
  g_assert_cmpuint (mode_of (f->db_path), ==, 0600);
  g_assert_true (duaal_sqlite_check (f->db_path, &error));
  g_assert_no_error (error);

  backups = duaal_sqlite_backup_list (f->db_path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_with_reason (backups, "before-restore"), ==, 1);
  for (guint i = 0; i < backups->len; i++)
    {
      const char *path = g_ptr_array_index (backups, i);
      g_autofree char *reason = NULL;

      g_assert_cmpuint (mode_of (path), ==, 0600);
      duaal_sqlite_backup_describe (path, NULL, &reason);
      if (g_str_equal (reason, "before-restore"))
        {
          g_assert_cmpint (query_int (path, "SELECT count(*) FROM t"), ==, 190);
          g_assert_cmpint (query_int (path, "SELECT count(*) FROM t WHERE body = 'changed'"), ==, 1);
        }
    }
}

/* Overwrites four whole pages in the middle of the file: the B-tree
 * pages there get an impossible page type. */
static void
damage_file (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  gsize page = 4096;
  gsize middle;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >=, 16 * page);
  middle = (length / page / 2) * page;
  memset (contents + middle, 0x5a, 4 * page);
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  g_assert_cmpint (g_chmod (path, 0600), ==, 0);
}

static char *
checksum_of (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

static GBytes *
read_bytes (const char *path)
{
  char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_bytes_new_take (contents, length);
}

/* Whether one "before-restore" backup holds the same pages as `original`
 * (past the 100-byte header). */
static gboolean
kept_as_safety_copy (const char *db_path,
                     GBytes     *original)
{
  g_autoptr(GPtrArray) backups = duaal_sqlite_backup_list (db_path, NULL);

  for (guint i = 0; i < backups->len; i++)
    {
      const char *path = g_ptr_array_index (backups, i);
      g_autofree char *reason = NULL;
      g_autoptr(GBytes) copy = NULL;

      duaal_sqlite_backup_describe (path, NULL, &reason);
      if (!g_str_equal (reason, "before-restore"))
        continue;
      copy = read_bytes (path);
      if (g_bytes_get_size (copy) == g_bytes_get_size (original)
          && memcmp ((const char *) g_bytes_get_data (copy, NULL) + 100,
                     (const char *) g_bytes_get_data (original, NULL) + 100,
                     g_bytes_get_size (copy) - 100) == 0)
        return TRUE;
    }
  return FALSE;
}

/* A damaged file fails the check with CORRUPT, the message offers the
 * latest backup, and the damaged file is left exactly as it was. */
static void
test_damaged_detected (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GBytes) damaged = NULL;

  make_db (f->db_path, 3000);
  g_assert_true (duaal_sqlite_check (f->db_path, &error));
  g_assert_no_error (error);
  g_assert_true (duaal_sqlite_backup_create (f->db_path, "daily", &backup, &error));
  g_assert_no_error (error);

  damage_file (f->db_path);
  before = checksum_of (f->db_path);
  damaged = read_bytes (f->db_path);
  g_assert_false (duaal_sqlite_check (f->db_path, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, backup));
  after = checksum_of (f->db_path);
  g_assert_cmpstr (before, ==, after);

  /* The backup is untouched by the damage and can bring the data back;
   * the damaged file itself is kept as a safety copy, every page as it
   * was (only the header's journal mode and change counter differ). */
  g_clear_error (&error);
  g_assert_true (duaal_sqlite_backup_restore (f->db_path, backup, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (f->db_path, "SELECT count(*) FROM t"), ==, 3000);
  g_assert_true (duaal_sqlite_check (f->db_path, &error));
  g_assert_no_error (error);
  g_assert_true (kept_as_safety_copy (f->db_path, damaged));
}

/* The real thing: the demo class in a store's database, damaged.  The
 * check reports it, and opening the store on it never swaps in a new
 * empty database: whatever the store says, the damaged pages are still
 * in the file for a backup or a rescue to work from. */
static void
test_damaged_store_database (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalSqliteStore) store = NULL;
  g_autoptr(GBytes) damaged = NULL;
  g_autoptr(GBytes) after = NULL;
  gint64 group = 0;
  guint n_learners = 0;

  store = duaal_sqlite_store_open (f->db_path, &error);
  g_assert_no_error (error);
  g_assert_true (duaal_demo_load (DUAAL_STORE (store), &group, &n_learners, &error));
  g_assert_no_error (error);
  g_clear_object (&store);
  g_assert_true (duaal_sqlite_check (f->db_path, &error));
  g_assert_no_error (error);

  damage_file (f->db_path);
  damaged = read_bytes (f->db_path);
  g_assert_false (duaal_sqlite_check (f->db_path, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_CORRUPT);
  g_clear_error (&error);

  store = duaal_sqlite_store_open (f->db_path, &error);
  if (store != NULL)
    {
      g_autoptr(GPtrArray) groups = duaal_store_list_groups (DUAAL_STORE (store), &error);
      g_clear_object (&store);
    }
  g_clear_error (&error);
  after = read_bytes (f->db_path);
  g_assert_cmpuint (g_bytes_get_size (after), >=, g_bytes_get_size (damaged));
  g_assert_cmpmem ((const char *) g_bytes_get_data (after, NULL) + 100, g_bytes_get_size (damaged) - 100,
                   (const char *) g_bytes_get_data (damaged, NULL) + 100, g_bytes_get_size (damaged) - 100);
}

/* Seven days of start-ups on a damaged file would leave seven damaged
 * backups; the start-up refuses instead, and the good backups stay. */
static void
test_start_up (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) backups = NULL;

  make_db (f->db_path, 3000);
  for (int d = 1; d <= 3; d++)
    {
      g_autoptr(GDateTime) morning = day (d);
      g_assert_true (duaal_sqlite_backup_at_start_up_at (f->db_path, morning, &error));
      g_assert_no_error (error);
    }

  damage_file (f->db_path);
  for (int d = 4; d <= 12; d++)
    {
      g_autoptr(GDateTime) morning = day (d);
      g_assert_false (duaal_sqlite_backup_at_start_up_at (f->db_path, morning, &error));
      g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_CORRUPT);
      g_clear_error (&error);
    }

  backups = duaal_sqlite_backup_list (f->db_path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (backups->len, ==, 3);
  for (guint i = 0; i < backups->len; i++)
    {
      g_assert_true (duaal_sqlite_check (g_ptr_array_index (backups, i), &error));
      g_assert_no_error (error);
    }
}

static void
test_damaged_without_backup (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  make_db (f->db_path, 3000);
  damage_file (f->db_path);
  g_assert_false (duaal_sqlite_check (f->db_path, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_CORRUPT);
  g_assert_true (g_file_test (f->db_path, G_FILE_TEST_EXISTS));
}

/* A file that is not a database at all (e.g. a truncated download) is
 * damaged too, not something to start over from. */
static void
test_not_a_database (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *junk = g_strnfill (8192, 'j');

  g_assert_true (g_file_set_contents (f->db_path, junk, -1, NULL));
  g_assert_false (duaal_sqlite_check (f->db_path, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_CORRUPT);
}

/* A file SQLite cannot read at all is still kept, byte for byte, before
 * the backup replaces it. */
static void
test_restore_over_junk (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *junk = g_strnfill (8192, 'j');
  g_autoptr(GBytes) junk_bytes = NULL;

  make_db (f->db_path, 3000);
  g_assert_true (duaal_sqlite_backup_create (f->db_path, "daily", &backup, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (f->db_path, junk, -1, NULL));
  junk_bytes = read_bytes (f->db_path);

  g_assert_true (duaal_sqlite_backup_restore (f->db_path, backup, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (f->db_path, "SELECT count(*) FROM t"), ==, 3000);
  g_assert_cmpuint (mode_of (f->db_path), ==, 0600);
  g_assert_true (kept_as_safety_copy (f->db_path, junk_bytes));
}

static void
test_missing_passes (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (duaal_sqlite_check (f->db_path, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (f->db_path, G_FILE_TEST_EXISTS));
}

/* A damaged backup is refused and the database stays as it was. */
static void
test_restore_refuses_damaged_backup (Fixture       *f,
                                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  make_db (f->db_path, 3000);
  g_assert_true (duaal_sqlite_backup_create (f->db_path, "manual", &backup, &error));
  g_assert_no_error (error);
  damage_file (backup);
  before = checksum_of (f->db_path);

  g_assert_false (duaal_sqlite_backup_restore (f->db_path, backup, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_CORRUPT);
  after = checksum_of (f->db_path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (query_int (f->db_path, "SELECT count(*) FROM t"), ==, 3000);
}

#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);

  ADD ("/backup/create", test_create);
  ADD ("/backup/create-refuses", test_create_refuses);
  ADD ("/backup/same-second", test_same_second);
  ADD ("/backup/daily-rotation", test_daily_rotation);
  ADD ("/backup/daily-without-database", test_daily_without_database);
  ADD ("/backup/list-only-own", test_list_only_own);
  ADD ("/backup/restore", test_restore);
  ADD ("/backup/damaged-detected", test_damaged_detected);
  ADD ("/backup/damaged-store-database", test_damaged_store_database);
  ADD ("/backup/start-up", test_start_up);
  ADD ("/backup/damaged-without-backup", test_damaged_without_backup);
  ADD ("/backup/not-a-database", test_not_a_database);
  ADD ("/backup/restore-over-junk", test_restore_over_junk);
  ADD ("/backup/missing-passes", test_missing_passes);
  ADD ("/backup/restore-refuses-damaged-backup", test_restore_refuses_damaged_backup);

  return g_test_run ();
}
