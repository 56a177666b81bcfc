/* duaal-sheet-import-dialog.h: a filled-in score sheet, previewed before
 * it is applied (SPEC section 16)
 *
 * duaal_sheet_import_dialog_choose() asks for the file
 * (GtkFileChooserNative), reads and checks it whole
 * (duaal-sheet-import.h; a refused sheet is said in a dialog naming the
 * tab and cell) and shows the preview: every change, and every conflict
 * with Duaal's value now and the sheet's, with a switch to take the
 * sheet's values.  Apply records them in one transaction as the sheet's
 * actor; a toast says how many.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "duaal-sheet-import.h"
#include "duaal-store.h"

G_BEGIN_DECLS

#define DUAAL_TYPE_SHEET_IMPORT_DIALOG (duaal_sheet_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (DuaalSheetImportDialog, duaal_sheet_import_dialog, DUAAL, SHEET_IMPORT_DIALOG, AdwWindow)

/* Asks for a sheet, then previews it. */
void                    duaal_sheet_import_dialog_choose    (GtkWindow              *parent,
                                                             DuaalStore             *store,
                                                             AdwToastOverlay        *toasts);
/* Reads @file and previews it, or says in a dialog why it is refused
 * (then NULL). */
DuaalSheetImportDialog *duaal_sheet_import_dialog_open      (GtkWindow              *parent,
                                                             DuaalStore             *store,
                                                             AdwToastOverlay        *toasts,
                                                             GFile                  *file);
/* (transfer none) */
DuaalSheetImport       *duaal_sheet_import_dialog_get_import (DuaalSheetImportDialog *self);
void                    duaal_sheet_import_dialog_set_force (DuaalSheetImportDialog *self,
                                                             gboolean                force);
/* Applies the sheet (the Apply button); closes the dialog when done. */
gboolean                duaal_sheet_import_dialog_apply     (DuaalSheetImportDialog *self);

/* For both score sheet dialogs: @error in a message dialog over @parent. */
void                    duaal_sheet_dialog_show_error       (GtkWindow              *parent,
                                                             const char             *heading,
                                                             const GError           *error);

G_END_DECLS
