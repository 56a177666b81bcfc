/* duaal-user.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "duaal-user.h"

struct _DuaalUser
{
  GObject      parent_instance;

  char        *login;
  DuaalViewer  role;
  gint64       person_id;
};

G_DEFINE_FINAL_TYPE (DuaalUser, duaal_user, G_TYPE_OBJECT)

static void
duaal_user_finalize (GObject *object)
{
  DuaalUser *self = DUAAL_USER (object);

  g_free (self->login);

  G_OBJECT_CLASS (duaal_user_parent_class)->finalize (object);
}

static void
duaal_user_class_init (DuaalUserClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = duaal_user_finalize;
}

static void
duaal_user_init (DuaalUser *self)
{
}

DuaalUser *
duaal_user_new (const char  *login,
                DuaalViewer  role,
                gint64       person_id)
{
  DuaalUser *self;

  g_return_val_if_fail (role <= DUAAL_VIEWER_COACH, NULL);

  self = g_object_new (DUAAL_TYPE_USER, NULL);
  self->login = g_strdup (login);
  self->role = role;
  self->person_id = person_id;
  return self;
}

const char *
duaal_user_get_login (DuaalUser *self)
{
  g_return_val_if_fail (DUAAL_IS_USER (self), NULL);
  return self->login;
}

DuaalViewer
duaal_user_get_role (DuaalUser *self)
{
  g_return_val_if_fail (DUAAL_IS_USER (self), DUAAL_VIEWER_LEARNER);
  return self->role;
}

gint64
duaal_user_get_person_id (DuaalUser *self)
{
  g_return_val_if_fail (DUAAL_IS_USER (self), 0);
  return self->person_id;
}
