/* duaal-sqlite-backup.c: backups, restore and the damage check
 *
 * Every copy goes through the SQLite online backup API rather than a
 * file copy: a file copy taken while another process commits can mix
 * pages of two transactions, and would miss what still sits in the WAL.
 * The one exception is the safety copy of a database too damaged for
 * SQLite to read, which is copied byte for byte (with its WAL) so that
 * nothing is ever thrown away.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "duaal-error.h"
#include "duaal-sqlite-backup-private.h"
#include "duaal-sqlite-locks-private.h"

#define LEGACY_DIR_NAME   "backups"   /* before 0.2: shared by every database of the folder */
#define STAMP_FORMAT      "%Y%m%d-%H%M%S"
#define STAMP_LENGTH      15   /* YYYYmmdd-HHMMSS */
#define BUSY_TIMEOUT_MS   10000
#define BUSY_RETRIES      100  /* of 100 ms each, on top of the busy timeout */
#define MAX_SAME_SECOND   100  /* backups with one reason in one second */

static DuaalError
error_code_for_sqlite (int rc)
{
  switch (rc & 0xff)
    {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return DUAAL_ERROR_CORRUPT;
    case SQLITE_FULL:
      return DUAAL_ERROR_FULL;
    case SQLITE_READONLY:
    case SQLITE_PERM:
      return DUAAL_ERROR_READ_ONLY;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return DUAAL_ERROR_BUSY;
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
      return DUAAL_ERROR_IO;
    default:
      return DUAAL_ERROR_DATABASE;
    }
}

static gboolean
set_sqlite_error (GError     **error,
                  sqlite3     *db,
                  int          rc,
                  const char  *path)
{
  const char *why = db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc);

  g_set_error (error, DUAAL_ERROR, error_code_for_sqlite (rc),
               /* Translators: the first %s is a file name, the second SQLite's reason */
               _("The database “%s” could not be read or written: %s"), path, why);
  return FALSE;
}

/* ".<name>.backups" beside the database: the backups stay with the
 * database when it is moved or copied with its folder, and the hidden
 * name per database keeps two databases of one folder apart.  In a
 * folder others may write to (the system's temporary folder, a shared
 * folder) the name could have been taken by someone else first: see
 * check_private_dir(). */
static char *
backup_dir_for (const char *db_path)
{
  g_autofree char *dir = g_path_get_dirname (db_path);
  g_autofree char *base = g_path_get_basename (db_path);
  g_autofree char *name = g_strdup_printf (".%s.backups", base);

  return g_build_filename (dir, name, NULL);
}

static char *
legacy_dir_for (const char *db_path)
{
  g_autofree char *dir = g_path_get_dirname (db_path);
  return g_build_filename (dir, LEGACY_DIR_NAME, NULL);
}

static gboolean
is_valid_reason (const char *reason)
{
  if (reason == NULL || *reason == '\0')
    return FALSE;
  for (const char *p = reason; *p; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
      return FALSE;
  return TRUE;
}

/* The backup folder must be a real folder (not a link) of this user that
 * nobody else can enter: backups hold every learner's records, and a
 * folder someone else made could show them a coach's backups, or offer
 * the coach a forged one to restore.  Its mode is made 0700 if it was
 * looser. */
static gboolean
check_private_dir (const char  *dir,
                   GError     **error)
{
  struct stat st;

  if (g_lstat (dir, &st) != 0)
    {
      int saved = errno;
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_IO,
                   _("Could not use the backup folder “%s”: %s"), dir, g_strerror (saved));
      return FALSE;
    }
  if (!S_ISDIR (st.st_mode) || st.st_uid != getuid ())
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_IO,
                   _("The backup folder “%s” belongs to another user or is not a folder: "
                     "no backup is kept there. Move the database to a folder of your own."),
                   dir);
      return FALSE;
    }
  if ((st.st_mode & (S_IRWXG | S_IRWXO)) != 0 && g_chmod (dir, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_IO,
                   _("Could not make the backup folder “%s” private: %s"), dir, g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}

static gboolean
ensure_backup_dir (const char  *dir,
                   GError     **error)
{
  if (g_mkdir (dir, 0700) != 0 && errno != EEXIST)
    {
      int saved = errno;
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_IO,
                   _("Could not create the backup folder “%s”: %s"),
                   dir, g_strerror (saved));
      return FALSE;
    }
  return check_private_dir (dir, error);
}

