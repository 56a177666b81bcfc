/* duaal-team.c: what both backends' team parts share (SPEC 13)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "duaal-error.h"
#include "duaal-team-private.h"

/* Whole sentences, so translators can decline them; the id is formatted
 * first because xgettext cannot see through G_GINT64_FORMAT. */
gboolean
duaal_team_set_not_found (GError         **error,
                          DuaalTeamThing   thing,
                          gint64           id)
{
  g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, id);

  switch (thing)
    {
    case DUAAL_TEAM_GROUP:
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND, _("There is no class group with id %s"), text);
      break;
    case DUAAL_TEAM_TEACHER:
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND, _("There is no teacher with id %s"), text);
      break;
    case DUAAL_TEAM_TRAINER:
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND, _("There is no trainer with id %s"), text);
      break;
    case DUAAL_TEAM_LEARNER:
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND, _("There is no learner with id %s"), text);
      break;
    default:
      g_return_val_if_reached (FALSE);
    }
  return FALSE;
}

gboolean
duaal_team_check_person (DuaalViewer   role,
                         gint64        person_id,
                         GError      **error)
{
  if (role == DUAAL_VIEWER_COACH && person_id != 0)
    {
      g_set_error_literal (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                           _("A coach’s login stands for no teacher, trainer or learner: "
                             "give it no person"));
      return FALSE;
    }
  if (role != DUAAL_VIEWER_COACH && person_id <= 0)
    {
      g_set_error_literal (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                           _("A teacher’s, trainer’s or learner’s login needs the id of "
                             "that teacher, trainer or learner"));
      return FALSE;
    }
  return TRUE;
}

void
duaal_team_add_person_row (GPtrArray  *people,
                           gint64      id,
                           const char *name,
                           const char *company,
                           gint64      listed)
{
  DuaalTeamPerson *person = people->len > 0 ? g_ptr_array_index (people, people->len - 1) : NULL;

  if (person == NULL || duaal_team_person_get_id (person) != id)
    {
      person = duaal_team_person_new (id, name, company);
      g_ptr_array_add (people, person);
    }
  if (listed != 0)
    duaal_team_person_add_id (person, listed);
}
