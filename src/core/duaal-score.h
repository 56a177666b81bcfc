/* duaal-score.h: one actor's score of one indicator of one learner
 *
 * A value object read from the store; immutable.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "duaal-types.h"

G_BEGIN_DECLS

#define DUAAL_TYPE_SCORE (duaal_score_get_type ())
G_DECLARE_FINAL_TYPE (DuaalScore, duaal_score, DUAAL, SCORE, GObject)

/* @comment: (nullable); @recorded_at: when it was written (the log entry) */
DuaalScore   *duaal_score_new              (gint64        learner_id,
                                            const char   *indicator_id,
                                            DuaalActor    actor,
                                            DuaalMastery  mastery,
                                            DuaalCoverage coverage,
                                            const char   *comment,
                                            GDateTime    *recorded_at,
                                            gint64        log_id);
gint64        duaal_score_get_learner_id   (DuaalScore   *self);
const char   *duaal_score_get_indicator_id (DuaalScore   *self);
DuaalActor    duaal_score_get_actor        (DuaalScore   *self);
DuaalMastery  duaal_score_get_mastery      (DuaalScore   *self);
DuaalCoverage duaal_score_get_coverage     (DuaalScore   *self);
const char   *duaal_score_get_comment      (DuaalScore   *self);
GDateTime    *duaal_score_get_recorded_at  (DuaalScore   *self);
/* the id of the score log entry this value came from */
gint64        duaal_score_get_log_id       (DuaalScore   *self);

G_END_DECLS
