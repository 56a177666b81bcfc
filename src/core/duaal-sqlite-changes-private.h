/* duaal-sqlite-changes-private.h: change notices of one SQLite connection
 *
 * The SQLite backend's half of SPEC section 12.  Temporary triggers on
 * the connection collect what each write transaction touches (the
 * backend's write code needs to know nothing of it); just before COMMIT
 * they are written to the shared change_log table, tagged with this
 * connection's random origin, and after COMMIT emitted as
 * DuaalStore::changed.  Another connection (another window, duaal-cli,
 * another process) notices new rows when PRAGMA data_version moves and
 * emits the rows of every origin but its own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "duaal-change.h"

G_BEGIN_DECLS

typedef struct _DuaalSqliteChanges DuaalSqliteChanges;

/* NULL (without error) when the database has no change_log (a schema
 * older than version 3, as tests make them): then nothing is noticed. */
DuaalSqliteChanges *duaal_sqlite_changes_new     (sqlite3             *db,
                                                  GError             **error);
void                duaal_sqlite_changes_free    (DuaalSqliteChanges  *self);
sqlite3            *duaal_sqlite_changes_get_db  (DuaalSqliteChanges  *self);

/* Inside a write transaction, just before COMMIT: moves what the
 * transaction touched into change_log and appends one DuaalChange per
 * notice to @changes (element-type DuaalChange). */
gboolean            duaal_sqlite_changes_flush   (DuaalSqliteChanges  *self,
                                                  GPtrArray           *changes,
                                                  GError             **error);
/* (A ROLLBACK undoes the temporary rows with the rest of the transaction.) */

/* Outside any transaction: the notices that other connections committed
 * since the last call (none when PRAGMA data_version has not moved),
 * appended to @changes.  The first call only takes note of where the log
 * stands.  A gap (rows pruned before they were read) gives one change of
 * kind DUAAL_CHANGE_ALL. */
/* Takes @seq as where the log stood when watching began: the next poll
 * reports every later row of other connections. */
void                duaal_sqlite_changes_start_from (DuaalSqliteChanges *self,
                                                     gint64              seq);
gboolean            duaal_sqlite_changes_poll    (DuaalSqliteChanges  *self,
                                                  GPtrArray           *changes,
                                                  GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DuaalSqliteChanges, duaal_sqlite_changes_free)

G_END_DECLS
