/* duaal-coach-view-private.h: what the coach's pages share
 *
 * Every page (Scores, coach, evolution, route, class, attention) reads a
 * status through the viewer filter (SPEC section 6) and lets the user
 * pick "now" or a closed period.
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

/* (nullable) (transfer none): period @number among @periods (element-type
 * DuaalPeriod, may be NULL). */
DuaalPeriod *duaal_coach_view_find_period       (GPtrArray    *periods,
                                                 guint         number);

/* Fills @dropdown with @now_label (NULL: "Now") and the closed ones
 * among @periods (element-type DuaalPeriod, may be NULL), and @numbers
 * with the matching period numbers (0 for now); selects @period if it is
 * there, else the first item.  Returns the selected item's period number. */
guint        duaal_coach_view_fill_period_dropdown (GtkDropDown *dropdown,
                                                    GArray      *numbers,
                                                    GPtrArray   *periods,
                                                    const char  *now_label,
                                                    guint        period);

/* The same with the periods of @group_id (none if @store is NULL or
 * cannot list them). */
guint        duaal_coach_view_fill_periods      (GtkDropDown  *dropdown,
                                                 GArray       *numbers,
                                                 DuaalStore   *store,
                                                 gint64        group_id,
                                                 guint         period);

/* Sets *@period to the number of @dropdown's selected item; FALSE, and
 * @period untouched, if nothing is selected or the selection is not the
 * user's (these helpers are filling @dropdown or selecting in it). */
gboolean     duaal_coach_view_get_selected_period (GtkDropDown *dropdown,
                                                   GArray      *numbers,
                                                   guint       *period);

/* Selects @period's item in @dropdown, as the program's choice, not the
 * user's; FALSE if it has none. */
gboolean     duaal_coach_view_select_period     (GtkDropDown  *dropdown,
                                                 GArray       *numbers,
                                                 guint         period);

/* "3. Installing the earthing system" */
char        *duaal_coach_view_competence_title  (DuaalCompetence *competence);

/* A period's name for a column header: its own name, or "Period 3". */
char        *duaal_coach_view_period_name       (DuaalPeriod  *period);

/* Removes every child of @grid. */
void         duaal_coach_view_clear_grid        (GtkGrid      *grid);

/* Replaces what @grid shows by @message, dimmed: why there is nothing
 * else to show. */
void         duaal_coach_view_grid_message      (GtkGrid      *grid,
                                                 const char   *message);

/* A dialog over @page's window: @heading, then @error's message. */
void         duaal_coach_view_show_error        (GtkWidget    *page,
                                                 const char   *heading,
                                                 const GError *error);

/* Removes every child of @box. */
void         duaal_coach_view_clear_box         (GtkBox       *box);

/* A left-aligned, wrapping label with optional CSS classes (NULL-ended). */
GtkWidget   *duaal_coach_view_label             (const char   *text,
                                                 const char   *css_class,
                                                 ...);

/* A page's public setter of whom it shows its content to. */
typedef void (*DuaalCoachViewSetViewer) (gpointer     page,
                                         DuaalViewer  viewer,
                                         gint64       viewer_id);

/* Installs the "viewer" (a DuaalViewer) and "viewer-id" (gint64)
 * properties, a page's only ones, with its get_property and
 * set_property: the page keeps them in its instance struct at
 * @viewer_offset and @viewer_id_offset (G_STRUCT_OFFSET()), and a
 * property set goes through @set_viewer. */
void         duaal_coach_view_install_viewer    (GObjectClass            *klass,
                                                 gsize                    viewer_offset,
                                                 gsize                    viewer_id_offset,
                                                 DuaalCoachViewSetViewer  set_viewer);

/* In a page's set_viewer: sets *@viewer and *@viewer_id, the page's own,
 * to @new_viewer and @new_viewer_id; FALSE if they were so already
 * (nothing to reload).  A page with the properties calls
 * duaal_coach_view_notify_viewer() after reloading. */
gboolean     duaal_coach_view_take_viewer       (DuaalViewer  *viewer,
                                                 gint64       *viewer_id,
                                                 DuaalViewer   new_viewer,
                                                 gint64        new_viewer_id);
void         duaal_coach_view_notify_viewer     (gpointer      page);

G_END_DECLS
