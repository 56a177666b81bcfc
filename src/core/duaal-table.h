/* duaal-table.h: a table as exported to spreadsheets (formats/csv.md "Exports")
 *
 * The overview table and the session plan build one of these and write it
 * as CSV (here) or XLSX (duaal-xlsx.h), so both formats always hold the
 * same cells.  A table has a header row and rows of cells, each a text or
 * a whole number; colours are words in it, never only formatting.
 *
 * CSV is RFC 4180 with a UTF-8 byte order mark first (a spreadsheet
 * opened by double-click then reads accents right), CRLF line ends, and
 * every text starting with "=", "+", "-", "@", a tab or a carriage return
 * written with a leading "'", so no spreadsheet runs it as a formula.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define DUAAL_CSV_BOM "\xEF\xBB\xBF"

#define DUAAL_TYPE_TABLE (duaal_table_get_type ())
G_DECLARE_FINAL_TYPE (DuaalTable, duaal_table, DUAAL, TABLE, GObject)

/* @name: what the table is, e.g. "Overview table": the worksheet's name
 * in a workbook */
DuaalTable *duaal_table_new               (const char  *name);
const char *duaal_table_get_name          (DuaalTable  *self);

/* Columns are added before the first cell. */
void        duaal_table_add_column        (DuaalTable  *self,
                                           const char  *header);
guint       duaal_table_get_n_columns     (DuaalTable  *self);
const char *duaal_table_get_header        (DuaalTable  *self,
                                           guint        column);
/* The leading columns that name a row (e.g. the competence id), kept in
 * view when scrolling sideways in a spreadsheet; 0 by default. */
void        duaal_table_set_key_columns   (DuaalTable  *self,
                                           guint        n_columns);
guint       duaal_table_get_key_columns   (DuaalTable  *self);

/* Cells fill the rows left to right; a row is complete after one cell per
 * column and the next cell starts a new row.  @text may be NULL (empty). */
void        duaal_table_add_text          (DuaalTable  *self,
                                           const char  *text);
void        duaal_table_add_number        (DuaalTable  *self,
                                           guint        number);
guint       duaal_table_get_n_rows        (DuaalTable  *self);
/* The cell as text ("" for a cell not filled in); numbers in digits. */
const char *duaal_table_get_text          (DuaalTable  *self,
                                           guint        row,
                                           guint        column);
/* TRUE for a cell added with duaal_table_add_number(). */
gboolean    duaal_table_get_number        (DuaalTable  *self,
                                           guint        row,
                                           guint        column,
                                           guint       *number);

/* The CSV described above, header first.  (transfer full) */
char       *duaal_table_to_csv            (DuaalTable  *self);
/* Replaces @path safely (duaal-file.h) with the CSV; on failure
 * duaal_file_new_save_error(). */
gboolean    duaal_table_write_csv         (DuaalTable  *self,
                                           const char  *path,
                                           GError     **error);

/* What writes a table into a file: duaal_table_write_csv(),
 * duaal_xlsx_write_table(). */
typedef gboolean (*DuaalTableWriteFunc) (DuaalTable  *table,
                                         const char  *path,
                                         GError     **error);

/* The text as a CSV cell holds it: with a leading "'" when a spreadsheet
 * would take it for a formula.  (transfer full) */
char       *duaal_table_neutralise_formula (const char *text);

G_END_DECLS
