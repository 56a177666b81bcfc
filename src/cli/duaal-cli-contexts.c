/* duaal-cli-contexts.c: CCV contexts, the learning line, lesson scenarios (SPEC section 14)
 *
 *   add-context QUALIFICATION TITLE --competences C,... [--activities TEXT] [--position N]
 *   edit-context CONTEXT TITLE --competences C,... [--activities TEXT]
 *   move-context CONTEXT POSITION
 *   remove-context CONTEXT
 *   contexts QUALIFICATION
 *   learning-line QUALIFICATION [--learner L] [--out FILE.png|.svg|.pdf]
 *   offer-contexts COMPANY CTX,...
 *   context-done LEARNER CTX [--undo]
 *   reset-plans GROUP --from activities|contexts
 *   add-scenario QUALIFICATION TITLE --competences C,... [--sessions D] [--template T] [--objectives T] [--course T]
 *   edit-scenario SCENARIO TITLE --competences C,... [the same options]
 *   remove-scenario SCENARIO
 *   scenarios QUALIFICATION
 *
 * JSON as /work/shared/formats/cli.md gives it; every argument is
 * checked before the database is opened.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "duaal-ccv-input.h"
#include "duaal-cli-private.h"
#include "duaal-learning-line-chart.h"

#define CHART_WIDTH_PX 1200.0

/* ------------------------------------------------------------------ */
/* Arguments                                                           */

/* "c1,c3" as competence ids: valid, each once, at least one. */
static GStrv
parse_competences (const char    *text,
                   DuaalCcvKind   kind,
                   GError       **error)
{
  g_auto(GStrv) parts = NULL;

  if (text == NULL)
    {
      g_set_error_literal (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                           _("--competences is required: the competence ids, separated by commas"));
      return NULL;
    }
  parts = g_strsplit (text, ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    g_strstrip (parts[i]);
  return duaal_ccv_check_competence_ids ((const char * const *) parts, kind, error);
}

/* "12,14" as context ids; an empty text is none. */
static GArray *
parse_context_ids (const char  *text,
                   GError     **error)
{
  g_auto(GStrv) parts = g_strsplit (text, ",", -1);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *part = g_strstrip (parts[i]);
      gint64 id;

      if (*part == '\0' && parts[1] == NULL)
        break;
      if (!duaal_cli_parse_id (part, _("context"), &id, error))
        return NULL;
      g_array_append_val (ids, id);
    }
  return g_steal_pointer (&ids);
}

static gboolean
parse_position (const char  *text,
                guint       *position,
                GError     **error)
{
  guint64 value;

  if (!g_ascii_string_to_unsigned (text, 10, 1, G_MAXINT, &value, NULL))
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   _("“%s” is not a position on the learning line (1, 2, 3, …)"), text);
      return FALSE;
    }
  *position = (guint) value;
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Loading                                                             */

/* The qualification @code@@version into @qualification, and what @list
 * lists of it: learning-line and scenarios show both together. */
static GPtrArray *
load_qualification (DuaalStore                   *store,
                    const char                   *code,
                    guint                         version,
                    DuaalCliListOfQualification   list,
                    DuaalQualification          **qualification,
                    GError                      **error)
{
  *qualification = duaal_store_get_qualification (store, code, version, error);
  if (*qualification == NULL)
    return NULL;
  return list (store, code, version, error);
}

/* ------------------------------------------------------------------ */
/* JSON                                                                */

static void
write_ids (DuaalJson          *json,
           const char         *key,
           const char * const *ids)
{
  duaal_json_member (json, key);
  duaal_json_begin_array (json);
  for (guint i = 0; ids[i] != NULL; i++)
    duaal_json_string (json, ids[i]);
  duaal_json_end_array (json);
}

static void
write_context_ids (DuaalJson *json,
                   const char *key,
                   GArray    *ids)
{
  duaal_json_member (json, key);
  duaal_json_begin_array (json);
  for (guint i = 0; i < ids->len; i++)
    duaal_json_int (json, g_array_index (ids, gint64, i));
  duaal_json_end_array (json);
}

/* ------------------------------------------------------------------ */
/* Contexts                                                            */

