/* duaal-team-location.h: where a team database is (SPEC section 13)
 *
 * A team database is named by a libpq connection string.  These helpers
 * make one from what a coach types (server, port, database, login);
 * duaal_pg_store_is_conninfo() tells one from a database file.
 * A password never goes into a location: it comes from where libpq looks
 * or, in the application, from the keyring.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* TRUE when @server is this machine (empty, localhost, a loopback
 * address or a socket directory): no TLS is needed to reach it. */
gboolean  duaal_team_location_is_local (const char *server);

/* A key=value connection string; @port 0 leaves libpq's default.  A
 * server that is not local gets sslmode=require (verify-full when
 * @root_certificate is given).  NULL with @error set when a field is
 * empty or holds characters no server name or login has. */
char     *duaal_team_location_build    (const char  *server,
                                        guint        port,
                                        const char  *database,
                                        const char  *login,
                                        const char  *root_certificate,
                                        GError     **error);

/* @location with password=… added, for the connection only (never shown,
 * stored or logged). */
char     *duaal_team_location_with_password (const char *location,
                                             const char *password);

G_END_DECLS
