/* duaal-cli-demo.c: demo, the demo class group for a first look
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "duaal-cli-private.h"
#include "duaal-demo.h"

gboolean
duaal_cli_demo (DuaalCli  *cli,
                int        argc,
                char     **argv,
                GError   **error)
{
  DuaalStore *store;
  gint64 group_id = 0;
  guint n_learners = 0;
  DuaalJson *json;

  if (!duaal_cli_parse_options (cli, NULL, &argc, &argv, 0, 0, error))
    return FALSE;
  store = duaal_cli_get_store (cli, error);
  if (store == NULL || !duaal_demo_load (store, &group_id, &n_learners, error))
    return FALSE;

  json = duaal_json_new ();
  duaal_json_begin_object (json);
  duaal_json_member_int (json, "group", group_id);
  duaal_json_member_int (json, "learners", n_learners);
  duaal_json_end_object (json);
  return duaal_cli_print_json (json, error);
}
