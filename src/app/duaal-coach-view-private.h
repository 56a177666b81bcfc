/* duaal-coach-view-private.h: what the coach's pages share
 *
 * The coach page, the evolution page, the class page and the attention
 * page all read a status through the viewer filter (SPEC section 6) and
 * let the user pick "now" or a closed period.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "duaal-store.h"

G_BEGIN_DECLS

/* A learner's (@learner_id > 0) or a group's status at @period (0: now),
 * filtered for @viewer (duaal-status-filter.h). (transfer full) */
DuaalStatus *duaal_coach_view_load_status       (DuaalStore   *store,
                                                 gint64        learner_id,
                                                 gint64        group_id,
                                                 guint         period,
                                                 DuaalViewer   viewer,
                                                 gint64        viewer_id,
                                                 GError      **error);

/* The closed periods of @group_id, oldest first. (element-type DuaalPeriod) */
GPtrArray   *duaal_coach_view_closed_periods    (DuaalStore   *store,
                                                 gint64        group_id,
                                                 GError      **error);

/* Fills @dropdown with "Now" and the closed periods of @group_id, and
 * @numbers with the matching period numbers (0 for now); selects @period
 * if it is there, else "Now". */
void         duaal_coach_view_fill_periods      (GtkDropDown  *dropdown,
                                                 GArray       *numbers,
                                                 DuaalStore   *store,
                                                 gint64        group_id,
                                                 guint         period);

/* "3. Installing the earthing system" */
char        *duaal_coach_view_competence_title  (DuaalCompetence *competence);

/* A period's name for a column header: its own name, or "Period 3". */
char        *duaal_coach_view_period_name       (DuaalPeriod  *period);

/* Removes every child of @box. */
void         duaal_coach_view_clear_box         (GtkBox       *box);

/* A left-aligned, wrapping label with optional CSS classes (NULL-ended). */
GtkWidget   *duaal_coach_view_label             (const char   *text,
                                                 const char   *css_class,
                                                 ...);

/* Installs the "viewer" (guint, a DuaalViewer) and "viewer-id" (gint64)
 * properties at @viewer_prop and @viewer_prop + 1. */
void         duaal_coach_view_install_viewer_properties (GObjectClass *klass,
                                                         guint         viewer_prop);

G_END_DECLS
