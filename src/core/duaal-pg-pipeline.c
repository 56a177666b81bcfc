/* duaal-pg-pipeline.c: several statements in one round trip
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "duaal-pg-pipeline-private.h"

static gboolean
send_statement (PGconn                 *conn,
                const DuaalPgStatement *statement)
{
  if (statement->prepared == NULL)
    return PQsendQueryParams (conn, statement->sql, 0, NULL, NULL, NULL, NULL, 0) == 1;
  return PQsendQueryPrepared (conn, statement->prepared, statement->params != NULL ? statement->params->n : 0,
                              statement->params != NULL ? statement->params->values : NULL, NULL, NULL, 0) == 1;
}

/* Keeps statement @i's result if it succeeded, and the first failure
 * in @failed.  Aborted statements (after a failure) have none. */
static void
take_result (PGresult   *result,
             guint       i,
             guint       n_statements,
             PGresult  **results,
             PGresult  **failed)
{
  switch (PQresultStatus (result))
    {
    case PGRES_COMMAND_OK:
    case PGRES_TUPLES_OK:
      if (i < n_statements && results[i] == NULL)
        {
          results[i] = result;
          return;
        }
      break;
    case PGRES_PIPELINE_ABORTED:
      break;
    default:
      if (*failed == NULL)
        {
          *failed = result;
          return;
        }
      break;
    }
  PQclear (result);
}

/* Reads results until the pipeline's sync point, TRUE once there:
 * each statement's results end with a NULL. */
static gboolean
read_results (PGconn     *conn,
              guint       n_statements,
              PGresult  **results,
              PGresult  **failed)
{
  guint i = 0;
  guint n_null = 0;

  /* Two NULLs in a row: nothing more will come (the connection is gone). */
  while (n_null < 2)
    {
      PGresult *result = PQgetResult (conn);

      if (result == NULL)
        {
          if (n_null++ == 0)
            i++;
          continue;
        }
      n_null = 0;
      if (PQresultStatus (result) == PGRES_PIPELINE_SYNC)
        {
          PQclear (result);
          return TRUE;
        }
      take_result (result, i, n_statements, results, failed);
    }
  return FALSE;
}

gboolean
duaal_pg_pipeline_run (PGconn                  *conn,
                       const DuaalPgStatement  *statements,
                       guint                    n_statements,
                       PGresult               **results,
                       GError                 **error)
{
  g_autoptr(PGresult) failed = NULL;
  guint n_sent = 0;
  gboolean complete;

  for (guint i = 0; i < n_statements; i++)
    results[i] = NULL;
  if (PQenterPipelineMode (conn) != 1)
    return duaal_pg_set_error (conn, NULL, error);
  while (n_sent < n_statements && send_statement (conn, &statements[n_sent]))
    n_sent++;
  complete = PQpipelineSync (conn) == 1 && read_results (conn, n_statements, results, &failed) &&
             n_sent == n_statements;
  PQexitPipelineMode (conn);
  if (complete && failed == NULL)
    return TRUE;

  for (guint i = 0; i < n_statements; i++)
    g_clear_pointer (&results[i], PQclear);
  /* after the whole pipeline was read: the connection's state is known */
  return duaal_pg_set_error (conn, failed, error);
}
