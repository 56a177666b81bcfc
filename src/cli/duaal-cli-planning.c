/* duaal-cli-planning.c: plan-cell, overview, plan, import-activities
 *
 * SPEC sections 8 and 9 on the command line; the JSON of
 * formats/cli.md, the CSV of formats/csv.md "Exports".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "duaal-cli-private.h"
#include "duaal-overview-renderer.h"
#include "duaal-planning.h"
#include "duaal-session-plan-renderer.h"

/* The most groups a teacher runs at once that the planner is asked for. */
#define MAX_GROUPS_LIMIT 9

/* ---- plan-cell ------------------------------------------------------ */

static gboolean
parse_on_off (const char  *text,
              gboolean    *on,
              GError     **error)
{
  if (g_strcmp0 (text, "on") == 0 || g_strcmp0 (text, "off") == 0)
    {
      *on = g_str_equal (text, "on");
      return TRUE;
    }
  g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
               _("“%s” is neither on nor off"), text);
  return FALSE;
}

/* The learner must be in the group the command names: a typo in one of
 * two ids must not change another group's plan. */
static gboolean
check_learner_in_group (DuaalStore  *store,
                        gint64       group_id,
                        gint64       learner_id,
                        GError     **error)
{
  g_autoptr(DuaalClassGroup) group = duaal_store_get_group (store, group_id, error);
  g_autoptr(DuaalLearner) learner = NULL;

  if (group == NULL)
    return FALSE;
  learner = duaal_store_get_learner (store, learner_id, error);
  if (learner == NULL)
    return FALSE;
  if (duaal_learner_get_group_id (learner) != group_id)
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND,
                   _("Learner %lld is not in class group %lld"),
                   (long long) learner_id, (long long) group_id);
      return FALSE;
    }
  return TRUE;
}

gboolean
duaal_cli_plan_cell (DuaalCli  *cli,
                     int        argc,
                     char     **argv,
                     GError   **error)
{
  gint64 group_id, learner_id;
  gboolean on;
  DuaalStore *store;

  if (!duaal_cli_parse_id_command (cli, NULL, &argc, &argv, 4, _("group"), &group_id, error)
      || !duaal_cli_parse_id (argv[2], _("learner"), &learner_id, error)
      || !parse_on_off (argv[4], &on, error)
      || !duaal_cli_check_competence_id (argv[3], error))
    return FALSE;

  store = duaal_cli_get_store (cli, error);
  if (store == NULL)
    return FALSE;
  if (!check_learner_in_group (store, group_id, learner_id, error)
      || !duaal_store_set_plan_cell (store, learner_id, argv[3], on, error))
    return FALSE;
  return duaal_cli_print_ok (error);
}

/* ---- exports to files (formats/cli.md "Exports to files") ----------- */

typedef enum {
  EXPORT_CSV  = 1 << 0,
  EXPORT_XLSX = 1 << 1,
  EXPORT_PDF  = 1 << 2,
  EXPORT_PNG  = 1 << 3,
} ExportFormat;

static const struct {
  ExportFormat  format;
  const char   *extension;
} export_extensions[] = {
  { EXPORT_CSV, ".csv" },
  { EXPORT_XLSX, ".xlsx" },
  { EXPORT_PDF, ".pdf" },
  { EXPORT_PNG, ".png" },
};

/* The format of @path from its extension, one of @allowed; checked before
 * the database is opened, so a typo never touches it. */
static gboolean
parse_export_format (const char    *path,
                     ExportFormat   allowed,
                     ExportFormat  *format,
                     GError       **error)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);
  g_autoptr(GString) extensions = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (export_extensions); i++)
    {
      if (!(allowed & export_extensions[i].format))
        continue;
      if (g_str_has_suffix (lower, export_extensions[i].extension))
        {
          *format = export_extensions[i].format;
          return TRUE;
        }
      g_string_append_printf (extensions, "%s%s", extensions->len > 0 ? ", " : "",
                              export_extensions[i].extension);
    }
  g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
               _("“%s”: the file name should end in one of %s"), path, extensions->str);
  return FALSE;
}

/* ---- overview ------------------------------------------------------- */

