/* duaal-cli-evaluation.c: training units, flexible evaluation, workplace results, warnings and visits
 *
 * SPEC section 15; the JSON of formats/cli.md "Evaluation (SPEC 15)".
 * Every argument is checked before the store is opened, so a bad
 * command line never creates or touches a database.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "duaal-cli-private.h"
#include "duaal-evaluation-report.h"
#include "duaal-visit-agenda.h"

/* "a,b,c" -> the non-empty parts, each a valid id; @what names them. */
static GStrv
parse_id_list (const char  *text,
               const char  *what,
               GError     **error)
{
  g_auto(GStrv) parts = g_strsplit (text, ",", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *part = g_strstrip (parts[i]);

      if (part[0] == '\0')
        continue;
      if (!duaal_cli_is_valid_item_id (part))
        {
          g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID, _("“%s” is not a valid %s"), part, what);
          return NULL;
        }
      g_strv_builder_add (builder, part);
    }
  return g_strv_builder_end (builder);
}

static gboolean
parse_day (const char  *text,
           GDate       *day,
           GError     **error)
{
  g_autoptr(GDate) parsed = duaal_period_date_from_iso (text);

  if (parsed == NULL)
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   _("“%s” is not a date of the form YYYY-MM-DD"), text);
      return FALSE;
    }
  *day = *parsed;
  return TRUE;
}

static void
write_day (DuaalJson   *json,
           const char  *key,
           const GDate *day)
{
  g_autofree char *iso = g_date_valid (day) ? duaal_period_date_to_iso (day) : NULL;

  duaal_json_member_string (json, key, iso);
}

static void
write_percent (DuaalJson *json,
               guint      tenths)
{
  /* A JSON number: 49.9, 50 (tenths / 10.0 prints back exactly). */
  if (tenths % 10 == 0)
    duaal_json_int (json, tenths / 10);
  else
    duaal_json_double (json, tenths / 10.0);
}

/* ------------------------------------------------------------------ */
/* Training units                                                      */

gboolean
duaal_cli_add_unit (DuaalCli  *cli,
                    int        argc,
                    char     **argv,
                    GError   **error)
{
  g_autofree char *competences_text = NULL;
  const GOptionEntry entries[] = {
    { "competences", 'c', 0, G_OPTION_ARG_STRING, &competences_text,
      N_("The unit’s competences, comma-separated"), N_("C,...") },
    { NULL }
  };
  g_autoptr(DuaalTrainingUnit) unit = NULL;
  g_autofree char *code = NULL;
  g_auto(GStrv) competences = NULL;
  DuaalStore *store;
  guint version;

  if (!duaal_cli_parse_qualification_command (cli, entries, &argc, &argv, 3, &code, &version, error)
      || !duaal_cli_require_option (competences_text, "--competences", error))
    return FALSE;
  competences = parse_id_list (competences_text, _("competence id"), error);
  if (competences == NULL)
    return FALSE;
  unit = duaal_training_unit_new_checked (argv[2], argv[3], (const char * const *) competences, error);
  if (unit == NULL)
    return FALSE;

  store = duaal_cli_get_store (cli, error);
  if (store == NULL || !duaal_store_add_training_unit (store, code, version, unit, error))
    return FALSE;
  return duaal_cli_print_string_member ("code", duaal_training_unit_get_code (unit), error);
}

static void
write_unit (DuaalJson     *json,
            gconstpointer  item)
{
  DuaalTrainingUnit *unit = (DuaalTrainingUnit *) item;
  const char * const *competences = duaal_training_unit_get_competences (unit);

  duaal_json_member_string (json, "code", duaal_training_unit_get_code (unit));
  duaal_json_member_string (json, "title", duaal_training_unit_get_title (unit));
  duaal_json_member (json, "competences");
  duaal_json_begin_array (json);
  for (guint c = 0; competences[c] != NULL; c++)
    duaal_json_string (json, competences[c]);
  duaal_json_end_array (json);
}

gboolean
duaal_cli_units (DuaalCli  *cli,
                 int        argc,
                 char     **argv,
                 GError   **error)
{
  return duaal_cli_list_of_qualification (cli, argc, argv, duaal_store_list_training_units, write_unit, error);
}

/* ------------------------------------------------------------------ */
/* Flexible evaluation                                                 */

