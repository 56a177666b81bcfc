/* duaal-learner.h: a learner (lerende) of a class group, at one company with one trainer
 *
 * A value object read from the store; immutable.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define DUAAL_TYPE_LEARNER (duaal_learner_get_type ())
G_DECLARE_FINAL_TYPE (DuaalLearner, duaal_learner, DUAAL, LEARNER, GObject)

/* @trainer_name: (nullable) */
DuaalLearner *duaal_learner_new              (gint64        id,
                                              gint64        group_id,
                                              const char   *name,
                                              gint64        company_id,
                                              const char   *company_name,
                                              gint64        trainer_id,
                                              const char   *trainer_name);
gint64        duaal_learner_get_id           (DuaalLearner *self);
gint64        duaal_learner_get_group_id     (DuaalLearner *self);
const char   *duaal_learner_get_name         (DuaalLearner *self);
gint64        duaal_learner_get_company_id   (DuaalLearner *self);
const char   *duaal_learner_get_company_name (DuaalLearner *self);
/* 0 and NULL when the learner has no trainer yet */
gint64        duaal_learner_get_trainer_id   (DuaalLearner *self);
const char   *duaal_learner_get_trainer_name (DuaalLearner *self);

G_END_DECLS