/* Whether the shared "backups" folder of earlier versions may be
 * trusted: this user's, and nobody else may write into it. */
static gboolean
is_trusted_legacy_dir (const char *dir)
{
  struct stat st;

  return g_lstat (dir, &st) == 0 && S_ISDIR (st.st_mode) && st.st_uid == getuid ()
      && (st.st_mode & (S_IWGRP | S_IWOTH)) == 0;
}

/* Creates an empty file of mode 0600 that did not exist before, trying
 * "-2", "-3", ... after the reason when a backup of the same second and
 * reason exists already. */
static char *
create_backup_file (const char  *dir,
                    const char  *base,
                    const char  *stamp,
                    const char  *reason,
                    GError     **error)
{
  for (guint n = 1; n <= MAX_SAME_SECOND; n++)
    {
      g_autofree char *name = n == 1
        ? g_strdup_printf ("%s.%s.%s.db", base, stamp, reason)
        : g_strdup_printf ("%s.%s.%s-%u.db", base, stamp, reason, n);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      int fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);

      if (fd >= 0)
        {
          /* The umask can only take bits away, but be explicit. */
          fchmod (fd, 0600);
          close (fd);
          return g_steal_pointer (&path);
        }
      if (errno != EEXIST)
        {
          int saved = errno;
          g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_IO,
                       _("Could not create the backup “%s”: %s"),
                       path, g_strerror (saved));
          return NULL;
        }
    }
  g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_IO,
               _("Too many backups of “%s” in one second"), base);
  return NULL;
}

/* Removes a database file with the journal files SQLite may have left
 * beside it. */
static void
remove_database_files (const char *path)
{
  static const char *suffixes[] = { "", "-journal", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      g_unlink (file);
    }
}

static sqlite3 *
open_database (const char  *path,
               int          flags,
               GError     **error)
{
  sqlite3 *db = NULL;
  int rc;

  /* Before SQLite opens a descriptor: see duaal-sqlite-locks.c. */
  duaal_sqlite_locks_install ();
  rc = sqlite3_open_v2 (path, &db, flags, NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, db, rc, path);
      sqlite3_close (db);
      return NULL;
    }
  sqlite3_extended_result_codes (db, 1);
  sqlite3_busy_timeout (db, BUSY_TIMEOUT_MS);
  return db;
}

/* Runs the backup API until every page is copied; a writer holding the
 * source only delays it. */
static int
run_backup (sqlite3 *dst,
            sqlite3 *src)
{
  sqlite3_backup *backup = sqlite3_backup_init (dst, "main", src, "main");
  int rc;

  if (backup == NULL)
    return sqlite3_errcode (dst);

  for (guint tries = 0;; tries++)
    {
      rc = sqlite3_backup_step (backup, -1);
      if ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && tries < BUSY_RETRIES)
        {
          sqlite3_sleep (100);
          continue;
        }
      break;
    }
  sqlite3_backup_finish (backup);
  if (rc == SQLITE_DONE)
    rc = sqlite3_errcode (dst);
  return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

/* Copies the database at src_path into the existing, empty file
 * dst_path and puts the copy in rollback-journal mode, so that it can be
 * opened later without write access and without -wal or -shm files. */
static gboolean
copy_database (const char  *src_path,
               const char  *dst_path,
               GError     **error)
{
  sqlite3 *src = NULL;
  sqlite3 *dst = NULL;
  gboolean ok = FALSE;
  int rc;

  src = open_database (src_path, SQLITE_OPEN_READONLY, error);
  if (src == NULL)
    goto out;
  dst = open_database (dst_path, SQLITE_OPEN_READWRITE, error);
  if (dst == NULL)
    goto out;

  rc = run_backup (dst, src);
  if (rc != SQLITE_OK)
    {
      /* The source's message says why when it was the source that failed. */
      set_sqlite_error (error, sqlite3_errcode (src) != SQLITE_OK ? src : dst, rc, src_path);
      goto out;
    }
  rc = sqlite3_exec (dst, "PRAGMA journal_mode=DELETE", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, dst, rc, dst_path);
      goto out;
    }
  ok = TRUE;

