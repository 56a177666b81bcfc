/* duaal-visit-agenda.h: the agenda a coach takes to a workplace visit (SPEC 15)
 *
 * One learner on A4 pages: who, where and the visits so far; the
 * attention items (SPEC 7); the early warnings of the last closed
 * period; the competences planned at the workplace that the trainer has
 * not covered yet; and ruled room for notes.  Text through Pango, fonts
 * embedded in the PDF by Cairo.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "duaal-store.h"

G_BEGIN_DECLS

/* Writes the agenda of @learner_id, as of @today, to @path (replaced
 * only when whole).  Returns the number of pages, 0 with @error set. */
guint duaal_visit_agenda_write_pdf (DuaalStore   *store,
                                    gint64        learner_id,
                                    const GDate  *today,
                                    const char   *path,
                                    GError      **error);

G_END_DECLS