static void
write_learners (DuaalJson     *json,
                DuaalOverview *overview)
{
  duaal_json_member (json, "learners");
  duaal_json_begin_array (json);
  for (guint l = 0; l < duaal_overview_get_n_learners (overview); l++)
    {
      duaal_json_begin_object (json);
      duaal_json_member_int (json, "id", duaal_overview_get_learner_id (overview, l));
      duaal_json_member_string (json, "name", duaal_overview_get_learner_name (overview, l));
      duaal_json_member_string (json, "company", duaal_overview_get_learner_company (overview, l));
      duaal_json_end_object (json);
    }
  duaal_json_end_array (json);
}

static void
write_row (DuaalJson     *json,
           DuaalOverview *overview,
           guint          competence)
{
  DuaalRowStatus status = duaal_overview_get_row_status (overview, DUAAL_OVERVIEW_PLANNED, competence);

  duaal_json_begin_object (json);
  duaal_json_member_string (json, "competence", duaal_overview_get_competence_id (overview, competence));
  duaal_json_member_string (json, "title", duaal_overview_get_competence_title (overview, competence));
  duaal_json_member_string (json, "status", duaal_row_status_to_string (status));
  duaal_json_member_int (json, "lacking",
                         duaal_overview_get_lacking (overview, DUAAL_OVERVIEW_PLANNED, competence));
  /* The same words for the actual mode (SPEC section 8, second mode). */
  duaal_json_member_string (json, "actual_status",
                            duaal_row_status_to_string (duaal_overview_get_row_status (overview,
                                                                                       DUAAL_OVERVIEW_ACTUAL,
                                                                                       competence)));
  duaal_json_member (json, "cells");
  duaal_json_begin_array (json);
  for (guint l = 0; l < duaal_overview_get_n_learners (overview); l++)
    {
      duaal_json_begin_object (json);
      duaal_json_member_int (json, "learner", duaal_overview_get_learner_id (overview, l));
      duaal_json_member_boolean (json, "planned", duaal_overview_get_planned (overview, l, competence));
      duaal_json_member_boolean (json, "actual", duaal_overview_get_actual (overview, l, competence));
      duaal_json_end_object (json);
    }
  duaal_json_end_array (json);
  duaal_json_end_object (json);
}

static DuaalJson *
overview_to_json (DuaalOverview *overview,
                  gint64         group_id)
{
  g_autoptr(GArray) priority = duaal_overview_get_priority_order (overview, DUAAL_OVERVIEW_PLANNED);
  DuaalJson *json = duaal_json_new ();

  duaal_json_begin_object (json);
  duaal_json_member_int (json, "group", group_id);
  write_learners (json, overview);
  duaal_json_member (json, "rows");
  duaal_json_begin_array (json);
  for (guint c = 0; c < duaal_overview_get_n_competences (overview); c++)
    write_row (json, overview, c);
  duaal_json_end_array (json);
  duaal_json_member (json, "priority");
  duaal_json_begin_array (json);
  for (guint i = 0; i < priority->len; i++)
    duaal_json_string (json, duaal_overview_get_competence_id (overview, g_array_index (priority, guint, i)));
  duaal_json_end_array (json);
  duaal_json_end_object (json);
  return json;
}

