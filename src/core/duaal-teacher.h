/* duaal-teacher.h: a campus teacher (docent) of a class group
 *
 * A value object read from the store; immutable.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define DUAAL_TYPE_TEACHER (duaal_teacher_get_type ())
G_DECLARE_FINAL_TYPE (DuaalTeacher, duaal_teacher, DUAAL, TEACHER, GObject)

DuaalTeacher *duaal_teacher_new          (gint64        id,
                                          const char   *name,
                                          gint64        group_id);

G_END_DECLS
