/* duaal-pg-store.c: DuaalStore on a PostgreSQL database, the connection
 *
 * This file holds what is particular to a server: connecting (TLS for a
 * server elsewhere), statements prepared once per connection,
 * transactions retried on serialization failures and deadlocks, losing
 * and regaining the connection, and change notices.  The members of
 * the interface are in duaal-pg-data.c, the schema in duaal-pg-schema.c.
 *
 * Change notices: triggers on every table a view follows write what
 * changed into change_log and send pg_notify ('duaal_changes', XACT),
 * the writing transaction's number and nothing else, since every
 * listening login receives it (duaal-pg-schema.c).  A transaction reads
 * its own notices just before its COMMIT; those of others, once
 * watching, are read back through change_log's policy, so a login learns
 * of changes in its own scope only, from the main context when the
 * socket has something to read.
 *
 * Round trips: a transaction's BEGIN goes with its first statement,
 * statements whose results nobody needs before the end wait for COMMIT
 * (duaal_pg_store_defer()), and several statements may go as one
 * pipeline (duaal_pg_store_exec_many()).
 *
 * One connection is used by one thread at a time (a mutex), so a view
 * that loads in a worker thread and the main thread's watch can share
 * the store.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib-unix.h>

#include "duaal-error.h"
#include "duaal-pg-pipeline-private.h"
#include "duaal-pg-evaluation-private.h"
#include "duaal-pg-store-private.h"
#include "duaal-pg-team-private.h"

#define NOTICE_CHANNEL       "duaal_changes"
/* A statement deferred to COMMIT waits in a queue this long at most,
 * so a pipeline never outgrows the sockets' buffers. */
#define MAX_DEFERRED         200
/* Serialization failures are normal under load: each retry waits a
 * little longer, at random, so that the writers fall out of step. */
#define MAX_SERIALIZATION_RETRIES 100
#define RECONNECT_INTERVAL_S 2
#define CONNECT_TIMEOUT_S    "5"

struct _DuaalPgStore
{
  GObject       parent_instance;

  char         *conninfo;
  PGconn       *conn;
  gboolean      online;
  GHashTable   *prepared;        /* SQL text -> statement name, on this connection */
  guint         n_prepared;
  GRecMutex     lock;            /* one thread at a time on conn */
  GMainContext *watch_context;   /* (nullable) where other connections' writes are emitted */
  GSource      *socket_source;   /* (nullable) the connection's socket, once watching */
  GSource      *reconnect_source;/* (nullable) while offline and watching */
  int           keeps_attention; /* -1 not asked yet on this connection, else 0 or 1 */
  int           reads_summaries; /* likewise: a learner's login, which reads others' summaries only */
  gboolean      resetting;       /* the watch is reconnecting without blocking */
  gint64        reset_deadline;  /* monotonic time it gives up this try */
  GSource      *emit_source;     /* (nullable) pending others' notices */
  GPtrArray    *other_xacts;     /* (element-type utf8) others' transactions to read notices of */
  const char   *pending_begin;   /* (nullable) the open transaction's BEGIN, sent with its first statement */
  GPtrArray    *deferred;        /* (element-type Deferred) statements sent with COMMIT */
  gboolean      committing;      /* COMMIT is on its way: its outcome is unknown if the connection drops */
};

/* A statement whose result nobody needs before COMMIT, its parameters
 * copied. */
typedef struct {
  char          *sql;
  DuaalPgParams  params;
  char          *texts[DUAAL_PG_MAX_PARAMS];
} Deferred;

static void
deferred_free (Deferred *deferred)
{
  g_free (deferred->sql);
  for (int i = 0; i < deferred->params.n; i++)
    g_free (deferred->texts[i]);
  g_free (deferred);
}

