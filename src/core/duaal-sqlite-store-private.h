/* duaal-sqlite-store-private.h: for tests and the backup tools only
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "duaal-sqlite-store.h"

G_BEGIN_DECLS

/* Opens (and migrates) only up to @target_version, so tests can make a
 * database as an older Duaal left it. */
DuaalSqliteStore *duaal_sqlite_store_open_at_version (const char       *path,
                                                      guint             target_version,
                                                      GError          **error);
/* (transfer none) the connection, e.g. to set PRAGMA max_page_count in a test */
sqlite3          *duaal_sqlite_store_get_db          (DuaalSqliteStore *self);

const char       *duaal_sqlite_store_get_path     (DuaalSqliteStore *self);

gboolean          duaal_sqlite_store_is_writable    (DuaalSqliteStore *self);

/* The schema version this program writes (PRAGMA user_version). */
guint             duaal_sqlite_store_schema_version (void);

G_END_DECLS
