/* duaal-sqlite-backup.h: copies of a SQLite database, and their use
 *
 * Backups live beside the database in a hidden folder of its own,
 * `<dir>/.<basename>.backups/`, named
 * `<basename>.<YYYYmmdd-HHMMSS>.<reason>.db` (local time), made through
 * the SQLite online backup API so that a copy taken while another
 * process writes is still one consistent snapshot.  The folder is
 * created with mode 0700 (a looser one of this user is made 0700) and
 * every copy with mode 0600: learners' records are not for other users
 * of the machine.  A folder of that name that belongs to another user,
 * or is a symbolic link, is refused (DUAAL_ERROR_IO): in a folder others
 * may write to, such as the system's temporary folder, it could have
 * been made to read or to forge backups.  Backups that earlier versions
 * kept in a shared `<dir>/backups/` are listed from there while that
 * folder is this user's and closed to others, and moved into the private
 * folder at the next backup.  Copies are written in rollback-journal
 * mode, so that they can be read without write access.
 *
 * Reasons in use: "daily" (at start-up, see duaal_sqlite_backup_daily()),
 * "pre-migration" (by the store before it changes the schema),
 * "before-restore" (the safety copy duaal_sqlite_backup_restore() makes)
 * and "manual".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The number of daily backups kept; older daily ones are deleted. */
#define DUAAL_SQLITE_BACKUP_DAILY_KEEP 7

gboolean   duaal_sqlite_backup_create   (const char  *db_path,
                                         const char  *reason,
                                         char       **out_path,
                                         GError     **error);

/* Makes a "daily" backup unless one of today exists already, then
 * deletes all but the newest DUAAL_SQLITE_BACKUP_DAILY_KEEP daily ones.
 * Does nothing when db_path does not exist yet. */
gboolean   duaal_sqlite_backup_daily    (const char  *db_path,
                                         GError     **error);

/* (element-type filename) (transfer full): full paths of the backups of
 * db_path, newest first; empty when there are none. */
GPtrArray *duaal_sqlite_backup_list     (const char  *db_path,
                                         GError     **error);

/* Reads the time and reason out of a backup's file name, for showing
 * the list to a coach.  FALSE when the name is not a backup's. */
gboolean   duaal_sqlite_backup_describe (const char  *backup_path,
                                         GDateTime  **out_time,
                                         char       **out_reason);

/* Replaces the database at db_path by the backup at backup_path.
 *
 * The backup is checked first (a damaged backup is refused), the current
 * file is copied to a "before-restore" backup (byte for byte when it is
 * too damaged for SQLite to read), then the backup is copied with the
 * backup API into a temporary file that atomically replaces db_path.
 *
 * Nobody may have db_path open while this runs: the application closes
 * its store first and opens it again afterwards.  A process that kept a
 * handle would go on writing to the replaced file. */
gboolean   duaal_sqlite_backup_restore  (const char  *db_path,
                                         const char  *backup_path,
                                         GError     **error);

/* Runs PRAGMA quick_check on db_path.  A damaged file fails with
 * DUAAL_ERROR_CORRUPT and a message that names the latest backup, if
 * any; the file itself is never touched.  A file that does not exist
 * yet passes (there is nothing to lose). */
gboolean   duaal_sqlite_check           (const char  *db_path,
                                         GError     **error);

/* duaal_sqlite_check(), then, only for a sound file, the day's backup
 * (so that a damaged database never pushes a good backup out of the
 * rotation).  Fails only for a damaged or unreadable database; a backup
 * that cannot be made is logged with g_warning(), because the coach's
 * work comes first.  The application does the same in three steps, the
 * check, opening the store, the backup, so that a file the store
 * refuses (another program's, a newer Duaal's) gets no backup folder. */
gboolean   duaal_sqlite_backup_at_start_up (const char  *db_path,
                                            GError     **error);

G_END_DECLS