enum { PROP_0, PROP_ONLINE, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void duaal_pg_store_iface_init (DuaalStoreInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (DuaalPgStore, duaal_pg_store, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (DUAAL_TYPE_STORE, duaal_pg_store_iface_init))

static void
destroy_source (GSource **source)
{
  if (*source == NULL)
    return;
  g_source_destroy (*source);
  g_clear_pointer (source, g_source_unref);
}

static void
duaal_pg_store_finalize (GObject *object)
{
  DuaalPgStore *self = DUAAL_PG_STORE (object);

  destroy_source (&self->socket_source);
  destroy_source (&self->reconnect_source);
  destroy_source (&self->emit_source);
  g_clear_pointer (&self->other_xacts, g_ptr_array_unref);
  g_clear_pointer (&self->deferred, g_ptr_array_unref);
  g_clear_pointer (&self->watch_context, g_main_context_unref);
  g_clear_pointer (&self->conn, PQfinish);
  g_clear_pointer (&self->prepared, g_hash_table_unref);
  g_rec_mutex_clear (&self->lock);
  g_free (self->conninfo);

  G_OBJECT_CLASS (duaal_pg_store_parent_class)->finalize (object);
}

static void
duaal_pg_store_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  DuaalPgStore *self = DUAAL_PG_STORE (object);

  switch (prop_id)
    {
    case PROP_ONLINE:
      g_value_set_boolean (value, duaal_pg_store_is_online (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
duaal_pg_store_class_init (DuaalPgStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = duaal_pg_store_finalize;
  object_class->get_property = duaal_pg_store_get_property;
  properties[PROP_ONLINE] = g_param_spec_boolean ("online", NULL, NULL, FALSE,
                                                  G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY |
                                                  G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
duaal_pg_store_init (DuaalPgStore *self)
{
  g_rec_mutex_init (&self->lock);
  self->keeps_attention = -1;
  self->reads_summaries = -1;
  self->other_xacts = g_ptr_array_new_with_free_func (g_free);
  self->deferred = g_ptr_array_new_with_free_func ((GDestroyNotify) deferred_free);
  self->prepared = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/* ------------------------------------------------------------------ */
/* Parameters and results                                              */

void
duaal_pg_params_int (DuaalPgParams *params,
                     gint64         value)
{
  g_return_if_fail (params->n < DUAAL_PG_MAX_PARAMS);
  g_snprintf (params->numbers[params->n], sizeof params->numbers[0], "%" G_GINT64_FORMAT, value);
  params->values[params->n] = params->numbers[params->n];
  params->n++;
}

void
duaal_pg_params_id (DuaalPgParams *params,
                    gint64         id)
{
  if (id != 0)
    {
      duaal_pg_params_int (params, id);
      return;
    }
  g_return_if_fail (params->n < DUAAL_PG_MAX_PARAMS);
  params->values[params->n++] = NULL;
}

void
duaal_pg_params_text (DuaalPgParams *params,
                      const char    *text)
{
  g_return_if_fail (params->n < DUAAL_PG_MAX_PARAMS);
  params->values[params->n++] = text;
}

gint64
duaal_pg_int (const PGresult *result,
              int             row,
              int             column)
{
  if (PQgetisnull (result, row, column))
    return 0;
  return g_ascii_strtoll (PQgetvalue (result, row, column), NULL, 10);
}

const char *
duaal_pg_text (const PGresult *result,
               int             row,
               int             column)
{
  if (PQgetisnull (result, row, column))
    return NULL;
  return PQgetvalue (result, row, column);
}

gboolean
duaal_pg_is_null (const PGresult *result,
                  int             row,
                  int             column)
{
  return PQgetisnull (result, row, column) != 0;
}

/* ------------------------------------------------------------------ */
/* Errors                                                              */

static gboolean
is_retryable (const PGresult *result)
{
  const char *state = result != NULL ? PQresultErrorField (result, PG_DIAG_SQLSTATE) : NULL;

  return state != NULL && (strcmp (state, "40001") == 0 || strcmp (state, "40P01") == 0);
}

static char *
one_line (const char *text)
{
  char *line = g_strdup (text != NULL && *text != '\0' ? text : "?");

  g_strdelimit (line, "\r\n", ' ');
  return g_strstrip (line);
}

static void
set_offline_error (PGconn  *conn,
                   GError **error)
{
  g_autofree char *why = one_line (conn != NULL ? PQerrorMessage (conn) : NULL);

  g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_OFFLINE,
               _("The connection to the team database is lost (%s): nothing was saved. "
                 "Duaal reconnects by itself; try again in a moment."), why);
}

gboolean
duaal_pg_set_error (PGconn          *conn,
                    const PGresult  *result,
                    GError         **error)
{
  const char *state = result != NULL ? PQresultErrorField (result, PG_DIAG_SQLSTATE) : NULL;
  g_autofree char *why = one_line (result != NULL ? PQresultErrorMessage (result) : PQerrorMessage (conn));

  /* the server went away: a connection exception (08), or shut down (57P01-57P03) */
  if (conn == NULL || PQstatus (conn) != CONNECTION_OK ||
      (state != NULL && (g_str_has_prefix (state, "08") || g_str_has_prefix (state, "57P"))))
    set_offline_error (conn, error);
  else if (is_retryable (result))
    g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_BUSY,
                 _("Other people kept changing the same scores for too long: nothing was saved. "
                   "Try again in a moment."));
  else if (state != NULL && strcmp (state, "42501") == 0)
    /* No privilege or policy lets this login do it: like an id it cannot see. */
    g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND,
                 _("That is not within what you may see or change in this database."));
  else if (state != NULL && strcmp (state, "53100") == 0)
    g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_FULL,
                 _("The database server’s disk is full: nothing was saved."));
  else
    g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_DATABASE, _("The database reported an error: %s."), why);
  return FALSE;
}

/* ------------------------------------------------------------------ */
/* Connecting                                                          */

gboolean
duaal_pg_store_is_conninfo (const char *location)
{
  return location != NULL &&
         (g_str_has_prefix (location, "postgresql://") || g_str_has_prefix (location, "postgres://") ||
          strchr (location, '=') != NULL);
}

static gboolean
host_is_local (const char *host)
{
  return host == NULL || *host == '\0' || host[0] == '/' || host[0] == '@' ||
         g_ascii_strcasecmp (host, "localhost") == 0 || strcmp (host, "127.0.0.1") == 0 ||
         strcmp (host, "::1") == 0;
}

/* Every host the string (or PGHOST) names is on this machine. */
static gboolean
hosts_are_local (const char *hosts)
{
  g_auto(GStrv) each = NULL;

  if (hosts == NULL || *hosts == '\0')
    return TRUE;
  each = g_strsplit (hosts, ",", -1);
  for (guint i = 0; each[i] != NULL; i++)
    if (!host_is_local (g_strstrip (each[i])))
      return FALSE;
  return TRUE;
}

static gboolean
sslmode_is_at_least_require (const char *mode)
{
  return mode != NULL &&
         (strcmp (mode, "require") == 0 || strcmp (mode, "verify-ca") == 0 || strcmp (mode, "verify-full") == 0);
}

static const char *
conninfo_option (PQconninfoOption *options,
                 const char       *keyword)
{
  for (PQconninfoOption *option = options; option != NULL && option->keyword != NULL; option++)
    if (strcmp (option->keyword, keyword) == 0)
      return option->val;
  return NULL;
}

void
duaal_pg_connect_params (const char   *conninfo,
                         const char ***keywords,
                         const char ***values)
{
  PQconninfoOption *options = PQconninfoParse (conninfo, NULL);
  const char *host = options != NULL ? conninfo_option (options, "host") : NULL;
  const char *hostaddr = options != NULL ? conninfo_option (options, "hostaddr") : NULL;
  const char *mode = options != NULL ? conninfo_option (options, "sslmode") : NULL;
  gboolean remote;
  GPtrArray *k = g_ptr_array_new (), *v = g_ptr_array_new ();

  if (host == NULL && hostaddr == NULL)
    host = g_getenv ("PGHOST");
  if (mode == NULL)
    mode = g_getenv ("PGSSLMODE");
  remote = !hosts_are_local (host) || (hostaddr != NULL && !hosts_are_local (hostaddr));

  /* Before dbname: the string may say otherwise.  After it: it may not. */
  g_ptr_array_add (k, "connect_timeout");
  g_ptr_array_add (v, CONNECT_TIMEOUT_S);
  g_ptr_array_add (k, "application_name");
  g_ptr_array_add (v, "duaal");
  g_ptr_array_add (k, "dbname");
  g_ptr_array_add (v, (gpointer) conninfo);
  if (remote && !sslmode_is_at_least_require (mode))
    {
      g_ptr_array_add (k, "sslmode");
      g_ptr_array_add (v, "require");
    }
  g_ptr_array_add (k, NULL);
  g_ptr_array_add (v, NULL);
  PQconninfoFree (options);
  *keywords = (const char **) g_ptr_array_free (k, FALSE);
  *values = (const char **) g_ptr_array_free (v, FALSE);
}

static PGconn *
connect_to (const char  *conninfo,
            GError     **error)
{
  g_autofree const char **keywords = NULL;
  g_autofree const char **values = NULL;
  PGconn *conn;

  duaal_pg_connect_params (conninfo, &keywords, &values);
  conn = PQconnectdbParams (keywords, values, 1);
  if (conn == NULL || PQstatus (conn) != CONNECTION_OK)
    {
      g_autofree char *why = one_line (conn != NULL ? PQerrorMessage (conn) : NULL);

      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_OFFLINE,
                   _("Cannot connect to the team database: %s"), why);
      g_clear_pointer (&conn, PQfinish);
      return NULL;
    }
  return conn;
}

/* Run right after every (re)connection: the session's settings and
 * the notices. */
static gboolean
prepare_session (PGconn  *conn,
                 GError **error)
{
  g_autoptr(PGresult) result = PQexec (conn, "SET client_min_messages = warning; "
                                             "SET DateStyle = ISO; LISTEN " NOTICE_CHANNEL);

  if (PQresultStatus (result) != PGRES_COMMAND_OK)
    return duaal_pg_set_error (conn, result, error);
  return TRUE;
}

static void
set_online (DuaalPgStore *self,
            gboolean      online)
{
  if (self->online == online)
    return;
  self->online = online;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ONLINE]);
}

