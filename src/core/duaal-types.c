/* duaal-types.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "duaal-types-private.h"

static const char *actor_names[] = { "learner", "teacher", "trainer" };
static const char *viewer_names[] = { "learner", "teacher", "trainer", "coach" };
static const char *mastery_names[] = { NULL, "X", "lil", "V" };
static const char *coverage_names[] = { NULL, "N", "S", "R" };
static const char *colour_names[] = { "grey", "red", "orange", "light-green", "dark-green" };

static gboolean
lookup (const char  *str,
        const char **names,
        guint        n_names,
        int         *out)
{
  if (str == NULL)
    return FALSE;
  for (guint i = 0; i < n_names; i++)
    if (names[i] != NULL && g_str_equal (str, names[i]))
      {
        *out = (int) i;
        return TRUE;
      }
  return FALSE;
}

const char *
duaal_actor_to_string (DuaalActor actor)
{
  g_return_val_if_fail (actor < G_N_ELEMENTS (actor_names), NULL);
  return actor_names[actor];
}

gboolean
duaal_actor_from_string (const char *str,
                         DuaalActor *actor)
{
  int v;
  if (!lookup (str, actor_names, G_N_ELEMENTS (actor_names), &v))
    return FALSE;
  *actor = v;
  return TRUE;
}

const char *
duaal_viewer_to_string (DuaalViewer viewer)
{
  g_return_val_if_fail (viewer < G_N_ELEMENTS (viewer_names), NULL);
  return viewer_names[viewer];
}

gboolean
duaal_viewer_from_string (const char  *str,
                          DuaalViewer *viewer)
{
  int v;
  if (!lookup (str, viewer_names, G_N_ELEMENTS (viewer_names), &v))
    return FALSE;
  *viewer = v;
  return TRUE;
}

const char *
duaal_mastery_to_string (DuaalMastery mastery)
{
  g_return_val_if_fail (mastery < G_N_ELEMENTS (mastery_names), NULL);
  return mastery_names[mastery];
}

gboolean
duaal_mastery_from_string (const char   *str,
                           DuaalMastery *mastery)
{
  int v;
  if (g_strcmp0 (str, "none") == 0)
    {
      *mastery = DUAAL_MASTERY_NONE;
      return TRUE;
    }
  if (!lookup (str, mastery_names, G_N_ELEMENTS (mastery_names), &v))
    return FALSE;
  *mastery = v;
  return TRUE;
}

const char *
duaal_coverage_to_string (DuaalCoverage coverage)
{
  g_return_val_if_fail (coverage < G_N_ELEMENTS (coverage_names), NULL);
  return coverage_names[coverage];
}

gboolean
duaal_coverage_from_string (const char    *str,
                            DuaalCoverage *coverage)
{
  int v;
  if (g_strcmp0 (str, "none") == 0)
    {
      *coverage = DUAAL_COVERAGE_NONE;
      return TRUE;
    }
  if (!lookup (str, coverage_names, G_N_ELEMENTS (coverage_names), &v))
    return FALSE;
  *coverage = v;
  return TRUE;
}

const char *
duaal_colour_to_string (DuaalColour colour)
{
  g_return_val_if_fail (colour < G_N_ELEMENTS (colour_names), NULL);
  return colour_names[colour];
}

const char *
duaal_actor_get_label (DuaalActor actor)
{
  switch (actor)
    {
    case DUAAL_ACTOR_LEARNER: return _("Learner");
    case DUAAL_ACTOR_TEACHER: return _("Teacher");
    case DUAAL_ACTOR_TRAINER: return _("Trainer");
    default: g_return_val_if_reached (NULL);
    }
}

const char *
duaal_viewer_get_label (DuaalViewer viewer)
{
  if (viewer == DUAAL_VIEWER_COACH)
    return _("Coach");
  return duaal_actor_get_label ((DuaalActor) viewer);
}

const char *
duaal_colour_get_label (DuaalColour colour)
{
  switch (colour)
    {
    case DUAAL_COLOUR_GREY: return _("Not scored");
    case DUAAL_COLOUR_RED: return _("Not acquired");
    case DUAAL_COLOUR_ORANGE: return _("Partly acquired");
    case DUAAL_COLOUR_LIGHT_GREEN: return _("Acquired with support");
    case DUAAL_COLOUR_DARK_GREEN: return _("Acquired autonomously");
    default: g_return_val_if_reached (NULL);
    }
}

const char *
duaal_mastery_get_label (DuaalMastery mastery)
{
  switch (mastery)
    {
    case DUAAL_MASTERY_NONE: return _("Not scored");
    case DUAAL_MASTERY_X: return _("Not mastered");
    case DUAAL_MASTERY_LIL: return _("Mastered with support");
    case DUAAL_MASTERY_V: return _("Autonomous");
    default: g_return_val_if_reached (NULL);
    }
}

const char *
duaal_coverage_get_label (DuaalCoverage coverage)
{
  switch (coverage)
    {
    case DUAAL_COVERAGE_NONE: return _("Not scored");
    case DUAAL_COVERAGE_N: return _("Not yet");
    case DUAAL_COVERAGE_S: return _("Sometimes");
    case DUAAL_COVERAGE_R: return _("Regularly");
    default: g_return_val_if_reached (NULL);
    }
}
