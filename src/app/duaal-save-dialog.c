/* duaal-save-dialog.c: what the dialogs that store one thing share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "duaal-save-dialog-private.h"

char *
duaal_save_dialog_entry_text (GtkWidget *entry)
{
  g_return_val_if_fail (GTK_IS_EDITABLE (entry), NULL);

  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
}

gint64
duaal_save_dialog_respond (AdwMessageDialog    *dialog,
                           const char          *response,
                           DuaalSaveDialogSave  save,
                           const char          *heading)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *error_dialog;
  gint64 id;

  g_return_val_if_fail (ADW_IS_MESSAGE_DIALOG (dialog), 0);
  g_return_val_if_fail (save != NULL, 0);

  if (g_strcmp0 (response, "save") != 0)
    return 0;

  id = save (dialog, &error);
  if (id > 0)
    return id;
  /* Over the window the dialog came from: this dialog may be closing. */
  error_dialog = adw_message_dialog_new (gtk_window_get_transient_for (GTK_WINDOW (dialog)), heading,
                                         error != NULL ? error->message : NULL);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (error_dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (error_dialog));
  return 0;
}

void
duaal_save_dialog_activate (AdwMessageDialog *dialog,
                            const gboolean   *saved)
{
  g_return_if_fail (ADW_IS_MESSAGE_DIALOG (dialog));

  if (!adw_message_dialog_get_response_enabled (dialog, "save"))
    return;
  adw_message_dialog_response (dialog, "save");
  if (*saved)
    gtk_window_destroy (GTK_WINDOW (dialog));
}