static void attach_socket (DuaalPgStore *self);
static void start_reconnecting (DuaalPgStore *self);

/* After a reset the server may have had writes we never heard of. */
static void
emit_all_changed (DuaalPgStore *self)
{
  g_autoptr(DuaalChange) all = duaal_change_new (DUAAL_CHANGE_ALL, 0, 0);

  duaal_store_emit_changed (DUAAL_STORE (self), all);
}

/* The connection is back: what the session needs, and the news. */
static gboolean
connection_restored (DuaalPgStore *self)
{
  if (PQstatus (self->conn) != CONNECTION_OK || !prepare_session (self->conn, NULL))
    return FALSE;
  g_hash_table_remove_all (self->prepared);
  self->keeps_attention = -1;
  self->reads_summaries = -1;
  set_online (self, TRUE);
  destroy_source (&self->reconnect_source);
  if (self->watch_context != NULL)
    attach_socket (self);
  emit_all_changed (self);
  return TRUE;
}

/* Makes sure the connection is up, resetting it when it is not (and
 * the watch is not resetting it already, without blocking). */
static gboolean
ensure_connected (DuaalPgStore  *self,
                  GError       **error)
{
  if (PQstatus (self->conn) == CONNECTION_OK && self->online)
    return TRUE;
  if (!self->resetting)
    {
      PQreset (self->conn);
      if (connection_restored (self))
        return TRUE;
    }
  set_online (self, FALSE);
  set_offline_error (self->conn, error);
  start_reconnecting (self);
  return FALSE;
}

static void
note_connection_state (DuaalPgStore *self)
{
  if (PQstatus (self->conn) != CONNECTION_OK)
    {
      set_online (self, FALSE);
      destroy_source (&self->socket_source);
      start_reconnecting (self);
    }
}