/* The option texts of the context and scenario commands; each command
 * fills in its own, the others stay NULL. */
typedef struct {
  char *competences;
  char *activities;     /* contexts */
  char *position;
  char *sessions;       /* scenarios */
  char *template_name;
  char *objectives;
  char *course;
} CcvOptions;

static void
ccv_options_clear (CcvOptions *options)
{
  g_free (options->competences);
  g_free (options->activities);
  g_free (options->position);
  g_free (options->sessions);
  g_free (options->template_name);
  g_free (options->objectives);
  g_free (options->course);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CcvOptions, ccv_options_clear)

/* The options of add-context (@with_position) and edit-context, and
 * the title (argv[2]) and competences, checked before the database is
 * opened. */
static gboolean
parse_context (DuaalCli         *cli,
               int              *argc,
               char           ***argv,
               gboolean          with_position,
               CcvOptions       *options,
               char            **title,
               GStrv            *competences,
               GError          **error)
{
  GOptionEntry entries[] = {
    { "competences", 'c', 0, G_OPTION_ARG_STRING, &options->competences,
      N_("The competences the context offers (required)"), N_("ID,ID,…") },
    { "activities", 'a', 0, G_OPTION_ARG_STRING, &options->activities,
      N_("Its activities, as text"), N_("TEXT") },
    { "position", 'p', 0, G_OPTION_ARG_STRING, &options->position,
      N_("Its place on the learning line (default: at the end)"), N_("N") },
    { NULL }
  };

  /* edit-context has no --position: its entry ends the list there. */
  if (!with_position)
    entries[2] = (GOptionEntry) { NULL };
  if (!duaal_cli_parse_options (cli, entries, argc, argv, 2, 2, error))
    return FALSE;
  *title = duaal_ccv_clean_title ((*argv)[2], DUAAL_CCV_CONTEXT, error);
  if (*title == NULL)
    return FALSE;
  *competences = parse_competences (options->competences, DUAAL_CCV_CONTEXT, error);
  return *competences != NULL;
}

gboolean
duaal_cli_add_context (DuaalCli  *cli,
                       int        argc,
                       char     **argv,
                       GError   **error)
{
  g_auto(CcvOptions) options = { 0 };
  g_autofree char *code = NULL;
  g_autofree char *title = NULL;
  g_auto(GStrv) competences = NULL;
  guint version = 0, position = 0;
  DuaalStore *store;
  gint64 id;

  if (!parse_context (cli, &argc, &argv, TRUE, &options, &title, &competences, error)
      || !duaal_cli_parse_qualification (argv[1], &code, &version, error)
      || (options.position != NULL && !parse_position (options.position, &position, error)))
    return FALSE;

  store = duaal_cli_get_store (cli, error);
  if (store == NULL)
    return FALSE;
  id = duaal_store_add_context (store, code, version, title, options.activities,
                                (const char * const *) competences, position, error);
  return id != 0 && duaal_cli_print_id (id, error);
}

gboolean
duaal_cli_edit_context (DuaalCli  *cli,
                        int        argc,
                        char     **argv,
                        GError   **error)
{
  g_auto(CcvOptions) options = { 0 };
  g_autofree char *title = NULL;
  g_auto(GStrv) competences = NULL;
  DuaalStore *store;
  gint64 id;

  if (!parse_context (cli, &argc, &argv, FALSE, &options, &title, &competences, error)
      || !duaal_cli_parse_id (argv[1], _("context"), &id, error))
    return FALSE;

  store = duaal_cli_get_store (cli, error);
  return store != NULL
      && duaal_store_update_context (store, id, title, options.activities,
                                     (const char * const *) competences, error)
      && duaal_cli_print_ok (error);
}

gboolean
duaal_cli_move_context (DuaalCli  *cli,
                        int        argc,
                        char     **argv,
                        GError   **error)
{
  DuaalStore *store;
  guint position;
  gint64 id;

  if (!duaal_cli_parse_id_command (cli, NULL, &argc, &argv, 2, _("context"), &id, error)
      || !parse_position (argv[2], &position, error))
    return FALSE;
  store = duaal_cli_get_store (cli, error);
  return store != NULL
      && duaal_store_move_context (store, id, position, error)
      && duaal_cli_print_ok (error);
}

