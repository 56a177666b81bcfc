/* duaal-cli-import-class.c: import-class, a class list (formats/csv.md)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "duaal-cli-private.h"
#include "duaal-csv.h"

static const char * const required_columns[] = { "learner", "company", "trainer", NULL };

/* The rows of @csv as the store wants them; every row checked first so a
 * bad line refuses the whole file.  The strings belong to @csv. */
static GArray *
class_rows_from_csv (DuaalCsv  *csv,
                     GError   **error)
{
  guint n_rows = duaal_csv_get_n_rows (csv);
  g_autoptr(GArray) rows = g_array_sized_new (FALSE, TRUE, sizeof (DuaalClassRow), n_rows);

  for (guint i = 0; i < n_rows; i++)
    {
      const char *learner = duaal_csv_get_value (csv, i, "learner");
      const char *company = duaal_csv_get_value (csv, i, "company");
      /* May be empty: a trainer is added later. */
      const char *trainer = duaal_csv_get_value (csv, i, "trainer");
      DuaalClassRow row = { learner, company, *trainer != '\0' ? trainer : NULL };

      if (*learner == '\0')
        {
          g_propagate_error (error, duaal_csv_new_row_error (csv, i, _("the learner’s name is empty")));
          return NULL;
        }
      if (*company == '\0')
        {
          g_propagate_error (error, duaal_csv_new_row_error (csv, i, _("the company is empty")));
          return NULL;
        }
      g_array_append_val (rows, row);
    }
  return g_steal_pointer (&rows);
}

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
  g_autoptr(DuaalCsv) csv = NULL;
  g_autoptr(GArray) rows = NULL;
  DuaalClassImportResult result = { 0 };
  const char * const *warnings;
  gint64 group_id;
  DuaalStore *store;
  DuaalJson *json;

  if (!duaal_cli_parse_options (cli, NULL, &argc, &argv, 2, 2, error))
    return FALSE;
  if (!duaal_cli_parse_id (argv[1], _("group"), &group_id, error))
    return FALSE;

  /* The whole file is read and checked before the database is opened. */
  csv = duaal_csv_parse_file (argv[2], required_columns, error);
  if (csv == NULL)
    return FALSE;
  rows = class_rows_from_csv (csv, error);
  if (rows == NULL)
    return FALSE;

  store = duaal_cli_get_store (cli, error);
  if (store == NULL ||
      !duaal_store_import_class (store, group_id, (const DuaalClassRow *) rows->data, rows->len,
                                 &result, error))
    return FALSE;

  warnings = duaal_csv_get_warnings (csv);
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
