/* duaal-cli-group.c: add-group, groups, add-company, add-learner, learners, close-period
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "duaal-cli-private.h"

gboolean
duaal_cli_add_group (DuaalCli  *cli,
                     int        argc,
                     char     **argv,
                     GError   **error)
{
  g_autofree char *qualification = NULL;
  const GOptionEntry entries[] = {
    { "qualification", 'q', 0, G_OPTION_ARG_STRING, &qualification,
      N_("The qualification the group follows (required)"), N_("CODE[@VERSION]") },
    { NULL }
  };
  g_autofree char *code = NULL;
  guint version = 0;
  DuaalStore *store;
  gint64 group_id;

  if (!duaal_cli_parse_options (cli, entries, &argc, &argv, 1, 1, error))
    return FALSE;
  if (qualification == NULL)
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   _("--qualification is required (see duaal-cli add-group --help)"));
      return FALSE;
    }
  if (!duaal_cli_check_name (argv[1], DUAAL_NAME_GROUP, error)
      || !duaal_cli_parse_qualification (qualification, &code, &version, error))
    return FALSE;

  store = duaal_cli_get_store (cli, error);
  if (store == NULL)
    return FALSE;
  group_id = duaal_store_add_group (store, argv[1], code, version, error);
  if (group_id == 0)
    return FALSE;
  return duaal_cli_print_id (group_id, error);
}

/* "c01, c02,c07" into a list of ids, each checked, duplicates dropped. */
static GStrv
parse_activities (const char  *text,
                  GError     **error)
{
  g_auto(GStrv) parts = g_strsplit (text, ",", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *id = g_strstrip (parts[i]);

      /* An empty option value means an empty activity list. */
      if (*id == '\0' && parts[1] == NULL)
        break;
      if (!duaal_cli_check_competence_id (id, error))
        return NULL;
      if (g_hash_table_add (seen, id))
        g_strv_builder_add (builder, id);
    }
  return g_strv_builder_end (builder);
}

gboolean
duaal_cli_add_company (DuaalCli  *cli,
                       int        argc,
                       char     **argv,
                       GError   **error)
{
  g_autofree char *activities_text = NULL;
  const GOptionEntry entries[] = {
    { "activities", 'a', 0, G_OPTION_ARG_STRING, &activities_text,
      N_("The competences of the company’s activity list"), N_("ID,ID,…") },
    { NULL }
  };
  g_auto(GStrv) activities = NULL;
  DuaalStore *store;
  gint64 company_id;

  if (!duaal_cli_parse_options (cli, entries, &argc, &argv, 1, 1, error))
    return FALSE;
  if (!duaal_cli_check_name (argv[1], DUAAL_NAME_COMPANY, error))
    return FALSE;
  activities = parse_activities (activities_text != NULL ? activities_text : "", error);
  if (activities == NULL)
    return FALSE;

  store = duaal_cli_get_store (cli, error);
  if (store == NULL)
    return FALSE;
  company_id = duaal_store_add_company (store, argv[1], (const char * const *) activities, error);
  if (company_id == 0)
    return FALSE;
  return duaal_cli_print_id (company_id, error);
}

gboolean
duaal_cli_add_learner (DuaalCli  *cli,
                       int        argc,
                       char     **argv,
                       GError   **error)
{
  g_autofree char *company = NULL;
  g_autofree char *trainer = NULL;
  const GOptionEntry entries[] = {
    { "company", 'c', 0, G_OPTION_ARG_STRING, &company,
      N_("The id of the learner’s company (required)"), N_("COMPANY") },
    { "trainer", 't', 0, G_OPTION_ARG_STRING, &trainer,
      N_("The name of the learner’s trainer at the company"), N_("NAME") },
    { NULL }
  };
  gint64 group_id, company_id, learner_id;
  DuaalStore *store;

  if (!duaal_cli_parse_options (cli, entries, &argc, &argv, 2, 2, error))
    return FALSE;
  if (company == NULL)
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   _("--company is required (see duaal-cli add-learner --help)"));
      return FALSE;
    }
  if (!duaal_cli_parse_id (argv[1], _("group"), &group_id, error)
      || !duaal_cli_check_name (argv[2], DUAAL_NAME_LEARNER, error)
      || !duaal_cli_parse_id (company, _("company"), &company_id, error)
      || (trainer != NULL && !duaal_cli_check_name (trainer, DUAAL_NAME_TRAINER, error)))
    return FALSE;

  store = duaal_cli_get_store (cli, error);
  if (store == NULL)
    return FALSE;
  learner_id = duaal_store_add_learner (store, group_id, argv[2], company_id, trainer, error);
  if (learner_id == 0)
    return FALSE;
  return duaal_cli_print_id (learner_id, error);
}

gboolean
duaal_cli_close_period (DuaalCli  *cli,
                        int        argc,
                        char     **argv,
                        GError   **error)
{
  gint64 group_id;
  DuaalStore *store;
  guint period;

  if (!duaal_cli_parse_id_command (cli, NULL, &argc, &argv, 1, _("group"), &group_id, error))
    return FALSE;

  store = duaal_cli_get_store (cli, error);
  if (store == NULL)
    return FALSE;
  period = duaal_store_close_period (store, group_id, error);
  return period != 0 && duaal_cli_print_int_member ("period", period, error);
}

static void
write_group (DuaalJson     *json,
             gconstpointer  item)
{
  DuaalClassGroup *group = (DuaalClassGroup *) item;

  duaal_json_member_int (json, "id", duaal_class_group_get_id (group));
  duaal_json_member_string (json, "name", duaal_class_group_get_name (group));
  duaal_json_member_string (json, "qualification", duaal_class_group_get_qualification_code (group));
  duaal_json_member_int (json, "version", duaal_class_group_get_qualification_version (group));
}

gboolean
duaal_cli_groups (DuaalCli  *cli,
                  int        argc,
                  char     **argv,
                  GError   **error)
{
  g_autoptr(GPtrArray) groups = NULL;
  DuaalStore *store;

  if (!duaal_cli_parse_options (cli, NULL, &argc, &argv, 0, 0, error))
    return FALSE;
  store = duaal_cli_get_store (cli, error);
  if (store == NULL)
    return FALSE;
  groups = duaal_store_list_groups (store, error);
  return groups != NULL && duaal_cli_print_list (groups, write_group, error);
}

static void
write_learner (DuaalJson     *json,
               gconstpointer  item)
{
  DuaalLearner *learner = (DuaalLearner *) item;

  duaal_json_member_int (json, "id", duaal_learner_get_id (learner));
  duaal_json_member_string (json, "name", duaal_learner_get_name (learner));
  duaal_json_member_string (json, "company", duaal_learner_get_company_name (learner));
  duaal_json_member_string (json, "trainer", duaal_learner_get_trainer_name (learner));
}

gboolean
duaal_cli_learners (DuaalCli  *cli,
                    int        argc,
                    char     **argv,
                    GError   **error)
{
  return duaal_cli_list_of_id (cli, argc, argv, _("group"), duaal_store_list_learners, write_learner, error);
}
