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

/* For the backend's other files (duaal-sqlite-contexts.c, ...): a
 * transaction body, run by run_write inside BEGIN IMMEDIATE ... COMMIT
 * (retried when busy, so it must start from @data's inputs each time;
 * change notices follow from the triggers) or by run_read in one
 * consistent read. */
typedef gboolean (*DuaalSqliteTxnFunc) (DuaalSqliteStore *self,
                                        gpointer          data,
                                        GError          **error);
gboolean          duaal_sqlite_store_run_write      (DuaalSqliteStore    *self,
                                                     DuaalSqliteTxnFunc   func,
                                                     gpointer             data,
                                                     GError             **error);
gboolean          duaal_sqlite_store_run_read       (DuaalSqliteStore    *self,
                                                     DuaalSqliteTxnFunc   func,
                                                     gpointer             data,
                                                     GError             **error);
/* NULL binds SQL NULL */
void              duaal_sqlite_store_bind_text      (sqlite3_stmt      *stmt,
                                                     int                index,
                                                     const char        *text);
/* The row id of qualification @code (@version, 0 the latest); 0 with
 * DUAAL_ERROR_NOT_FOUND when there is none.  @self: the
 * DuaalSqliteStore (a gpointer, so the core's rules can call it:
 * DuaalPracticeFind). */
gint64            duaal_sqlite_store_find_qualification (gpointer           self,
                                                         const char        *code,
                                                         guint              version,
                                                         GError           **error);
/* Whether @code is a competence of qualification row @qualification_id:
 * 1 with *@position its place, 0 if not, -1 on error (a
 * DuaalPracticeLookup; @self the DuaalSqliteStore). */
int               duaal_sqlite_store_competence_position (gpointer          self,
                                                          gint64            qualification_id,
                                                          const char       *code,
                                                          gint64           *position,
                                                          GError          **error);
/* The existence checks of every write: FALSE with DUAAL_ERROR_NOT_FOUND
 * ("There is no learner with id 7") when the row is not there.  Out
 * arguments nullable; a learner's: their group and its qualification. */
gboolean          duaal_sqlite_store_require_group   (DuaalSqliteStore  *self,
                                                      gint64             group_id,
                                                      gint64            *qualification_id,
                                                      GError           **error);
gboolean          duaal_sqlite_store_require_company (DuaalSqliteStore  *self,
                                                      gint64             company_id,
                                                      GError           **error);
gboolean          duaal_sqlite_store_require_learner (DuaalSqliteStore  *self,
                                                      gint64             learner_id,
                                                      gint64            *group_id,
                                                      gint64            *qualification_id,
                                                      GError           **error);
/* Runs @sql with up to three int64 parameters (as many as it has). */
gboolean          duaal_sqlite_store_exec_ids       (DuaalSqliteStore  *self,
                                                     const char        *sql,
                                                     gint64             a,
                                                     gint64             b,
                                                     gint64             c,
                                                     GError           **error);
/* (transfer full) a statement to sqlite3_finalize (), errors as DUAAL_ERROR */
sqlite3_stmt     *duaal_sqlite_store_prepare        (DuaalSqliteStore  *self,
                                                     const char        *sql,
                                                     GError           **error);
/* 1 for a row, 0 when done, -1 on error (set) */
int               duaal_sqlite_store_step           (DuaalSqliteStore  *self,
                                                     sqlite3_stmt      *stmt,
                                                     GError           **error);
gboolean          duaal_sqlite_store_step_done      (DuaalSqliteStore  *self,
                                                     sqlite3_stmt      *stmt,
                                                     GError           **error);

/* The schema version this program writes (PRAGMA user_version). */
guint             duaal_sqlite_store_schema_version (void);

G_END_DECLS
