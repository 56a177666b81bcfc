/* duaal-user.h: a login of a team database and the person it is (SPEC 13)
 *
 * A value object read from the store; immutable.  The role is the
 * viewer the login sees as (coach, teacher, trainer or learner); the
 * person is the teacher, trainer or learner id, 0 for a coach.  On a
 * workstation's database nobody logs in: no login, a coach, no person.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "duaal-types.h"

G_BEGIN_DECLS

#define DUAAL_TYPE_USER (duaal_user_get_type ())
G_DECLARE_FINAL_TYPE (DuaalUser, duaal_user, DUAAL, USER, GObject)

/* @login: (nullable) */
DuaalUser   *duaal_user_new            (const char  *login,
                                        DuaalViewer  role,
                                        gint64       person_id);
/* (nullable) */
const char  *duaal_user_get_login      (DuaalUser   *self);
DuaalViewer  duaal_user_get_role       (DuaalUser   *self);
gint64       duaal_user_get_person_id  (DuaalUser   *self);

G_END_DECLS
