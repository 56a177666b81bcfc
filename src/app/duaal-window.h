/* duaal-window.h: the main window
 *
 * Pages of the window's stack: "empty" (no qualification yet: invites
 * the user to import one), "main" (sidebar with class groups and
 * learners, content with the views of the selected learner or class
 * group) and "error" (the database could not be opened or read; the
 * cause is shown, and for a damaged file "Restore from Backup…").
 *
 * Views (content_stack's pages, switched with the AdwViewSwitcherTitle
 * in the header, or the AdwViewSwitcherBar at the bottom when narrow):
 * of a learner "learner" (Scores), "coach", "evolution", "route"; of a
 * class group "overview", "class", "attention".  Each view follows the
 * store's change notices (DuaalStore::changed, SPEC section 12) and
 * updates itself in place, whoever wrote; the window watches the
 * database for other processes' writes (duaal_store_watch()).  The
 * viewer chosen on Scores applies to every view.
 *
 * Actions: win.import-qualification, win.restore-backup, win.show-view
 * (i: 1-based, Alt+1…4), win.next-view, win.previous-view
 * (Ctrl+Page Down/Up).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "duaal-application.h"
#include "duaal-learner-page.h"
#include "duaal-sidebar.h"
#include "duaal-store.h"

G_BEGIN_DECLS

#define DUAAL_TYPE_WINDOW (duaal_window_get_type ())
G_DECLARE_FINAL_TYPE (DuaalWindow, duaal_window, DUAAL, WINDOW, AdwApplicationWindow)

/* Takes the store (or the reason it could not be opened) from @application. */
DuaalWindow *duaal_window_new                 (DuaalApplication *application);
/* Takes the store (or the reason it failed) from the application when
 * its start-up check is done (duaal_application_is_checking()): the
 * read-only store shown meanwhile becomes writable in place, or, when
 * the check found damage, makes way for the error page. */
void         duaal_window_take_store          (DuaalWindow      *self);
/* (nullable) (transfer none): NULL when the database could not be opened. */
DuaalStore  *duaal_window_get_store           (DuaalWindow      *self);
/* "empty", "main", "error" or "checking" (a large database that cannot
 * be shown read-only is checked before it is opened) */
const char  *duaal_window_get_visible_page    (DuaalWindow      *self);
/* (transfer none): the sidebar of the "main" page, to be filled with the
 * class groups and learners; empty for now. */
GtkBox      *duaal_window_get_sidebar_box     (DuaalWindow      *self);
/* (transfer none): the content of the "main" page, one child per view
 * (a learner's page, ...); holds only a "placeholder" page for now. */
GtkStack    *duaal_window_get_content_stack   (DuaalWindow      *self);
/* (nullable) (transfer none): the class groups and learners, and the
 * selected learner's page; NULL when the database could not be opened. */
DuaalSidebar *duaal_window_get_sidebar        (DuaalWindow      *self);
DuaalLearnerPage *duaal_window_get_learner_page (DuaalWindow    *self);
/* Imports the qualification XML in @file into the store: what
 * win.import-qualification does once the user picked a file.  On error
 * the cause is shown in a message dialog (and also returned). */
gboolean     duaal_window_import_qualification (DuaalWindow     *self,
                                                GFile           *file,
                                                GError         **error);
/* The view shown: a name above, NULL when no learner or group is. */
const char  *duaal_window_get_view            (DuaalWindow      *self);
/* Shows view @name of the learner or group shown; FALSE when it has
 * no such view. */
gboolean     duaal_window_set_view            (DuaalWindow      *self,
                                               const char       *name);
/* (nullable) (transfer none): the page of view @name, e.g. the
 * DuaalCoachPage of "coach"; NULL without a store. */
GtkWidget   *duaal_window_get_view_page       (DuaalWindow      *self,
                                               const char       *name);
/* Selects @learner_id in the sidebar (opening their group) and shows
 * the Coach view at @competence_id (nullable): what activating an
 * attention entry does. */
gboolean     duaal_window_open_learner_at     (DuaalWindow      *self,
                                               gint64            learner_id,
                                               const char       *competence_id);
/* What win.restore-backup does: the list of backups (time and reason),
 * then a confirmation.  Returns: (transfer none): the dialog shown. */
AdwMessageDialog *duaal_window_open_restore_dialog (DuaalWindow *self);
/* (nullable) (transfer none): the backup chosen in the dialog of
 * duaal_window_open_restore_dialog(): an AdwActionRow whose data
 * "duaal-backup-path" is the file. */
GtkListBoxRow *duaal_window_get_chosen_backup (AdwMessageDialog *dialog);
/* Replaces the database by @backup_path: every view and the store are
 * dropped first, then the store is opened again and the views are made
 * anew.
 * On error the cause is shown in a message dialog (and returned). */
gboolean     duaal_window_restore_backup      (DuaalWindow      *self,
                                               const char       *backup_path,
                                               GError          **error);
/* Shows @heading and the exact cause in a modal AdwMessageDialog.
 * Returns: (transfer none): the dialog. */
AdwMessageDialog *duaal_window_show_error     (DuaalWindow      *self,
                                               const char       *heading,
                                               const GError     *error);

G_END_DECLS
