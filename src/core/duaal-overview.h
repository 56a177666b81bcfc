/* duaal-overview.h: the overview table of SPEC section 8 (seed 2.4)
 *
 * Rows are the competences of a class group's qualification, columns
 * its learners with their company.  A cell is *planned* when the
 * competence is in that learner's training plan, and *actual* when the
 * workplace trainer has scored coverage S or R on at least one of its
 * indicators.  Each row is a collective gap (nobody has it), collectively
 * covered (everybody has it) or mixed, in either mode.
 *
 * Built from plain arrays so it does not need a store; immutable after
 * construction.  duaal_overview_new_from_status() is the convenience
 * used by the app and the CLI.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "duaal-status.h"
#include "duaal-table.h"

G_BEGIN_DECLS

typedef enum {
  DUAAL_OVERVIEW_PLANNED,   /* the training plans */
  DUAAL_OVERVIEW_ACTUAL,    /* the trainers' coverage scores */
} DuaalOverviewMode;

typedef enum {
  DUAAL_ROW_MIXED,          /* some learners have it, some lack it */
  DUAAL_ROW_GAP,            /* collective gap: no learner has it */
  DUAAL_ROW_COVERED,        /* collectively covered: every learner has it */
} DuaalRowStatus;

/* One row of the table; strings are copied. */
typedef struct {
  const char *id;
  const char *title;        /* (nullable) */
} DuaalOverviewCompetence;

/* One column of the table; strings are copied. */
typedef struct {
  gint64      id;
  const char *name;
  const char *company;      /* (nullable) */
} DuaalOverviewLearner;

#define DUAAL_TYPE_OVERVIEW (duaal_overview_get_type ())
G_DECLARE_FINAL_TYPE (DuaalOverview, duaal_overview, DUAAL, OVERVIEW, GObject)

/* @competences: in qualification order
 * @planned: n_learners * n_competences flags, planned[l * n_competences + c]
 * @actual: (nullable): same layout; NULL when nothing is known yet
 *   (every actual cell is then FALSE) */
DuaalOverview  *duaal_overview_new                   (const DuaalOverviewCompetence *competences,
                                                      guint                          n_competences,
                                                      const DuaalOverviewLearner    *learners,
                                                      guint                          n_learners,
                                                      const gboolean                *planned,
                                                      const gboolean                *actual);
/* The learners of @status in its order.  @plans: (element-type GStrv):
 * one training plan (competence ids) per learner of @status, same order;
 * a NULL element is an empty plan.  Actual coverage comes from the
 * trainer's cells in @status.  Unknown competence ids in a plan are
 * ignored. */
DuaalOverview  *duaal_overview_new_from_status       (DuaalStatus       *status,
                                                      GPtrArray         *plans);

guint           duaal_overview_get_n_competences     (DuaalOverview     *self);
guint           duaal_overview_get_n_learners        (DuaalOverview     *self);
const char     *duaal_overview_get_competence_id     (DuaalOverview     *self,
                                                      guint              competence);
/* Never NULL: the id when there is no title. */
const char     *duaal_overview_get_competence_title  (DuaalOverview     *self,
                                                      guint              competence);
/* Position of a competence id, or -1. */
int             duaal_overview_find_competence       (DuaalOverview     *self,
                                                      const char        *competence_id);
gint64          duaal_overview_get_learner_id        (DuaalOverview     *self,
                                                      guint              learner);
const char     *duaal_overview_get_learner_name      (DuaalOverview     *self,
                                                      guint              learner);
/* Never NULL: "" when unknown. */
const char     *duaal_overview_get_learner_company   (DuaalOverview     *self,
                                                      guint              learner);

gboolean        duaal_overview_get_planned           (DuaalOverview     *self,
                                                      guint              learner,
                                                      guint              competence);
gboolean        duaal_overview_get_actual            (DuaalOverview     *self,
                                                      guint              learner,
                                                      guint              competence);
/* The cell in @mode. */
gboolean        duaal_overview_get_cell              (DuaalOverview     *self,
                                                      DuaalOverviewMode  mode,
                                                      guint              learner,
                                                      guint              competence);
/* TRUE where plan and reality differ (planned but not covered, or
 * covered though not planned). */
gboolean        duaal_overview_get_differs           (DuaalOverview     *self,
                                                      guint              learner,
                                                      guint              competence);

DuaalRowStatus  duaal_overview_get_row_status        (DuaalOverview     *self,
                                                      DuaalOverviewMode  mode,
                                                      guint              competence);
/* How many learners do not have the competence in @mode. */
guint           duaal_overview_get_lacking           (DuaalOverview     *self,
                                                      DuaalOverviewMode  mode,
                                                      guint              competence);
/* SPEC section 8 campus priority: gaps, then mixed rows by number of
 * learners lacking (most first), then covered rows; ties keep
 * qualification order.  Returns (transfer full) (element-type guint)
 * competence positions. */
GArray         *duaal_overview_get_priority_order    (DuaalOverview     *self,
                                                      DuaalOverviewMode  mode);

/* The table of the exports (formats/csv.md "Exports"): header
 * competence,title,status,lacking,<learner (company)>...; one row per
 * competence in qualification order.  Cells hold `planned` (planned
 * mode), or the words `planned` and/or `actual` separated by a space
 * (actual mode).  (transfer full) */
DuaalTable     *duaal_overview_to_table              (DuaalOverview     *self,
                                                      DuaalOverviewMode  mode);
/* The table as CSV (duaal-table.h: BOM, CRLF, formulas neutralised). */
char           *duaal_overview_to_csv                (DuaalOverview     *self,
                                                      DuaalOverviewMode  mode);
gboolean        duaal_overview_write_csv             (DuaalOverview     *self,
                                                      DuaalOverviewMode  mode,
                                                      const char        *path,
                                                      GError           **error);
/* The table as a workbook of one sheet (duaal-xlsx.h). */
gboolean        duaal_overview_write_xlsx            (DuaalOverview     *self,
                                                      DuaalOverviewMode  mode,
                                                      const char        *path,
                                                      GError           **error);

/* "gap", "covered", "mixed": the words of the exports. */
const char     *duaal_row_status_to_string           (DuaalRowStatus    status);
/* Translated: "Collective gap", "Collectively covered", "Mixed". */
const char     *duaal_row_status_get_label           (DuaalRowStatus    status);

G_END_DECLS
