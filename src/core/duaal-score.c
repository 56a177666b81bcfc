/* duaal-score.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "duaal-score.h"

struct _DuaalScore
{
  GObject parent_instance;

  gint64            learner_id;
  char             *indicator_id;
  DuaalActor        actor;
  DuaalMastery      mastery;
  DuaalCoverage     coverage;
  char             *comment;
  DuaalScoreFields  fields;
  GDateTime        *recorded_at;
  gint64            log_id;
  char             *source;
  gint64            undo_of;
};

G_DEFINE_FINAL_TYPE (DuaalScore, duaal_score, G_TYPE_OBJECT)

static void
duaal_score_finalize (GObject *object)
{
  DuaalScore *self = DUAAL_SCORE (object);

  g_free (self->indicator_id);
  g_free (self->comment);
  g_free (self->source);
  g_clear_pointer (&self->recorded_at, g_date_time_unref);

  G_OBJECT_CLASS (duaal_score_parent_class)->finalize (object);
}

static void
duaal_score_class_init (DuaalScoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = duaal_score_finalize;
}

static void
duaal_score_init (DuaalScore *self)
{
}

DuaalScore *
duaal_score_new (gint64                 learner_id,
                 const char            *indicator_id,
                 DuaalActor             actor,
                 const DuaalScoreValue *value,
                 DuaalScoreFields       fields,
                 GDateTime             *recorded_at,
                 gint64                 log_id,
                 const char            *source,
                 gint64                 undo_of)
{
  DuaalScore *self;

  g_return_val_if_fail (indicator_id != NULL, NULL);
  g_return_val_if_fail (actor < DUAAL_N_ACTORS, NULL);
  g_return_val_if_fail (value != NULL, NULL);

  self = g_object_new (DUAAL_TYPE_SCORE, NULL);
  self->learner_id = learner_id;
  self->indicator_id = g_strdup (indicator_id);
  self->actor = actor;
  self->mastery = value->mastery;
  self->coverage = value->coverage;
  self->comment = g_strdup (value->comment);
  self->fields = fields;
  self->recorded_at = recorded_at != NULL ? g_date_time_ref (recorded_at) : NULL;
  self->log_id = log_id;
  self->source = g_strdup (source);
  self->undo_of = undo_of;
  return self;
}

const char *
duaal_score_get_indicator_id (DuaalScore *self)
{
  g_return_val_if_fail (DUAAL_IS_SCORE (self), NULL);
  return self->indicator_id;
}

DuaalActor
duaal_score_get_actor (DuaalScore *self)
{
  g_return_val_if_fail (DUAAL_IS_SCORE (self), DUAAL_ACTOR_LEARNER);
  return self->actor;
}

DuaalMastery
duaal_score_get_mastery (DuaalScore *self)
{
  g_return_val_if_fail (DUAAL_IS_SCORE (self), DUAAL_MASTERY_NONE);
  return self->mastery;
}

DuaalCoverage
duaal_score_get_coverage (DuaalScore *self)
{
  g_return_val_if_fail (DUAAL_IS_SCORE (self), DUAAL_COVERAGE_NONE);
  return self->coverage;
}

const char *
duaal_score_get_comment (DuaalScore *self)
{
  g_return_val_if_fail (DUAAL_IS_SCORE (self), NULL);
  return self->comment;
}

GDateTime *
duaal_score_get_recorded_at (DuaalScore *self)
{
  g_return_val_if_fail (DUAAL_IS_SCORE (self), NULL);
  return self->recorded_at;
}

gint64
duaal_score_get_log_id (DuaalScore *self)
{
  g_return_val_if_fail (DUAAL_IS_SCORE (self), 0);
  return self->log_id;
}

DuaalScoreFields
duaal_score_get_fields (DuaalScore *self)
{
  g_return_val_if_fail (DUAAL_IS_SCORE (self), 0);
  return self->fields;
}

const char *
duaal_score_get_source (DuaalScore *self)
{
  g_return_val_if_fail (DUAAL_IS_SCORE (self), NULL);
  return self->source;
}

gint64
duaal_score_get_undo_of (DuaalScore *self)
{
  g_return_val_if_fail (DUAAL_IS_SCORE (self), 0);
  return self->undo_of;
}
