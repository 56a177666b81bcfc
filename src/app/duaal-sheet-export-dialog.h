/* duaal-sheet-export-dialog.h: score sheets of a class group (SPEC section 16)
 *
 * Choose for whom (every trainer of the class group, one file each; one
 * trainer; or every learner, one file each), then a folder
 * (GtkFileChooserNative).  The sheets are small and written at once
 * (duaal-sheet.h); a toast in the main window says where, with a button
 * that opens the folder.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "duaal-store.h"

G_BEGIN_DECLS

#define DUAAL_TYPE_SHEET_EXPORT_DIALOG (duaal_sheet_export_dialog_get_type ())
G_DECLARE_FINAL_TYPE (DuaalSheetExportDialog, duaal_sheet_export_dialog, DUAAL, SHEET_EXPORT_DIALOG, AdwWindow)

/* For the class group @group_id.  @toasts: (nullable) where to tell the
 * result.  Returns NULL (having said why) when the group cannot be read. */
DuaalSheetExportDialog *duaal_sheet_export_dialog_new        (GtkWindow              *parent,
                                                              DuaalStore             *store,
                                                              AdwToastOverlay        *toasts,
                                                              gint64                  group_id);
/* The choices offered: every trainer, each trainer, every learner. */
guint                   duaal_sheet_export_dialog_get_n_choices (DuaalSheetExportDialog *self);
/* Chooses "one trainer": FALSE when @trainer_id trains no one here. */
gboolean                duaal_sheet_export_dialog_select_trainer (DuaalSheetExportDialog *self,
                                                              gint64                  trainer_id);
/* What the folder chooser's answer does: writes the sheets into
 * @folder, tells the result and closes the dialog.
 * Returns: (transfer full): the files written, or NULL after an error
 * (said in a dialog) */
GStrv                   duaal_sheet_export_dialog_write_to   (DuaalSheetExportDialog *self,
                                                              GFile                  *folder);

G_END_DECLS
