/* duaal-cli-print.c: how duaal-cli commands print their result
 *
 * Every command prints one JSON document on stdout (formats/cli.md);
 * the shapes many commands share are written here once, so that their
 * JSON cannot drift apart.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "duaal-cli-private.h"

gboolean
duaal_cli_print_json (DuaalJson  *json,
                      GError    **error)
{
  g_autofree char *text = duaal_json_free_to_string (json);

  if (fputs (text, stdout) == EOF || fputc ('\n', stdout) == EOF || fflush (stdout) != 0)
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_IO,
                   _("Could not write the result to standard output"));
      return FALSE;
    }
  return TRUE;
}

gboolean
duaal_cli_print_ok (GError **error)
{
  DuaalJson *json = duaal_json_new ();

  duaal_json_begin_object (json);
  duaal_json_member_boolean (json, "ok", TRUE);
  duaal_json_end_object (json);
  return duaal_cli_print_json (json, error);
}

gboolean
duaal_cli_print_id (gint64   id,
                    GError **error)
{
  return duaal_cli_print_int_member ("id", id, error);
}

gboolean
duaal_cli_print_int_member (const char  *key,
                            gint64       value,
                            GError     **error)
{
  DuaalJson *json = duaal_json_new ();

  duaal_json_begin_object (json);
  duaal_json_member_int (json, key, value);
  duaal_json_end_object (json);
  return duaal_cli_print_json (json, error);
}

gboolean
duaal_cli_print_string_member (const char  *key,
                               const char  *value,
                               GError     **error)
{
  DuaalJson *json = duaal_json_new ();

  duaal_json_begin_object (json);
  duaal_json_member_string (json, key, value);
  duaal_json_end_object (json);
  return duaal_cli_print_json (json, error);
}

gboolean
duaal_cli_print_file (const char  *file,
                      guint        pages,
                      GError     **error)
{
  DuaalJson *json = duaal_json_new ();

  duaal_json_begin_object (json);
  duaal_json_member_string (json, "file", file);
  duaal_json_member_int (json, "pages", pages);
  duaal_json_end_object (json);
  return duaal_cli_print_json (json, error);
}

gboolean
duaal_cli_print_list (GPtrArray             *items,
                      DuaalCliWriteMembers   write_members,
                      GError               **error)
{
  DuaalJson *json = duaal_json_new ();

  duaal_json_begin_array (json);
  for (guint i = 0; i < items->len; i++)
    {
      duaal_json_begin_object (json);
      write_members (json, g_ptr_array_index (items, i));
      duaal_json_end_object (json);
    }
  duaal_json_end_array (json);
  return duaal_cli_print_json (json, error);
}

void
duaal_cli_note (const char *format,
                ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  fprintf (stderr, "duaal-cli: %s\n", message);
}