gboolean
duaal_cli_choose_unit (DuaalCli  *cli,
                       int        argc,
                       char     **argv,
                       GError   **error)
{
  g_autofree char *period_text = NULL;
  const GOptionEntry entries[] = {
    DUAAL_CLI_PERIOD_OPTION (&period_text,
                             N_("The evaluation period the units are assessed at the end of")),
    { NULL }
  };
  g_auto(GStrv) units = NULL;
  DuaalStore *store;
  gint64 learner_id;
  guint period;

  if (!duaal_cli_parse_id_command (cli, entries, &argc, &argv, 2, _("learner"), &learner_id, error)
      || !duaal_cli_require_option (period_text, "--period", error)
      || !duaal_cli_parse_period (period_text, &period, error))
    return FALSE;
  units = parse_id_list (argv[2], _("training unit code"), error);
  if (units == NULL)
    return FALSE;
  if (units[0] == NULL)
    {
      g_set_error_literal (error, DUAAL_ERROR, DUAAL_ERROR_INVALID, _("Name at least one training unit"));
      return FALSE;
    }

  store = duaal_cli_get_store (cli, error);
  if (store == NULL
      || !duaal_store_choose_units (store, learner_id, period, (const char * const *) units, NULL, error))
    return FALSE;
  return duaal_cli_print_ok (error);
}

static void
write_learner_ids (DuaalJson *json,
                   GArray    *ids)
{
  duaal_json_begin_array (json);
  for (guint i = 0; i < ids->len; i++)
    duaal_json_int (json, g_array_index (ids, gint64, i));
  duaal_json_end_array (json);
}

gboolean
duaal_cli_evaluations (DuaalCli  *cli,
                       int        argc,
                       char     **argv,
                       GError   **error)
{
  g_autofree char *period_text = NULL;
  const GOptionEntry entries[] = {
    DUAAL_CLI_PERIOD_OPTION (&period_text, N_("The evaluation period")),
    { NULL }
  };
  g_autoptr(DuaalEvaluationGrid) grid = NULL;
  DuaalStore *store;
  DuaalJson *json;
  gint64 group_id;
  guint period;

  if (!duaal_cli_parse_id_command (cli, entries, &argc, &argv, 1, _("group"), &group_id, error)
      || !duaal_cli_require_option (period_text, "--period", error)
      || !duaal_cli_parse_period (period_text, &period, error))
    return FALSE;
  store = duaal_cli_get_store (cli, error);
  if (store == NULL)
    return FALSE;
  grid = duaal_evaluation_grid_load (store, group_id, period, error);
  if (grid == NULL)
    return FALSE;

  json = duaal_json_new ();
  duaal_json_begin_object (json);
  duaal_json_member_int (json, "period", period);
  duaal_json_member (json, "units");
  duaal_json_begin_array (json);
  for (guint u = 0; u < grid->units->len; u++)
    {
      DuaalTrainingUnit *unit = g_ptr_array_index (grid->units, u);

      duaal_json_begin_object (json);
      duaal_json_member_string (json, "code", duaal_training_unit_get_code (unit));
      duaal_json_member_string (json, "title", duaal_training_unit_get_title (unit));
      duaal_json_member (json, "learners");
      write_learner_ids (json, g_ptr_array_index (grid->assessed, u));
      duaal_json_end_object (json);
    }
  duaal_json_end_array (json);
  duaal_json_member (json, "without_choice");
  write_learner_ids (json, grid->without_choice);
  duaal_json_end_object (json);
  return duaal_cli_print_json (json, error);
}

/* ------------------------------------------------------------------ */
/* Workplace results                                                   */

static gboolean
parse_percent_option (const char  *text,
                      guint       *tenths,
                      GError     **error)
{
  return duaal_cli_require_option (text, "--percent", error) && duaal_percent_parse (text, tenths, error);
}

