/* duaal-libpq-lazy.c: libpq, loaded when a team database is first used
 *
 * Linked into the duaal program only (not into duaal-cli or the tests).
 * These definitions of the libpq functions the store calls stand in for
 * libpq's own, so the linker (--as-needed) leaves libpq, and the twenty
 * libraries it needs (Kerberos, LDAP, OpenSSL, SASL, GnuTLS…), out of
 * the program: loading and relocating them took about a tenth of the
 * time to the window's first frame, on this computer's database too.
 * The first call opens libpq.so.5; each function is looked up once.
 *
 * A function the store starts to call and that is missing here still
 * works: the linker then takes it from libpq itself, and libpq is loaded
 * at start-up again (the lazy-libraries test says so).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <libpq-fe.h>

#include "duaal-lazy-private.h"

/* The soname of PostgreSQL's client library since PostgreSQL 8.2. */
#define LIBPQ_SONAME "libpq.so.5"

static void *
libpq_symbol (const char *name)
{
  static GModule *handle;
  static gsize loaded;

  return duaal_lazy_symbol (&handle, &loaded, LIBPQ_SONAME, name);
}

#define LAZY(ret, name, params, args) DUAAL_LAZY (libpq_symbol, ret, name, params, args)
#define LAZY_VOID(name, params, args) DUAAL_LAZY_VOID (libpq_symbol, name, params, args)

/* Connections */
LAZY (PGconn *, PQconnectdbParams,
      (const char *const *keywords, const char *const *values, int expand_dbname),
      (keywords, values, expand_dbname))
LAZY_VOID (PQfinish, (PGconn *conn), (conn))
LAZY_VOID (PQreset, (PGconn *conn), (conn))
LAZY (int, PQresetStart, (PGconn *conn), (conn))
LAZY (PostgresPollingStatusType, PQresetPoll, (PGconn *conn), (conn))
LAZY (PQconninfoOption *, PQconninfoParse, (const char *conninfo, char **errmsg), (conninfo, errmsg))
LAZY_VOID (PQconninfoFree, (PQconninfoOption *connOptions), (connOptions))
LAZY (ConnStatusType, PQstatus, (const PGconn *conn), (conn))
LAZY (PGTransactionStatusType, PQtransactionStatus, (const PGconn *conn), (conn))
LAZY (char *, PQerrorMessage, (const PGconn *conn), (conn))
LAZY (int, PQsocket, (const PGconn *conn), (conn))
LAZY (int, PQbackendPID, (const PGconn *conn), (conn))
LAZY (char *, PQdb, (const PGconn *conn), (conn))
LAZY (char *, PQuser, (const PGconn *conn), (conn))
LAZY (char *, PQhost, (const PGconn *conn), (conn))
LAZY (int, PQsslInUse, (PGconn *conn), (conn))
LAZY (const char *, PQsslAttribute, (PGconn *conn, const char *attribute_name), (conn, attribute_name))
LAZY (char *, PQencryptPasswordConn,
      (PGconn *conn, const char *passwd, const char *user, const char *algorithm),
      (conn, passwd, user, algorithm))

/* Queries */
LAZY (PGresult *, PQexec, (PGconn *conn, const char *query), (conn, query))
LAZY (PGresult *, PQexecParams,
      (PGconn *conn, const char *command, int nParams, const Oid *paramTypes,
       const char *const *paramValues, const int *paramLengths, const int *paramFormats, int resultFormat),
      (conn, command, nParams, paramTypes, paramValues, paramLengths, paramFormats, resultFormat))
LAZY (PGresult *, PQprepare,
      (PGconn *conn, const char *stmtName, const char *query, int nParams, const Oid *paramTypes),
      (conn, stmtName, query, nParams, paramTypes))
LAZY (PGresult *, PQexecPrepared,
      (PGconn *conn, const char *stmtName, int nParams, const char *const *paramValues,
       const int *paramLengths, const int *paramFormats, int resultFormat),
      (conn, stmtName, nParams, paramValues, paramLengths, paramFormats, resultFormat))
LAZY (int, PQsendQueryParams,
      (PGconn *conn, const char *command, int nParams, const Oid *paramTypes,
       const char *const *paramValues, const int *paramLengths, const int *paramFormats, int resultFormat),
      (conn, command, nParams, paramTypes, paramValues, paramLengths, paramFormats, resultFormat))
LAZY (int, PQsendQueryPrepared,
      (PGconn *conn, const char *stmtName, int nParams, const char *const *paramValues,
       const int *paramLengths, const int *paramFormats, int resultFormat),
      (conn, stmtName, nParams, paramValues, paramLengths, paramFormats, resultFormat))
LAZY (PGresult *, PQgetResult, (PGconn *conn), (conn))
LAZY (int, PQenterPipelineMode, (PGconn *conn), (conn))
LAZY (int, PQexitPipelineMode, (PGconn *conn), (conn))
LAZY (int, PQpipelineSync, (PGconn *conn), (conn))
LAZY (int, PQconsumeInput, (PGconn *conn), (conn))
LAZY (PGnotify *, PQnotifies, (PGconn *conn), (conn))

/* Results */
LAZY (ExecStatusType, PQresultStatus, (const PGresult *res), (res))
LAZY (char *, PQresultErrorMessage, (const PGresult *res), (res))
LAZY (char *, PQresultErrorField, (const PGresult *res, int fieldcode), (res, fieldcode))
LAZY (int, PQntuples, (const PGresult *res), (res))
LAZY (char *, PQgetvalue, (const PGresult *res, int tup_num, int field_num), (res, tup_num, field_num))
LAZY (int, PQgetisnull, (const PGresult *res, int tup_num, int field_num), (res, tup_num, field_num))
LAZY_VOID (PQclear, (PGresult *res), (res))

/* Strings */
LAZY (char *, PQescapeLiteral, (PGconn *conn, const char *str, size_t len), (conn, str, len))
LAZY (char *, PQescapeIdentifier, (PGconn *conn, const char *str, size_t len), (conn, str, len))
LAZY_VOID (PQfreemem, (void *ptr), (ptr))
