/* duaal-scenario.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "duaal-scenario.h"

struct _DuaalScenario
{
  GObject parent_instance;

  gint64  id;
  char   *title;
  char   *template_name;
  char   *objectives;
  char   *course;
  guint   sessions;
  GStrv   competences;
};

G_DEFINE_FINAL_TYPE (DuaalScenario, duaal_scenario, G_TYPE_OBJECT)

static void
duaal_scenario_finalize (GObject *object)
{
  DuaalScenario *self = DUAAL_SCENARIO (object);

  g_free (self->title);
  g_free (self->template_name);
  g_free (self->objectives);
  g_free (self->course);
  g_strfreev (self->competences);

  G_OBJECT_CLASS (duaal_scenario_parent_class)->finalize (object);
}

static void
duaal_scenario_class_init (DuaalScenarioClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = duaal_scenario_finalize;
}

static void
duaal_scenario_init (DuaalScenario *self)
{
}

DuaalScenario *
duaal_scenario_new (gint64                    id,
                    const DuaalScenarioTexts *texts,
                    const char * const       *competences)
{
  DuaalScenario *self;

  g_return_val_if_fail (texts != NULL && texts->title != NULL, NULL);

  self = g_object_new (DUAAL_TYPE_SCENARIO, NULL);
  self->id = id;
  self->title = g_strdup (texts->title);
  self->template_name = g_strdup (texts->template_name);
  self->objectives = g_strdup (texts->objectives);
  self->course = g_strdup (texts->course);
  self->sessions = CLAMP (texts->sessions, DUAAL_SCENARIO_MIN_SESSIONS, DUAAL_SCENARIO_MAX_SESSIONS);
  self->competences = competences != NULL ? g_strdupv ((char **) competences) : g_new0 (char *, 1);
  return self;
}

gint64
duaal_scenario_get_id (DuaalScenario *self)
{
  g_return_val_if_fail (DUAAL_IS_SCENARIO (self), 0);
  return self->id;
}

const char *
duaal_scenario_get_title (DuaalScenario *self)
{
  g_return_val_if_fail (DUAAL_IS_SCENARIO (self), NULL);
  return self->title;
}

const char *
duaal_scenario_get_template (DuaalScenario *self)
{
  g_return_val_if_fail (DUAAL_IS_SCENARIO (self), NULL);
  return self->template_name;
}

const char *
duaal_scenario_get_objectives (DuaalScenario *self)
{
  g_return_val_if_fail (DUAAL_IS_SCENARIO (self), NULL);
  return self->objectives;
}

const char *
duaal_scenario_get_course (DuaalScenario *self)
{
  g_return_val_if_fail (DUAAL_IS_SCENARIO (self), NULL);
  return self->course;
}

guint
duaal_scenario_get_sessions (DuaalScenario *self)
{
  g_return_val_if_fail (DUAAL_IS_SCENARIO (self), 0);
  return self->sessions;
}

const char * const *
duaal_scenario_get_competences (DuaalScenario *self)
{
  g_return_val_if_fail (DUAAL_IS_SCENARIO (self), NULL);
  return (const char * const *) self->competences;
}

gboolean
duaal_scenario_aims_at (DuaalScenario *self,
                        const char    *competence_id)
{
  g_return_val_if_fail (DUAAL_IS_SCENARIO (self), FALSE);
  g_return_val_if_fail (competence_id != NULL, FALSE);
  return g_strv_contains ((const char * const *) self->competences, competence_id);
}

GStrv
duaal_scenario_list_uncovered (GPtrArray          *scenarios,
                               const char * const *competence_ids)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (scenarios != NULL && competence_ids != NULL, NULL);

  for (guint c = 0; competence_ids[c] != NULL; c++)
    {
      g_autoptr(GPtrArray) aiming = duaal_scenario_list_for_competence (scenarios, competence_ids[c]);

      if (aiming->len == 0)
        g_strv_builder_add (builder, competence_ids[c]);
    }
  return g_strv_builder_end (builder);
}

GPtrArray *
duaal_scenario_list_for_competence (GPtrArray  *scenarios,
                                    const char *competence_id)
{
  GPtrArray *aiming = g_ptr_array_new ();

  g_return_val_if_fail (scenarios != NULL && competence_id != NULL, aiming);

  for (guint i = 0; i < scenarios->len; i++)
    if (duaal_scenario_aims_at (g_ptr_array_index (scenarios, i), competence_id))
      g_ptr_array_add (aiming, g_ptr_array_index (scenarios, i));
  return aiming;
}
