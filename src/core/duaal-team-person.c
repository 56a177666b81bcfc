/* duaal-team-person.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "duaal-team-person.h"

struct _DuaalTeamPerson
{
  GObject  parent_instance;

  gint64   id;
  char    *name;
  char    *company;
  GArray  *ids;   /* gint64 */
};

G_DEFINE_FINAL_TYPE (DuaalTeamPerson, duaal_team_person, G_TYPE_OBJECT)

static void
duaal_team_person_finalize (GObject *object)
{
  DuaalTeamPerson *self = DUAAL_TEAM_PERSON (object);

  g_free (self->name);
  g_free (self->company);
  g_array_unref (self->ids);

  G_OBJECT_CLASS (duaal_team_person_parent_class)->finalize (object);
}

static void
duaal_team_person_class_init (DuaalTeamPersonClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = duaal_team_person_finalize;
}

static void
duaal_team_person_init (DuaalTeamPerson *self)
{
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

DuaalTeamPerson *
duaal_team_person_new (gint64      id,
                       const char *name,
                       const char *company)
{
  DuaalTeamPerson *self;

  g_return_val_if_fail (name != NULL, NULL);

  self = g_object_new (DUAAL_TYPE_TEAM_PERSON, NULL);
  self->id = id;
  self->name = g_strdup (name);
  self->company = g_strdup (company);
  return self;
}

void
duaal_team_person_add_id (DuaalTeamPerson *self,
                          gint64           id)
{
  g_return_if_fail (DUAAL_IS_TEAM_PERSON (self));

  if (self->ids->len > 0 && g_array_index (self->ids, gint64, self->ids->len - 1) == id)
    return;
  g_array_append_val (self->ids, id);
}

gint64
duaal_team_person_get_id (DuaalTeamPerson *self)
{
  g_return_val_if_fail (DUAAL_IS_TEAM_PERSON (self), 0);
  return self->id;
}

const char *
duaal_team_person_get_name (DuaalTeamPerson *self)
{
  g_return_val_if_fail (DUAAL_IS_TEAM_PERSON (self), NULL);
  return self->name;
}

const char *
duaal_team_person_get_company (DuaalTeamPerson *self)
{
  g_return_val_if_fail (DUAAL_IS_TEAM_PERSON (self), NULL);
  return self->company;
}

const gint64 *
duaal_team_person_get_ids (DuaalTeamPerson *self,
                           guint           *n_ids)
{
  g_return_val_if_fail (DUAAL_IS_TEAM_PERSON (self), NULL);
  g_return_val_if_fail (n_ids != NULL, NULL);

  *n_ids = self->ids->len;
  return (const gint64 *) (gpointer) self->ids->data;
}
