/* duaal-window.h: the main window
 *
 * Pages of the window's stack: "empty" (no qualification yet: invites
 * the user to import one), "main" (sidebar with class groups and
 * learners, content with the learner's page) and "error" (the database
 * could not be opened or read; the cause is shown).
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
/* (nullable) (transfer none): NULL when the database could not be opened. */
DuaalStore  *duaal_window_get_store           (DuaalWindow      *self);
/* "empty", "main" or "error" */
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
/* Call after anything changed the store: picks the page again and emits
 * ::store-changed, so that every view reloads what it shows. */
void         duaal_window_store_changed       (DuaalWindow      *self);
/* Imports the qualification XML in @file into the store: what
 * win.import-qualification does once the user picked a file.  On error
 * the cause is shown in a message dialog (and also returned). */
gboolean     duaal_window_import_qualification (DuaalWindow     *self,
                                                GFile           *file,
                                                GError         **error);
/* Shows @heading and the exact cause in a modal AdwMessageDialog.
 * Returns: (transfer none): the dialog. */
AdwMessageDialog *duaal_window_show_error     (DuaalWindow      *self,
                                               const char       *heading,
                                               const GError     *error);

G_END_DECLS
