/* duaal-pg-store-private.h: what the PostgreSQL backend's files share
 *
 * Every statement goes through duaal_pg_store_exec() with bound
 * parameters (prepared once per connection); every write through
 * duaal_pg_store_run_write(): one SERIALIZABLE transaction, retried
 * whole on a serialization failure or deadlock, its change notices
 * emitted after COMMIT.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libpq-fe.h>

#include "duaal-pg-store.h"

G_BEGIN_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PGresult, PQclear)

#define DUAAL_PG_MAX_PARAMS 16

/* Parameters in text form; NULL is SQL NULL. */
typedef struct {
  int         n;
  const char *values[DUAAL_PG_MAX_PARAMS];
  char        numbers[DUAAL_PG_MAX_PARAMS][24];
} DuaalPgParams;

void          duaal_pg_params_int      (DuaalPgParams *params, gint64 value);
/* @id 0 is NULL ("none"), as is a scale value 0 */
void          duaal_pg_params_id       (DuaalPgParams *params, gint64 id);
void          duaal_pg_params_text     (DuaalPgParams *params, const char *text);

typedef gboolean (*DuaalPgTxnFunc) (DuaalPgStore *self, gpointer data, GError **error);

gboolean      duaal_pg_store_run_write (DuaalPgStore    *self,
                                        DuaalPgTxnFunc   func,
                                        gpointer         data,
                                        GError         **error);
/* One consistent snapshot (REPEATABLE READ, READ ONLY). */
gboolean      duaal_pg_store_run_read  (DuaalPgStore    *self,
                                        DuaalPgTxnFunc   func,
                                        gpointer         data,
                                        GError         **error);
/* (transfer full) The result of @sql with @params (nullable), or NULL
 * with @error set. */
PGresult     *duaal_pg_store_exec      (DuaalPgStore         *self,
                                        const char           *sql,
                                        const DuaalPgParams  *params,
                                        GError              **error);
/* Runs @n statements in one round trip (libpq's pipeline mode):
 * @results[i] (transfer full) for @sql[i] with @params[i] (nullable);
 * FALSE with @error set, and no results, when one failed. */
gboolean      duaal_pg_store_exec_many (DuaalPgStore                *self,
                                        guint                        n,
                                        const char * const          *sql,
                                        const DuaalPgParams * const *params,
                                        PGresult                   **results,
                                        GError                     **error);
/* Inside a write transaction: runs @sql with @params (copied) with the
 * COMMIT, for a statement whose result nobody reads before then and
 * that no later statement of the transaction depends on. */
gboolean      duaal_pg_store_defer     (DuaalPgStore         *self,
                                        const char           *sql,
                                        const DuaalPgParams  *params,
                                        GError              **error);
gboolean      duaal_pg_store_exec_done (DuaalPgStore         *self,
                                        const char           *sql,
                                        const DuaalPgParams  *params,
                                        GError              **error);
/* @sql with its first @n (0 to 3) parameters @a, @b, @c, all int64. */
gboolean      duaal_pg_store_exec_ids  (DuaalPgStore         *self,
                                        const char           *sql,
                                        int                   n,
                                        gint64                a,
                                        gint64                b,
                                        gint64                c,
                                        GError              **error);
/* 1 with @value set from the first column of the first row, 0 when
 * there is no row, -1 on error. */
int           duaal_pg_store_query_int64 (DuaalPgStore         *self,
                                          const char           *sql,
                                          const DuaalPgParams  *params,
                                          gint64               *value,
                                          GError              **error);
PGconn       *duaal_pg_store_get_conn  (DuaalPgStore *self);
/* Whether this login may keep the attention list (a learner's may not:
 * its scores leave their pairs in attention_stale, the team schema);
 * asked once per connection, inside a transaction. */
int           duaal_pg_store_may_keep_attention (DuaalPgStore  *self,
                                                 GError       **error);
/* 1 for a learner's login, which may read the other actors' colour and
 * progress only (duaal_score_summary(), the team schema); 0 otherwise;
 * -1 on error.  Asked once per connection. */
