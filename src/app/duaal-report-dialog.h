/* duaal-report-dialog.h: PDF reports of a learner or a class group (SPEC section 16)
 *
 * Choose the reader and the period, then a file (one learner) or a
 * folder (every learner of a class group, one file each).  The reports
 * are read from the store on the main thread -- the store's connection
 * is not for other threads, and a report is small -- and then laid out
 * and written one at a time in a GTask on a worker thread, the main
 * thread starting the next one only when the last is done: the progress
 * bar moves per file, and Cancel stops before the next file.  When done,
 * a toast in the main window says so, with a button that opens the file
 * or the folder.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "duaal-store.h"

G_BEGIN_DECLS

#define DUAAL_TYPE_REPORT_DIALOG (duaal_report_dialog_get_type ())
G_DECLARE_FINAL_TYPE (DuaalReportDialog, duaal_report_dialog, DUAAL, REPORT_DIALOG, AdwWindow)

/* For @learner_id's report, or (@learner_id 0) the reports of every
 * learner of @group_id.  @toasts: (nullable) where to tell the result. */
DuaalReportDialog *duaal_report_dialog_new           (GtkWindow         *parent,
                                                      DuaalStore        *store,
                                                      AdwToastOverlay   *toasts,
                                                      gint64             learner_id,
                                                      gint64             group_id);
void               duaal_report_dialog_set_reader    (DuaalReportDialog *self,
                                                      DuaalViewer        reader);
DuaalViewer        duaal_report_dialog_get_reader    (DuaalReportDialog *self);
/* Sets the reader and lets nobody change it. */
void               duaal_report_dialog_lock_reader   (DuaalReportDialog *self,
                                                      DuaalViewer        reader);
/* Selects closed period @period (0: now); FALSE when it is not offered. */
gboolean           duaal_report_dialog_set_period    (DuaalReportDialog *self,
                                                      guint              period);
/* What the file chooser's answer starts: the report into the file
 * @target, or the reports into the folder @target.  A report that
 * cannot be made (a trainer's report of a learner without trainer) is
 * said in a dialog and nothing is written. */
void               duaal_report_dialog_write_to      (DuaalReportDialog *self,
                                                      GFile             *target);
/* Stops a run after the file being written. */
void               duaal_report_dialog_cancel        (DuaalReportDialog *self);

/* A run's state, for the tests: running, the files written, whether it
 * was cancelled, the files to write. */
gboolean           duaal_report_dialog_is_running    (DuaalReportDialog *self);
guint              duaal_report_dialog_get_n_written (DuaalReportDialog *self);
guint              duaal_report_dialog_get_n_reports (DuaalReportDialog *self);
gboolean           duaal_report_dialog_was_cancelled (DuaalReportDialog *self);
/* (transfer none) (nullable): the last toast shown */
AdwToast          *duaal_report_dialog_get_toast     (DuaalReportDialog *self);

G_END_DECLS
