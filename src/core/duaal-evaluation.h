/* duaal-evaluation.h: the rules of evaluation in practice (SPEC section 15)
 *
 * Pure rules, no database: the workplace result's verdict against the
 * class group's pass mark, when a learner's choice of units may still
 * change, the early warnings after a closed period, and when the next
 * workplace visit is due.  Percentages are kept as whole tenths of a
 * percent (0-1000), so the boundaries are exact: 49.9% is 499, never
 * 49.899999.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "duaal-status.h"

G_BEGIN_DECLS

/* 50%: the pass mark when a class group sets none. */
#define DUAAL_DEFAULT_PASS_MARK 500
/* 10 percentage points below the pass mark or more: cannot qualify. */
#define DUAAL_SHORTFALL         100
#define DUAAL_MAX_PERCENT       1000

typedef enum {
  DUAAL_VERDICT_SUFFICIENT,
  DUAAL_VERDICT_INSUFFICIENT,     /* below the pass mark: deliberation */
  DUAAL_VERDICT_CANNOT_QUALIFY,   /* the shortfall: 10 points below or more */
} DuaalVerdict;

/* "sufficient", "insufficient", "cannot-qualify" (cli.md) */
const char   *duaal_verdict_to_string       (DuaalVerdict  verdict);
/* translated, for people */
const char   *duaal_verdict_get_label       (DuaalVerdict  verdict);

/* Parses a percentage from 0 to 100 with at most one decimal ("49.9" or
 * "49,9") into tenths; anything else is DUAAL_ERROR_INVALID. */
gboolean      duaal_percent_parse           (const char   *text,
                                             guint        *tenths,
                                             GError      **error);
/* "49.9", "50": the shortest exact form (transfer full). */
char         *duaal_percent_format          (guint         tenths);

/* SPEC 15: at or above @pass_mark sufficient; at or below @pass_mark
 * minus DUAAL_SHORTFALL cannot qualify; in between insufficient. */
DuaalVerdict  duaal_verdict_for_result      (guint         tenths,
                                             guint         pass_mark);

/* Whether a learner's choice of units for a period may still change:
 * never once the period is closed, nor from its first day (@starts_on,
 * when set) on.  DUAAL_ERROR_CONFLICT, naming the period, when not. */
gboolean      duaal_unit_choice_check_open  (guint         period,
                                             gboolean      closed,
                                             const GDate  *starts_on,
                                             const GDate  *today,
                                             GError      **error);

/* A learner's workplace result of one period. */
typedef struct {
  gint64 learner_id;
  guint  period;
  guint  tenths;
} DuaalWorkplaceResult;

/* ------------------------------------------------------------------ */
/* Early warnings                                                      */

typedef enum {
  DUAAL_WARNING_PLANNED_NOT_COVERED,    /* planned at the workplace, trainer coverage N everywhere */
  DUAAL_WARNING_TRAINER_SILENT,         /* the trainer did not score at all in the period */
  DUAAL_WARNING_WORKPLACE_INSUFFICIENT, /* the period's workplace result is below the pass mark */
} DuaalWarningKind;

typedef struct {
  gint64            learner_id;
  DuaalWarningKind  kind;
  char             *competence_id;   /* (nullable): only for planned-not-covered */
  guint             period;
} DuaalWarning;

/* "planned-not-covered", "trainer-silent", "workplace-insufficient" */
const char   *duaal_warning_kind_to_string  (DuaalWarningKind kind);
/* translated, for people */
char         *duaal_warning_describe        (const DuaalWarning *warning,
                                             const char         *competence_title);
void          duaal_warning_free            (DuaalWarning *warning);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DuaalWarning, duaal_warning_free)

/* What the warnings of one closed period are made from. */
typedef struct {
  DuaalStatus *status;          /* the group's scores frozen in the period */
  GHashTable  *plans;           /* learner id (gint64 *) -> GStrv of planned competence ids */
  GHashTable  *trainer_scored;  /* set of learner ids (gint64 *) whose trainer scored in the period */
  GHashTable  *results;         /* learner id (gint64 *) -> DuaalWorkplaceResult * of the period */
  guint        pass_mark;
} DuaalWarningInput;

/* The early warnings of the period of @input->status, learner by
 * learner in the status's order: planned competences not covered (in
 * qualification order), then a silent trainer, then an insufficient
 * result.  (transfer full) (element-type DuaalWarning) */
GPtrArray    *duaal_warnings_collect        (const DuaalWarningInput *input);

/* Planned competences of @learner_id that the trainer has not covered
 * in @status (every indicator N or not scored), in qualification
 * order.  (transfer full) (element-type utf8) */
GPtrArray    *duaal_planned_not_covered     (DuaalStatus        *status,
                                             gint64              learner_id,
                                             const char * const *plan);

/* ------------------------------------------------------------------ */
/* Workplace visits                                                    */

typedef struct {
  gint64  id;
  gint64  learner_id;
  GDate   day;
  char   *notes;   /* (nullable) */
} DuaalVisit;

void          duaal_visit_free              (DuaalVisit *visit);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DuaalVisit, duaal_visit_free)

typedef struct {
  GDate    last;      /* invalid (g_date_valid() FALSE) when never visited */
  GDate    due;       /* the day by which the next visit is due */
  gboolean overdue;   /* today is after @due */
} DuaalVisitStatus;

/* The visit rule (SPEC 15; docs/cli.md "Workplace visits"): the school
 * year runs from 1 September to 31 August, in thirds ending on
 * 31 December, 30 April and 31 August.  In the school year of the
 * training's start @start (and before it), one visit is due the day
 * before @start and one more by the end of each third that ends on or
 * after @start; every visit up to @today counts.  In each later school
 * year one visit is due by the end of each third, counting the visits
 * of that school year.  The next visit is due by the deadline of the
 * first visit not yet made; when all are made, by the end of the first
 * third of the next school year.  Overdue: @today is after that day.
 * @start: (nullable) unknown, then every school year is a later one.
 * @days: the visit days, any order; days after @today do not count. */
void          duaal_visits_assess           (const GDate       *start,
                                             const GDate       *days,
                                             guint              n_days,
                                             const GDate       *today,
                                             DuaalVisitStatus  *status);

G_END_DECLS
