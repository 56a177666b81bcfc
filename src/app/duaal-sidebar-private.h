/* duaal-sidebar-private.h: what the tests ask the sidebar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "duaal-sidebar.h"

G_BEGIN_DECLS

/* 0 when no learner is selected */
gint64       duaal_sidebar_get_selected_learner   (DuaalSidebar  *self);
/* 0 when no class group's header is selected */
gint64       duaal_sidebar_get_selected_group     (DuaalSidebar  *self);
/* Whether the group lists its learners (at first: always, up to 12 groups). */
gboolean     duaal_sidebar_is_group_open          (DuaalSidebar  *self,
                                                   gint64         group_id);
/* The badge's count of @group_id, once counted; FALSE before. */
gboolean     duaal_sidebar_get_attention_count    (DuaalSidebar  *self,
                                                   gint64         group_id,
                                                   guint         *count);
GtkEditable *duaal_sidebar_get_search_entry       (DuaalSidebar  *self);
/* What Ctrl+F does: the search takes the keys, its text selected. */
void         duaal_sidebar_focus_search           (DuaalSidebar  *self);
/* Number of learner rows listed: of open groups, through the search. */
guint        duaal_sidebar_count_visible_learners (DuaalSidebar  *self);
/* Number of rows that have a widget: those on screen (and a few more). */
guint        duaal_sidebar_count_row_widgets      (DuaalSidebar  *self);
/* The rows the list has, open groups' learners included: those that fit
 * the window for the first frame, every one from then on. */
guint        duaal_sidebar_count_listed_rows      (DuaalSidebar  *self);

G_END_DECLS