static gboolean poll_reset (int fd, GIOCondition condition, gpointer data);

/* Waits for the socket as PQresetPoll() asked, or the deadline. */
static void
wait_for_reset (DuaalPgStore              *self,
                PostgresPollingStatusType  status)
{
  GSource *source = g_unix_fd_source_new (PQsocket (self->conn),
                                          status == PGRES_POLLING_WRITING ? G_IO_OUT : G_IO_IN);

  g_source_set_name (source, "[duaal] team database reconnect");
  g_source_set_ready_time (source, self->reset_deadline);
  g_source_set_callback (source, G_SOURCE_FUNC (poll_reset), self, NULL);
  destroy_source (&self->reconnect_source);
  self->reconnect_source = source;
  g_source_attach (source, self->watch_context);
}

static gboolean
poll_reset (int          fd,
            GIOCondition condition,
            gpointer     data)
{
  DuaalPgStore *self = data;
  PostgresPollingStatusType status;

  g_rec_mutex_lock (&self->lock);
  /* no condition: the deadline passed first */
  status = condition == 0 ? PGRES_POLLING_FAILED : PQresetPoll (self->conn);
  if (status == PGRES_POLLING_READING || status == PGRES_POLLING_WRITING)
    wait_for_reset (self, status);
  else
    {
      self->resetting = FALSE;
      destroy_source (&self->reconnect_source);
      if (status != PGRES_POLLING_OK || !connection_restored (self))
        start_reconnecting (self);
    }
  g_rec_mutex_unlock (&self->lock);
  return G_SOURCE_REMOVE;
}

/* The watch's reconnection never blocks its main context (a server
 * that does not answer would freeze a window): PQresetStart(), then
 * PQresetPoll() whenever the socket is ready, for CONNECT_TIMEOUT_S. */
static gboolean
try_reconnect (gpointer data)
{
  DuaalPgStore *self = data;

  g_rec_mutex_lock (&self->lock);
  g_clear_pointer (&self->reconnect_source, g_source_unref);
  if (PQresetStart (self->conn) && PQsocket (self->conn) >= 0)
    {
      self->resetting = TRUE;
      self->reset_deadline = g_get_monotonic_time () + g_ascii_strtoll (CONNECT_TIMEOUT_S, NULL, 10) * G_USEC_PER_SEC;
      wait_for_reset (self, PGRES_POLLING_WRITING);
    }
  else
    start_reconnecting (self);
  g_rec_mutex_unlock (&self->lock);
  return G_SOURCE_REMOVE;
}

/* Only once watching: a window that is open should come back by itself. */
static void
start_reconnecting (DuaalPgStore *self)
{
  if (self->watch_context == NULL || self->reconnect_source != NULL)
    return;
  self->reconnect_source = g_timeout_source_new_seconds (RECONNECT_INTERVAL_S);
  g_source_set_name (self->reconnect_source, "[duaal] team database reconnect");
  g_source_set_callback (self->reconnect_source, try_reconnect, self, NULL);
  g_source_attach (self->reconnect_source, self->watch_context);
}

gboolean
duaal_pg_store_reconnect (DuaalPgStore  *self,
                          GError       **error)
{
  gboolean up;

  g_return_val_if_fail (DUAAL_IS_PG_STORE (self), FALSE);
  g_rec_mutex_lock (&self->lock);
  up = ensure_connected (self, error);
  g_rec_mutex_unlock (&self->lock);
  return up;
}

DuaalPgStore *
duaal_pg_store_open (const char  *conninfo,
                     GError     **error)
{
  g_autoptr(DuaalPgStore) self = NULL;
  guint version = 0;

  g_return_val_if_fail (conninfo != NULL, NULL);
  self = g_object_new (DUAAL_TYPE_PG_STORE, NULL);
  self->conninfo = g_strdup (conninfo);
  if ((self->conn = connect_to (conninfo, error)) == NULL ||
      !duaal_pg_schema_read_version (self->conn, &version, error))
    return NULL;
  if (version == 0)
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_DATABASE,
                   _("This database is not set up for Duaal yet: run “duaal-cli setup-team” "
                     "with a login that may create roles."));
      return NULL;
    }
  if (version != duaal_pg_schema_version ())
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_DATABASE,
                   version > duaal_pg_schema_version ()
                   ? _("This team database was set up by a newer version of Duaal: update Duaal.")
                   : _("This team database needs an update: run “duaal-cli setup-team”."));
      return NULL;
    }
  if (!prepare_session (self->conn, error))
    return NULL;
  self->online = TRUE;
  return g_steal_pointer (&self);
}

guint
duaal_pg_store_setup (const char          *conninfo,
                      DuaalPgSetupStatus  *status,
                      GError             **error)
{
  PGconn *conn = connect_to (conninfo, error);
  DuaalPgSetupStatus result = DUAAL_PG_SETUP_UNCHANGED;
  guint version = 0;
  gboolean ok;

  if (conn == NULL)
    return 0;
  ok = duaal_pg_schema_migrate (conn, &result, &version, error);
  PQfinish (conn);
  if (!ok)
    return 0;
  if (status != NULL)
    *status = result;
  return version;
}

const char *
duaal_pg_setup_status_to_string (DuaalPgSetupStatus status)
{
  switch (status)
    {
    case DUAAL_PG_SETUP_CREATED: return "created";
    case DUAAL_PG_SETUP_MIGRATED: return "migrated";
    case DUAAL_PG_SETUP_UNCHANGED: return "unchanged";
    default: g_return_val_if_reached (NULL);
    }
}

