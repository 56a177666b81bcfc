/* duaal-trainer.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "duaal-trainer-private.h"

struct _DuaalTrainer
{
  GObject parent_instance;

  gint64  id;
  char   *name;
  gint64  company_id;
};

G_DEFINE_FINAL_TYPE (DuaalTrainer, duaal_trainer, G_TYPE_OBJECT)

static void
duaal_trainer_finalize (GObject *object)
{
  DuaalTrainer *self = DUAAL_TRAINER (object);

  g_free (self->name);

  G_OBJECT_CLASS (duaal_trainer_parent_class)->finalize (object);
}

static void
duaal_trainer_class_init (DuaalTrainerClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = duaal_trainer_finalize;
}

static void
duaal_trainer_init (DuaalTrainer *self)
{
}

DuaalTrainer *
duaal_trainer_new (gint64      id,
                   const char *name,
                   gint64      company_id)
{
  DuaalTrainer *self;

  g_return_val_if_fail (name != NULL, NULL);

  self = g_object_new (DUAAL_TYPE_TRAINER, NULL);
  self->id = id;
  self->name = g_strdup (name);
  self->company_id = company_id;
  return self;
}

const char *
duaal_trainer_get_name (DuaalTrainer *self)
{
  g_return_val_if_fail (DUAAL_IS_TRAINER (self), NULL);
  return self->name;
}
