/* duaal-sidebar-row.h: one row of the sidebar
 *
 * A class group (an expander, its name, a badge with how many pairs
 * need attention, a menu) or a learner (name, company, a menu), shown
 * for a GtkTreeListRow of DuaalSidebarItems.  The menus are made when
 * first opened: a centre's thousands of rows would otherwise build
 * thousands of menus.  A click activates the row (as Enter does, and
 * gtk_widget_activate()): the window then shows what it stands for,
 * also on a narrow window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "duaal-sidebar-item.h"

G_BEGIN_DECLS

#define DUAAL_TYPE_SIDEBAR_ROW (duaal_sidebar_row_get_type ())
G_DECLARE_FINAL_TYPE (DuaalSidebarRow, duaal_sidebar_row, DUAAL, SIDEBAR_ROW, GtkWidget)

GtkWidget        *duaal_sidebar_row_new          (void);
/* (nullable): the row shown, NULL for none */
void              duaal_sidebar_row_set_list_row (DuaalSidebarRow *self,
                                                  GtkTreeListRow  *list_row);
/* (nullable) (transfer none) */
DuaalSidebarItem *duaal_sidebar_row_get_item     (DuaalSidebarRow *self);

G_END_DECLS
