/* duaal-cli-status.c: status, what one viewer may see of one learner
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "duaal-cli-private.h"
#include "duaal-status-filter.h"
#include "duaal-visibility.h"

/* The order of cli.md's example. */
static const DuaalActor actor_order[DUAAL_N_ACTORS] = {
  DUAAL_ACTOR_TEACHER, DUAAL_ACTOR_TRAINER, DUAAL_ACTOR_LEARNER,
};

static void
write_indicators (DuaalJson       *json,
                  DuaalStatus     *status,
                  gint64           learner_id,
                  DuaalCompetence *competence,
                  DuaalActor       actor,
                  gboolean         with_comments)
{
  GPtrArray *indicators = duaal_competence_get_indicators (competence);

  duaal_json_member (json, "indicators");
  duaal_json_begin_array (json);
  for (guint i = 0; i < indicators->len; i++)
    {
      const char *id = duaal_indicator_get_id (g_ptr_array_index (indicators, i));
      const DuaalCell *cell = duaal_status_get_cell (status, learner_id, id, actor);

      /* Every indicator, scored or not, so n entries always follow. */
      duaal_json_begin_object (json);
      duaal_json_member_string (json, "id", id);
      duaal_json_member_string (json, "mastery", cell != NULL ? duaal_mastery_to_string (cell->mastery) : NULL);
      duaal_json_member_string (json, "coverage", cell != NULL ? duaal_coverage_to_string (cell->coverage) : NULL);
      if (with_comments)
        duaal_json_member_string (json, "comment", cell != NULL ? cell->comment : NULL);
      duaal_json_end_object (json);
    }
  duaal_json_end_array (json);
}

static void
write_actor (DuaalJson       *json,
             DuaalStatus     *status,
             gint64           learner_id,
             DuaalCompetence *competence,
             DuaalActor       actor,
             DuaalViewer      viewer)
{
  const char *competence_id = duaal_competence_get_id (competence);
  const DuaalTally *tally = duaal_status_get_tally (status, learner_id, competence_id, actor);

  duaal_json_member (json, duaal_actor_to_string (actor));
  duaal_json_begin_object (json);
  duaal_json_member_string (json, "colour",
                            duaal_colour_to_string (duaal_status_get_colour (status, learner_id,
                                                                             competence_id, actor)));
  duaal_json_member_int (json, "covered", tally->covered);
  /* SPEC section 6: colour and bar for everyone, the scores behind them
   * only for who may see them. */
  if (duaal_visibility_can_see_indicators (viewer, actor))
    {
      duaal_json_member (json, "mastery");
      duaal_json_begin_object (json);
      duaal_json_member_int (json, "X", tally->x);
      duaal_json_member_int (json, "lil", tally->lil);
      duaal_json_member_int (json, "V", tally->v);
      duaal_json_end_object (json);
      write_indicators (json, status, learner_id, competence, actor,
                        duaal_visibility_can_see_comments (viewer, actor));
    }
  duaal_json_end_object (json);
}

static DuaalJson *
status_to_json (DuaalStatus *status,
                gint64       learner_id,
                DuaalViewer  viewer)
{
  DuaalQualification *qualification = duaal_status_get_qualification (status);
  GPtrArray *competences = duaal_qualification_get_competences (qualification);
  guint period = duaal_status_get_period (status);
  DuaalJson *json = duaal_json_new ();

  duaal_json_begin_object (json);
  duaal_json_member_int (json, "learner", learner_id);
  if (period == 0)
    duaal_json_member_null (json, "period");
  else
    duaal_json_member_int (json, "period", period);
  duaal_json_member (json, "competences");
  duaal_json_begin_array (json);
  for (guint i = 0; i < competences->len; i++)
    {
      DuaalCompetence *competence = g_ptr_array_index (competences, i);

      duaal_json_begin_object (json);
      duaal_json_member_string (json, "id", duaal_competence_get_id (competence));
      duaal_json_member_string (json, "title", duaal_competence_get_title (competence));
      duaal_json_member_int (json, "n", duaal_competence_get_n_indicators (competence));
      duaal_json_member (json, "actors");
      duaal_json_begin_object (json);
      for (guint a = 0; a < G_N_ELEMENTS (actor_order); a++)
        write_actor (json, status, learner_id, competence, actor_order[a], viewer);
      duaal_json_end_object (json);
      duaal_json_end_object (json);
    }
  duaal_json_end_array (json);
  duaal_json_end_object (json);
  return json;
}

/* Who looks (duaal-status-filter.h): the learner themselves, or the
 * learner's own trainer; teacher and coach need no id. */
static gboolean
viewer_id_for (DuaalStatus *status,
               gint64       learner_id,
               DuaalViewer  viewer,
               gint64      *viewer_id,
               GError     **error)
{
  DuaalLearner *learner = duaal_status_find_learner (status, learner_id);

  *viewer_id = learner != NULL ? duaal_viewer_id_for_learner (viewer, learner) : 0;
  if (viewer == DUAAL_VIEWER_TRAINER && *viewer_id == 0)
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   _("This learner has no trainer yet, so no trainer can look at their scores"));
      return FALSE;
    }
  return TRUE;
}

gboolean
duaal_cli_status (DuaalCli  *cli,
                  int        argc,
                  char     **argv,
                  GError   **error)
{
  g_autofree char *period_text = NULL;
  g_autofree char *viewer_text = NULL;
  const GOptionEntry entries[] = {
    DUAAL_CLI_CLOSED_PERIOD_OPTION (&period_text),
    { "as", 0, 0, G_OPTION_ARG_STRING, &viewer_text,
      N_("Show only what this viewer may see: learner, teacher, trainer or coach (default)"),
      N_("VIEWER") },
    { NULL }
  };
  DuaalViewer viewer = DUAAL_VIEWER_COACH;
  g_autoptr(DuaalStatus) status = NULL;
  g_autoptr(DuaalStatus) visible = NULL;
  gint64 learner_id, viewer_id;
  guint period = 0;
  DuaalStore *store;

  if (!duaal_cli_parse_id_command (cli, entries, &argc, &argv, 1, _("learner"), &learner_id, error)
      || !duaal_cli_parse_optional_period (period_text, &period, error))
    return FALSE;
  if (viewer_text != NULL && !duaal_viewer_from_string (viewer_text, &viewer))
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   _("“%s” is not a viewer (learner, teacher, trainer or coach)"), viewer_text);
      return FALSE;
    }

  store = duaal_cli_get_store (cli, error);
  if (store == NULL)
    return FALSE;
  status = duaal_store_load_learner_status (store, learner_id, period, error);
  if (status == NULL)
    return FALSE;
  /* SPEC section 6: only what the viewer may see leaves the core. */
  if (!viewer_id_for (status, learner_id, viewer, &viewer_id, error))
    return FALSE;
  visible = duaal_status_filter_for_viewer (status, viewer, viewer_id, error);
  if (visible == NULL)
    return FALSE;
  return duaal_cli_print_json (status_to_json (visible, learner_id, viewer), error);
}
