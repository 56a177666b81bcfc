/* duaal-score.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "duaal-score.h"

struct _DuaalScore
{
  GObject parent_instance;

  gint64         learner_id;
  char          *indicator_id;
  DuaalActor     actor;
  DuaalMastery   mastery;
  DuaalCoverage  coverage;
  char          *comment;
  GDateTime     *recorded_at;
  gint64         log_id;
};

G_DEFINE_FINAL_TYPE (DuaalScore, duaal_score, G_TYPE_OBJECT)

static void
duaal_score_finalize (GObject *object)
{
  DuaalScore *self = DUAAL_SCORE (object);

  g_free (self->indicator_id);
  g_free (self->comment);
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
duaal_score_new (gint64         learner_id,
                 const char    *indicator_id,
                 DuaalActor     actor,
                 DuaalMastery   mastery,
                 DuaalCoverage  coverage,
                 const char    *comment,
                 GDateTime     *recorded_at,
                 gint64         log_id)
{
  DuaalScore *self;

  g_return_val_if_fail (indicator_id != NULL, NULL);
  g_return_val_if_fail (actor < DUAAL_N_ACTORS, NULL);

  self = g_object_new (DUAAL_TYPE_SCORE, NULL);
  self->learner_id = learner_id;
  self->indicator_id = g_strdup (indicator_id);
  self->actor = actor;
  self->mastery = mastery;
  self->coverage = coverage;
  self->comment = g_strdup (comment);
  self->recorded_at = recorded_at != NULL ? g_date_time_ref (recorded_at) : NULL;
  self->log_id = log_id;
  return self;
}

gint64
duaal_score_get_learner_id (DuaalScore *self)
{
  g_return_val_if_fail (DUAAL_IS_SCORE (self), 0);
  return self->learner_id;
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
