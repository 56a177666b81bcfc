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
 * Creates the file (and, for the default, its directory) when needed. */
DuaalSqliteStore *duaal_sqlite_store_open         (const char       *path,
                                                   GError          **error);
/* (transfer full) $XDG_DATA_HOME/duaal/duaal.db */
char             *duaal_sqlite_store_default_path (void);
const char       *duaal_sqlite_store_get_path     (DuaalSqliteStore *self);

/* The schema version this program writes (PRAGMA user_version). */
guint             duaal_sqlite_store_schema_version (void);

G_END_DECLS
