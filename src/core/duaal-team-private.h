/* duaal-team-private.h: what both backends' team parts share (SPEC 13)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "duaal-team-person.h"
#include "duaal-types.h"

G_BEGIN_DECLS

/* The people a team database keeps apart. */
typedef enum {
  DUAAL_TEAM_GROUP,
  DUAAL_TEAM_TEACHER,
  DUAAL_TEAM_TRAINER,
  DUAAL_TEAM_LEARNER,
} DuaalTeamThing;

/* "There is no class group with id 7", the same sentence as the rest of
 * the store, so that ids out of scope read like unknown ids; always
 * FALSE. */
gboolean duaal_team_set_not_found (GError         **error,
                                   DuaalTeamThing   thing,
                                   gint64           id);

/* Whether @person_id suits @role: none (0) for a coach, one for the
 * others; otherwise FALSE with DUAAL_ERROR_INVALID set. */
gboolean duaal_team_check_person  (DuaalViewer      role,
                                   gint64           person_id,
                                   GError         **error);

/* For the team lists, read as rows of (person id, name, company, listed
 * id) ordered by person: adds the row to the last DuaalTeamPerson of
 * @people when it is the same person, else to a new one.  @listed 0:
 * none (a person without groups or learners). */
void     duaal_team_add_person_row (GPtrArray      *people,
                                    gint64          id,
                                    const char     *name,
                                    const char     *company,
                                    gint64          listed);

G_END_DECLS