out:
  sqlite3_close (src);
  sqlite3_close (dst);
  return ok;
}

static char *prepare_backup_dir (const char  *db_path,
                                 GError     **error);

gboolean
duaal_sqlite_backup_create_at (const char  *db_path,
                               const char  *reason,
                               GDateTime   *now,
                               char       **out_path,
                               GError     **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *stamp = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (db_path != NULL, FALSE);
  g_return_val_if_fail (now != NULL, FALSE);

  if (!is_valid_reason (reason))
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   _("“%s” is not a valid reason for a backup: use lower-case letters, digits and “-”"),
                   reason != NULL ? reason : "");
      return FALSE;
    }
  if (!g_file_test (db_path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND,
                   _("There is no database “%s” to back up"), db_path);
      return FALSE;
    }

  dir = prepare_backup_dir (db_path, error);
  if (dir == NULL)
    return FALSE;
  base = g_path_get_basename (db_path);
  stamp = g_date_time_format (now, STAMP_FORMAT);
  path = create_backup_file (dir, base, stamp, reason, error);
  if (path == NULL)
    return FALSE;

  if (!copy_database (db_path, path, error))
    {
      remove_database_files (path);
      return FALSE;
    }
  if (out_path != NULL)
    *out_path = g_steal_pointer (&path);
  return TRUE;
}

gboolean
duaal_sqlite_backup_create (const char  *db_path,
                            const char  *reason,
                            char       **out_path,
                            GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  return duaal_sqlite_backup_create_at (db_path, reason, now, out_path, error);
}

/* Splits "<stamp>.<reason>" out of a backup's file name, checking that
 * the name starts with `base` (when given) followed by a dot and that
 * nothing else is in between, so that the backups of "duaal" are not
 * mistaken for those of "duaal.db". */
static gboolean
parse_backup_name (const char  *name,
                   const char  *base,
                   GDateTime  **out_time,
                   char       **out_reason)
{
  g_autofree char *rest = NULL;
  g_autofree char *reason = NULL;
  const char *stamp;
  const char *dot;
  int y, mo, d, h, mi, s;
  char tail;
  GDateTime *time;

  if (!g_str_has_suffix (name, ".db"))
    return FALSE;
  rest = g_strndup (name, strlen (name) - strlen (".db"));

  /* The reason is after the last dot, the stamp after the one before. */
  dot = strrchr (rest, '.');
  if (dot == NULL || !is_valid_reason (dot + 1))
    return FALSE;
  reason = g_strdup (dot + 1);
  rest[dot - rest] = '\0';
  dot = strrchr (rest, '.');
  if (dot == NULL || strlen (dot + 1) != STAMP_LENGTH)
    return FALSE;
  stamp = dot + 1;
  if (base != NULL && ((gsize) (dot - rest) != strlen (base) || strncmp (rest, base, dot - rest) != 0))
    return FALSE;

  if (sscanf (stamp, "%4d%2d%2d-%2d%2d%2d%c", &y, &mo, &d, &h, &mi, &s, &tail) != 6)
    return FALSE;
  time = g_date_time_new_local (y, mo, d, h, mi, s);
  if (time == NULL)
    return FALSE;

  if (out_time != NULL)
    *out_time = time;
  else
    g_date_time_unref (time);
  if (out_reason != NULL)
    *out_reason = g_steal_pointer (&reason);
  return TRUE;
}

gboolean
duaal_sqlite_backup_describe (const char  *backup_path,
                              GDateTime  **out_time,
                              char       **out_reason)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (backup_path != NULL, FALSE);

  name = g_path_get_basename (backup_path);
  return parse_backup_name (name, NULL, out_time, out_reason);
}

