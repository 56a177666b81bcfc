/* duaal-status.h: the scores of one or more learners at one moment
 *
 * What every view, export and CLI command reads: the qualification,
 * the learners, and per (learner, indicator, actor) the score, with the
 * per-competence tallies of SPEC section 4 computed once.  Built by a
 * store (now, or frozen in a closed period), then read-only.
 *
 * Scores are kept as compact cells, not GObjects, because a class
 * group's status holds tens of thousands of them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "duaal-learner.h"
#include "duaal-qualification.h"
#include "duaal-rules.h"
#include "duaal-types.h"

G_BEGIN_DECLS

#define DUAAL_TYPE_STATUS (duaal_status_get_type ())
G_DECLARE_FINAL_TYPE (DuaalStatus, duaal_status, DUAAL, STATUS, GObject)

typedef struct {
  DuaalMastery  mastery;
  DuaalCoverage coverage;
  const char   *comment;   /* (nullable) */
  gint64        log_id;    /* the score log entry it came from */
} DuaalCell;

/* @learners: (element-type DuaalLearner) (transfer none), copied
 * @period: 0 for now, else the closed period's number */
DuaalStatus        *duaal_status_new               (DuaalQualification *qualification,
                                                    guint               period,
                                                    GPtrArray          *learners);
/* While building: sets one score; unknown learner or indicator ids are
 * ignored and return FALSE. */
gboolean            duaal_status_set_cell          (DuaalStatus        *self,
                                                    gint64              learner_id,
                                                    const char         *indicator_id,
                                                    DuaalActor          actor,
                                                    DuaalMastery        mastery,
                                                    DuaalCoverage       coverage,
                                                    const char         *comment,
                                                    gint64              log_id);

/* While building a copy that leaves cells out (duaal-status-filter.h):
 * replaces the tally of (learner, competence, actor) with @tally, so the
 * colour and progress bar stay what they were while the scores behind
 * them are absent.  Call it after the cells of that learner and actor:
 * a later set_cell adds to the tally set here.  Unknown learner or
 * competence ids are ignored and return FALSE; @tally's n must match the
 * competence's. */
gboolean            duaal_status_set_tally         (DuaalStatus        *self,
                                                    gint64              learner_id,
                                                    const char         *competence_id,
                                                    DuaalActor          actor,
                                                    const DuaalTally   *tally);

/* While building a copy that leaves the teacher's or the trainer's cells
 * out: keeps the competence route of (learner, competence) as counted
 * from the cells left out (workplace only, both, campus only, not yet;
 * duaal-route.h), so the route stays what it was, as colours and bars
 * do.  Unknown ids are ignored and return FALSE. */
gboolean            duaal_status_set_route_counts  (DuaalStatus        *self,
                                                    gint64              learner_id,
                                                    const char         *competence_id,
                                                    const guint         counts[4]);
/* TRUE, with @counts filled, when set_route_counts() kept them. */
gboolean            duaal_status_get_route_counts  (DuaalStatus        *self,
                                                    gint64              learner_id,
                                                    const char         *competence_id,
                                                    guint               counts[4]);

DuaalQualification *duaal_status_get_qualification (DuaalStatus        *self);
guint               duaal_status_get_period        (DuaalStatus        *self);
/* (element-type DuaalLearner) (transfer none) */
GPtrArray          *duaal_status_get_learners      (DuaalStatus        *self);
/* (nullable) (transfer none) */
DuaalLearner       *duaal_status_find_learner      (DuaalStatus        *self,
                                                    gint64              learner_id);
/* (nullable): NULL when that actor has not scored the indicator */
const DuaalCell    *duaal_status_get_cell          (DuaalStatus        *self,
                                                    gint64              learner_id,
                                                    const char         *indicator_id,
                                                    DuaalActor          actor);
/* Never NULL for a known learner and competence (n set, counts zero when
 * unscored); NULL for unknown ids. */
const DuaalTally   *duaal_status_get_tally         (DuaalStatus        *self,
                                                    gint64              learner_id,
                                                    const char         *competence_id,
                                                    DuaalActor          actor);
DuaalColour         duaal_status_get_colour        (DuaalStatus        *self,
                                                    gint64              learner_id,
                                                    const char         *competence_id,
                                                    DuaalActor          actor);

G_END_DECLS