typedef gboolean (*DeleteFunc) (DuaalStore *store, gint64 id, GError **error);

/* remove-context, remove-scenario: ID, deleted by @delete; @what names it. */
static gboolean
remove_by_id (DuaalCli    *cli,
              int          argc,
              char       **argv,
              const char  *what,
              DeleteFunc   delete,
              GError     **error)
{
  DuaalStore *store;
  gint64 id;

  if (!duaal_cli_parse_id_command (cli, NULL, &argc, &argv, 1, what, &id, error))
    return FALSE;
  store = duaal_cli_get_store (cli, error);
  return store != NULL && delete (store, id, error) && duaal_cli_print_ok (error);
}

gboolean
duaal_cli_remove_context (DuaalCli  *cli,
                          int        argc,
                          char     **argv,
                          GError   **error)
{
  return remove_by_id (cli, argc, argv, _("context"), duaal_store_delete_context, error);
}

static void
write_context (DuaalJson     *json,
               gconstpointer  item)
{
  DuaalContext *context = (DuaalContext *) item;

  duaal_json_member_int (json, "id", duaal_context_get_id (context));
  duaal_json_member_int (json, "position", duaal_context_get_position (context));
  duaal_json_member_string (json, "title", duaal_context_get_title (context));
  duaal_json_member_string (json, "activities", duaal_context_get_activities (context));
  write_ids (json, "competences", duaal_context_get_competences (context));
}

gboolean
duaal_cli_contexts (DuaalCli  *cli,
                    int        argc,
                    char     **argv,
                    GError   **error)
{
  return duaal_cli_list_of_qualification (cli, argc, argv, duaal_store_list_contexts, write_context, error);
}

/* ------------------------------------------------------------------ */
/* The learning line                                                   */

/* The learner's contexts done, checking that they follow @code. */
static GArray *
load_done (DuaalStore  *store,
           gint64       learner_id,
           const char  *code,
           char       **name,
           GError     **error)
{
  g_autoptr(DuaalLearner) learner = duaal_store_get_learner (store, learner_id, error);
  g_autoptr(DuaalClassGroup) group = NULL;

  if (learner == NULL)
    return NULL;
  group = duaal_store_get_group (store, duaal_learner_get_group_id (learner), error);
  if (group == NULL)
    return NULL;
  if (g_strcmp0 (duaal_class_group_get_qualification_code (group), code) != 0)
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   _("Learner %s follows qualification %s, not %s"), duaal_learner_get_name (learner),
                   duaal_class_group_get_qualification_code (group), code);
      return NULL;
    }
  *name = g_strdup (duaal_learner_get_name (learner));
  return duaal_store_list_contexts_done (store, learner_id, error);
}

static DuaalJson *
learning_line_to_json (DuaalLearningLine *line,
                       GArray            *done)
{
  DuaalJson *json = duaal_json_new ();
  g_auto(GStrv) uncovered = duaal_learning_line_get_uncovered (line);
  guint n_contexts = duaal_learning_line_get_n_contexts (line);

  duaal_json_begin_object (json);
  duaal_json_member (json, "contexts");
  duaal_json_begin_array (json);
  for (guint k = 0; k < n_contexts; k++)
    duaal_json_int (json, duaal_context_get_id (duaal_learning_line_get_context (line, k)));
  duaal_json_end_array (json);

  duaal_json_member (json, "competences");
  duaal_json_begin_array (json);
  for (guint c = 0; c < duaal_learning_line_get_n_competences (line); c++)
    {
      int start = duaal_learning_line_get_start (line, c);

      duaal_json_begin_object (json);
      duaal_json_member_string (json, "id", duaal_learning_line_get_competence_id (line, c));
      if (start < 0)
        duaal_json_member_null (json, "start");
      else
        duaal_json_member_int (json, "start", duaal_context_get_id (duaal_learning_line_get_context (line, start)));
      duaal_json_member (json, "deepen");
      duaal_json_begin_array (json);
      for (guint k = 0; k < n_contexts; k++)
        if (duaal_learning_line_get_mark (line, c, k) == DUAAL_LEARNING_MARK_DEEPEN)
          duaal_json_int (json, duaal_context_get_id (duaal_learning_line_get_context (line, k)));
      duaal_json_end_array (json);
      duaal_json_end_object (json);
    }
  duaal_json_end_array (json);
  write_ids (json, "uncovered", (const char * const *) uncovered);
  if (done != NULL)
    write_context_ids (json, "done", done);
  duaal_json_end_object (json);
  return json;
}