typedef struct {
  char      *path;
  GDateTime *time;
  gint64     mtime_ns;  /* orders backups made within one second */
} BackupEntry;

static void
backup_entry_free (gpointer data)
{
  BackupEntry *entry = data;

  g_free (entry->path);
  g_date_time_unref (entry->time);
  g_free (entry);
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const BackupEntry *x = *(BackupEntry * const *) a;
  const BackupEntry *y = *(BackupEntry * const *) b;
  int by_time = g_date_time_compare (y->time, x->time);

  if (by_time != 0)
    return by_time;
  if (x->mtime_ns != y->mtime_ns)
    return x->mtime_ns < y->mtime_ns ? 1 : -1;
  return g_strcmp0 (y->path, x->path);
}

static gint64
mtime_ns_of (const char *path)
{
  struct stat st;

  if (stat (path, &st) != 0)
    return 0;
  return (gint64) st.st_mtim.tv_sec * G_GINT64_CONSTANT (1000000000) + st.st_mtim.tv_nsec;
}

/* Adds the backups of the database called @base found in @dir_path. */
static gboolean
collect_backups (GPtrArray   *entries,
                 const char  *dir_path,
                 const char  *base,
                 GError     **error)
{
  GDir *dir = g_dir_open (dir_path, 0, error);
  const char *name;

  if (dir == NULL)
    {
      g_prefix_error (error, _("Could not read the backup folder: "));
      return FALSE;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      GDateTime *time = NULL;
      BackupEntry *entry;

      if (!parse_backup_name (name, base, &time, NULL))
        continue;
      entry = g_new0 (BackupEntry, 1);
      entry->path = g_build_filename (dir_path, name, NULL);
      entry->time = time;
      entry->mtime_ns = mtime_ns_of (entry->path);
      g_ptr_array_add (entries, entry);
    }
  g_dir_close (dir);
  return TRUE;
}

/* Moves the backups of @db_path that an earlier version kept in the
 * shared "backups" folder into the private one, @dir, with the WAL a
 * byte copy may have; the old folder goes when nothing else is left in
 * it.  A backup that cannot be moved is listed from where it is. */
static void
move_legacy_backups (const char *db_path,
                     const char *dir)
{
  g_autofree char *legacy = legacy_dir_for (db_path);
  g_autofree char *base = g_path_get_basename (db_path);
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (backup_entry_free);

  if (!is_trusted_legacy_dir (legacy) || !collect_backups (entries, legacy, base, NULL))
    return;
  for (guint i = 0; i < entries->len; i++)
    {
      BackupEntry *entry = g_ptr_array_index (entries, i);
      g_autofree char *name = g_path_get_basename (entry->path);
      g_autofree char *target = g_build_filename (dir, name, NULL);
      g_autofree char *wal = g_strconcat (entry->path, "-wal", NULL);
      g_autofree char *target_wal = g_strconcat (target, "-wal", NULL);

      if (g_file_test (target, G_FILE_TEST_EXISTS) || g_rename (entry->path, target) != 0)
        continue;
      if (g_file_test (wal, G_FILE_TEST_EXISTS))
        g_rename (wal, target_wal);
    }
  g_rmdir (legacy);
}

/* The private backup folder of @db_path, made if needed, with the
 * backups of earlier versions moved in. */
static char *
prepare_backup_dir (const char  *db_path,
                    GError     **error)
{
  g_autofree char *dir = backup_dir_for (db_path);

  if (!ensure_backup_dir (dir, error))
    return NULL;
  move_legacy_backups (db_path, dir);
  return g_steal_pointer (&dir);
}

