/* duaal-cli-import-class.c: import-class, a class list (docs/formats/csv.md)
 *
 * Read by the core's one class-list reader, as the application does.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "duaal-cli-private.h"
#include "duaal-class-list.h"

static void
report_present (const DuaalClassImportResult *result)
{
  if (result->learners_present > 0)
    duaal_cli_note (ngettext ("%u learner was already present in the group",
                              "%u learners were already present in the group",
                              result->learners_present),
                    result->learners_present);
  if (result->companies_present > 0)
    duaal_cli_note (ngettext ("%u company was already present",
                              "%u companies were already present",
                              result->companies_present),
                    result->companies_present);
}

gboolean
duaal_cli_import_class (DuaalCli  *cli,
                        int        argc,
                        char     **argv,
                        GError   **error)
{
  g_autoptr(DuaalClassList) class_list = NULL;
  DuaalClassImportResult result = { 0 };
  const char * const *warnings;
  gint64 group_id;
  DuaalStore *store;
  DuaalJson *json;

  if (!duaal_cli_parse_id_command (cli, NULL, &argc, &argv, 2, _("group"), &group_id, error))
    return FALSE;

  /* The whole file is read and checked before the database is opened. */
  class_list = duaal_class_list_read_file (argv[2], error);
  if (class_list == NULL)
    return FALSE;

  store = duaal_cli_get_store (cli, error);
  if (store == NULL || !duaal_class_list_import (class_list, store, group_id, &result, error))
    return FALSE;

  warnings = duaal_class_list_get_warnings (class_list);
  for (guint i = 0; warnings[i] != NULL; i++)
    duaal_cli_note ("%s", warnings[i]);
  report_present (&result);

  json = duaal_json_new ();
  duaal_json_begin_object (json);
  duaal_json_member_int (json, "learners", result.learners_added);
  duaal_json_member_int (json, "companies", result.companies_added);
  duaal_json_end_object (json);
  return duaal_cli_print_json (json, error);
}
