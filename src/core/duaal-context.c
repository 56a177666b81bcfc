/* duaal-context.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "duaal-context.h"

struct _DuaalContext
{
  GObject parent_instance;

  gint64  id;
  guint   position;
  char   *title;
  char   *activities;
  GStrv   competences;
};

G_DEFINE_FINAL_TYPE (DuaalContext, duaal_context, G_TYPE_OBJECT)

static void
duaal_context_finalize (GObject *object)
{
  DuaalContext *self = DUAAL_CONTEXT (object);

  g_free (self->title);
  g_free (self->activities);
  g_strfreev (self->competences);

  G_OBJECT_CLASS (duaal_context_parent_class)->finalize (object);
}

static void
duaal_context_class_init (DuaalContextClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = duaal_context_finalize;
}

static void
duaal_context_init (DuaalContext *self)
{
}

DuaalContext *
duaal_context_new (gint64              id,
                   guint               position,
                   const char         *title,
                   const char         *activities,
                   const char * const *competences)
{
  DuaalContext *self;

  g_return_val_if_fail (title != NULL, NULL);

  self = g_object_new (DUAAL_TYPE_CONTEXT, NULL);
  self->id = id;
  self->position = position;
  self->title = g_strdup (title);
  self->activities = g_strdup (activities);
  self->competences = competences != NULL ? g_strdupv ((char **) competences) : g_new0 (char *, 1);
  return self;
}

gint64
duaal_context_get_id (DuaalContext *self)
{
  g_return_val_if_fail (DUAAL_IS_CONTEXT (self), 0);
  return self->id;
}

guint
duaal_context_get_position (DuaalContext *self)
{
  g_return_val_if_fail (DUAAL_IS_CONTEXT (self), 0);
  return self->position;
}

const char *
duaal_context_get_title (DuaalContext *self)
{
  g_return_val_if_fail (DUAAL_IS_CONTEXT (self), NULL);
  return self->title;
}

const char *
duaal_context_get_activities (DuaalContext *self)
{
  g_return_val_if_fail (DUAAL_IS_CONTEXT (self), NULL);
  return self->activities;
}

const char * const *
duaal_context_get_competences (DuaalContext *self)
{
  g_return_val_if_fail (DUAAL_IS_CONTEXT (self), NULL);
  return (const char * const *) self->competences;
}

gboolean
duaal_context_offers (DuaalContext *self,
                      const char   *competence_id)
{
  g_return_val_if_fail (DUAAL_IS_CONTEXT (self), FALSE);
  g_return_val_if_fail (competence_id != NULL, FALSE);
  return g_strv_contains ((const char * const *) self->competences, competence_id);
}