gboolean
duaal_cli_workplace_result (DuaalCli  *cli,
                            int        argc,
                            char     **argv,
                            GError   **error)
{
  g_autofree char *period_text = NULL;
  g_autofree char *percent_text = NULL;
  const GOptionEntry entries[] = {
    DUAAL_CLI_PERIOD_OPTION (&period_text, N_("The evaluation period")),
    { "percent", 0, 0, G_OPTION_ARG_STRING, &percent_text,
      N_("The workplace result, 0 to 100 with at most one decimal"), N_("P") },
    { NULL }
  };
  g_autoptr(DuaalLearner) learner = NULL;
  DuaalStore *store;
  gint64 learner_id;
  guint period, tenths, pass_mark;

  if (!duaal_cli_parse_id_command (cli, entries, &argc, &argv, 1, _("learner"), &learner_id, error)
      || !duaal_cli_require_option (period_text, "--period", error)
      || !duaal_cli_parse_period (period_text, &period, error)
      || !parse_percent_option (percent_text, &tenths, error))
    return FALSE;

  store = duaal_cli_get_store (cli, error);
  if (store == NULL || !duaal_store_set_workplace_result (store, learner_id, period, tenths, error))
    return FALSE;
  learner = duaal_store_get_learner (store, learner_id, error);
  if (learner == NULL)
    return FALSE;
  pass_mark = duaal_store_get_pass_mark (store, duaal_learner_get_group_id (learner), error);
  if (pass_mark == 0)
    return FALSE;
  return duaal_cli_print_string_member ("verdict",
                                        duaal_verdict_to_string (duaal_verdict_for_result (tenths, pass_mark)),
                                        error);
}

gboolean
duaal_cli_pass_mark (DuaalCli  *cli,
                     int        argc,
                     char     **argv,
                     GError   **error)
{
  g_autofree char *percent_text = NULL;
  const GOptionEntry entries[] = {
    { "percent", 0, 0, G_OPTION_ARG_STRING, &percent_text,
      N_("The new pass mark; without it the current one is shown"), N_("P") },
    { NULL }
  };
  DuaalStore *store;
  DuaalJson *json;
  gint64 group_id;
  guint tenths = 0;

  if (!duaal_cli_parse_id_command (cli, entries, &argc, &argv, 1, _("group"), &group_id, error)
      || (percent_text != NULL && !duaal_percent_parse (percent_text, &tenths, error)))
    return FALSE;
  store = duaal_cli_get_store (cli, error);
  if (store == NULL
      || (percent_text != NULL && !duaal_store_set_pass_mark (store, group_id, tenths, error)))
    return FALSE;
  tenths = duaal_store_get_pass_mark (store, group_id, error);
  if (tenths == 0)
    return FALSE;

  json = duaal_json_new ();
  duaal_json_begin_object (json);
  duaal_json_member (json, "pass_mark");
  write_percent (json, tenths);
  duaal_json_end_object (json);
  return duaal_cli_print_json (json, error);
}

static void
write_deliberation (DuaalJson     *json,
                    gconstpointer  item)
{
  const DuaalDeliberation *entry = item;

  duaal_json_member_int (json, "learner", entry->learner_id);
  duaal_json_member (json, "percent");
  write_percent (json, entry->tenths);
  duaal_json_member_string (json, "verdict", duaal_verdict_to_string (entry->verdict));
}

gboolean
duaal_cli_deliberation (DuaalCli  *cli,
                        int        argc,
                        char     **argv,
                        GError   **error)
{
  g_autofree char *period_text = NULL;
  const GOptionEntry entries[] = {
    DUAAL_CLI_PERIOD_OPTION (&period_text,
                             N_("The evaluation period (default: the last with a workplace result)")),
    { NULL }
  };
  g_autoptr(GPtrArray) list = NULL;
  DuaalStore *store;
  gint64 group_id;
  guint period = 0;

  if (!duaal_cli_parse_id_command (cli, entries, &argc, &argv, 1, _("group"), &group_id, error)
      || !duaal_cli_parse_optional_period (period_text, &period, error))
    return FALSE;
  store = duaal_cli_get_store (cli, error);
  if (store == NULL)
    return FALSE;
  list = duaal_evaluation_list_deliberation (store, group_id, period, NULL, error);
  return list != NULL && duaal_cli_print_list (list, write_deliberation, error);
}

/* ------------------------------------------------------------------ */
/* Early warnings                                                      */

static void
write_warning (DuaalJson     *json,
               gconstpointer  item)
{
  const DuaalWarning *warning = item;

  duaal_json_member_int (json, "learner", warning->learner_id);
  duaal_json_member_string (json, "kind", duaal_warning_kind_to_string (warning->kind));
  duaal_json_member_string (json, "competence", warning->competence_id);
  duaal_json_member_int (json, "period", warning->period);
}

