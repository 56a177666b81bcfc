/* duaal-export-dialog.h: exporting the competence route chart to a file
 *
 * A small modal window: the format (PNG, SVG, PDF), the width in pixels,
 * optionally a fixed height the chart is fitted into, and, for PNG, the
 * scale (1x, 2x, 3x), with the size of the result; "Export…" then asks
 * for the file (GtkFileChooserNative) and writes it with
 * duaal_route_chart_export_sized().  A failure is shown in an
 * AdwMessageDialog with its exact cause and the dialog stays open, so
 * another place can be chosen.  On success the dialog emits "exported"
 * with the file's path and closes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "duaal-route.h"

G_BEGIN_DECLS

typedef enum {
  DUAAL_EXPORT_FORMAT_PNG,
  DUAAL_EXPORT_FORMAT_SVG,
  DUAAL_EXPORT_FORMAT_PDF,
} DuaalExportFormat;

#define DUAAL_EXPORT_DEFAULT_WIDTH 1200

#define DUAAL_TYPE_EXPORT_DIALOG (duaal_export_dialog_get_type ())
G_DECLARE_FINAL_TYPE (DuaalExportDialog, duaal_export_dialog, DUAAL, EXPORT_DIALOG, AdwWindow)

/* @parent: (nullable); @compare: (nullable) a second learner side by
 * side; @period_label: (nullable) as in DuaalRouteChartInfo. */
DuaalExportDialog *duaal_export_dialog_new            (GtkWindow         *parent,
                                                       DuaalRoute        *route,
                                                       DuaalRoute        *compare,
                                                       const char        *period_label);
DuaalExportFormat  duaal_export_dialog_get_format     (DuaalExportDialog *self);
void               duaal_export_dialog_set_format     (DuaalExportDialog *self,
                                                       DuaalExportFormat  format);
/* The chart's width in pixels (PNG, SVG) or points (PDF). */
guint              duaal_export_dialog_get_width      (DuaalExportDialog *self);
void               duaal_export_dialog_set_width      (DuaalExportDialog *self,
                                                       guint              width);
/* 1, 2 or 3; applies to PNG only. */
/* 0: as tall as the chart needs; else the chart is fitted into it. */
guint              duaal_export_dialog_get_height     (DuaalExportDialog *self);
void               duaal_export_dialog_set_height     (DuaalExportDialog *self,
                                                       guint              height);
guint              duaal_export_dialog_get_scale      (DuaalExportDialog *self);
void               duaal_export_dialog_set_scale      (DuaalExportDialog *self,
                                                       guint              scale);
/* The name the file chooser proposes, with the format's extension;
 * (transfer full). */
char              *duaal_export_dialog_get_file_name  (DuaalExportDialog *self);
/* Opens the file chooser; what "Export…" does. */
void               duaal_export_dialog_choose_file    (DuaalExportDialog *self);
/* Writes the chart to @path with the chosen settings (the format's
 * extension is added when @path lacks it).  On failure shows the cause
 * in an AdwMessageDialog and returns FALSE with @error set; on success
 * emits "exported" and closes the dialog.  What the file chooser calls. */
gboolean           duaal_export_dialog_save           (DuaalExportDialog *self,
                                                       const char        *path,
                                                       GError           **error);

/* "png", "svg" or "pdf": the extension without its dot. */
const char        *duaal_export_format_get_extension  (DuaalExportFormat  format);

/* The file choosers of the table exports (overview table, session plan):
 * a filter for the files of @extension ("png", "pdf", "csv" or "xlsx",
 * without its dot), named as people know them, "Spreadsheets (XLSX)".
 * Returns: (transfer full) */
GtkFileFilter     *duaal_export_file_filter_new       (const char        *extension);
/* The folder a save dialog for @extension starts in: the user's
 * Pictures for images ("png", "svg"), Documents for tables and reports
 * ("pdf", "csv", "xlsx"); home when that folder is not there.
 * Returns: (transfer full) */
GFile             *duaal_export_get_start_folder      (const char        *extension);
/* Points @chooser at duaal_export_get_start_folder(). */
void               duaal_export_set_start_folder      (GtkFileChooser    *chooser,
                                                       const char        *extension);
/* The save dialog of a table export: titled @title over @parent, for a
 * file of @extension (its filter and start folder, as above), the name
 * @name suggested.
 * Returns: (transfer full) */
GtkFileChooserNative *duaal_export_table_chooser_new  (const char        *title,
                                                       GtkWindow         *parent,
                                                       const char        *extension,
                                                       const char        *name);
/* A toast saying @title, with an Open button that shows @file in the
 * application the desktop opens such files with.
 * Returns: (transfer full) */
AdwToast          *duaal_export_saved_toast_new       (const char        *title,
                                                       GFile             *file);

G_END_DECLS