GPtrArray *
duaal_sqlite_backup_list (const char  *db_path,
                          GError     **error)
{
  g_autofree char *dir_path = NULL;
  g_autofree char *legacy = NULL;
  g_autofree char *base = NULL;
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (backup_entry_free);
  GPtrArray *paths;

  g_return_val_if_fail (db_path != NULL, NULL);

  dir_path = backup_dir_for (db_path);
  legacy = legacy_dir_for (db_path);
  base = g_path_get_basename (db_path);

  /* Nothing is made or moved here: listing only reads. */
  if (g_file_test (dir_path, G_FILE_TEST_EXISTS) &&
      (!check_private_dir (dir_path, error) || !collect_backups (entries, dir_path, base, error)))
    return NULL;
  if (is_trusted_legacy_dir (legacy) && !collect_backups (entries, legacy, base, error))
    return NULL;

  g_ptr_array_sort (entries, compare_newest_first);
  paths = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < entries->len; i++)
    {
      BackupEntry *entry = g_ptr_array_index (entries, i);
      g_ptr_array_add (paths, g_steal_pointer (&entry->path));
    }
  return paths;
}

static gboolean
same_day (GDateTime *a,
          GDateTime *b)
{
  return g_date_time_get_year (a) == g_date_time_get_year (b)
      && g_date_time_get_day_of_year (a) == g_date_time_get_day_of_year (b);
}

/* Deletes all but the newest `keep` daily backups.  A backup that cannot
 * be deleted is only worth a warning: it costs disk space, not data. */
static void
rotate_daily (GPtrArray *backups,
              guint      keep)
{
  guint seen = 0;

  for (guint i = 0; i < backups->len; i++)
    {
      const char *path = g_ptr_array_index (backups, i);
      g_autofree char *reason = NULL;

      if (!duaal_sqlite_backup_describe (path, NULL, &reason) || !g_str_equal (reason, "daily"))
        continue;
      if (++seen <= keep)
        continue;
      remove_database_files (path);
      if (g_file_test (path, G_FILE_TEST_EXISTS))
        g_warning ("Could not delete the old backup %s", path);
    }
}

gboolean
duaal_sqlite_backup_daily_at (const char  *db_path,
                              GDateTime   *now,
                              GError     **error)
{
  g_autoptr(GPtrArray) backups = NULL;
  gboolean have_today = FALSE;

  g_return_val_if_fail (db_path != NULL, FALSE);
  g_return_val_if_fail (now != NULL, FALSE);

  if (!g_file_test (db_path, G_FILE_TEST_EXISTS))
    return TRUE;

  backups = duaal_sqlite_backup_list (db_path, error);
  if (backups == NULL)
    return FALSE;
  for (guint i = 0; i < backups->len && !have_today; i++)
    {
      g_autoptr(GDateTime) time = NULL;
      g_autofree char *reason = NULL;

      if (duaal_sqlite_backup_describe (g_ptr_array_index (backups, i), &time, &reason))
        have_today = g_str_equal (reason, "daily") && same_day (time, now);
    }
  if (have_today)
    return TRUE;

  if (!duaal_sqlite_backup_create_at (db_path, "daily", now, NULL, error))
    return FALSE;

  g_clear_pointer (&backups, g_ptr_array_unref);
  backups = duaal_sqlite_backup_list (db_path, error);
  if (backups == NULL)
    return FALSE;
  rotate_daily (backups, DUAAL_SQLITE_BACKUP_DAILY_KEEP);
  return TRUE;
}

gboolean
duaal_sqlite_backup_daily (const char  *db_path,
                           GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  return duaal_sqlite_backup_daily_at (db_path, now, error);
}

/* Runs PRAGMA quick_check; on damage (or a file SQLite cannot read as a
 * database) sets *out_problem to what SQLite found and returns FALSE
 * without an error.  Other failures (locked, unreadable) set error. */
static gboolean
run_quick_check (const char  *path,
                 int          flags,
                 char       **out_problem,
                 GError     **error)
{
  sqlite3 *db = open_database (path, flags, error);
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;
  int rc;

  if (db == NULL)
    return FALSE;

  rc = sqlite3_prepare_v2 (db, "PRAGMA quick_check", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      const char *result = (const char *) sqlite3_column_text (stmt, 0);
      ok = g_strcmp0 (result, "ok") == 0;
      if (!ok)
        *out_problem = g_strdup (result != NULL ? result : "?");
    }
  else if (error_code_for_sqlite (rc) == DUAAL_ERROR_CORRUPT)
    *out_problem = g_strdup (sqlite3_errmsg (db));
  else
    set_sqlite_error (error, db, rc, path);

  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return ok;
}