guint
duaal_pg_store_schema_version (void)
{
  return duaal_pg_schema_version ();
}

gboolean
duaal_pg_store_is_online (DuaalPgStore *self)
{
  g_return_val_if_fail (DUAAL_IS_PG_STORE (self), FALSE);
  return self->online;
}

char *
duaal_pg_store_get_tls_summary (DuaalPgStore *self)
{
  const char *protocol, *cipher;
  char *summary;

  g_return_val_if_fail (DUAAL_IS_PG_STORE (self), NULL);
  g_rec_mutex_lock (&self->lock);
  protocol = PQsslAttribute (self->conn, "protocol");
  cipher = PQsslAttribute (self->conn, "cipher");
  if (PQsslInUse (self->conn) && protocol != NULL)
    summary = g_strdup_printf (_("encrypted, %s (%s)"), protocol, cipher != NULL ? cipher : "?");
  else if (hosts_are_local (PQhost (self->conn)))
    summary = g_strdup (_("on this computer, not encrypted"));
  else
    summary = g_strdup (_("not encrypted"));
  g_rec_mutex_unlock (&self->lock);
  return summary;
}

char *
duaal_pg_store_get_display_name (DuaalPgStore *self)
{
  char *name;

  g_return_val_if_fail (DUAAL_IS_PG_STORE (self), NULL);
  g_rec_mutex_lock (&self->lock);
  name = g_strdup_printf ("%s@%s/%s", PQuser (self->conn),
                          PQhost (self->conn) != NULL && PQhost (self->conn)[0] != '/' ? PQhost (self->conn)
                                                                                        : "localhost",
                          PQdb (self->conn));
  g_rec_mutex_unlock (&self->lock);
  return name;
}

static gboolean exec_control (DuaalPgStore *self, const char *sql, GError **error);

PGconn *
duaal_pg_store_get_conn (DuaalPgStore *self)
{
  g_return_val_if_fail (DUAAL_IS_PG_STORE (self), NULL);
  /* whoever talks to the connection itself expects the transaction open */
  if (self->pending_begin != NULL)
    {
      const char *begin = self->pending_begin;

      self->pending_begin = NULL;
      exec_control (self, begin, NULL);
    }
  return self->conn;
}

int
duaal_pg_store_may_keep_attention (DuaalPgStore  *self,
                                   GError       **error)
{
  gint64 may = 0;

  if (self->keeps_attention < 0 &&
      duaal_pg_store_query_int64 (self, "SELECT has_table_privilege ('attention_item', 'INSERT')::integer",
                                  NULL, &may, error) == 1)
    self->keeps_attention = (int) may;
  return self->keeps_attention;
}

int
duaal_pg_store_reads_summaries (DuaalPgStore  *self,
                                GError       **error)
{
  gint64 learner = 0;

  if (self->reads_summaries < 0 &&
      duaal_pg_store_query_int64 (self, "SELECT (duaal_my_role () IS NOT DISTINCT FROM 'learner')::integer",
                                  NULL, &learner, error) == 1)
    self->reads_summaries = (int) learner;
  return self->reads_summaries;
}

/* ------------------------------------------------------------------ */
/* Statements                                                          */

/* The name of @sql prepared on this connection, preparing it on first use. */
static const char *
prepared_name (DuaalPgStore  *self,
               const char    *sql,
               int            n_params,
               GError       **error)
{
  const char *name = g_hash_table_lookup (self->prepared, sql);
  g_autofree char *new_name = NULL;
  g_autoptr(PGresult) result = NULL;

  if (name != NULL)
    return name;
  new_name = g_strdup_printf ("duaal_%u", ++self->n_prepared);
  result = PQprepare (self->conn, new_name, sql, n_params, NULL);
  if (PQresultStatus (result) != PGRES_COMMAND_OK)
    {
      duaal_pg_set_error (self->conn, result, error);
      note_connection_state (self);
      return NULL;
    }
  g_hash_table_insert (self->prepared, g_strdup (sql), g_steal_pointer (&new_name));
  return g_hash_table_lookup (self->prepared, sql);
}

/* Runs @statements in one round trip, after the open transaction's
 * BEGIN if it is still waiting. */
static gboolean
run_pipeline (DuaalPgStore      *self,
              GArray            *statements,
              PGresult         **results,
              GError           **error)
{
  g_autofree PGresult **all = NULL;
  guint first = 0;
  gboolean ok;

  if (self->pending_begin != NULL)
    {
      DuaalPgStatement begin = { .sql = self->pending_begin };

      g_array_prepend_val (statements, begin);
      self->pending_begin = NULL;
      first = 1;
    }
  all = g_new0 (PGresult *, statements->len);
  ok = duaal_pg_pipeline_run (self->conn, (DuaalPgStatement *) statements->data, statements->len, all, error);
  if (!ok)
    note_connection_state (self);
  if (first == 1)
    g_clear_pointer (&all[0], PQclear);
  for (guint i = first; i < statements->len; i++)
    if (results != NULL)
      results[i - first] = all[i];
    else
      g_clear_pointer (&all[i], PQclear);
  return ok;
}

