/* duaal-team-location.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "duaal-error.h"
#include "duaal-team-location.h"

gboolean
duaal_team_location_is_local (const char *server)
{
  return server == NULL || server[0] == '\0' || server[0] == '/' ||
         g_ascii_strcasecmp (server, "localhost") == 0 ||
         g_str_has_prefix (server, "127.") ||
         strcmp (server, "::1") == 0;
}

/* libpq's quoting of a key=value value: single quotes, with \ and '
 * escaped by a backslash. */
static void
append_value (GString    *conninfo,
              const char *key,
              const char *value)
{
  if (conninfo->len > 0)
    g_string_append_c (conninfo, ' ');
  g_string_append_printf (conninfo, "%s='", key);
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '\\' || *p == '\'')
        g_string_append_c (conninfo, '\\');
      g_string_append_c (conninfo, *p);
    }
  g_string_append_c (conninfo, '\'');
}

/* Server names, database names and logins a centre uses: readable
 * text without spaces or control characters (which could only be
 * typing mistakes), at most 255 bytes. */
static gboolean
is_plain_field (const char *value)
{
  if (!g_utf8_validate (value, -1, NULL) || strlen (value) > 255)
    return FALSE;
  for (const char *p = value; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || g_unichar_iscntrl (c))
        return FALSE;
    }
  return TRUE;
}

char *
duaal_team_location_build (const char  *server,
                           guint        port,
                           const char  *database,
                           const char  *login,
                           const char  *root_certificate,
                           GError     **error)
{
  g_autoptr(GString) conninfo = g_string_new (NULL);

  if (database == NULL || database[0] == '\0')
    {
      g_set_error_literal (error, DUAAL_ERROR, DUAAL_ERROR_INVALID, _("Fill in the name of the database."));
      return NULL;
    }
  if (login == NULL || login[0] == '\0')
    {
      g_set_error_literal (error, DUAAL_ERROR, DUAAL_ERROR_INVALID, _("Fill in your login."));
      return NULL;
    }
  if (!is_plain_field (server != NULL ? server : "") || !is_plain_field (database) || !is_plain_field (login))
    {
      g_set_error_literal (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                           _("A server, database name or login has no spaces and is at most 255 characters long."));
      return NULL;
    }
  if (port > 65535)
    {
      g_set_error_literal (error, DUAAL_ERROR, DUAAL_ERROR_INVALID, _("A port is a number from 1 to 65535."));
      return NULL;
    }

  if (server != NULL && server[0] != '\0')
    append_value (conninfo, "host", server);
  if (port != 0)
    g_string_append_printf (conninfo, "%sport=%u", conninfo->len > 0 ? " " : "", port);
  append_value (conninfo, "dbname", database);
  append_value (conninfo, "user", login);
  if (!duaal_team_location_is_local (server))
    {
      if (root_certificate != NULL && root_certificate[0] != '\0')
        {
          append_value (conninfo, "sslmode", "verify-full");
          append_value (conninfo, "sslrootcert", root_certificate);
        }
      else
        append_value (conninfo, "sslmode", "require");
    }
  return g_string_free (g_steal_pointer (&conninfo), FALSE);
}

char *
duaal_team_location_with_password (const char *location,
                                   const char *password)
{
  g_autoptr(GString) conninfo = NULL;

  g_return_val_if_fail (location != NULL, NULL);

  /* A URI keeps to libpq's own places for passwords. */
  if (password == NULL || password[0] == '\0' || g_str_has_prefix (location, "postgres"))
    return g_strdup (location);
  conninfo = g_string_new (location);
  append_value (conninfo, "password", password);
  return g_string_free (g_steal_pointer (&conninfo), FALSE);
}
