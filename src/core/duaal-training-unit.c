/* duaal-training-unit.c: a training unit (opleidingsonderdeel) of a qualification
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "duaal-error.h"
#include "duaal-input.h"
#include "duaal-training-unit.h"

struct _DuaalTrainingUnit
{
  GObject  parent_instance;

  char    *code;
  char    *title;
  GStrv    competences;
};

G_DEFINE_FINAL_TYPE (DuaalTrainingUnit, duaal_training_unit, G_TYPE_OBJECT)

static void
duaal_training_unit_finalize (GObject *object)
{
  DuaalTrainingUnit *self = DUAAL_TRAINING_UNIT (object);

  g_clear_pointer (&self->code, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->competences, g_strfreev);

  G_OBJECT_CLASS (duaal_training_unit_parent_class)->finalize (object);
}

static void
duaal_training_unit_class_init (DuaalTrainingUnitClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = duaal_training_unit_finalize;
}

static void
duaal_training_unit_init (DuaalTrainingUnit *self)
{
}

DuaalTrainingUnit *
duaal_training_unit_new (const char         *code,
                         const char         *title,
                         const char * const *competences)
{
  DuaalTrainingUnit *self;

  g_return_val_if_fail (code != NULL, NULL);
  g_return_val_if_fail (title != NULL, NULL);
  g_return_val_if_fail (competences != NULL, NULL);

  self = g_object_new (DUAAL_TYPE_TRAINING_UNIT, NULL);
  self->code = g_strdup (code);
  self->title = g_strdup (title);
  self->competences = g_strdupv ((char **) competences);
  return self;
}

DuaalTrainingUnit *
duaal_training_unit_new_checked (const char         *code,
                                 const char         *title,
                                 const char * const *competences,
                                 GError            **error)
{
  g_autofree char *clean_title = NULL;
  DuaalInputProblem problem;

  g_return_val_if_fail (competences != NULL, NULL);

  if (code == NULL || !duaal_input_is_valid_id (code, DUAAL_INPUT_MAX_ID))
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   _("“%s” is not a valid training unit code: use 1 to 64 letters, digits, dots, "
                     "hyphens or underscores"), code != NULL ? code : "");
      return NULL;
    }
  clean_title = title != NULL ? duaal_input_clean_line (title, DUAAL_INPUT_MAX_TITLE, &problem, NULL, NULL)
                              : NULL;
  if (clean_title == NULL)
    {
      g_set_error_literal (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                           _("A training unit needs a title of at most 500 characters, without control characters"));
      return NULL;
    }
  if (competences[0] == NULL)
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   _("Training unit %s needs at least one competence"), code);
      return NULL;
    }
  for (guint i = 0; competences[i] != NULL; i++)
    {
      if (!duaal_input_is_valid_id (competences[i], DUAAL_INPUT_MAX_ID))
        {
          g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                       _("“%s” is not a valid competence id"), competences[i]);
          return NULL;
        }
      for (guint j = 0; j < i; j++)
        if (g_str_equal (competences[i], competences[j]))
          {
            g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                         _("Competence %s is named twice in training unit %s"), competences[i], code);
            return NULL;
          }
    }
  return duaal_training_unit_new (code, clean_title, competences);
}

const char *
duaal_training_unit_get_code (DuaalTrainingUnit *self)
{
  g_return_val_if_fail (DUAAL_IS_TRAINING_UNIT (self), NULL);
  return self->code;
}

const char *
duaal_training_unit_get_title (DuaalTrainingUnit *self)
{
  g_return_val_if_fail (DUAAL_IS_TRAINING_UNIT (self), NULL);
  return self->title;
}

const char * const *
duaal_training_unit_get_competences (DuaalTrainingUnit *self)
{
  g_return_val_if_fail (DUAAL_IS_TRAINING_UNIT (self), NULL);
  return (const char * const *) self->competences;
}

gboolean
duaal_training_unit_has_competence (DuaalTrainingUnit *self,
                                    const char        *competence_id)
{
  g_return_val_if_fail (DUAAL_IS_TRAINING_UNIT (self), FALSE);
  return g_strv_contains ((const char * const *) self->competences, competence_id);
}

gboolean
duaal_training_unit_equal (DuaalTrainingUnit *self,
                           DuaalTrainingUnit *other)
{
  g_return_val_if_fail (DUAAL_IS_TRAINING_UNIT (self), FALSE);
  g_return_val_if_fail (DUAAL_IS_TRAINING_UNIT (other), FALSE);
  return g_str_equal (self->code, other->code)
         && g_str_equal (self->title, other->title)
         && g_strv_equal ((const char * const *) self->competences,
                          (const char * const *) other->competences);
}
