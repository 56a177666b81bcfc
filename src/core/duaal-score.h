/* duaal-score.h: one actor's score of one indicator of one learner
 *
 * A value object read from the store (an entry of its score log);
 * immutable.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "duaal-score-change.h"
#include "duaal-types.h"

G_BEGIN_DECLS

#define DUAAL_TYPE_SCORE (duaal_score_get_type ())
G_DECLARE_FINAL_TYPE (DuaalScore, duaal_score, DUAAL, SCORE, GObject)

/* One entry of the score log: the cell's whole value after the change
 * (@value), which of its fields the change set (@fields), when it was
 * written, where it came from (@source: (nullable) e.g. a sheet's file
 * name; NULL when typed) and, for an undo, the entry it undid. */
DuaalScore       *duaal_score_new              (gint64                 learner_id,
                                                const char            *indicator_id,
                                                DuaalActor             actor,
                                                const DuaalScoreValue *value,
                                                DuaalScoreFields       fields,
                                                GDateTime             *recorded_at,
                                                gint64                 log_id,
                                                const char            *source,
                                                gint64                 undo_of);
const char       *duaal_score_get_indicator_id (DuaalScore   *self);
DuaalActor        duaal_score_get_actor        (DuaalScore   *self);
DuaalMastery      duaal_score_get_mastery      (DuaalScore   *self);
DuaalCoverage     duaal_score_get_coverage     (DuaalScore   *self);
const char       *duaal_score_get_comment      (DuaalScore   *self);
/* the fields the change set; the others hold the values they kept */
DuaalScoreFields  duaal_score_get_fields       (DuaalScore   *self);
GDateTime        *duaal_score_get_recorded_at  (DuaalScore   *self);
/* the id of the score log entry this value came from */
gint64            duaal_score_get_log_id       (DuaalScore   *self);
const char       *duaal_score_get_source       (DuaalScore   *self);
/* the entry this one undid; 0 when it is not an undo */
gint64            duaal_score_get_undo_of      (DuaalScore   *self);

G_END_DECLS
