/* duaal-report-renderer.h: a report as an A4 PDF (SPEC section 16)
 *
 * Portrait A4 pages: the header on the first page, then per competence
 * a block (the three actors' colours and progress bars, the indicator
 * scores and comments the report holds), the evolution across periods,
 * the competence route (drawn by duaal-route-chart.h) and, in the
 * coach's report, the attention items.  A block that fits on a page is
 * never split: it moves to the next page whole; one taller than a page
 * starts on a new page and is broken between indicators, its title
 * repeated.  Every page has a footer with the learner, the reader and
 * "Page N of M".  All text is laid out by Pango and stays text, its
 * fonts embedded; the title and subject are in the file's metadata.
 *
 * Writing only reads @report, so it may run in a worker thread.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "duaal-report.h"

G_BEGIN_DECLS

/* Writes @report to @path, replacing the file atomically (on failure
 * @path is as it was).  @n_pages: (out) (optional) the pages written.
 * DUAAL_ERROR_IO naming the file when it cannot be written. */
gboolean duaal_report_write_pdf (DuaalReport  *report,
                                 const char   *path,
                                 guint        *n_pages,
                                 GError      **error);

G_END_DECLS
