/* duaal-score-change-private.h: what only the tests use
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "duaal-score-change.h"

G_BEGIN_DECLS

/* A change that sets all three fields: a whole score, as a batch import
 * gives it.  @comment is borrowed. */
DuaalScoreChange  duaal_score_change_whole    (DuaalMastery            mastery,
                                               DuaalCoverage           coverage,
                                               const char             *comment);

G_END_DECLS