static void
set_corrupt_error (GError     **error,
                   const char  *db_path,
                   const char  *problem)
{
  g_autoptr(GPtrArray) backups = duaal_sqlite_backup_list (db_path, NULL);
  g_autoptr(GDateTime) time = NULL;

  g_debug ("quick_check of %s: %s", db_path, problem);

  if (backups != NULL && backups->len > 0
      && duaal_sqlite_backup_describe (g_ptr_array_index (backups, 0), &time, NULL))
    {
      g_autofree char *when = g_date_time_format (time, "%Y-%m-%d %H:%M");
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_CORRUPT,
                   /* Translators: %s are the database file, the backup's date and time, its file */
                   _("The database “%s” is damaged. The latest backup is from %s (“%s”): "
                     "restore it with “Restore from backup”. The damaged file is kept as it is."),
                   db_path, when, (const char *) g_ptr_array_index (backups, 0));
    }
  else
    g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_CORRUPT,
                 _("The database “%s” is damaged and there is no backup of it. "
                   "Keep the file and ask for help: do not delete it."),
                 db_path);
}

gboolean
duaal_sqlite_check (const char  *db_path,
                    GError     **error)
{
  g_autofree char *problem = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (db_path != NULL, FALSE);

  if (!g_file_test (db_path, G_FILE_TEST_EXISTS))
    return TRUE;
  if (run_quick_check (db_path, SQLITE_OPEN_READWRITE, &problem, &local_error))
    return TRUE;
  if (problem != NULL)
    set_corrupt_error (error, db_path, problem);
  else
    g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

/* Copies one file byte for byte into a new file of mode 0600. */
static gboolean
copy_bytes (const char  *src_path,
            const char  *dst_path,
            GError     **error)
{
  g_autoptr(GFile) src = g_file_new_for_path (src_path);
  g_autoptr(GFile) dst = g_file_new_for_path (dst_path);
  g_autoptr(GFileInputStream) in = NULL;
  g_autoptr(GFileOutputStream) out = NULL;

  in = g_file_read (src, NULL, error);
  if (in == NULL)
    return FALSE;
  out = g_file_replace (dst, NULL, FALSE, G_FILE_CREATE_PRIVATE, NULL, error);
  if (out == NULL)
    return FALSE;
  if (g_output_stream_splice (G_OUTPUT_STREAM (out), G_INPUT_STREAM (in),
                              G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE | G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET,
                              NULL, error) < 0)
    return FALSE;
  return TRUE;
}

/* The safety copy of the current database before a restore: through the
 * backup API when SQLite can still read it, else the file and its WAL as
 * they are, so that even a damaged database is never thrown away. */
static gboolean
save_current_database (const char  *db_path,
                       GError     **error)
{
  g_autoptr(GError) api_error = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *stamp = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *wal = NULL;

  if (!g_file_test (db_path, G_FILE_TEST_EXISTS))
    return TRUE;
  if (duaal_sqlite_backup_create (db_path, "before-restore", NULL, &api_error))
    return TRUE;
  g_debug ("Backup API could not copy %s (%s); copying its bytes", db_path, api_error->message);

  now = g_date_time_new_now_local ();
  dir = prepare_backup_dir (db_path, error);
  if (dir == NULL)
    return FALSE;
  base = g_path_get_basename (db_path);
  stamp = g_date_time_format (now, STAMP_FORMAT);
  copy = create_backup_file (dir, base, stamp, "before-restore", error);
  if (copy == NULL || !copy_bytes (db_path, copy, error))
    goto failed;

  /* "<copy>-wal" is where SQLite will look for the copy's WAL. */
  wal = g_strconcat (db_path, "-wal", NULL);
  if (g_file_test (wal, G_FILE_TEST_EXISTS))
    {
      g_autofree char *copy_wal = g_strconcat (copy, "-wal", NULL);
      if (!copy_bytes (wal, copy_wal, error))
        goto failed;
    }
  return TRUE;

failed:
  if (copy != NULL)
    remove_database_files (copy);
  g_prefix_error (error, _("Could not keep a copy of the current database, so nothing was restored: "));
  return FALSE;
}

static gboolean
sync_path (const char  *path,
           int          flags,
           GError     **error)
{
  int fd = g_open (path, flags | O_CLOEXEC, 0);
  int saved;

  if (fd >= 0 && fsync (fd) == 0)
    {
      close (fd);
      return TRUE;
    }
  saved = errno;
  if (fd >= 0)
    close (fd);
  g_set_error (error, DUAAL_ERROR, saved == ENOSPC ? DUAAL_ERROR_FULL : DUAAL_ERROR_IO,
               _("Could not write “%s” to disk: %s"), path, g_strerror (saved));
  return FALSE;
}

/* Builds the restored database in a temporary file beside db_path and
 * renames it over db_path: a crash leaves either the old or the new
 * database, never a mixture. */
static gboolean
replace_with_copy (const char  *db_path,
                   const char  *backup_path,
                   GError     **error)
{
  g_autofree char *tmp = g_strconcat (db_path, ".restoring", NULL);
  g_autofree char *dir = g_path_get_dirname (db_path);
  int fd;

  remove_database_files (tmp);
  fd = g_open (tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_IO,
                   _("Could not create “%s”: %s"), tmp, g_strerror (saved));
      return FALSE;
    }
  fchmod (fd, 0600);
  close (fd);

  if (!copy_database (backup_path, tmp, error) || !sync_path (tmp, O_RDONLY, error))
    {
      remove_database_files (tmp);
      return FALSE;
    }

  /* The old WAL and journal belong to the old file (and are in the safety
   * copy): left beside the new file, SQLite would replay them into it. */
  for (guint i = 0; i < 3; i++)
    {
      static const char *suffixes[] = { "-wal", "-shm", "-journal" };
      g_autofree char *file = g_strconcat (db_path, suffixes[i], NULL);
      g_unlink (file);
    }

  if (g_rename (tmp, db_path) != 0)
    {
      int saved = errno;
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_IO,
                   _("Could not put the backup in place of “%s”: %s"), db_path, g_strerror (saved));
      remove_database_files (tmp);
      return FALSE;
    }
  return sync_path (dir, O_RDONLY | O_DIRECTORY, error);
}