static gboolean
print_text (const char  *text,
            GError     **error)
{
  if (fputs (text, stdout) < 0 || fflush (stdout) != 0)
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_IO, _("Could not write to standard output"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
export_overview (DuaalOverview      *overview,
                 DuaalOverviewMode   mode,
                 ExportFormat        format,
                 const char         *path,
                 GError            **error)
{
  switch (format)
    {
    case EXPORT_CSV:
      return duaal_overview_write_csv (overview, mode, path, error);
    case EXPORT_XLSX:
      return duaal_overview_write_xlsx (overview, mode, path, error);
    case EXPORT_PDF:
      return duaal_overview_render_pdf (overview, mode, path, error);
    case EXPORT_PNG:
    default:
      return duaal_overview_render_png (overview, mode, 1.0, path, error);
    }
}

gboolean
duaal_cli_overview (DuaalCli  *cli,
                    int        argc,
                    char     **argv,
                    GError   **error)
{
  gboolean as_csv = FALSE;
  gboolean actual = FALSE;
  g_autofree char *out = NULL;
  const GOptionEntry entries[] = {
    { "csv", 0, 0, G_OPTION_ARG_NONE, &as_csv,
      N_("Print CSV (one row per competence, one column per learner) instead of JSON"), NULL },
    { "out", 'o', 0, G_OPTION_ARG_FILENAME, &out,
      N_("Write the table into this file (.csv, .xlsx, .pdf or .png)"), N_("FILE") },
    { "actual", 0, 0, G_OPTION_ARG_NONE, &actual,
      N_("With --csv or --out: the actual coverage at the workplace instead of the training plans"), NULL },
    { NULL }
  };
  g_autoptr(DuaalOverview) overview = NULL;
  ExportFormat format = EXPORT_CSV;
  DuaalOverviewMode mode;
  gint64 group_id;
  DuaalStore *store;

  if (!duaal_cli_parse_id_command (cli, entries, &argc, &argv, 1, _("group"), &group_id, error))
    return FALSE;
  if (as_csv && out != NULL)
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   _("--csv prints the table and --out writes it to a file: give one of them"));
      return FALSE;
    }
  if (actual && !as_csv && out == NULL)
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   _("--actual goes with --csv or --out (the JSON holds both modes)"));
      return FALSE;
    }
  if (out != NULL && !parse_export_format (out, EXPORT_CSV | EXPORT_XLSX | EXPORT_PDF | EXPORT_PNG,
                                           &format, error))
    return FALSE;
  mode = actual ? DUAAL_OVERVIEW_ACTUAL : DUAAL_OVERVIEW_PLANNED;

  store = duaal_cli_get_store (cli, error);
  if (store == NULL)
    return FALSE;
  overview = duaal_planning_load_overview (store, group_id, error);
  if (overview == NULL)
    return FALSE;
  if (out != NULL)
    return export_overview (overview, mode, format, out, error) && duaal_cli_print_string_member ("file", out, error);
  if (as_csv)
    {
      g_autofree char *csv = duaal_overview_to_csv (overview, mode);
      return print_text (csv, error);
    }
  return duaal_cli_print_json (overview_to_json (overview, group_id), error);
}

/* ---- plan ----------------------------------------------------------- */

static gboolean
parse_count (const char  *text,
             const char  *what,
             guint        min,
             guint        max,
             guint       *value,
             GError     **error)
{
  guint64 number;

  if (!g_ascii_string_to_unsigned (text, 10, min, max, &number, NULL))
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   _("“%s” is not a valid %s (a whole number from %u to %u)"), text, what, min, max);
      return FALSE;
    }
  *value = (guint) number;
  return TRUE;
}

/* What the value of an ID=VALUE pair of --sessions or --scenario is. */
typedef enum {
  PAIR_SESSIONS,   /* a number of sessions: GUINT_TO_POINTER (sessions) */
  PAIR_SCENARIO,   /* a scenario id: GSIZE_TO_POINTER (scenario id) */
} PairValue;

/* The VALUE of one ID=VALUE pair, as @kind says. */
static gboolean
parse_pair_value (const char  *value,
                  PairValue    kind,
                  gpointer    *parsed,
                  GError     **error)
{
  guint sessions;
  gint64 scenario;

  if (kind == PAIR_SESSIONS)
    {
      if (!parse_count (value, _("number of sessions"), 1, DUAAL_SESSION_MAX_DURATION, &sessions, error))
        return FALSE;
      *parsed = GUINT_TO_POINTER (sessions);
      return TRUE;
    }
  if (!duaal_cli_parse_id (value, _("scenario"), &scenario, error))
    return FALSE;
  *parsed = GSIZE_TO_POINTER ((gsize) scenario);
  return TRUE;
}

/* "c01=2,c06=3" (--sessions) or "c01=4,c06=7" (--scenario) into
 * competence id -> the value @kind says. */
