/* duaal-learner.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "duaal-learner.h"

struct _DuaalLearner
{
  GObject parent_instance;

  gint64  id;
  gint64  group_id;
  char   *name;
  gint64  company_id;
  char   *company_name;
  gint64  trainer_id;
  char   *trainer_name;
};

G_DEFINE_FINAL_TYPE (DuaalLearner, duaal_learner, G_TYPE_OBJECT)

static void
duaal_learner_finalize (GObject *object)
{
  DuaalLearner *self = DUAAL_LEARNER (object);

  g_free (self->name);
  g_free (self->company_name);
  g_free (self->trainer_name);

  G_OBJECT_CLASS (duaal_learner_parent_class)->finalize (object);
}

static void
duaal_learner_class_init (DuaalLearnerClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = duaal_learner_finalize;
}

static void
duaal_learner_init (DuaalLearner *self)
{
}

DuaalLearner *
duaal_learner_new (gint64      id,
                   gint64      group_id,
                   const char *name,
                   gint64      company_id,
                   const char *company_name,
                   gint64      trainer_id,
                   const char *trainer_name)
{
  DuaalLearner *self;

  g_return_val_if_fail (name != NULL, NULL);

  self = g_object_new (DUAAL_TYPE_LEARNER, NULL);
  self->id = id;
  self->group_id = group_id;
  self->name = g_strdup (name);
  self->company_id = company_id;
  self->company_name = g_strdup (company_name != NULL ? company_name : "");
  /* A trainer id without a name (or the reverse) is no trainer. */
  if (trainer_id > 0 && trainer_name != NULL)
    {
      self->trainer_id = trainer_id;
      self->trainer_name = g_strdup (trainer_name);
    }
  return self;
}

gint64
duaal_learner_get_id (DuaalLearner *self)
{
  g_return_val_if_fail (DUAAL_IS_LEARNER (self), 0);
  return self->id;
}

gint64
duaal_learner_get_group_id (DuaalLearner *self)
{
  g_return_val_if_fail (DUAAL_IS_LEARNER (self), 0);
  return self->group_id;
}

const char *
duaal_learner_get_name (DuaalLearner *self)
{
  g_return_val_if_fail (DUAAL_IS_LEARNER (self), NULL);
  return self->name;
}

gint64
duaal_learner_get_company_id (DuaalLearner *self)
{
  g_return_val_if_fail (DUAAL_IS_LEARNER (self), 0);
  return self->company_id;
}

const char *
duaal_learner_get_company_name (DuaalLearner *self)
{
  g_return_val_if_fail (DUAAL_IS_LEARNER (self), NULL);
  return self->company_name;
}

gint64
duaal_learner_get_trainer_id (DuaalLearner *self)
{
  g_return_val_if_fail (DUAAL_IS_LEARNER (self), 0);
  return self->trainer_id;
}

const char *
duaal_learner_get_trainer_name (DuaalLearner *self)
{
  g_return_val_if_fail (DUAAL_IS_LEARNER (self), NULL);
  return self->trainer_name;
}
