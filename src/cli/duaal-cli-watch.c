/* duaal-cli-watch.c: watch, the store's change notices as JSON lines
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "duaal-cli-private.h"

typedef struct {
  GMainLoop *loop;
  gint64     group_id;   /* 0: every group */
  guint      count;      /* 0: no limit */
  guint      printed;
  GError    *error;      /* the first failure to print */
} Watch;

static DuaalJson *
change_to_json (const DuaalChange *change)
{
  DuaalJson *json = duaal_json_new ();

  duaal_json_begin_object (json);
  duaal_json_member_string (json, "kind", duaal_change_kind_to_string (change->kind));
  if (change->group_id != 0)
    duaal_json_member_int (json, "group", change->group_id);
  if (change->learner_id != 0)
    duaal_json_member_int (json, "learner", change->learner_id);
  if (change->company_id != 0)
    duaal_json_member_int (json, "company", change->company_id);
  if (change->qualification != NULL)
    duaal_json_member_string (json, "qualification", change->qualification);
  duaal_json_end_object (json);
  return json;
}

static void
on_changed (DuaalStore  *store,
            DuaalChange *change,
            Watch       *watch)
{
  if (watch->error != NULL || (watch->count > 0 && watch->printed >= watch->count))
    return;
  /* A change that names no group (a company, a qualification, "all")
   * may concern any group, so a watcher of one group hears it too. */
  if (watch->group_id != 0 && change->group_id != 0 && change->group_id != watch->group_id)
    return;
  if (!duaal_cli_print_json (change_to_json (change), &watch->error))
    {
      g_main_loop_quit (watch->loop);
      return;
    }
  watch->printed++;
  if (watch->count > 0 && watch->printed >= watch->count)
    g_main_loop_quit (watch->loop);
}

static gboolean
on_timeout (gpointer data)
{
  g_main_loop_quit (data);
  return G_SOURCE_REMOVE;
}

static gboolean
parse_count (const char  *text,
             const char  *what,
             guint       *value,
             GError     **error)
{
  guint64 parsed;

  if (!g_ascii_string_to_unsigned (text, 10, 1, G_MAXUINT, &parsed, NULL))
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   _("%s must be a whole number of at least 1, not “%s”"), what, text);
      return FALSE;
    }
  *value = (guint) parsed;
  return TRUE;
}

gboolean
duaal_cli_watch (DuaalCli  *cli,
                 int        argc,
                 char     **argv,
                 GError   **error)
{
  g_autofree char *count_text = NULL;
  g_autofree char *timeout_text = NULL;
  const GOptionEntry entries[] = {
    { "count", 'n', 0, G_OPTION_ARG_STRING, &count_text,
      N_("Stop after this many notices"), N_("N") },
    { "timeout", 't', 0, G_OPTION_ARG_STRING, &timeout_text,
      N_("Stop after this many seconds"), N_("S") },
    { NULL }
  };
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  Watch watch = { .loop = loop };
  guint timeout_s = 0;
  DuaalStore *store;
  gulong handler;

  if (!duaal_cli_parse_options (cli, entries, &argc, &argv, 0, 1, error))
    return FALSE;
  if ((argc > 1 && !duaal_cli_parse_id (argv[1], _("group"), &watch.group_id, error)) ||
      (count_text != NULL && !parse_count (count_text, "--count", &watch.count, error)) ||
      (timeout_text != NULL && !parse_count (timeout_text, "--timeout", &timeout_s, error)))
    return FALSE;

  store = duaal_cli_get_store (cli, error);
  if (store == NULL)
    return FALSE;
  if (watch.group_id != 0)
    {
      g_autoptr(DuaalClassGroup) group = duaal_store_get_group (store, watch.group_id, error);
      if (group == NULL)
        return FALSE;
    }

  handler = g_signal_connect (store, "changed", G_CALLBACK (on_changed), &watch);
  duaal_store_watch (store);
  if (timeout_s > 0)
    g_timeout_add_seconds (timeout_s, on_timeout, loop);
  g_main_loop_run (loop);
  g_signal_handler_disconnect (store, handler);

  if (watch.error != NULL)
    {
      g_propagate_error (error, watch.error);
      return FALSE;
    }
  return TRUE;
}
