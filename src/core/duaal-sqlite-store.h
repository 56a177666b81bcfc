/* duaal-sqlite-store.h: the SQLite backend of DuaalStore
 *
 * One file per database, by default $XDG_DATA_HOME/duaal/duaal.db,
 * created with mode 0600 in a directory with mode 0700: it holds
 * learners' records.  The schema is versioned (PRAGMA user_version) and
 * upgraded on open, after a backup copy beside the file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "duaal-store.h"

G_BEGIN_DECLS

#define DUAAL_TYPE_SQLITE_STORE (duaal_sqlite_store_get_type ())
G_DECLARE_FINAL_TYPE (DuaalSqliteStore, duaal_sqlite_store, DUAAL, SQLITE_STORE, GObject)

/* @path: (nullable) the database file; NULL for the default one.
 * Creates the file (and, for the default, its directory) when needed.
 * Before anything is written, even the journal mode, the file must be a
 * Duaal database (PRAGMA application_id, or the tables of the first
 * releases) of a schema version this program knows: another program's
 * file fails with DUAAL_ERROR_INVALID_FILE, a newer database with
 * DUAAL_ERROR_DATABASE, both left exactly as they were.  An existing
 * database that others may read is made private (mode 0600). */
DuaalSqliteStore *duaal_sqlite_store_open         (const char       *path,
                                                   GError          **error);
/* As duaal_sqlite_store_open(), but a missing file is not created:
 * DUAAL_ERROR_NOT_FOUND.  For whoever only reads. */
DuaalSqliteStore *duaal_sqlite_store_open_existing (const char      *path,
                                                    GError         **error);
/* Opens an existing database of this program's schema version for
 * reading only, exactly as it is: nothing is created, configured or
 * upgraded.  This is how a large database is shown while it is being
 * checked; every write fails with DUAAL_ERROR_READ_ONLY until
 * duaal_sqlite_store_make_writable().  DUAAL_ERROR_NOT_FOUND when the
 * file does not exist, DUAAL_ERROR_DATABASE when it is another schema
 * version (duaal_sqlite_store_open() upgrades it), DUAAL_ERROR_CORRUPT
 * when SQLite cannot read it, DUAAL_ERROR_INVALID_FILE for another
 * program's file. */
DuaalSqliteStore *duaal_sqlite_store_open_read_only (const char       *path,
                                                     GError          **error);
/* Reopens a read-only store for writing as duaal_sqlite_store_open()
 * would, keeping the object, so that whoever holds it goes on.  On
 * failure the store stays read-only. */
gboolean          duaal_sqlite_store_make_writable  (DuaalSqliteStore *self,
                                                     GError          **error);
/* (transfer full) $XDG_DATA_HOME/duaal/duaal.db */
char             *duaal_sqlite_store_default_path (void);


G_END_DECLS
