/* duaal-session-plan-renderer.h: the campus session plan as a timeline
 *
 * Sessions are columns; each of the (at most g) groups running at once
 * has its own row, and a group is one block spanning its d sessions,
 * showing the competence and its learners.  Plenary groups (collective
 * gaps) carry the overview's orange hatch and the word "plenary".  The
 * title gives the session count beside the lower bound.  The CSV export
 * is duaal_session_plan_write_csv().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>
#include <pango/pango.h>

#include "duaal-session-planner.h"

G_BEGIN_DECLS

/* The natural size in user units (pixels at scale 1). */
/* @font: (nullable) the family and style of the text, a widget's own
 * font; NULL is the default, what files get. */
void     duaal_session_plan_renderer_measure (DuaalSessionPlan  *plan,
                                              const PangoFontDescription *font,
                                              double            *width,
                                              double            *height);
/* Draws at the origin of @cr at the natural size; scale @cr to fit.
 * Leaves the state of @cr as it found it. */
void     duaal_session_plan_renderer_draw    (DuaalSessionPlan  *plan,
                                              const PangoFontDescription *font,
                                              cairo_t           *cr);

/* A4 pages with margins, portrait when the plan fits across, else
 * landscape, cut between sessions when wider, each page repeating the
 * groups' labels; text as text, the title in the metadata. */
gboolean duaal_session_plan_render_pdf       (DuaalSessionPlan  *plan,
                                              const char        *path,
                                              GError           **error);

G_END_DECLS
