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

#include "duaal-session-planner.h"

G_BEGIN_DECLS

/* The natural size in user units (pixels at scale 1). */
void     duaal_session_plan_renderer_measure (DuaalSessionPlan  *plan,
                                              double            *width,
                                              double            *height);
/* Draws at the origin of @cr at the natural size; scale @cr to fit.
 * Leaves the state of @cr as it found it. */
void     duaal_session_plan_renderer_draw    (DuaalSessionPlan  *plan,
                                              cairo_t           *cr);

gboolean duaal_session_plan_render_png       (DuaalSessionPlan  *plan,
                                              double             scale,
                                              const char        *path,
                                              GError           **error);
/* One page at the natural size (1 unit = 1 pt). */
gboolean duaal_session_plan_render_pdf       (DuaalSessionPlan  *plan,
                                              const char        *path,
                                              GError           **error);

G_END_DECLS
