/* duaal-visibility.c: who may see what (SPEC section 6)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "duaal-visibility.h"

static gboolean
is_own (DuaalViewer viewer,
        DuaalActor  actor)
{
  /* The viewer enum shares its first values with the actor enum. */
  return (int) viewer == (int) actor;
}

gboolean
duaal_visibility_can_see_indicators (DuaalViewer viewer,
                                     DuaalActor  actor)
{
  g_return_val_if_fail (actor < DUAAL_N_ACTORS, FALSE);

  switch (viewer)
    {
    case DUAAL_VIEWER_LEARNER:
      return is_own (viewer, actor);
    case DUAAL_VIEWER_TEACHER:
    case DUAAL_VIEWER_TRAINER:
    case DUAAL_VIEWER_COACH:
      return TRUE;
    default:
      g_return_val_if_reached (FALSE);
    }
}

gboolean
duaal_visibility_can_see_comments (DuaalViewer viewer,
                                   DuaalActor  actor)
{
  g_return_val_if_fail (actor < DUAAL_N_ACTORS, FALSE);

  switch (viewer)
    {
    case DUAAL_VIEWER_LEARNER:
    case DUAAL_VIEWER_TEACHER:
    case DUAAL_VIEWER_TRAINER:
      return is_own (viewer, actor);
    case DUAAL_VIEWER_COACH:
      return TRUE;
    default:
      g_return_val_if_reached (FALSE);
    }
}

gboolean
duaal_visibility_can_see_summary (DuaalViewer viewer,
                                  DuaalActor  actor)
{
  g_return_val_if_fail (actor < DUAAL_N_ACTORS, FALSE);
  g_return_val_if_fail (viewer <= DUAAL_VIEWER_COACH, FALSE);
  return TRUE;
}
