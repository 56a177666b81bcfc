/* duaal-cli-attention.c: attention, the coach's attention list of a class group
 *
 * SPEC section 7: every (learner, competence) where the actors' colours
 * disagree, most severe first.  Now: the list the store keeps up to date
 * on every write, which costs what it lists.  A closed period: computed
 * from its frozen scores, which go through the viewer filter like every
 * other output (the coach sees everything, so both list the same).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "duaal-attention.h"
#include "duaal-cli-private.h"
#include "duaal-status-filter.h"

static void
write_item (DuaalJson     *json,
            gconstpointer  data)
{
  const DuaalAttentionItem *item = data;

  duaal_json_member_int (json, "learner", item->learner_id);
  duaal_json_member_string (json, "competence", item->competence_id);
  duaal_json_member_int (json, "severity", item->severity);
  duaal_json_member (json, "colours");
  duaal_json_begin_object (json);
  for (DuaalActor a = 0; a < DUAAL_N_ACTORS; a++)
    duaal_json_member_string (json, duaal_actor_to_string (a), duaal_colour_to_string (item->colours[a]));
  duaal_json_end_object (json);
  /* Beyond cli.md's fields: the indicators one actor scored X and another V. */
  duaal_json_member (json, "indicators");
  duaal_json_begin_array (json);
  for (guint i = 0; i < item->indicators->len; i++)
    duaal_json_string (json, g_ptr_array_index (item->indicators, i));
  duaal_json_end_array (json);
}

static GPtrArray *
collect_closed_period (DuaalStore  *store,
                       gint64       group_id,
                       guint        period,
                       GError     **error)
{
  g_autoptr(DuaalStatus) status = duaal_store_load_group_status (store, group_id, period, error);
  g_autoptr(DuaalStatus) visible = NULL;

  if (status == NULL)
    return NULL;
  visible = duaal_status_filter_for_viewer (status, DUAAL_VIEWER_COACH, 0, error);
  if (visible == NULL)
    return NULL;
  return duaal_attention_collect (visible);
}

gboolean
duaal_cli_attention (DuaalCli  *cli,
                     int        argc,
                     char     **argv,
                     GError   **error)
{
  g_autofree char *period_text = NULL;
  const GOptionEntry entries[] = {
    DUAAL_CLI_CLOSED_PERIOD_OPTION (&period_text),
    { NULL }
  };
  g_autoptr(GPtrArray) items = NULL;
  DuaalStore *store;
  gint64 group_id;
  guint period = 0;

  if (!duaal_cli_parse_id_command (cli, entries, &argc, &argv, 1, _("group"), &group_id, error)
      || !duaal_cli_parse_optional_period (period_text, &period, error))
    return FALSE;

  store = duaal_cli_get_store (cli, error);
  if (store == NULL)
    return FALSE;
  items = period == 0 ? duaal_attention_list_now (store, group_id, error)
                      : collect_closed_period (store, group_id, period, error);
  return items != NULL && duaal_cli_print_list (items, write_item, error);
}
