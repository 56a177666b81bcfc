/* duaal-visibility.h: who may see what (SPEC section 6)
 *
 * One place that answers the table of SPEC section 6, so every view and
 * every export filters the same way.  Colours and progress bars of every
 * actor are visible to every viewer; indicator scores and comments are
 * not.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "duaal-types.h"

G_BEGIN_DECLS

/* Whether @viewer may see @actor's score of each indicator (mastery,
 * coverage).  A learner sees only their own; teacher and trainer see
 * every actor's; the coach sees all. */
gboolean duaal_visibility_can_see_indicators (DuaalViewer viewer,
                                              DuaalActor  actor);

/* Whether @viewer may read @actor's comments: only their own, except
 * the coach, who reads all. */
gboolean duaal_visibility_can_see_comments   (DuaalViewer viewer,
                                              DuaalActor  actor);

/* Whether @viewer may see @actor's colour and progress bar: always. */
gboolean duaal_visibility_can_see_summary    (DuaalViewer viewer,
                                              DuaalActor  actor);

G_END_DECLS
