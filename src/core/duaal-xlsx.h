/* duaal-xlsx.h: spreadsheets in XLSX, written with libxlsxwriter
 *
 * Every XLSX file Duaal writes goes through a DuaalXlsxWriter: the
 * workbook is built in a temporary file beside the target and replaces it
 * only when complete (duaal-file.h), keeping the target's mode.
 *
 * duaal_xlsx_writer_add_table() turns a DuaalTable into a worksheet the
 * way people expect a spreadsheet: a bold header row that stays in view
 * (frozen, with the table's key columns), columns as wide as their
 * contents, an autofilter, A4 pages that repeat the header when printed.
 * Texts are always written as strings, never as formulas, so a name like
 * "=HYPERLINK(...)" stays a name.  Writers that need more (the score
 * sheets' validation and protection) take the worksheet it returns and
 * the workbook, and use libxlsxwriter directly.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <xlsxwriter.h>

#include "duaal-table.h"

G_BEGIN_DECLS

/* The widest column, in characters, however long its texts. */
#define DUAAL_XLSX_MAX_COLUMN_WIDTH 50

typedef struct _DuaalXlsxWriter DuaalXlsxWriter;

/* Starts a workbook that will replace @path.  @title: (nullable) the
 * document's title in its properties.
 * Returns: (transfer full): the writer, or NULL with @error set
 * (duaal_file_new_save_error()) */
DuaalXlsxWriter *duaal_xlsx_writer_new           (const char       *path,
                                                  const char       *title,
                                                  GError          **error);
/* A worksheet named after the table (made valid for Excel: at most 31
 * characters, none of []:*?/\) holding it as described above.
 * Returns: (transfer none): the worksheet, or NULL with @error set
 * (DUAAL_ERROR_INVALID, e.g. for a text longer than a cell holds) */
lxw_worksheet   *duaal_xlsx_writer_add_table     (DuaalXlsxWriter  *self,
                                                  DuaalTable       *table,
                                                  GError          **error);
/* The workbook being built, for writers that add worksheets of their
 * own (the score sheets); (transfer none). */
lxw_workbook    *duaal_xlsx_writer_get_workbook  (DuaalXlsxWriter  *self);
/* Writes the workbook and puts it in place of the target. */
gboolean         duaal_xlsx_writer_finish        (DuaalXlsxWriter  *self,
                                                  GError          **error);
/* Without duaal_xlsx_writer_finish(), leaves the target as it was. */
void             duaal_xlsx_writer_free          (DuaalXlsxWriter  *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DuaalXlsxWriter, duaal_xlsx_writer_free)

/* A workbook of one worksheet holding @table, titled by its name. */
gboolean         duaal_xlsx_write_table          (DuaalTable       *table,
                                                  const char       *path,
                                                  GError          **error);

/* How wide the column is made, in characters (Excel's unit): as wide as
 * its widest cell and wide enough for its header to wrap into at most
 * three lines, within DUAAL_XLSX_MAX_COLUMN_WIDTH, plus a little room. */
double           duaal_xlsx_get_column_width     (DuaalTable       *table,
                                                  guint             column);

G_END_DECLS
