/* duaal-status-filter.c: what one viewer may see of a status (SPEC section 6)
 *
 * Builds the filtered copy from scratch rather than blanking parts of
 * the original: what is not copied cannot leak.  The tallies are copied
 * last, whole, because they must describe every score (the colours are
 * everyone's to see) even when the cells are left out.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "duaal-error.h"
#include "duaal-route.h"
#include "duaal-status-filter.h"
#include "duaal-visibility.h"

gint64
duaal_viewer_id_for_learner (DuaalViewer   viewer,
                             DuaalLearner *learner)
{
  g_return_val_if_fail (DUAAL_IS_LEARNER (learner), 0);

  switch (viewer)
    {
    case DUAAL_VIEWER_LEARNER:
      return duaal_learner_get_id (learner);
    case DUAAL_VIEWER_TRAINER:
      return duaal_learner_get_trainer_id (learner);
    case DUAAL_VIEWER_TEACHER:
    case DUAAL_VIEWER_COACH:
      return 0;
    default:
      g_return_val_if_reached (0);
    }
}

gboolean
duaal_viewer_has_in_scope (DuaalViewer   viewer,
                           gint64        viewer_id,
                           DuaalLearner *learner)
{
  g_return_val_if_fail (DUAAL_IS_LEARNER (learner), FALSE);

  switch (viewer)
    {
    case DUAAL_VIEWER_LEARNER:
      return viewer_id > 0 && duaal_learner_get_id (learner) == viewer_id;
    case DUAAL_VIEWER_TRAINER:
      return viewer_id > 0 && duaal_learner_get_trainer_id (learner) == viewer_id;
    case DUAAL_VIEWER_TEACHER:
    case DUAAL_VIEWER_COACH:
      return TRUE;
    default:
      g_return_val_if_reached (FALSE);
    }
}

static GPtrArray *
learners_in_scope (DuaalStatus *status,
                   DuaalViewer  viewer,
                   gint64       viewer_id)
{
  GPtrArray *all = duaal_status_get_learners (status);
  GPtrArray *visible = g_ptr_array_new ();

  for (guint l = 0; l < all->len; l++)
    {
      DuaalLearner *learner = g_ptr_array_index (all, l);

      if (duaal_viewer_has_in_scope (viewer, viewer_id, learner))
        g_ptr_array_add (visible, learner);
    }
  return visible;
}

static void
copy_cells (DuaalStatus     *from,
            DuaalStatus     *to,
            gint64           learner_id,
            DuaalCompetence *competence,
            DuaalActor       actor,
            gboolean         with_comments)
{
  guint n = duaal_competence_get_n_indicators (competence);

  for (guint i = 0; i < n; i++)
    {
      const char *id = duaal_indicator_get_id (duaal_competence_get_indicator (competence, i));
      const DuaalCell *cell = duaal_status_get_cell (from, learner_id, id, actor);

      if (cell == NULL)
        continue;
      duaal_status_set_cell (to, learner_id, id, actor, cell->mastery, cell->coverage,
                             with_comments ? cell->comment : NULL, cell->log_id);
    }
}

static void
copy_learner (DuaalStatus *from,
              DuaalStatus *to,
              gint64       learner_id,
              DuaalViewer  viewer)
{
  DuaalQualification *qualification = duaal_status_get_qualification (from);
  guint n_competences = duaal_qualification_get_n_competences (qualification);

  for (guint c = 0; c < n_competences; c++)
    {
      DuaalCompetence *competence = duaal_qualification_get_competence (qualification, c);
      const char *competence_id = duaal_competence_get_id (competence);

      /* The route (SPEC 10) is a summary like the colours: a viewer who
       * may not see the cells behind it still sees it. */
      if (!duaal_visibility_can_see_indicators (viewer, DUAAL_ACTOR_TEACHER) ||
          !duaal_visibility_can_see_indicators (viewer, DUAAL_ACTOR_TRAINER))
        {
          guint counts[DUAAL_N_ROUTE_PARTS];

          duaal_route_count_competence (from, learner_id, competence, counts);
          duaal_status_set_route_counts (to, learner_id, competence_id, counts);
        }
      for (DuaalActor a = 0; a < DUAAL_N_ACTORS; a++)
        {
          if (duaal_visibility_can_see_indicators (viewer, a))
            copy_cells (from, to, learner_id, competence, a,
                        duaal_visibility_can_see_comments (viewer, a));
          if (duaal_visibility_can_see_summary (viewer, a))
            duaal_status_set_tally (to, learner_id, competence_id, a,
                                    duaal_status_get_tally (from, learner_id, competence_id, a));
        }
    }
}

DuaalStatus *
duaal_status_filter_for_viewer (DuaalStatus  *status,
                                DuaalViewer   viewer,
                                gint64        viewer_id,
                                GError      **error)
{
  g_autoptr(GPtrArray) learners = NULL;
  DuaalStatus *filtered;

  g_return_val_if_fail (DUAAL_IS_STATUS (status), NULL);
  g_return_val_if_fail (viewer <= DUAAL_VIEWER_COACH, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((viewer == DUAAL_VIEWER_LEARNER || viewer == DUAAL_VIEWER_TRAINER) && viewer_id <= 0)
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   viewer == DUAAL_VIEWER_LEARNER
                   ? _("Showing scores to a learner needs to know which learner is looking")
                   : _("Showing scores to a trainer needs to know which trainer is looking"));
      return NULL;
    }

  learners = learners_in_scope (status, viewer, viewer_id);
  filtered = duaal_status_new (duaal_status_get_qualification (status),
                               duaal_status_get_period (status), learners);
  for (guint l = 0; l < learners->len; l++)
    copy_learner (status, filtered,
                  duaal_learner_get_id (g_ptr_array_index (learners, l)), viewer);
  return filtered;
}