static gboolean
has_chart_extension (const char *path)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  return g_str_has_suffix (lower, ".png") || g_str_has_suffix (lower, ".svg")
      || g_str_has_suffix (lower, ".pdf");
}

gboolean
duaal_cli_learning_line (DuaalCli  *cli,
                         int        argc,
                         char     **argv,
                         GError   **error)
{
  g_autofree char *learner_text = NULL;
  g_autofree char *out = NULL;
  const GOptionEntry entries[] = {
    { "learner", 'l', 0, G_OPTION_ARG_STRING, &learner_text,
      N_("Also show the contexts this learner has done"), N_("LEARNER") },
    { "out", 'o', 0, G_OPTION_ARG_FILENAME, &out,
      N_("Also draw the chart into this file (.png, .svg or .pdf)"), N_("FILE") },
    { NULL }
  };
  g_autoptr(DuaalQualification) qualification = NULL;
  g_autoptr(GPtrArray) contexts = NULL;
  g_autoptr(GArray) done = NULL;
  g_autoptr(DuaalLearningLine) line = NULL;
  g_autofree char *code = NULL;
  g_autofree char *learner_name = NULL;
  gint64 learner_id = 0;
  guint version;
  DuaalStore *store;

  if (!duaal_cli_parse_qualification_command (cli, entries, &argc, &argv, 1, &code, &version, error)
      || (learner_text != NULL && !duaal_cli_parse_id (learner_text, _("learner"), &learner_id, error)))
    return FALSE;
  if (out != NULL && !has_chart_extension (out))
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   _("“%s”: the file name should end in .png, .svg or .pdf"), out);
      return FALSE;
    }

  store = duaal_cli_get_store (cli, error);
  if (store == NULL)
    return FALSE;
  contexts = load_qualification (store, code, version, duaal_store_list_contexts, &qualification, error);
  if (contexts == NULL)
    return FALSE;
  if (learner_id != 0)
    {
      done = load_done (store, learner_id, code, &learner_name, error);
      if (done == NULL)
        return FALSE;
    }
  line = duaal_learning_line_new_for_qualification (qualification, contexts, done);

  if (out != NULL)
    {
      DuaalLearningLineChartInfo info = {
        .qualification = duaal_qualification_get_title (qualification),
        .learner = learner_name,
      };

      if (!duaal_learning_line_chart_export (line, &info, out, CHART_WIDTH_PX, 1.0, error))
        return FALSE;
    }
  return duaal_cli_print_json (learning_line_to_json (line, done), error);
}

/* ------------------------------------------------------------------ */
/* Companies, learners, plans                                          */

gboolean
duaal_cli_offer_contexts (DuaalCli  *cli,
                          int        argc,
                          char     **argv,
                          GError   **error)
{
  g_autoptr(GArray) ids = NULL;
  DuaalStore *store;
  gint64 company_id;

  if (!duaal_cli_parse_id_command (cli, NULL, &argc, &argv, 2, _("company"), &company_id, error))
    return FALSE;
  ids = parse_context_ids (argv[2], error);
  if (ids == NULL)
    return FALSE;
  store = duaal_cli_get_store (cli, error);
  return store != NULL
      && duaal_store_set_company_contexts (store, company_id, ids, error)
      && duaal_cli_print_ok (error);
}

