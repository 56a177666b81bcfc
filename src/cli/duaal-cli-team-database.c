/* duaal-cli-team-database.c: setup-team and import-database (SPEC 13)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "duaal-cli-private.h"
#include "duaal-pg-store.h"

/* The team database's connection string, from --db: these commands
 * have no meaning for a file. */
static const char *
require_team_database (DuaalCli  *cli,
                       GError   **error)
{
  const char *location = duaal_cli_get_db_path (cli);

  if (!duaal_pg_store_is_conninfo (location))
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   _("needs a team database: give its connection string with --db "
                     "(for example --db postgresql://coach@server/duaal)"));
      return NULL;
    }
  return location;
}

gboolean
duaal_cli_setup_team (DuaalCli  *cli,
                      int        argc,
                      char     **argv,
                      GError   **error)
{
  DuaalPgSetupStatus status;
  const char *conninfo;
  DuaalJson *json;
  guint version;

  if (!duaal_cli_parse_options (cli, NULL, &argc, &argv, 0, 0, error) ||
      (conninfo = require_team_database (cli, error)) == NULL ||
      (version = duaal_pg_store_setup (conninfo, &status, error)) == 0)
    return FALSE;
  json = duaal_json_new ();
  duaal_json_begin_object (json);
  duaal_json_member_int (json, "schema_version", version);
  duaal_json_member_string (json, "status", duaal_pg_setup_status_to_string (status));
  duaal_json_end_object (json);
  return duaal_cli_print_json (json, error);
}

gboolean
duaal_cli_import_database (DuaalCli  *cli,
                           int        argc,
                           char     **argv,
                           GError   **error)
{
  DuaalPgImportResult result;
  DuaalStore *store;
  DuaalJson *json;

  if (!duaal_cli_parse_options (cli, NULL, &argc, &argv, 1, 1, error) ||
      require_team_database (cli, error) == NULL ||
      (store = duaal_cli_get_store (cli, error)) == NULL ||
      !duaal_pg_store_import_database (DUAAL_PG_STORE (store), argv[1], &result, error))
    return FALSE;
  json = duaal_json_new ();
  duaal_json_begin_object (json);
  duaal_json_member_int (json, "qualifications", result.qualifications);
  duaal_json_member_int (json, "groups", result.groups);
  duaal_json_member_int (json, "learners", result.learners);
  duaal_json_member_int (json, "scores", result.scores);
  duaal_json_member_int (json, "periods", result.periods);
  duaal_json_end_object (json);
  return duaal_cli_print_json (json, error);
}
