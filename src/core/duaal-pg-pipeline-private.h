/* duaal-pg-pipeline-private.h: several statements in one round trip (libpq's pipeline mode)
 *
 * A score on the team database is a few statements; sent one by one,
 * each waits for the server.  Sent as one pipeline they cost one round
 * trip, which is most of what a write costs over a network.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "duaal-pg-store-private.h"

G_BEGIN_DECLS

typedef struct {
  const char          *prepared; /* (nullable) a statement prepared on the connection */
  const char          *sql;      /* otherwise: a statement without parameters (BEGIN, COMMIT) */
  const DuaalPgParams *params;   /* (nullable) for @prepared */
} DuaalPgStatement;

/* Sends @statements in one pipeline and waits for all their results:
 * @results[i] (transfer full) is statement i's result, NULL from the
 * first one that failed on.  FALSE with @error set from the first
 * failure (the server skips the rest of the pipeline).  The connection
 * is out of pipeline mode again on return. */
gboolean duaal_pg_pipeline_run (PGconn                  *conn,
                                const DuaalPgStatement  *statements,
                                guint                    n_statements,
                                PGresult               **results,
                                GError                 **error);

G_END_DECLS