gboolean
duaal_sqlite_backup_restore (const char  *db_path,
                             const char  *backup_path,
                             GError     **error)
{
  g_autofree char *problem = NULL;

  g_return_val_if_fail (db_path != NULL, FALSE);
  g_return_val_if_fail (backup_path != NULL, FALSE);

  if (!g_file_test (backup_path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND,
                   _("The backup “%s” does not exist"), backup_path);
      return FALSE;
    }
  if (!run_quick_check (backup_path, SQLITE_OPEN_READONLY, &problem, error))
    {
      if (problem != NULL)
        g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_CORRUPT,
                     _("The backup “%s” is damaged too; choose an older one"), backup_path);
      return FALSE;
    }

  if (!save_current_database (db_path, error))
    return FALSE;
  return replace_with_copy (db_path, backup_path, error);
}

gboolean
duaal_sqlite_backup_at_start_up_at (const char  *db_path,
                                    GDateTime   *now,
                                    GError     **error)
{
  g_autoptr(GError) backup_error = NULL;

  g_return_val_if_fail (db_path != NULL, FALSE);

  if (!duaal_sqlite_check (db_path, error))
    return FALSE;
  if (!duaal_sqlite_backup_daily_at (db_path, now, &backup_error))
    g_warning ("No daily backup of %s: %s", db_path, backup_error->message);
  return TRUE;
}

gboolean
duaal_sqlite_backup_at_start_up (const char  *db_path,
                                 GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  return duaal_sqlite_backup_at_start_up_at (db_path, now, error);
}
