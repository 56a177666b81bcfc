/* duaal-team-secret.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <libsecret/secret.h>

#include "duaal-team-secret.h"

static const SecretSchema *
duaal_team_secret_schema (void)
{
  static const SecretSchema schema = {
    "org.example.Duaal.TeamDatabase", SECRET_SCHEMA_NONE,
    {
      { "server", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "database", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "login", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { NULL, 0 },
    },
  };

  return &schema;
}

void
duaal_team_secret_lookup (const char          *server,
                          const char          *database,
                          const char          *login,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  secret_password_lookup (duaal_team_secret_schema (), cancellable, callback, user_data,
                          "server", server != NULL ? server : "",
                          "database", database,
                          "login", login,
                          NULL);
}

char *
duaal_team_secret_lookup_finish (GAsyncResult  *result,
                                 GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  char *password = secret_password_lookup_finish (result, &local_error);
  char *copy;

  if (local_error != NULL)
    {
      g_set_error (error, local_error->domain, local_error->code,
                   _("The keyring could not be read: %s"), local_error->message);
      return NULL;
    }
  /* Out of libsecret's non-pageable memory, into an ordinary string the
   * caller frees; it lives only until the connection is made. */
  copy = g_strdup (password);
  secret_password_free (password);
  return copy;
}

void
duaal_team_secret_store (const char          *server,
                         const char          *database,
                         const char          *login,
                         const char          *password,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autofree char *label = g_strdup_printf (_("Duaal team database %s on %s (%s)"),
                                            database, server != NULL && server[0] != '\0' ? server : "localhost",
                                            login);

  secret_password_store (duaal_team_secret_schema (), SECRET_COLLECTION_DEFAULT, label, password,
                         cancellable, callback, user_data,
                         "server", server != NULL ? server : "",
                         "database", database,
                         "login", login,
                         NULL);
}

gboolean
duaal_team_secret_store_finish (GAsyncResult  *result,
                                GError       **error)
{
  return secret_password_store_finish (result, error);
}
