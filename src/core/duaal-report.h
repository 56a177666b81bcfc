/* duaal-report.h: a learner's report for one reader (SPEC section 16)
 *
 * For one learner, one moment (now or a closed period) and one reader
 * (learner, teacher, trainer or coach): everything the report shows,
 * read from the store once and only through the viewer filter
 * (duaal-status-filter.h), so the report holds exactly what that reader
 * may see (SPEC section 6):
 * - the header: learner, class group, company, trainer, qualification,
 *   period with its dates, reader;
 * - per competence the three actors' colours and progress bars, and the
 *   indicator scores and comments the filter left;
 * - the competence route (duaal-route.h) of the filtered status;
 * - the evolution: the filtered colours per closed period, up to the
 *   report's period (and now, for a report of now);
 * - for the coach only, the attention items (SPEC section 7): for now
 *   the store's list (duaal_attention_list_now()), for a closed period
 *   the rule applied to its scores (duaal_attention_collect()).
 *
 * Building a report reads the store and must happen where the store
 * may be used; the report itself is read-only afterwards, so it can be
 * written to PDF in another thread (duaal-report-renderer.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "duaal-class-group.h"
#include "duaal-learner.h"
#include "duaal-period.h"
#include "duaal-route.h"
#include "duaal-status.h"
#include "duaal-store.h"
#include "duaal-types.h"

G_BEGIN_DECLS

#define DUAAL_TYPE_REPORT (duaal_report_get_type ())
G_DECLARE_FINAL_TYPE (DuaalReport, duaal_report, DUAAL, REPORT, GObject)

/* @period: 0 for now, else a closed period of the learner's class group.
 * DUAAL_ERROR_NOT_FOUND for an unknown learner, DUAAL_ERROR_INVALID for
 * a period that is not closed, or a trainer's report of a learner who
 * has no trainer yet. */
DuaalReport        *duaal_report_new                (DuaalStore   *store,
                                                     gint64        learner_id,
                                                     guint         period,
                                                     DuaalViewer   reader,
                                                     GError      **error);
/* One report per learner of @group_id, in the order of
 * duaal_store_list_learners().  All or nothing.
 * (element-type DuaalReport) (transfer full) */
GPtrArray          *duaal_report_new_for_group      (DuaalStore   *store,
                                                     gint64        group_id,
                                                     guint         period,
                                                     DuaalViewer   reader,
                                                     GError      **error);

DuaalViewer         duaal_report_get_reader         (DuaalReport  *self);
DuaalLearner       *duaal_report_get_learner        (DuaalReport  *self);
DuaalClassGroup    *duaal_report_get_group          (DuaalReport  *self);
DuaalQualification *duaal_report_get_qualification  (DuaalReport  *self);
/* 0 for now */
guint               duaal_report_get_period         (DuaalReport  *self);
/* The period shown: the closed one, or for now the period running
 * (the first that is not closed), NULL when the group has none left. */
DuaalPeriod        *duaal_report_get_period_info    (DuaalReport  *self);
/* The filtered status at the report's period. */
DuaalStatus        *duaal_report_get_status         (DuaalReport  *self);
DuaalRoute         *duaal_report_get_route          (DuaalReport  *self);
/* The evolution's columns, oldest first: each closed period up to the
 * report's, then now for a report of now.  @period: (out) 0 for now. */
guint               duaal_report_get_n_columns      (DuaalReport  *self);
DuaalStatus        *duaal_report_get_column         (DuaalReport  *self,
                                                     guint         column,
                                                     guint        *period);
/* "Period 1" or the period's own name, or "Now". (transfer full) */
char               *duaal_report_get_column_name    (DuaalReport  *self,
                                                     guint         column);
/* The attention items of the learner at the report's period, most
 * severe first; NULL unless the reader is the coach.
 * (element-type DuaalAttentionItem) (nullable) */
GPtrArray          *duaal_report_get_attention      (DuaalReport  *self);
/* When the report was made. */
GDateTime          *duaal_report_get_date           (DuaalReport  *self);

/* A file name for @learner's report: the name with every character a
 * file system may refuse (path separators, control characters,
 * < > : " | ? * \) replaced by "_", leading dots and spaces dropped,
 * at most 100 characters, then ".pdf".  (transfer full) */
char               *duaal_report_file_name          (DuaalLearner *learner);
/* The file names of @reports, in their order: duaal_report_file_name(),
 * with " (ID)" added (the learner's id) when two learners' names give
 * the same name, so a class group's files never overwrite each other
 * and come out the same every time. (transfer full) */
GStrv               duaal_report_file_names         (GPtrArray    *reports);

G_END_DECLS