static GHashTable *
parse_pairs (const char  *text,
             PairValue    kind,
             GError     **error)
{
  g_autoptr(GHashTable) pairs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto(GStrv) parts = g_strsplit (text, ",", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *part = g_strstrip (parts[i]);
      char *equals = strchr (part, '=');
      gpointer value;

      if (*part == '\0')
        continue;
      if (equals == NULL)
        {
          if (kind == PAIR_SESSIONS)
            g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID, _("“%s” is not ID=SESSIONS, e.g. c01=2"), part);
          else
            g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID, _("“%s” is not ID=SCENARIO, e.g. c01=4"), part);
          return NULL;
        }
      *equals = '\0';
      g_strstrip (part);
      if (!duaal_cli_check_competence_id (part, error)
          || !parse_pair_value (g_strstrip (equals + 1), kind, &value, error))
        return NULL;
      g_hash_table_insert (pairs, g_strdup (part), value);
    }
  return g_steal_pointer (&pairs);
}

static void
write_group (DuaalJson               *json,
             DuaalSessionPlan        *plan,
             DuaalOverview           *overview,
             const DuaalSessionGroup *group,
             guint                    session)
{
  DuaalScenario *scenario;

  duaal_json_begin_object (json);
  duaal_json_member_string (json, "competence", duaal_session_plan_get_competence_id (plan, group->competence));
  duaal_json_member (json, "learners");
  duaal_json_begin_array (json);
  for (guint m = 0; m < group->n_members; m++)
    duaal_json_int (json, duaal_overview_get_learner_id (overview, group->members[m]));
  duaal_json_end_array (json);
  duaal_json_member_boolean (json, "plenary", group->plenary);
  duaal_json_member_int (json, "part", session - group->first_session + 1);
  duaal_json_member_int (json, "parts", group->n_sessions);
  scenario = duaal_session_plan_get_scenario (plan, group->competence);
  if (scenario != NULL)
    duaal_json_member_int (json, "scenario", duaal_scenario_get_id (scenario));
  else
    duaal_json_member_null (json, "scenario");
  duaal_json_end_object (json);
}

/* @file: (nullable) the file the plan was written to */
static DuaalJson *
plan_to_json (DuaalSessionPlan *plan,
              DuaalOverview    *overview,
              const char       *file)
{
  guint n_sessions = duaal_session_plan_get_n_sessions (plan);
  DuaalJson *json = duaal_json_new ();

  duaal_json_begin_object (json);
  duaal_json_member (json, "sessions");
  duaal_json_begin_array (json);
  for (guint s = 1; s <= n_sessions; s++)
    {
      g_autoptr(GPtrArray) groups = duaal_session_plan_get_session_groups (plan, s);

      duaal_json_begin_object (json);
      duaal_json_member_int (json, "number", s);
      duaal_json_member (json, "groups");
      duaal_json_begin_array (json);
      for (guint g = 0; g < groups->len; g++)
        write_group (json, plan, overview, g_ptr_array_index (groups, g), s);
      duaal_json_end_array (json);
      duaal_json_end_object (json);
    }
  duaal_json_end_array (json);
  duaal_json_member_int (json, "lower_bound", duaal_session_plan_get_lower_bound (plan));
  duaal_json_member_int (json, "max_groups", duaal_session_plan_get_max_groups (plan));
  if (file != NULL)
    duaal_json_member_string (json, "file", file);
  duaal_json_end_object (json);
  return json;
}

static gboolean
export_plan (DuaalSessionPlan  *plan,
             ExportFormat       format,
             const char        *path,
             GError           **error)
{
  switch (format)
    {
    case EXPORT_CSV:
      return duaal_session_plan_write_csv (plan, path, error);
    case EXPORT_XLSX:
      return duaal_session_plan_write_xlsx (plan, path, error);
    case EXPORT_PDF:
    default:
      return duaal_session_plan_render_pdf (plan, path, error);
    }
}

