/* duaal-cli-list.c: the listing commands that differ only in what they list
 *
 * "learners GROUP", "warnings GROUP", "units QUALIFICATION", "contexts
 * QUALIFICATION": parse the one argument, open the store, list, print
 * one object per item.  Their handlers name the list and how an item is
 * written; the steps, and their order, are here once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "duaal-cli-private.h"

gboolean
duaal_cli_list_of_id (DuaalCli              *cli,
                      int                    argc,
                      char                 **argv,
                      const char            *what,
                      DuaalCliListOfId       list,
                      DuaalCliWriteMembers   write_members,
                      GError               **error)
{
  g_autoptr(GPtrArray) items = NULL;
  DuaalStore *store;
  gint64 id;

  if (!duaal_cli_parse_id_command (cli, NULL, &argc, &argv, 1, what, &id, error))
    return FALSE;
  store = duaal_cli_get_store (cli, error);
  if (store == NULL)
    return FALSE;
  items = list (store, id, error);
  return items != NULL && duaal_cli_print_list (items, write_members, error);
}

gboolean
duaal_cli_list_of_qualification (DuaalCli                     *cli,
                                 int                           argc,
                                 char                        **argv,
                                 DuaalCliListOfQualification   list,
                                 DuaalCliWriteMembers          write_members,
                                 GError                      **error)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *code = NULL;
  DuaalStore *store;
  guint version;

  if (!duaal_cli_parse_qualification_command (cli, NULL, &argc, &argv, 1, &code, &version, error))
    return FALSE;
  store = duaal_cli_get_store (cli, error);
  if (store == NULL)
    return FALSE;
  items = list (store, code, version, error);
  return items != NULL && duaal_cli_print_list (items, write_members, error);
}
