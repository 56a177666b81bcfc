/* duaal-teacher.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "duaal-teacher-private.h"

struct _DuaalTeacher
{
  GObject parent_instance;

  gint64  id;
  char   *name;
  gint64  group_id;
};

G_DEFINE_FINAL_TYPE (DuaalTeacher, duaal_teacher, G_TYPE_OBJECT)

static void
duaal_teacher_finalize (GObject *object)
{
  DuaalTeacher *self = DUAAL_TEACHER (object);

  g_free (self->name);

  G_OBJECT_CLASS (duaal_teacher_parent_class)->finalize (object);
}

static void
duaal_teacher_class_init (DuaalTeacherClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = duaal_teacher_finalize;
}

static void
duaal_teacher_init (DuaalTeacher *self)
{
}

DuaalTeacher *
duaal_teacher_new (gint64      id,
                   const char *name,
                   gint64      group_id)
{
  DuaalTeacher *self;

  g_return_val_if_fail (name != NULL, NULL);

  self = g_object_new (DUAAL_TYPE_TEACHER, NULL);
  self->id = id;
  self->name = g_strdup (name);
  self->group_id = group_id;
  return self;
}

const char *
duaal_teacher_get_name (DuaalTeacher *self)
{
  g_return_val_if_fail (DUAAL_IS_TEACHER (self), NULL);
  return self->name;
}
