/* duaal-csv.h: reading and writing CSV files (formats/csv.md)
 *
 * RFC 4180 with what spreadsheets actually write: UTF-8 with or without a
 * BOM, CRLF or LF line ends, comma or (recognised from the header line)
 * semicolon separators.  The first line names the columns, matched without
 * regard to case.  Values are in Unicode NFC.  A file with a control
 * character (other than line ends) or text after a closing quote is
 * refused.  A refused file gives DUAAL_ERROR_INVALID_FILE with the
 * message "FILE:LINE: cause".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Files larger than this are refused. */
#define DUAAL_CSV_MAX_FILE_SIZE (16 * 1024 * 1024)
/* Values longer than this many characters refuse the file. */
#define DUAAL_CSV_MAX_VALUE_LENGTH 1000

#define DUAAL_TYPE_CSV (duaal_csv_get_type ())
G_DECLARE_FINAL_TYPE (DuaalCsv, duaal_csv, DUAAL, CSV, GObject)

/* @display_name: how messages name the file
 * @required_columns: (nullable) (array zero-terminated=1): lower-case names
 *   the header must have; other columns are kept and warned about (when
 *   @required_columns is NULL, every column is accepted without warning)
 * Returns: (transfer full): the rows, or NULL with @error set */
DuaalCsv           *duaal_csv_parse            (const char          *display_name,
                                                GBytes              *bytes,
                                                const char * const  *required_columns,
                                                GError             **error);
/* The same for a file; messages name it by @path as given. */
DuaalCsv           *duaal_csv_parse_file       (const char          *path,
                                                const char * const  *required_columns,
                                                GError             **error);
/* As above, with columns a file may leave out (@optional_columns, array
 * zero-terminated=1): read when present, not warned about. */
DuaalCsv           *duaal_csv_parse_full       (const char          *display_name,
                                                GBytes              *bytes,
                                                const char * const  *required_columns,
                                                const char * const  *optional_columns,
                                                GError             **error);
DuaalCsv           *duaal_csv_parse_file_full  (const char          *path,
                                                const char * const  *required_columns,
                                                const char * const  *optional_columns,
                                                GError             **error);

/* Rows with data (blank lines skipped), in file order. */
guint               duaal_csv_get_n_rows       (DuaalCsv            *self);
/* The value with surrounding white space removed; "" when empty or absent
 * from a short row; NULL only when the header has no such @column
 * (matched without regard to case). */
const char         *duaal_csv_get_value        (DuaalCsv            *self,
                                                guint                row,
                                                const char          *column);
/* The line of the file on which @row starts (1 is the header). */
guint               duaal_csv_get_line         (DuaalCsv            *self,
                                                guint                row);
/* Translated, "FILE:LINE: …" each (array zero-terminated=1), never NULL. */
const char * const *duaal_csv_get_warnings     (DuaalCsv            *self);

/* A refusal for a problem found in @row by the caller, e.g. an unknown
 * company: DUAAL_ERROR_INVALID_FILE "FILE:LINE: cause". */
GError             *duaal_csv_new_row_error    (DuaalCsv            *self,
                                                guint                row,
                                                const char          *format,
                                                ...) G_GNUC_PRINTF (3, 4);

/* Writing: append the fields of a row one by one, then end the row.
 * Fields are quoted when they hold a separator, a quote or a line break;
 * rows end with CRLF as RFC 4180 says. */
void                duaal_csv_append_field     (GString             *out,
                                                const char          *field);
/* As duaal_csv_append_field, but quoted only for a comma, a quote or a
 * line break (RFC 4180 to the letter): the exports whose exact bytes are
 * pinned (overview, session plan), where "A; B" stays unquoted. */
void                duaal_csv_append_comma_field (GString           *out,
                                                  const char        *field);
void                duaal_csv_end_row          (GString             *out);

G_END_DECLS
