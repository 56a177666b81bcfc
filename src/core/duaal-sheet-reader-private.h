/* duaal-sheet-reader-private.h: the cells of an XLSX workbook, read back
 *
 * What a score sheet's import needs of a spreadsheet file, whoever wrote
 * it (Duaal, Excel, LibreOffice, openpyxl): the tabs by name, whether a
 * tab is hidden, and each cell's value as text.  The file is opened with
 * libzip and each part parsed with libxml2 (no network, no entities, no
 * DTD); parts larger than DUAAL_SHEET_READER_MAX_PART are refused, so a
 * "zip bomb" costs nothing.
 *
 * Values: shared strings and inline strings (rich text runs joined, the
 * phonetic runs left out), formula results, numbers (in the shortest
 * form that reads back the same, "4.2" not "4.2000000000000002"), and
 * booleans ("TRUE", "FALSE").  An empty cell and a missing cell are the
 * same: NULL.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define DUAAL_SHEET_READER_MAX_PART ((guint64) 64 * 1024 * 1024)

typedef struct _DuaalSheetBook DuaalSheetBook;
typedef struct _DuaalSheetTab  DuaalSheetTab;

/* Reads the workbook's list of tabs and its shared strings; the tabs
 * themselves are read by duaal_sheet_book_read_tab().
 * Returns: (transfer full): the book, or NULL with DUAAL_ERROR_INVALID_FILE
 * (not an XLSX file) or DUAAL_ERROR_IO */
DuaalSheetBook *duaal_sheet_book_open       (const char     *path,
                                             GError        **error);
void            duaal_sheet_book_free       (DuaalSheetBook *book);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DuaalSheetBook, duaal_sheet_book_free)

/* Whether the book has a worksheet named @name (exactly). */
gboolean        duaal_sheet_book_has_tab    (DuaalSheetBook *book,
                                             const char     *name);
/* Whether that worksheet is hidden (state "hidden" or "veryHidden"). */
gboolean        duaal_sheet_book_tab_is_hidden (DuaalSheetBook *book,
                                             const char     *name);
/* The cells of the worksheet @name.
 * Returns: (transfer full): the tab, or NULL with DUAAL_ERROR_INVALID_FILE */
DuaalSheetTab  *duaal_sheet_book_read_tab   (DuaalSheetBook *book,
                                             const char     *name,
                                             GError        **error);

void            duaal_sheet_tab_free        (DuaalSheetTab  *tab);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DuaalSheetTab, duaal_sheet_tab_free)
/* The value of the cell at @row (from 1, as in "D7") and @column (from
 * 0: A is 0), or NULL when it is empty. */
const char     *duaal_sheet_tab_get_text    (DuaalSheetTab  *tab,
                                             guint           row,
                                             guint           column);
/* The last row that holds a cell (0 for an empty tab). */
guint           duaal_sheet_tab_get_n_rows  (DuaalSheetTab  *tab);

/* "D7" for @row 7, @column 3. */
char           *duaal_sheet_cell_name       (guint           row,
                                             guint           column);

G_END_DECLS
