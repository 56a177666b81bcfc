/* duaal-cli-score.c: score, history and undo (SPEC section 3)
 *
 * score hands the store only what the command line sets; the store
 * merges it with the current value inside its write transaction, so two
 * commands changing different parts of one score at the same moment
 * both keep their part.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "duaal-cli-private.h"

/* The change the options ask for; NULL options leave their field out.
 * An empty --comment removes the comment, --mastery none the mastery. */
static gboolean
parse_change (const char        *mastery,
              const char        *coverage,
              const char        *comment,
              DuaalScoreChange  *change,
              GError           **error)
{
  *change = (DuaalScoreChange) { 0 };
  if (mastery != NULL)
    {
      if (!duaal_mastery_from_string (mastery, &change->mastery))
        {
          g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                       _("“%s” is not a mastery level (X, lil, V or none)"), mastery);
          return FALSE;
        }
      change->fields |= DUAAL_SCORE_FIELD_MASTERY;
    }
  if (coverage != NULL)
    {
      if (!duaal_coverage_from_string (coverage, &change->coverage))
        {
          g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                       _("“%s” is not a coverage (N, S or R)"), coverage);
          return FALSE;
        }
      change->fields |= DUAAL_SCORE_FIELD_COVERAGE;
    }
  if (comment != NULL)
    {
      change->comment = *comment != '\0' ? comment : NULL;
      change->fields |= DUAAL_SCORE_FIELD_COMMENT;
    }
  if (change->fields == 0)
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   _("Give at least one of --mastery, --coverage and --comment"));
      return FALSE;
    }
  return duaal_score_change_validate (change, error);
}

gboolean
duaal_cli_score (DuaalCli  *cli,
                 int        argc,
                 char     **argv,
                 GError   **error)
{
  g_autofree char *actor_text = NULL;
  g_autofree char *mastery_text = NULL;
  g_autofree char *coverage_text = NULL;
  g_autofree char *comment_text = NULL;
  const GOptionEntry entries[] = {
    { "actor", 'a', 0, G_OPTION_ARG_STRING, &actor_text,
      N_("Who scores: learner, teacher or trainer (required)"), N_("ACTOR") },
    { "mastery", 'm', 0, G_OPTION_ARG_STRING, &mastery_text,
      N_("Mastery: X, lil, V, or none to clear it"), N_("LEVEL") },
    { "coverage", 'c', 0, G_OPTION_ARG_STRING, &coverage_text,
      N_("Coverage: N (not yet), S (sometimes), R (regularly)"), N_("N|S|R") },
    { "comment", 0, 0, G_OPTION_ARG_STRING, &comment_text,
      N_("A comment; an empty one removes it"), N_("TEXT") },
    { NULL }
  };
  DuaalScoreChange change;
  DuaalActor actor;
  gint64 learner_id;
  DuaalStore *store;

  if (!duaal_cli_parse_id_command (cli, entries, &argc, &argv, 2, _("learner"), &learner_id, error))
    return FALSE;
  if (actor_text == NULL || !duaal_actor_from_string (actor_text, &actor))
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   _("--actor must be learner, teacher or trainer"));
      return FALSE;
    }
  /* Checked before the database is opened. */
  if (!parse_change (mastery_text, coverage_text, comment_text, &change, error))
    return FALSE;

  store = duaal_cli_get_store (cli, error);
  if (store == NULL ||
      duaal_store_record_change (store, learner_id, argv[2], actor, &change, NULL, error) == 0)
    return FALSE;
  return duaal_cli_print_ok (error);
}

/* One log entry: the fields the change set, and nothing of the others. */
static void
write_history_entry (DuaalJson  *json,
                     DuaalScore *score)
{
  DuaalScoreFields fields = duaal_score_get_fields (score);
  g_autofree char *at = g_date_time_format_iso8601 (duaal_score_get_recorded_at (score));

  duaal_json_begin_object (json);
  duaal_json_member_int (json, "log", duaal_score_get_log_id (score));
  duaal_json_member_string (json, "indicator", duaal_score_get_indicator_id (score));
  duaal_json_member_string (json, "actor", duaal_actor_to_string (duaal_score_get_actor (score)));
  if (fields & DUAAL_SCORE_FIELD_MASTERY)
    duaal_json_member_string (json, "mastery", duaal_mastery_to_string (duaal_score_get_mastery (score)));
  if (fields & DUAAL_SCORE_FIELD_COVERAGE)
    duaal_json_member_string (json, "coverage", duaal_coverage_to_string (duaal_score_get_coverage (score)));
  if (fields & DUAAL_SCORE_FIELD_COMMENT)
    duaal_json_member_string (json, "comment", duaal_score_get_comment (score));
  duaal_json_member_string (json, "at", at);
  duaal_json_member_string (json, "source", duaal_score_get_source (score));
  if (duaal_score_get_undo_of (score) != 0)
    duaal_json_member_int (json, "undo_of", duaal_score_get_undo_of (score));
  duaal_json_end_object (json);
}

gboolean
duaal_cli_history (DuaalCli  *cli,
                   int        argc,
                   char     **argv,
                   GError   **error)
{
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(DuaalJson) json = NULL;
  const char *indicator_id;
  gint64 learner_id;
  DuaalStore *store;

  if (!duaal_cli_parse_options (cli, NULL, &argc, &argv, 1, 2, error))
    return FALSE;
  if (!duaal_cli_parse_id (argv[1], _("learner"), &learner_id, error))
    return FALSE;
  indicator_id = argc > 2 ? argv[2] : NULL;

  store = duaal_cli_get_store (cli, error);
  if (store == NULL ||
      (history = duaal_store_score_history (store, learner_id, indicator_id, error)) == NULL)
    return FALSE;

  json = duaal_json_new ();
  duaal_json_begin_array (json);
  for (guint i = 0; i < history->len; i++)
    write_history_entry (json, g_ptr_array_index (history, i));
  duaal_json_end_array (json);
  return duaal_cli_print_json (g_steal_pointer (&json), error);
}

/* A list of field names, "mastery", "coverage", "comment" in that order. */
static void
write_fields (DuaalJson        *json,
              const char       *key,
              DuaalScoreFields  fields)
{
  duaal_json_member (json, key);
  duaal_json_begin_array (json);
  for (DuaalScoreFields field = DUAAL_SCORE_FIELD_MASTERY; field <= DUAAL_SCORE_FIELD_COMMENT; field <<= 1)
    if (fields & field)
      duaal_json_string (json, duaal_score_field_to_string (field));
  duaal_json_end_array (json);
}

gboolean
duaal_cli_undo (DuaalCli  *cli,
                int        argc,
                char     **argv,
                GError   **error)
{
  g_autoptr(DuaalJson) json = NULL;
  DuaalScoreFields restored, kept;
  gint64 log_id, undo_id;
  DuaalStore *store;

  if (!duaal_cli_parse_id_command (cli, NULL, &argc, &argv, 1, _("score change"), &log_id, error))
    return FALSE;

  store = duaal_cli_get_store (cli, error);
  if (store == NULL ||
      (undo_id = duaal_store_undo_score (store, log_id, &restored, &kept, error)) == 0)
    return FALSE;

  json = duaal_json_new ();
  duaal_json_begin_object (json);
  duaal_json_member_int (json, "log", undo_id);
  write_fields (json, "restored", restored);
  write_fields (json, "kept", kept);
  duaal_json_end_object (json);
  return duaal_cli_print_json (g_steal_pointer (&json), error);
}
