/* duaal-cli-qualification.c: import-qualification, qualifications
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "duaal-cli-private.h"
#include "duaal-qualification-importer.h"

/* The members both commands print for a qualification. */
static void
write_qualification_members (DuaalJson     *json,
                             gconstpointer  item)
{
  DuaalQualification *qualification = (DuaalQualification *) item;

  duaal_json_member_string (json, "code", duaal_qualification_get_code (qualification));
  duaal_json_member_int (json, "version", duaal_qualification_get_version (qualification));
  duaal_json_member_string (json, "title", duaal_qualification_get_title (qualification));
  duaal_json_member_int (json, "competences", duaal_qualification_get_n_competences (qualification));
  duaal_json_member_int (json, "indicators", duaal_qualification_get_n_indicators (qualification));
}

gboolean
duaal_cli_import_qualification (DuaalCli  *cli,
                                int        argc,
                                char     **argv,
                                GError   **error)
{
  g_autoptr(DuaalQualificationImporter) importer = NULL;
  g_autoptr(DuaalQualification) qualification = NULL;
  DuaalImportStatus status = DUAAL_IMPORT_UNCHANGED;
  DuaalStore *store;
  DuaalJson *json;

  if (!duaal_cli_parse_options (cli, NULL, &argc, &argv, 1, 1, error))
    return FALSE;

  /* The whole file is read and checked before the database is opened. */
  importer = duaal_qualification_importer_new (error);
  if (importer == NULL)
    return FALSE;
  qualification = duaal_qualification_importer_import_file (importer, argv[1], error);
  if (qualification == NULL)
    return FALSE;

  store = duaal_cli_get_store (cli, error);
  if (store == NULL || !duaal_store_import_qualification (store, qualification, &status, error))
    return FALSE;

  json = duaal_json_new ();
  duaal_json_begin_object (json);
  write_qualification_members (json, qualification);
  duaal_json_member_string (json, "status", duaal_import_status_to_string (status));
  duaal_json_end_object (json);
  return duaal_cli_print_json (json, error);
}

gboolean
duaal_cli_qualifications (DuaalCli  *cli,
                          int        argc,
                          char     **argv,
                          GError   **error)
{
  g_autoptr(GPtrArray) qualifications = NULL;
  DuaalStore *store;

  if (!duaal_cli_parse_options (cli, NULL, &argc, &argv, 0, 0, error))
    return FALSE;

  store = duaal_cli_get_store (cli, error);
  if (store == NULL)
    return FALSE;
  qualifications = duaal_store_list_qualifications (store, error);
  return qualifications != NULL
      && duaal_cli_print_list (qualifications, write_qualification_members, error);
}
