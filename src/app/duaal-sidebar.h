/* duaal-sidebar.h: class groups and their learners
 *
 * A list with one section per class group (its name and a menu to add
 * learners, import a class list, rename or delete the group) and one row
 * per learner (a menu to edit or remove them), filtered by a search
 * entry.  Creating, renaming and deleting go to the store at once;
 * deleting asks first and says what will go.
 *
 * Signals: learner-selected/-activated (gint64 learner id, 0: none),
 * group-selected/-activated (gint64 group id: its header row), changed.
 * Each open group's header shows how many pairs need attention (a badge
 * counted when idle, duaal-attention-count.h).
 *
 * Actions (on the sidebar): sidebar.new-group, and with an int64 id
 * sidebar.toggle-group (open or close, with more than 12 groups),
 * sidebar.rename-group, sidebar.delete-group, sidebar.add-learner,
 * sidebar.import-class, sidebar.edit-learner, sidebar.remove-learner.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "duaal-store.h"

G_BEGIN_DECLS

#define DUAAL_TYPE_SIDEBAR (duaal_sidebar_get_type ())
G_DECLARE_FINAL_TYPE (DuaalSidebar, duaal_sidebar, DUAAL, SIDEBAR, AdwBin)

GtkWidget   *duaal_sidebar_new                   (DuaalStore    *store);
/* Reads the groups and learners again, keeping the selection. */
void         duaal_sidebar_reload                (DuaalSidebar  *self);
/* 0 when no learner is selected */
gint64       duaal_sidebar_get_selected_learner  (DuaalSidebar  *self);
gboolean     duaal_sidebar_select_learner        (DuaalSidebar  *self,
                                                  gint64         learner_id);
/* 0 when no class group's header is selected */
gint64       duaal_sidebar_get_selected_group    (DuaalSidebar  *self);
/* Selects the header row of @group_id: emits ::group-selected. */
gboolean     duaal_sidebar_select_group          (DuaalSidebar  *self,
                                                  gint64         group_id);
/* Whether the group lists its learners (always, up to 12 groups). */
gboolean     duaal_sidebar_is_group_open         (DuaalSidebar  *self,
                                                  gint64         group_id);
/* Counts the attention badges of the open groups again, when idle
 * (after scores changed). */
void         duaal_sidebar_refresh_attention     (DuaalSidebar  *self);
/* The badge's count of @group_id, once counted; FALSE before. */
gboolean     duaal_sidebar_get_attention_count   (DuaalSidebar  *self,
                                                  gint64         group_id,
                                                  guint         *count);
GtkEditable *duaal_sidebar_get_search_entry      (DuaalSidebar  *self);
/* Number of learner rows the search filter lets through. */
guint        duaal_sidebar_count_visible_learners (DuaalSidebar *self);
/* Imports a class list CSV (formats/csv.md) into @group_id: what
 * sidebar.import-class does once a file is chosen.  On error the cause
 * (file, line) is shown in a message dialog and also returned. */
gboolean     duaal_sidebar_import_class_list     (DuaalSidebar  *self,
                                                  gint64         group_id,
                                                  GFile         *file,
                                                  GError       **error);

G_END_DECLS