gboolean
duaal_pg_store_exec_many (DuaalPgStore                *self,
                          guint                        n,
                          const char * const          *sql,
                          const DuaalPgParams * const *params,
                          PGresult                   **results,
                          GError                     **error)
{
  g_autoptr(GArray) statements = g_array_sized_new (FALSE, TRUE, sizeof (DuaalPgStatement), n + 1);

  for (guint i = 0; i < n; i++)
    {
      DuaalPgStatement statement = { .params = params[i] };

      results[i] = NULL;
      if ((statement.prepared = prepared_name (self, sql[i], params[i] != NULL ? params[i]->n : 0, error)) == NULL)
        return FALSE;
      g_array_append_val (statements, statement);
    }
  return run_pipeline (self, statements, results, error);
}

PGresult *
duaal_pg_store_exec (DuaalPgStore         *self,
                     const char           *sql,
                     const DuaalPgParams  *params,
                     GError              **error)
{
  int n = params != NULL ? params->n : 0;
  const char *name;
  PGresult *result;

  if (self->pending_begin != NULL)
    return duaal_pg_store_exec_many (self, 1, &sql, &params, &result, error) ? result : NULL;
  if ((name = prepared_name (self, sql, n, error)) == NULL)
    return NULL;
  result = PQexecPrepared (self->conn, name, n, params != NULL ? params->values : NULL, NULL, NULL, 0);
  switch (PQresultStatus (result))
    {
    case PGRES_COMMAND_OK:
    case PGRES_TUPLES_OK:
      return result;
    default:
      duaal_pg_set_error (self->conn, result, error);
      PQclear (result);
      note_connection_state (self);
      return NULL;
    }
}

gboolean
duaal_pg_store_exec_done (DuaalPgStore         *self,
                          const char           *sql,
                          const DuaalPgParams  *params,
                          GError              **error)
{
  g_autoptr(PGresult) result = duaal_pg_store_exec (self, sql, params, error);

  return result != NULL;
}

gboolean
duaal_pg_store_exec_ids (DuaalPgStore  *self,
                         const char    *sql,
                         int            n,
                         gint64         a,
                         gint64         b,
                         gint64         c,
                         GError       **error)
{
  DuaalPgParams p = { 0 };
  const gint64 values[] = { a, b, c };

  g_return_val_if_fail (n >= 0 && n <= (int) G_N_ELEMENTS (values), FALSE);
  for (int i = 0; i < n; i++)
    duaal_pg_params_int (&p, values[i]);
  return duaal_pg_store_exec_done (self, sql, &p, error);
}

int
duaal_pg_store_query_int64 (DuaalPgStore         *self,
                            const char           *sql,
                            const DuaalPgParams  *params,
                            gint64               *value,
                            GError              **error)
{
  g_autoptr(PGresult) result = duaal_pg_store_exec (self, sql, params, error);

  if (result == NULL)
    return -1;
  if (PQntuples (result) == 0)
    return 0;
  *value = duaal_pg_int (result, 0, 0);
  return 1;
}

static gboolean flush_deferred (DuaalPgStore *self, GError **error);

gboolean
duaal_pg_store_defer (DuaalPgStore         *self,
                      const char           *sql,
                      const DuaalPgParams  *params,
                      GError              **error)
{
  Deferred *deferred = g_new0 (Deferred, 1);

  deferred->sql = g_strdup (sql);
  for (int i = 0; params != NULL && i < params->n; i++)
    {
      deferred->texts[i] = g_strdup (params->values[i]);
      deferred->params.values[i] = deferred->texts[i];
    }
  deferred->params.n = params != NULL ? params->n : 0;
  g_ptr_array_add (self->deferred, deferred);
  return self->deferred->len < MAX_DEFERRED || flush_deferred (self, error);
}

/* The deferred statements appended to @statements, each prepared first. */
static gboolean
append_deferred (DuaalPgStore  *self,
                 GArray        *statements,
                 GError       **error)
{
  for (guint i = 0; i < self->deferred->len; i++)
    {
      Deferred *deferred = g_ptr_array_index (self->deferred, i);
      DuaalPgStatement statement = { .params = &deferred->params };

      if ((statement.prepared = prepared_name (self, deferred->sql, deferred->params.n, error)) == NULL)
        return FALSE;
      g_array_append_val (statements, statement);
    }
  return TRUE;
}

static gboolean
flush_deferred (DuaalPgStore  *self,
                GError       **error)
{
  g_autoptr(GArray) statements = g_array_new (FALSE, TRUE, sizeof (DuaalPgStatement));
  gboolean ok = append_deferred (self, statements, error) && run_pipeline (self, statements, NULL, error);

  g_ptr_array_set_size (self->deferred, 0);
  return ok;
}

/* Transaction control, not prepared (it has no parameters). */
static gboolean
exec_control (DuaalPgStore  *self,
              const char    *sql,
              GError       **error)
{
  g_autoptr(PGresult) result = PQexec (self->conn, sql);

  if (PQresultStatus (result) == PGRES_COMMAND_OK)
    return TRUE;
  duaal_pg_set_error (self->conn, result, error);
  note_connection_state (self);
  return FALSE;
}

/* ------------------------------------------------------------------ */
/* Change notices                                                      */

/* The notices of a transaction, as change_log keeps them (the team
 * schema; its policy shows each login only what is in its scope):
 * kind, group, learner, company (0 when none), qualification ("" when
 * none). */
