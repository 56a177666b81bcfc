/* duaal-class-group.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "duaal-class-group.h"

struct _DuaalClassGroup
{
  GObject parent_instance;

  gint64  id;
  char   *name;
  char   *qualification_code;
  guint   qualification_version;
};

G_DEFINE_FINAL_TYPE (DuaalClassGroup, duaal_class_group, G_TYPE_OBJECT)

static void
duaal_class_group_finalize (GObject *object)
{
  DuaalClassGroup *self = DUAAL_CLASS_GROUP (object);

  g_free (self->name);
  g_free (self->qualification_code);

  G_OBJECT_CLASS (duaal_class_group_parent_class)->finalize (object);
}

static void
duaal_class_group_class_init (DuaalClassGroupClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = duaal_class_group_finalize;
}

static void
duaal_class_group_init (DuaalClassGroup *self)
{
}

DuaalClassGroup *
duaal_class_group_new (gint64      id,
                       const char *name,
                       const char *qualification_code,
                       guint       qualification_version)
{
  DuaalClassGroup *self;

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (qualification_code != NULL, NULL);

  self = g_object_new (DUAAL_TYPE_CLASS_GROUP, NULL);
  self->id = id;
  self->name = g_strdup (name);
  self->qualification_code = g_strdup (qualification_code);
  self->qualification_version = qualification_version;
  return self;
}

gint64
duaal_class_group_get_id (DuaalClassGroup *self)
{
  g_return_val_if_fail (DUAAL_IS_CLASS_GROUP (self), 0);
  return self->id;
}

const char *
duaal_class_group_get_name (DuaalClassGroup *self)
{
  g_return_val_if_fail (DUAAL_IS_CLASS_GROUP (self), NULL);
  return self->name;
}

const char *
duaal_class_group_get_qualification_code (DuaalClassGroup *self)
{
  g_return_val_if_fail (DUAAL_IS_CLASS_GROUP (self), NULL);
  return self->qualification_code;
}

guint
duaal_class_group_get_qualification_version (DuaalClassGroup *self)
{
  g_return_val_if_fail (DUAAL_IS_CLASS_GROUP (self), 0);
  return self->qualification_version;
}
