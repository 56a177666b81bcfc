/* duaal-sidebar.h: class groups and their learners
 *
 * A list with one section per class group (its name and a menu to add
 * learners, import a class list, rename or delete the group) and one row
 * per learner (a menu to edit or remove them), filtered by a search
 * entry.  Creating, renaming and deleting go to the store at once;
 * deleting asks first and says what will go.
 *
 * Signals: learner-selected/-activated (gint64 learner id, 0: none),
 * group-selected/-activated (gint64 group id: its header row).  The
 * selected signals tell the user's choices (and a selected learner or
 * group removed: learner-selected 0), not updates of the list.  Each
 * group's header on screen shows how many pairs need attention (a badge
 * counted when idle, duaal-attention-count.h).
 *
 * The sidebar follows the store's change notices by itself: a group or
 * learner added, renamed or removed, an attention count changed by any
 * write (this window, duaal-cli, another process) shows in place, with
 * selection, scroll position and search text kept.
 *
 * Actions (on the sidebar): sidebar.new-group, and with an int64 id
 * sidebar.toggle-group (open or close a group's list of learners),
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
/* Selects @learner_id (emits ::learner-selected), opening its group;
 * FALSE when it is not listed (a search hides it). */
gboolean     duaal_sidebar_select_learner        (DuaalSidebar  *self,
                                                  gint64         learner_id);
/* Selects the header row of @group_id: emits ::group-selected. */
gboolean     duaal_sidebar_select_group          (DuaalSidebar  *self,
                                                  gint64         group_id);
/* Imports a class list CSV (formats/csv.md) into @group_id: what
 * sidebar.import-class does once a file is chosen.  On error the cause
 * (file, line) is shown in a message dialog and also returned. */
gboolean     duaal_sidebar_import_class_list     (DuaalSidebar  *self,
                                                  gint64         group_id,
                                                  GFile         *file,
                                                  GError       **error);

G_END_DECLS
