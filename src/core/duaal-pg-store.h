/* duaal-pg-store.h: the PostgreSQL backend of DuaalStore (SPEC 13)
 *
 * One shared database for a centre's team.  The connection string is
 * libpq's (postgresql://USER@HOST/DB, postgres://..., or key=value);
 * passwords come from where libpq looks (~/.pgpass, PGPASSFILE,
 * PGPASSWORD, a service file), never from Duaal.  A server that is not
 * on this machine is reached over TLS: sslmode=require at least, unless
 * the string asks for verify-ca or verify-full.
 *
 * The schema is versioned in the table duaal_schema and made or
 * migrated by duaal_pg_store_setup() (duaal-cli setup-team), never by
 * opening: opening a database that is not set up fails.
 *
 * When the connection drops, every call fails with DUAAL_ERROR_OFFLINE
 * and the store tries to reconnect on the next call (and, once
 * watching, every few seconds by itself); after reconnecting it emits
 * a notice of kind DUAAL_CHANGE_ALL, since others may have written in
 * between.  A write is acknowledged only when its COMMIT succeeded.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "duaal-store.h"

G_BEGIN_DECLS

#define DUAAL_TYPE_PG_STORE (duaal_pg_store_get_type ())
G_DECLARE_FINAL_TYPE (DuaalPgStore, duaal_pg_store, DUAAL, PG_STORE, GObject)

typedef enum {
  DUAAL_PG_SETUP_CREATED,
  DUAAL_PG_SETUP_MIGRATED,
  DUAAL_PG_SETUP_UNCHANGED,
} DuaalPgSetupStatus;

const char   *duaal_pg_setup_status_to_string   (DuaalPgSetupStatus status);

/* Whether @location is a libpq connection string rather than a file:
 * postgresql://, postgres://, or key=value (anything with a '='). */
gboolean      duaal_pg_store_is_conninfo        (const char *location);

/* Connects to a database set up by duaal_pg_store_setup(). */
DuaalPgStore *duaal_pg_store_open               (const char          *conninfo,
                                                 GError             **error);
/* Creates or migrates the schema (and, through the team part, roles
 * and policies) in one transaction; returns the schema version, 0 on
 * error.  Idempotent: a second call says DUAAL_PG_SETUP_UNCHANGED. */
guint         duaal_pg_store_setup              (const char          *conninfo,
                                                 DuaalPgSetupStatus  *status,
                                                 GError             **error);
guint         duaal_pg_store_schema_version     (void);

/* Whether the connection is up as far as the store knows (the
 * "online" property; notified when it changes). */
gboolean      duaal_pg_store_is_online          (DuaalPgStore *self);
/* Tries to reconnect now when the connection is down; TRUE when up. */
gboolean      duaal_pg_store_reconnect          (DuaalPgStore *self,
                                                 GError      **error);
/* (transfer full) For the header: e.g. "TLS 1.3 (TLS_AES_256_GCM_SHA384)"
 * or "local, not encrypted"; translated. */
char         *duaal_pg_store_get_tls_summary    (DuaalPgStore *self);
/* (transfer full) "login@host/database", without any password. */
char         *duaal_pg_store_get_display_name   (DuaalPgStore *self);

/* What import_database copied. */
typedef struct {
  guint qualifications;
  guint groups;
  guint learners;
  guint scores;    /* entries of the score log */
  guint periods;   /* closed periods, with their frozen scores */
} DuaalPgImportResult;

/* Copies a whole SQLite database (@path) into this one, in one
 * transaction: qualifications (through the re-import rules), groups
 * with teachers and periods (closed ones with their scores), companies
 * with activities and trainers, learners with plans, the full score
 * log with authors, times, sources and changed fields, the current
 * scores, the session planner's settings; the attention list is made
 * again.  Refuses (DUAAL_ERROR_CONFLICT) when a class group of the same
 * name and qualification is here already: a second move is refused. */
gboolean      duaal_pg_store_import_database    (DuaalPgStore        *self,
                                                 const char          *path,
                                                 DuaalPgImportResult *result,
                                                 GError             **error);

G_END_DECLS
