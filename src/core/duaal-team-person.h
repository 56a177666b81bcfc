/* duaal-team-person.h: a teacher or trainer as the team lists show them (SPEC 13)
 *
 * A value object read from the store; immutable: the person's id and
 * name, for a trainer the company's name, and a list of ids: the class
 * groups a teacher teaches, or the learners a trainer trains.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define DUAAL_TYPE_TEAM_PERSON (duaal_team_person_get_type ())
G_DECLARE_FINAL_TYPE (DuaalTeamPerson, duaal_team_person, DUAAL, TEAM_PERSON, GObject)

/* @company: (nullable) */
DuaalTeamPerson *duaal_team_person_new          (gint64           id,
                                                 const char      *name,
                                                 const char      *company);
/* Appends @id to the list, unless it is the last one already (the
 * store adds them in order). */
void             duaal_team_person_add_id       (DuaalTeamPerson *self,
                                                 gint64           id);
gint64           duaal_team_person_get_id       (DuaalTeamPerson *self);
const char      *duaal_team_person_get_name     (DuaalTeamPerson *self);
/* (nullable) */
const char      *duaal_team_person_get_company  (DuaalTeamPerson *self);
/* (array length=n_ids) */
const gint64    *duaal_team_person_get_ids      (DuaalTeamPerson *self,
                                                 guint           *n_ids);

G_END_DECLS
