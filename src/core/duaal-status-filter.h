/* duaal-status-filter.h: what one viewer may see of a status (SPEC section 6)
 *
 * The one door every view, export and CLI command goes through before
 * showing scores: it returns a NEW status holding only what the viewer
 * may see, so a view cannot leak what it never received.
 *
 * What is left out (duaal-visibility.h answers per actor):
 * - learners outside the viewer's scope are absent: a learner sees only
 *   themselves, a trainer only the learners they train, a teacher and
 *   the coach every learner of the status (a status holds at most one
 *   class group, the teacher's);
 * - cells (mastery, coverage) of actors whose indicator scores the
 *   viewer may not see are absent (duaal_status_get_cell() returns NULL);
 * - comments the viewer may not read are NULL in the cells that stay.
 * What stays: every actor's tally, so colours and progress bars are the
 * same as in the unfiltered status, and the qualification and period.
 *
 * Who the viewer is (@viewer_id):
 * - DUAAL_VIEWER_LEARNER: the learner's id (> 0);
 * - DUAAL_VIEWER_TRAINER: the trainer's id (> 0), as
 *   duaal_learner_get_trainer_id() gives it: the trainer sees the
 *   learners whose trainer_id is that id;
 * - DUAAL_VIEWER_TEACHER, DUAAL_VIEWER_COACH: 0 (ignored).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "duaal-status.h"
#include "duaal-types.h"

G_BEGIN_DECLS

/* Returns: (transfer full): a new status, or NULL with DUAAL_ERROR_INVALID
 * when a learner or trainer viewer comes without an id.  A viewer with
 * nobody of theirs in @status gets a status without learners. */
DuaalStatus *duaal_status_filter_for_viewer (DuaalStatus  *status,
                                             DuaalViewer   viewer,
                                             gint64        viewer_id,
                                             GError      **error);

/* The @viewer_id above of @viewer looking at @learner: the learner's own
 * id, the learner's trainer's id (0 when the learner has none yet), or
 * 0 for a teacher and the coach. */
gint64       duaal_viewer_id_for_learner    (DuaalViewer   viewer,
                                             DuaalLearner *learner);

/* Whether @viewer (@viewer_id as above) may see @learner at all. */
gboolean     duaal_viewer_has_in_scope      (DuaalViewer   viewer,
                                             gint64        viewer_id,
                                             DuaalLearner *learner);

G_END_DECLS
