/* duaal-cli-score.c: score, one actor's score of one indicator
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "duaal-cli-private.h"

/* What the command line asks to change; NULL members stay as they are. */
typedef struct {
  const char *mastery;
  const char *coverage;
  const char *comment;
} ScoreChange;

/* The new score: the actor's current one with the given parts replaced.
 * An empty --comment removes the comment. */
static gboolean
apply_change (const ScoreChange *change,
              const DuaalCell   *current,
              DuaalMastery      *mastery,
              DuaalCoverage     *coverage,
              const char       **comment,
              GError           **error)
{
  *mastery = current != NULL ? current->mastery : DUAAL_MASTERY_NONE;
  *coverage = current != NULL ? current->coverage : DUAAL_COVERAGE_NONE;
  *comment = current != NULL ? current->comment : NULL;

  if (change->mastery != NULL && !duaal_mastery_from_string (change->mastery, mastery))
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   _("“%s” is not a mastery level (X, lil, V or none)"), change->mastery);
      return FALSE;
    }
  if (change->coverage != NULL && !duaal_coverage_from_string (change->coverage, coverage))
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   _("“%s” is not a coverage (N, S or R)"), change->coverage);
      return FALSE;
    }
  if (change->comment != NULL)
    *comment = *change->comment != '\0' ? change->comment : NULL;
  return TRUE;
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
  ScoreChange change;
  g_autoptr(DuaalStatus) status = NULL;
  DuaalMastery mastery;
  DuaalCoverage coverage;
  const char *comment;
  DuaalActor actor;
  gint64 learner_id;
  DuaalStore *store;

  if (!duaal_cli_parse_options (cli, entries, &argc, &argv, 2, 2, error))
    return FALSE;
  if (!duaal_cli_parse_id (argv[1], _("learner"), &learner_id, error))
    return FALSE;
  if (actor_text == NULL || !duaal_actor_from_string (actor_text, &actor))
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   _("--actor must be learner, teacher or trainer"));
      return FALSE;
    }
  if (mastery_text == NULL && coverage_text == NULL && comment_text == NULL)
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   _("Give at least one of --mastery, --coverage and --comment"));
      return FALSE;
    }
  change = (ScoreChange) { mastery_text, coverage_text, comment_text };
  /* Checked before the database is opened, against no current score. */
  if (!apply_change (&change, NULL, &mastery, &coverage, &comment, error))
    return FALSE;

  store = duaal_cli_get_store (cli, error);
  if (store == NULL)
    return FALSE;
  status = duaal_store_load_learner_status (store, learner_id, 0, error);
  if (status == NULL)
    return FALSE;
  if (duaal_qualification_find_indicator (duaal_status_get_qualification (status), argv[2], NULL) == NULL)
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND,
                   _("The learner’s qualification has no indicator “%s”"), argv[2]);
      return FALSE;
    }

  apply_change (&change, duaal_status_get_cell (status, learner_id, argv[2], actor),
                &mastery, &coverage, &comment, NULL);
  if (duaal_store_record_score (store, learner_id, argv[2], actor, mastery, coverage,
                                comment, error) == 0)
    return FALSE;
  return duaal_cli_print_ok (error);
}
