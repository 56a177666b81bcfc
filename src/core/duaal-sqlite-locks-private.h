/* duaal-sqlite-locks-private.h: SQLite's file locks that survive close()
 *
 * See duaal-sqlite-locks.c for why and how.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Makes SQLite's unix VFS lock through one Linux open file description
 * per file and process.  Idempotent and thread-safe; it runs by itself
 * when a program linking the store starts, and every opener of a
 * database calls it again so that no connection can come first. */
void duaal_sqlite_locks_install (void);

G_END_DECLS