gboolean
duaal_cli_warnings (DuaalCli  *cli,
                    int        argc,
                    char     **argv,
                    GError   **error)
{
  return duaal_cli_list_of_id (cli, argc, argv, _("group"), duaal_evaluation_list_warnings, write_warning, error);
}

/* ------------------------------------------------------------------ */
/* Workplace visits                                                    */

gboolean
duaal_cli_add_visit (DuaalCli  *cli,
                     int        argc,
                     char     **argv,
                     GError   **error)
{
  g_autofree char *date_text = NULL;
  g_autofree char *notes_text = NULL;
  const GOptionEntry entries[] = {
    { "date", 'd', 0, G_OPTION_ARG_STRING, &date_text, N_("The day of the visit"), N_("YYYY-MM-DD") },
    { "notes", 'n', 0, G_OPTION_ARG_STRING, &notes_text, N_("What was seen and agreed"), N_("TEXT") },
    { NULL }
  };
  g_autofree char *notes = NULL;
  DuaalStore *store;
  gint64 learner_id, visit_id;
  GDate day;

  if (!duaal_cli_parse_id_command (cli, entries, &argc, &argv, 1, _("learner"), &learner_id, error)
      || !duaal_cli_require_option (date_text, "--date", error)
      || !parse_day (date_text, &day, error)
      || !duaal_input_clean_comment (notes_text, &notes, error))
    return FALSE;
  store = duaal_cli_get_store (cli, error);
  if (store == NULL)
    return FALSE;
  visit_id = duaal_store_add_visit (store, learner_id, &day, notes, error);
  if (visit_id == 0)
    return FALSE;
  return duaal_cli_print_id (visit_id, error);
}

static void
write_learner_visits (DuaalJson     *json,
                      gconstpointer  item)
{
  const DuaalLearnerVisits *entry = item;

  duaal_json_member_int (json, "learner", entry->learner_id);
  write_day (json, "last", &entry->status.last);
  write_day (json, "due", &entry->status.due);
  duaal_json_member_boolean (json, "overdue", entry->status.overdue);
}

gboolean
duaal_cli_visits (DuaalCli  *cli,
                  int        argc,
                  char     **argv,
                  GError   **error)
{
  g_autofree char *on_text = NULL;
  const GOptionEntry entries[] = {
    { "on", 0, 0, G_OPTION_ARG_STRING, &on_text,
      N_("The day to reckon from (default: today). One visit is due the day before the training starts, "
         "then one by 31 December, 30 April and 31 August of each school year"),
      N_("YYYY-MM-DD") },
    { NULL }
  };
  g_autoptr(GPtrArray) list = NULL;
  DuaalStore *store;
  gint64 group_id;
  GDate on;

  if (!duaal_cli_parse_id_command (cli, entries, &argc, &argv, 1, _("group"), &group_id, error))
    return FALSE;
  if (on_text == NULL)
    duaal_evaluation_today (&on);
  else if (!parse_day (on_text, &on, error))
    return FALSE;
  store = duaal_cli_get_store (cli, error);
  if (store == NULL)
    return FALSE;
  list = duaal_evaluation_list_visit_status (store, group_id, &on, error);
  return list != NULL && duaal_cli_print_list (list, write_learner_visits, error);
}

gboolean
duaal_cli_visit_agenda (DuaalCli  *cli,
                        int        argc,
                        char     **argv,
                        GError   **error)
{
  g_autofree char *out = NULL;
  const GOptionEntry entries[] = {
    { "out", 'o', 0, G_OPTION_ARG_FILENAME, &out, N_("The PDF file to write"), N_("FILE.pdf") },
    { NULL }
  };
  DuaalStore *store;
  gint64 learner_id;
  guint pages;
  GDate today;

  if (!duaal_cli_parse_id_command (cli, entries, &argc, &argv, 1, _("learner"), &learner_id, error)
      || !duaal_cli_require_option (out, "--out", error))
    return FALSE;
  if (!g_str_has_suffix (out, ".pdf"))
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID, _("%s: the visit agenda is a PDF file (.pdf)"), out);
      return FALSE;
    }
  store = duaal_cli_get_store (cli, error);
  if (store == NULL)
    return FALSE;
  duaal_evaluation_today (&today);
  pages = duaal_visit_agenda_write_pdf (store, learner_id, &today, out, error);
  return pages != 0 && duaal_cli_print_file (out, pages, error);
}