#define CHANGE_COLUMNS "SELECT kind, group_id, learner_id, company_id, qualification FROM change_log"

static DuaalChange *
change_from_row (const PGresult *result,
                 int             row)
{
  gint64 kind = duaal_pg_int (result, row, 0);
  const char *qualification = duaal_pg_text (result, row, 4);
  DuaalChange *change;

  if (kind < DUAAL_CHANGE_SCORE || kind > DUAAL_CHANGE_ALL)
    return NULL;
  change = duaal_change_new ((DuaalChangeKind) kind, duaal_pg_int (result, row, 1), duaal_pg_int (result, row, 2));
  change->company_id = duaal_pg_int (result, row, 3);
  if (qualification != NULL && *qualification != '\0')
    change->qualification = g_strdup (qualification);
  return change;
}

static void
add_changes (const PGresult *result,
             GPtrArray      *changes)
{
  for (int r = 0; r < PQntuples (result); r++)
    {
      DuaalChange *change = change_from_row (result, r);

      if (change != NULL)
        g_ptr_array_add (changes, change);
    }
}

/* Others' notices carry only their transaction's number, which says
 * nothing about anybody: what changed is read back through the
 * policy.  Failing that, everything may have changed. */
static GPtrArray *
read_others_changes (DuaalPgStore *self)
{
  GPtrArray *changes = g_ptr_array_new_with_free_func ((GDestroyNotify) duaal_change_free);
  g_autoptr(GString) xacts = g_string_new ("{");
  g_autoptr(PGresult) result = NULL;
  DuaalPgParams p = { 0 };

  for (guint i = 0; i < self->other_xacts->len; i++)
    g_string_append_printf (xacts, "%s%s", i > 0 ? "," : "", (char *) g_ptr_array_index (self->other_xacts, i));
  g_string_append_c (xacts, '}');
  g_ptr_array_set_size (self->other_xacts, 0);
  duaal_pg_params_text (&p, xacts->str);
  result = duaal_pg_store_exec (self, CHANGE_COLUMNS " WHERE xact = ANY ($1::xid8[]) ORDER BY seq", &p, NULL);
  if (result != NULL)
    add_changes (result, changes);
  else
    g_ptr_array_add (changes, duaal_change_new (DUAAL_CHANGE_ALL, 0, 0));
  return changes;
}

static gboolean
emit_others (gpointer data)
{
  DuaalPgStore *self = data;
  g_autoptr(GPtrArray) changes = NULL;

  g_rec_mutex_lock (&self->lock);
  g_clear_pointer (&self->emit_source, g_source_unref);
  changes = read_others_changes (self);
  g_rec_mutex_unlock (&self->lock);

  for (guint i = 0; i < changes->len; i++)
    duaal_store_emit_changed (DUAAL_STORE (self), g_ptr_array_index (changes, i));
  return G_SOURCE_REMOVE;
}

/* Sorts what libpq has received: this connection's own notices are
 * read before its COMMIT (run_transaction), others' transactions are
 * noted for the watch context (dropped when nobody watches). */
static void
take_notices (DuaalPgStore *self)
{
  int own_pid = PQbackendPID (self->conn);
  PGnotify *notify;

  while ((notify = PQnotifies (self->conn)) != NULL)
    {
      if (notify->be_pid != own_pid && self->watch_context != NULL &&
          notify->extra[0] != '\0' && strspn (notify->extra, "0123456789") == strlen (notify->extra))
        g_ptr_array_add (self->other_xacts, g_strdup (notify->extra));
      PQfreemem (notify);
    }
  if (self->other_xacts->len > 0 && self->emit_source == NULL)
    {
      self->emit_source = g_idle_source_new ();
      g_source_set_name (self->emit_source, "[duaal] team database notices");
      g_source_set_callback (self->emit_source, emit_others, self, NULL);
      g_source_attach (self->emit_source, self->watch_context);
    }
}

static gboolean
socket_readable (int          fd,
                 GIOCondition condition,
                 gpointer     data)
{
  DuaalPgStore *self = data;

  g_rec_mutex_lock (&self->lock);
  if (!PQconsumeInput (self->conn) || PQstatus (self->conn) != CONNECTION_OK)
    {
      g_debug ("Team database: %s", PQerrorMessage (self->conn));
      g_clear_pointer (&self->socket_source, g_source_unref);
      set_online (self, FALSE);
      start_reconnecting (self);
      g_rec_mutex_unlock (&self->lock);
      return G_SOURCE_REMOVE;
    }
  take_notices (self);
  g_rec_mutex_unlock (&self->lock);
  return G_SOURCE_CONTINUE;
}

static void
attach_socket (DuaalPgStore *self)
{
  destroy_source (&self->socket_source);
  if (PQsocket (self->conn) < 0)
    return;
  self->socket_source = g_unix_fd_source_new (PQsocket (self->conn), G_IO_IN | G_IO_HUP | G_IO_ERR);
  g_source_set_name (self->socket_source, "[duaal] team database socket");
  g_source_set_callback (self->socket_source, G_SOURCE_FUNC (socket_readable), self, NULL);
  g_source_attach (self->socket_source, self->watch_context);
}

