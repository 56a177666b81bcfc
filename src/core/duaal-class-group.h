/* duaal-class-group.h: a class group (klasgroep) following one qualification
 *
 * A value object read from the store; immutable.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define DUAAL_TYPE_CLASS_GROUP (duaal_class_group_get_type ())
G_DECLARE_FINAL_TYPE (DuaalClassGroup, duaal_class_group, DUAAL, CLASS_GROUP, GObject)

DuaalClassGroup *duaal_class_group_new                       (gint64           id,
                                                             const char      *name,
                                                             const char      *qualification_code,
                                                             guint            qualification_version);
gint64           duaal_class_group_get_id                    (DuaalClassGroup *self);
const char      *duaal_class_group_get_name                  (DuaalClassGroup *self);
const char      *duaal_class_group_get_qualification_code    (DuaalClassGroup *self);
guint            duaal_class_group_get_qualification_version (DuaalClassGroup *self);

G_END_DECLS
