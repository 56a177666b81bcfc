/* duaal-team-secret.h: team database passwords in the GNOME keyring
 *
 * The password of a team database login is kept by libsecret (the
 * keyring the coach unlocks when logging in), keyed by server, database
 * and login; never in GSettings, a file of Duaal's or a log (SPEC 13).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

void      duaal_team_secret_lookup        (const char          *server,
                                           const char          *database,
                                           const char          *login,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
/* (nullable) the password, NULL when none is kept (no error then) */
char     *duaal_team_secret_lookup_finish (GAsyncResult        *result,
                                           GError             **error);
void      duaal_team_secret_store         (const char          *server,
                                           const char          *database,
                                           const char          *login,
                                           const char          *password,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
gboolean  duaal_team_secret_store_finish  (GAsyncResult        *result,
                                           GError             **error);

G_END_DECLS
