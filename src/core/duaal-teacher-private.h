/* duaal-teacher-private.h: what only the tests use
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "duaal-teacher.h"

G_BEGIN_DECLS

const char   *duaal_teacher_get_name     (DuaalTeacher *self);

G_END_DECLS