int           duaal_pg_store_reads_summaries    (DuaalPgStore  *self,
                                                 GError       **error);

/* Reading a result's text columns. */
gint64        duaal_pg_int             (const PGresult *result, int row, int column);
/* NULL for SQL NULL */
const char   *duaal_pg_text            (const PGresult *result, int row, int column);
gboolean      duaal_pg_is_null         (const PGresult *result, int row, int column);

/* Turns a failed result into a GError (OFFLINE, BUSY for 40001/40P01,
 * DATABASE otherwise); always FALSE. */
gboolean      duaal_pg_set_error       (PGconn          *conn,
                                        const PGresult  *result,
                                        GError         **error);
/* libpq's connection parameters for @conninfo: TLS required for a
 * server elsewhere, a connect timeout.  For PQconnectdbParams (expand_dbname 1). */
void          duaal_pg_connect_params  (const char   *conninfo,
                                        const char ***keywords,
                                        const char ***values);

/* duaal-pg-schema.c */
guint         duaal_pg_schema_version  (void);
/* The schema version of the connected database, 0 when not set up. */
gboolean      duaal_pg_schema_read_version (PGconn   *conn,
                                            guint    *version,
                                            GError  **error);
gboolean      duaal_pg_schema_migrate  (PGconn              *conn,
                                        DuaalPgSetupStatus  *status,
                                        guint               *version,
                                        GError             **error);

/* duaal-pg-data.c: the members of DuaalStoreInterface */
void          duaal_pg_data_iface_init (DuaalStoreInterface *iface);
/* The attention list of @qualification_id's learners (0: all) made
 * again, inside a write transaction. */
gboolean      duaal_pg_data_fill_attention (DuaalPgStore  *self,
                                            gint64         qualification_id,
                                            GError       **error);

/* The row of qualification @code, version @version (0: the latest), or
 * 0 with DUAAL_ERROR_NOT_FOUND.  @self: the DuaalPgStore (a gpointer, so
 * the core's rules can call it: DuaalPracticeFind). */
gint64        duaal_pg_data_find_qualification   (gpointer             self,
                                                  const char          *code,
                                                  guint                version,
                                                  GError             **error);
/* Whether @code is a competence of qualification row @qualification_id:
 * 1 with *@position its place, 0 if not, -1 on error (a
 * DuaalPracticeLookup; @self the DuaalPgStore). */
int           duaal_pg_data_competence_position  (gpointer             self,
                                                  gint64               qualification_id,
                                                  const char          *code,
                                                  gint64              *position,
                                                  GError             **error);
/* The existence checks of every write: FALSE with DUAAL_ERROR_NOT_FOUND
 * ("There is no learner with id 7") when the row is not there or out of
 * the login's sight.  Out arguments nullable. */
gboolean      duaal_pg_data_require_group        (DuaalPgStore        *self,
                                                  gint64               group_id,
                                                  gint64              *qualification_id,
                                                  GError             **error);
gboolean      duaal_pg_data_require_company      (DuaalPgStore        *self,
                                                  gint64               company_id,
                                                  GError             **error);
/* A learner's group and the group's qualification row. */
gboolean      duaal_pg_data_require_learner      (DuaalPgStore        *self,
                                                  gint64               learner_id,
                                                  gint64              *group_id,
                                                  gint64              *qualification_id,
                                                  GError             **error);
/* Inside a write transaction: a qualification imported by the core's
 * re-import rules; one (learner, competence)'s attention item made again. */
gboolean      duaal_pg_data_import_qualification (DuaalPgStore        *self,
                                                  DuaalQualification  *qualification,
                                                  DuaalImportStatus   *status,
                                                  GError             **error);
gboolean      duaal_pg_data_refresh_attention    (DuaalPgStore        *self,
                                                  gint64               learner_id,
                                                  gint64               competence_row,
                                                  GError             **error);

G_END_DECLS