gboolean
duaal_cli_plan (DuaalCli  *cli,
                int        argc,
                char     **argv,
                GError   **error)
{
  g_autofree char *max_groups_text = NULL;
  g_autofree char *sessions_text = NULL;
  g_autofree char *scenarios_text = NULL;
  g_autofree char *out = NULL;
  const GOptionEntry entries[] = {
    { "max-groups", 'g', 0, G_OPTION_ARG_STRING, &max_groups_text,
      N_("The most groups the teacher runs at once (default 2)"), N_("G") },
    { "sessions", 's', 0, G_OPTION_ARG_STRING, &sessions_text,
      N_("Campus sessions per competence, 1 to 3 (default: the estimate of its lesson scenario, else 1)"),
      N_("ID=D,...") },
    { "scenario", 0, 0, G_OPTION_ARG_STRING, &scenarios_text,
      N_("The lesson scenario a competence’s groups use, where several aim at it (default: the first)"),
      N_("ID=SCENARIO,...") },
    { "out", 'o', 0, G_OPTION_ARG_FILENAME, &out,
      N_("Also write the plan into this file (.csv, .xlsx or .pdf)"), N_("FILE") },
    { NULL }
  };
  g_autoptr(GHashTable) durations = NULL;
  g_autoptr(GHashTable) choices = NULL;
  g_autoptr(DuaalSessionPlan) plan = NULL;
  g_autoptr(DuaalOverview) overview = NULL;
  guint max_groups = DUAAL_SESSION_DEFAULT_MAX_GROUPS;
  ExportFormat format = EXPORT_CSV;
  gint64 group_id;
  DuaalStore *store;

  if (!duaal_cli_parse_id_command (cli, entries, &argc, &argv, 1, _("group"), &group_id, error)
      || (max_groups_text != NULL
          && !parse_count (max_groups_text, _("number of groups"), 1, MAX_GROUPS_LIMIT, &max_groups, error)))
    return FALSE;
  if (sessions_text != NULL && (durations = parse_pairs (sessions_text, PAIR_SESSIONS, error)) == NULL)
    return FALSE;
  if (scenarios_text != NULL && (choices = parse_pairs (scenarios_text, PAIR_SCENARIO, error)) == NULL)
    return FALSE;
  if (out != NULL && !parse_export_format (out, EXPORT_CSV | EXPORT_XLSX | EXPORT_PDF, &format, error))
    return FALSE;

  store = duaal_cli_get_store (cli, error);
  if (store == NULL)
    return FALSE;
  plan = duaal_planning_plan_with_scenarios (store, group_id, durations, choices, max_groups, &overview, error);
  if (plan == NULL)
    return FALSE;
  /* The file first: on failure nothing is printed but the error line. */
  if (out != NULL && !export_plan (plan, format, out, error))
    return FALSE;
  return duaal_cli_print_json (plan_to_json (plan, overview, out), error);
}

/* ---- import-activities ---------------------------------------------- */

gboolean
duaal_cli_import_activities (DuaalCli  *cli,
                             int        argc,
                             char     **argv,
                             GError   **error)
{
  g_autofree char *group_text = NULL;
  gboolean reset_plans = FALSE;
  const GOptionEntry entries[] = {
    { "group", 'g', 0, G_OPTION_ARG_STRING, &group_text,
      N_("Check competence ids against this class group's qualification (default: any qualification)"),
      N_("GROUP") },
    { "reset-plans", 0, 0, G_OPTION_ARG_NONE, &reset_plans,
      N_("Then start the training plans of the group's learners from their company's activity list"), NULL },
    { NULL }
  };
  DuaalActivityImportResult result = { 0 };
  g_autoptr(DuaalJson) json = NULL;
  gint64 group_id = 0;
  guint plans_changed = 0;
  DuaalStore *store;

  if (!duaal_cli_parse_options (cli, entries, &argc, &argv, 1, 1, error))
    return FALSE;
  if (group_text != NULL && !duaal_cli_parse_id (group_text, _("group"), &group_id, error))
    return FALSE;
  if (reset_plans && group_id == 0)
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID, _("--reset-plans needs --group"));
      return FALSE;
    }

  store = duaal_cli_get_store (cli, error);
  if (store == NULL)
    return FALSE;
  if (!duaal_planning_import_activities_file (store, argv[1], group_id, &result, error))
    return FALSE;
  /* Separate transactions: the import stays when resetting fails
   * (reported as an error; the plans are then as they were). */
  if (reset_plans && !duaal_planning_reset_plans (store, group_id, &plans_changed, error))
    return FALSE;

  json = duaal_json_new ();
  duaal_json_begin_object (json);
  duaal_json_member_int (json, "companies", result.companies);
  duaal_json_member_int (json, "changed", result.companies_changed);
  duaal_json_member_int (json, "activities", result.activities);
  if (reset_plans)
    duaal_json_member_int (json, "plans_changed", plans_changed);
  duaal_json_end_object (json);
  return duaal_cli_print_json (g_steal_pointer (&json), error);
}
