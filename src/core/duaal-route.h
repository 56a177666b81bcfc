/* duaal-route.h: a learner's competence route (SPEC section 10, seed 2.5)
 *
 * Per competence, how its indicators came up: at the workplace only
 * (the trainer scored coverage S or R, the teacher did not), in both
 * learning environments, on campus only, or not yet.  The learner's own
 * coverage never counts: the route shows the two learning
 * environments.  Built from a DuaalStatus, so it is the current route
 * or the one frozen in a closed period, whichever the status holds.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "duaal-learner.h"
#include "duaal-qualification.h"
#include "duaal-status.h"
#include "duaal-types.h"

G_BEGIN_DECLS

/* The four parts of a route bar, in the order they are always drawn. */
typedef enum {
  DUAAL_ROUTE_PART_WORKPLACE,   /* workplace only */
  DUAAL_ROUTE_PART_BOTH,        /* workplace and campus */
  DUAAL_ROUTE_PART_CAMPUS,      /* campus only */
  DUAAL_ROUTE_PART_NONE,        /* not yet: neither has S or R */
} DuaalRoutePart;

#define DUAAL_N_ROUTE_PARTS 4

/* "workplace", "both", "campus", "none": for JSON and the command line */
const char     *duaal_route_part_to_string (DuaalRoutePart  part);
/* Translated: "Workplace only", "Workplace and campus", "Campus only",
 * "Not yet" */
const char     *duaal_route_part_get_label (DuaalRoutePart  part);

/* The pure rule: one indicator's class from the trainer's (workplace)
 * and the teacher's (campus) current coverage.  N and unscored are
 * "not covered". */
DuaalRoutePart  duaal_route_classify       (DuaalCoverage   trainer,
                                            DuaalCoverage   teacher);
/* Counts the classes of @n indicators; @counts sums to @n. */
void            duaal_route_count          (const DuaalCoverage *trainer,
                                            const DuaalCoverage *teacher,
                                            guint                n,
                                            guint                counts[DUAAL_N_ROUTE_PARTS]);

/* The counts of one competence of @learner_id in @status: those a viewer
 * filter kept (duaal_status_set_route_counts()), else counted from the
 * teacher's and the trainer's cells.  The learner's own coverage is
 * never read: the route shows the two learning environments. */
void            duaal_route_count_competence (DuaalStatus     *status,
                                              gint64           learner_id,
                                              DuaalCompetence *competence,
                                              guint            counts[DUAAL_N_ROUTE_PARTS]);

/* One competence of a route.  The strings belong to the route. */
typedef struct {
  const char  *competence_id;
  guint        number;           /* the register's number, 0 when absent */
  const char  *title;
  guint        n;                /* indicators of the competence */
  guint        counts[DUAAL_N_ROUTE_PARTS];
  /* The competence's colour marker: the teacher's colour when the
   * teacher has scored it (the campus judges acquisition), else the
   * trainer's, else the learner's; grey when nobody scored it.
   * marker_actor says whose colour it is. */
  DuaalColour  marker;
  DuaalActor   marker_actor;
} DuaalRouteRow;

/* One sentence for screen readers and tooltips, e.g. "7 indicators:
 * 2 workplace only, 1 workplace and campus, 2 campus only, 2 not yet.
 * Teacher: Acquired with support." (translated); (transfer full) */
char                *duaal_route_row_describe       (const DuaalRouteRow *row);

#define DUAAL_TYPE_ROUTE (duaal_route_get_type ())
G_DECLARE_FINAL_TYPE (DuaalRoute, duaal_route, DUAAL, ROUTE, GObject)

/* DUAAL_ERROR_NOT_FOUND when @learner_id is not in @status. */
DuaalRoute          *duaal_route_new_from_status    (DuaalStatus    *status,
                                                     gint64          learner_id,
                                                     GError        **error);
DuaalLearner        *duaal_route_get_learner        (DuaalRoute     *self);
DuaalQualification  *duaal_route_get_qualification  (DuaalRoute     *self);
/* 0 for now, else the closed period's number */
guint                duaal_route_get_period         (DuaalRoute     *self);
guint                duaal_route_get_n_rows         (DuaalRoute     *self);
/* In the qualification's order; (transfer none) */
const DuaalRouteRow *duaal_route_get_row            (DuaalRoute     *self,
                                                     guint           position);
/* (nullable) (transfer none) */
const DuaalRouteRow *duaal_route_find_row           (DuaalRoute     *self,
                                                     const char     *competence_id);
/* Sums over all competences: @counts sums to the qualification's
 * number of indicators. */
void                 duaal_route_get_totals         (DuaalRoute     *self,
                                                     guint           counts[DUAAL_N_ROUTE_PARTS]);

/* Two routes can be shown side by side only when they follow the same
 * qualification (code and version), competence for competence; otherwise
 * DUAAL_ERROR_INVALID naming both learners and qualifications. */
gboolean             duaal_route_check_comparable   (DuaalRoute     *self,
                                                     DuaalRoute     *other,
                                                     GError        **error);

G_END_DECLS