gboolean
duaal_cli_context_done (DuaalCli  *cli,
                        int        argc,
                        char     **argv,
                        GError   **error)
{
  gboolean undo = FALSE;
  const GOptionEntry entries[] = {
    { "undo", 'u', 0, G_OPTION_ARG_NONE, &undo,
      N_("Take the confirmation back: the context is not done"), NULL },
    { NULL }
  };
  DuaalStore *store;
  gint64 learner_id, context_id;

  if (!duaal_cli_parse_id_command (cli, entries, &argc, &argv, 2, _("learner"), &learner_id, error)
      || !duaal_cli_parse_id (argv[2], _("context"), &context_id, error))
    return FALSE;
  store = duaal_cli_get_store (cli, error);
  return store != NULL
      && duaal_store_set_context_done (store, learner_id, context_id, !undo, error)
      && duaal_cli_print_ok (error);
}

gboolean
duaal_cli_reset_plans (DuaalCli  *cli,
                       int        argc,
                       char     **argv,
                       GError   **error)
{
  g_autofree char *from = NULL;
  const GOptionEntry entries[] = {
    { "from", 'f', 0, G_OPTION_ARG_STRING, &from,
      N_("Where the plans come from: the companies’ activity lists or the contexts they offer (required)"),
      N_("activities|contexts") },
    { NULL }
  };
  DuaalPlanSource source;
  DuaalStore *store;
  gint64 group_id;
  guint n = 0;

  if (!duaal_cli_parse_id_command (cli, entries, &argc, &argv, 1, _("group"), &group_id, error))
    return FALSE;
  if (g_strcmp0 (from, "activities") == 0)
    source = DUAAL_PLAN_FROM_ACTIVITIES;
  else if (g_strcmp0 (from, "contexts") == 0)
    source = DUAAL_PLAN_FROM_CONTEXTS;
  else
    {
      g_set_error_literal (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                           _("--from must be “activities” or “contexts”"));
      return FALSE;
    }
  store = duaal_cli_get_store (cli, error);
  return store != NULL
      && duaal_store_reset_plans (store, group_id, source, &n, error)
      && duaal_cli_print_int_member ("learners", n, error);
}

/* ------------------------------------------------------------------ */
/* Lesson scenarios                                                    */

/* Parses the options and checks everything; @texts points into @options. */
static gboolean
parse_scenario (DuaalCli             *cli,
                int                  *argc,
                char               ***argv,
                CcvOptions           *options,
                DuaalScenarioTexts   *texts,
                GStrv                *competences,
                GError              **error)
{
  const GOptionEntry entries[] = {
    { "competences", 'c', 0, G_OPTION_ARG_STRING, &options->competences,
      N_("The competences the scenario aims at (required)"), N_("ID,ID,…") },
    { "sessions", 's', 0, G_OPTION_ARG_STRING, &options->sessions,
      N_("The campus sessions it takes, 1 to 3 (default: 1)"), N_("D") },
    { "template", 't', 0, G_OPTION_ARG_STRING, &options->template_name,
      N_("The lesson template it fills in"), N_("TEXT") },
    { "objectives", 0, 0, G_OPTION_ARG_STRING, &options->objectives,
      N_("Its objectives"), N_("TEXT") },
    { "course", 0, 0, G_OPTION_ARG_STRING, &options->course,
      N_("The course of the lesson"), N_("TEXT") },
    { NULL }
  };
  g_auto(DuaalScenarioTexts) clean = { 0 };
  guint64 sessions = DUAAL_SCENARIO_MIN_SESSIONS;

  if (!duaal_cli_parse_options (cli, entries, argc, argv, 2, 2, error))
    return FALSE;
  if (options->sessions != NULL
      && !g_ascii_string_to_unsigned (options->sessions, 10, DUAAL_SCENARIO_MIN_SESSIONS,
                                      DUAAL_SCENARIO_MAX_SESSIONS, &sessions, NULL))
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   _("“%s” is not a number of sessions from 1 to 3"), options->sessions);
      return FALSE;
    }
  *texts = (DuaalScenarioTexts) {
    .title = (*argv)[2], .template_name = options->template_name,
    .objectives = options->objectives, .course = options->course, .sessions = (guint) sessions,
  };
  /* Checked here, so a typo never opens the database. */
  if (!duaal_ccv_clean_scenario_texts (texts, &clean, error))
    return FALSE;
  *competences = parse_competences (options->competences, DUAAL_CCV_SCENARIO, error);
  return *competences != NULL;
}