static void
duaal_pg_store_watch (DuaalStore *store)
{
  DuaalPgStore *self = DUAAL_PG_STORE (store);

  g_rec_mutex_lock (&self->lock);
  if (self->watch_context == NULL)
    {
      self->watch_context = g_main_context_ref_thread_default ();
      if (self->online)
        attach_socket (self);
      else
        start_reconnecting (self);
    }
  g_rec_mutex_unlock (&self->lock);
}

/* ------------------------------------------------------------------ */
/* Transactions                                                        */

static void
rollback (DuaalPgStore *self)
{
  if (PQstatus (self->conn) == CONNECTION_OK && PQtransactionStatus (self->conn) != PQTRANS_IDLE)
    {
      g_autoptr(PGresult) result = PQexec (self->conn, "ROLLBACK");
    }
}

static void
wait_before_retry (guint attempt)
{
  guint ceiling = 2000 * MIN (attempt + 1, 25);

  g_usleep (g_random_int_range (500, (gint32) ceiling));
}

/* Ends the transaction in one round trip: the deferred statements,
 * this transaction's own notices (into @own, when writing) and COMMIT.
 * A transaction that sent nothing has nothing to end. */
static gboolean
commit (DuaalPgStore  *self,
        GPtrArray     *own,
        GError       **error)
{
  g_autoptr(GArray) statements = g_array_new (FALSE, TRUE, sizeof (DuaalPgStatement));
  DuaalPgStatement end = { .sql = "COMMIT" };
  DuaalPgStatement notices = { 0 };
  g_autofree PGresult **results = NULL;
  gboolean ok;

  if (self->pending_begin != NULL && self->deferred->len == 0)
    {
      self->pending_begin = NULL;
      return TRUE;
    }
  if (!append_deferred (self, statements, error))
    return FALSE;
  if (own != NULL)
    {
      if ((notices.prepared = prepared_name (self, CHANGE_COLUMNS " WHERE xact = pg_current_xact_id_if_assigned ()"
                                                   " ORDER BY seq", 0, error)) == NULL)
        return FALSE;
      g_array_append_val (statements, notices);
    }
  g_array_append_val (statements, end);
  results = g_new0 (PGresult *, statements->len);
  self->committing = TRUE;
  ok = run_pipeline (self, statements, results, error);
  g_ptr_array_set_size (self->deferred, 0);
  if (ok && own != NULL)
    add_changes (results[statements->len - 2], own);
  for (guint i = 0; i < statements->len; i++)
    g_clear_pointer (&results[i], PQclear);
  return ok;
}

static gboolean
run_transaction (DuaalPgStore    *self,
                 const char      *begin,
                 DuaalPgTxnFunc   func,
                 gpointer         data,
                 GPtrArray       *own,
                 GError         **error)
{
  for (guint attempt = 0;; attempt++)
    {
      g_autoptr(GError) local_error = NULL;

      self->committing = FALSE;
      if (own != NULL)
        g_ptr_array_set_size (own, 0);
      if (ensure_connected (self, &local_error))
        {
          /* sent with the first statement: one round trip less */
          self->pending_begin = begin;
          if (func (self, data, &local_error) && commit (self, own, &local_error))
            {
              take_notices (self);
              return TRUE;
            }
        }
      self->pending_begin = NULL;
      g_ptr_array_set_size (self->deferred, 0);
      rollback (self);
      take_notices (self);
      /* Serialization failures and deadlocks roll the whole transaction
       * back: doing it again is safe.  So is a transaction on a
       * connection that broke while idle (the server restarted), once,
       * unless its COMMIT was sent. */
      if (g_error_matches (local_error, DUAAL_ERROR, DUAAL_ERROR_BUSY) && attempt < MAX_SERIALIZATION_RETRIES)
        {
          wait_before_retry (attempt);
          continue;
        }
      if (!self->committing && attempt == 0 && g_error_matches (local_error, DUAAL_ERROR, DUAAL_ERROR_OFFLINE) &&
          PQstatus (self->conn) != CONNECTION_OK)
        continue;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
}

gboolean
duaal_pg_store_run_write (DuaalPgStore    *self,
                          DuaalPgTxnFunc   func,
                          gpointer         data,
                          GError         **error)
{
  g_autoptr(GPtrArray) own = g_ptr_array_new_with_free_func ((GDestroyNotify) duaal_change_free);
  gboolean ok;

  g_rec_mutex_lock (&self->lock);
  ok = run_transaction (self, "BEGIN ISOLATION LEVEL SERIALIZABLE", func, data, own, error);
  g_rec_mutex_unlock (&self->lock);
  for (guint i = 0; ok && i < own->len; i++)
    duaal_store_emit_changed (DUAAL_STORE (self), g_ptr_array_index (own, i));
  return ok;
}

gboolean
duaal_pg_store_run_read (DuaalPgStore    *self,
                         DuaalPgTxnFunc   func,
                         gpointer         data,
                         GError         **error)
{
  gboolean ok;

  g_rec_mutex_lock (&self->lock);
  ok = run_transaction (self, "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY", func, data, NULL, error);
  g_rec_mutex_unlock (&self->lock);
  return ok;
}

static void
duaal_pg_store_iface_init (DuaalStoreInterface *iface)
{
  iface->watch = duaal_pg_store_watch;
  duaal_pg_data_iface_init (iface);
  duaal_pg_team_iface_init (iface);
  duaal_pg_contexts_iface_init (iface);
  duaal_pg_evaluation_iface_init (iface);
}
