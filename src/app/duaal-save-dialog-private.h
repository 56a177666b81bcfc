/* duaal-save-dialog-private.h: what the dialogs that store one thing share
 *
 * The group and learner dialogs are message dialogs whose "save"
 * response stores what the coach typed and emits "saved" with its id;
 * Enter in a field does the same and closes the dialog.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Stores what @dialog holds: the id stored, or 0 with @error set. */
typedef gint64 (*DuaalSaveDialogSave) (gpointer   dialog,
                                       GError   **error);

/* The text of @entry without the spaces around it. (transfer full) */
char   *duaal_save_dialog_entry_text (GtkWidget         *entry);

/* In @dialog's response vfunc: for "save", stores through @save and
 * returns the id; when nothing was stored, a message over @dialog's
 * parent says why under @heading, and 0.  Any other response: 0. */
gint64  duaal_save_dialog_respond    (AdwMessageDialog  *dialog,
                                      const char        *response,
                                      DuaalSaveDialogSave save,
                                      const char        *heading);

/* Enter in a field: the "save" response, if the button is enabled, and
 * @dialog closes once *@saved. */
void    duaal_save_dialog_activate   (AdwMessageDialog  *dialog,
                                      const gboolean    *saved);

G_END_DECLS