gboolean
duaal_cli_add_scenario (DuaalCli  *cli,
                        int        argc,
                        char     **argv,
                        GError   **error)
{
  g_auto(CcvOptions) options = { 0 };
  g_auto(GStrv) competences = NULL;
  g_autofree char *code = NULL;
  DuaalScenarioTexts texts;
  DuaalStore *store;
  guint version;
  gint64 id;

  if (!parse_scenario (cli, &argc, &argv, &options, &texts, &competences, error)
      || !duaal_cli_parse_qualification (argv[1], &code, &version, error))
    return FALSE;
  store = duaal_cli_get_store (cli, error);
  if (store == NULL)
    return FALSE;
  id = duaal_store_add_scenario (store, code, version, &texts, (const char * const *) competences, error);
  return id != 0 && duaal_cli_print_id (id, error);
}

gboolean
duaal_cli_edit_scenario (DuaalCli  *cli,
                         int        argc,
                         char     **argv,
                         GError   **error)
{
  g_auto(CcvOptions) options = { 0 };
  g_auto(GStrv) competences = NULL;
  DuaalScenarioTexts texts;
  DuaalStore *store;
  gint64 id;

  if (!parse_scenario (cli, &argc, &argv, &options, &texts, &competences, error)
      || !duaal_cli_parse_id (argv[1], _("scenario"), &id, error))
    return FALSE;
  store = duaal_cli_get_store (cli, error);
  return store != NULL
      && duaal_store_update_scenario (store, id, &texts, (const char * const *) competences, error)
      && duaal_cli_print_ok (error);
}

gboolean
duaal_cli_remove_scenario (DuaalCli  *cli,
                           int        argc,
                           char     **argv,
                           GError   **error)
{
  return remove_by_id (cli, argc, argv, _("scenario"), duaal_store_delete_scenario, error);
}

gboolean
duaal_cli_scenarios (DuaalCli  *cli,
                     int        argc,
                     char     **argv,
                     GError   **error)
{
  g_autoptr(DuaalQualification) qualification = NULL;
  g_autoptr(GPtrArray) scenarios = NULL;
  g_autofree const char **ids = NULL;
  g_auto(GStrv) uncovered = NULL;
  g_autofree char *code = NULL;
  DuaalStore *store;
  DuaalJson *json;
  guint version, n;

  if (!duaal_cli_parse_qualification_command (cli, NULL, &argc, &argv, 1, &code, &version, error))
    return FALSE;
  store = duaal_cli_get_store (cli, error);
  if (store == NULL)
    return FALSE;
  scenarios = load_qualification (store, code, version, duaal_store_list_scenarios, &qualification, error);
  if (scenarios == NULL)
    return FALSE;

  n = duaal_qualification_get_n_competences (qualification);
  ids = g_new0 (const char *, n + 1);
  for (guint c = 0; c < n; c++)
    ids[c] = duaal_competence_get_id (duaal_qualification_get_competence (qualification, c));
  uncovered = duaal_scenario_list_uncovered (scenarios, ids);

  json = duaal_json_new ();
  duaal_json_begin_object (json);
  duaal_json_member (json, "scenarios");
  duaal_json_begin_array (json);
  for (guint i = 0; i < scenarios->len; i++)
    {
      DuaalScenario *scenario = g_ptr_array_index (scenarios, i);

      duaal_json_begin_object (json);
      duaal_json_member_int (json, "id", duaal_scenario_get_id (scenario));
      duaal_json_member_string (json, "title", duaal_scenario_get_title (scenario));
      write_ids (json, "competences", duaal_scenario_get_competences (scenario));
      duaal_json_member_int (json, "sessions", duaal_scenario_get_sessions (scenario));
      duaal_json_member_string (json, "template", duaal_scenario_get_template (scenario));
      duaal_json_member_string (json, "objectives", duaal_scenario_get_objectives (scenario));
      duaal_json_member_string (json, "course", duaal_scenario_get_course (scenario));
      duaal_json_end_object (json);
    }
  duaal_json_end_array (json);
  write_ids (json, "uncovered", (const char * const *) uncovered);
  duaal_json_end_object (json);
  return duaal_cli_print_json (json, error);
}
