/* duaal-xlsx.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "duaal-error.h"
#include "duaal-file.h"
#include "duaal-xlsx.h"

#define MIN_COLUMN_WIDTH    4
/* Excel keeps a little room beside the text in each cell. */
#define COLUMN_PADDING      2
/* A header longer than its column wraps over at most this many lines. */
#define MAX_HEADER_LINES    3
#define LINE_HEIGHT         LXW_DEF_ROW_HEIGHT
#define SHEET_NAME_MAX      31
#define PAPER_A4            9
/* Wider than this (in characters) and the table prints landscape. */
#define PORTRAIT_WIDTH      90
#define MAX_CELL_TEXT       32767   /* Excel's limit */
#define MAX_SHEETS          999     /* of one name */

struct _DuaalXlsxWriter
{
  char                 *path;
  char                 *title;
  DuaalFileReplacement *replacement;
  lxw_workbook         *workbook;      /* NULL once closed */
  lxw_format           *header_format;
  lxw_format           *cell_format;
  lxw_format           *wrap_format;
};

/* ---- measuring ------------------------------------------------------ */

/* The widest line of @text, in characters. */
static guint
text_width (const char *text)
{
  guint widest = 0, current = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      current = *p == '\n' ? 0 : current + 1;
      widest = MAX (widest, current);
    }
  return widest;
}

static guint
longest_word (const char *text)
{
  guint longest = 0, current = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      current = g_unichar_isspace (g_utf8_get_char (p)) ? 0 : current + 1;
      longest = MAX (longest, current);
    }
  return longest;
}

/* How many lines @text takes wrapped at word boundaries into @width
 * characters, as a spreadsheet wraps it. */
static guint
wrapped_lines (const char *text,
               guint       width)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  guint n_lines = 0;

  width = MAX (width, 1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) words = g_strsplit (lines[i], " ", -1);
      guint used = 0;

      n_lines++;
      for (guint w = 0; words[w] != NULL; w++)
        {
          guint length = g_utf8_strlen (words[w], -1);

          if (used > 0 && used + 1 + length > width)
            {
              n_lines++;
              used = 0;
            }
          else if (used > 0)
            used++;   /* the space */
          used += length;
          /* A word wider than the column breaks inside itself. */
          for (; used > width; used -= width)
            n_lines++;
        }
    }
  return MAX (n_lines, 1);
}

static guint
content_width (DuaalTable *table,
               guint       column)
{
  guint n_rows = duaal_table_get_n_rows (table);
  guint widest = 0;

  for (guint r = 0; r < n_rows; r++)
    widest = MAX (widest, text_width (duaal_table_get_text (table, r, column)));
  return widest;
}

double
duaal_xlsx_get_column_width (DuaalTable *table,
                             guint       column)
{
  const char *header;
  guint width;

  g_return_val_if_fail (DUAAL_IS_TABLE (table), 0);
  g_return_val_if_fail (column < duaal_table_get_n_columns (table), 0);

  header = duaal_table_get_header (table, column);
  width = MAX (content_width (table, column), longest_word (header));
  width = CLAMP (width, MIN_COLUMN_WIDTH, DUAAL_XLSX_MAX_COLUMN_WIDTH);
  while (width < DUAAL_XLSX_MAX_COLUMN_WIDTH && wrapped_lines (header, width) > MAX_HEADER_LINES)
    width++;
  return width + COLUMN_PADDING;
}

/* ---- writing a table ------------------------------------------------ */

static gboolean
check_lxw (lxw_error    result,
           DuaalTable  *table,
           guint        row,
           guint        column,
           GError     **error)
{
  if (result == LXW_NO_ERROR)
    return TRUE;
  if (result == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED)
    g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                 _("The text in row %u, column “%s” is longer than a spreadsheet cell holds (%u characters)"),
                 row + 1, duaal_table_get_header (table, column), MAX_CELL_TEXT);
  else
    g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                 _("Could not write row %u, column “%s” of the spreadsheet: %s"),
                 row + 1, duaal_table_get_header (table, column), lxw_strerror (result));
  return FALSE;
}

/* @row 0 is the header, table row r is sheet row r + 1. */
static gboolean
write_row (DuaalXlsxWriter  *self,
           lxw_worksheet    *sheet,
           DuaalTable       *table,
           guint             row,
           const double     *widths,
           GError          **error)
{
  guint n_columns = duaal_table_get_n_columns (table);
  guint n_lines = 1;

  for (guint c = 0; c < n_columns; c++)
    {
      const char *text = row == 0 ? duaal_table_get_header (table, c)
                                  : duaal_table_get_text (table, row - 1, c);
      guint text_columns = (guint) widths[c] - COLUMN_PADDING;
      gboolean wraps = text_width (text) > text_columns;
      lxw_format *format = row == 0 ? self->header_format : wraps ? self->wrap_format : self->cell_format;
      guint number;
      lxw_error result;

      if (row > 0 && duaal_table_get_number (table, row - 1, c, &number))
        result = worksheet_write_number (sheet, row, c, number, format);
      else if (*text == '\0')
        result = worksheet_write_blank (sheet, row, c, format);
      else
        result = worksheet_write_string (sheet, row, c, text, format);
      if (!check_lxw (result, table, row, c, error))
        return FALSE;
      if (wraps || strchr (text, '\n') != NULL)
        n_lines = MAX (n_lines, wrapped_lines (text, text_columns));
    }
  /* Spreadsheets do not grow a row for wrapped text by themselves. */
  if (n_lines > 1)
    worksheet_set_row (sheet, row, LINE_HEIGHT * n_lines, row == 0 ? self->header_format : NULL);
  return TRUE;
}

/* Excel refuses sheet names over 31 characters, with []:*?/\ or starting
 * or ending in an apostrophe; the name is only a label, so it is fixed
 * rather than refused. */
static char *
make_sheet_name (const char *name)
{
  g_autofree char *shortened = g_utf8_substring (name, 0, MIN (g_utf8_strlen (name, -1), SHEET_NAME_MAX));
  GString *valid = g_string_new (NULL);

  for (char *p = shortened; *p != '\0'; p++)
    g_string_append_c (valid, strchr ("[]:*?/\\", *p) != NULL ? '-' : *p);
  while (valid->len > 0 && valid->str[0] == '\'')
    g_string_erase (valid, 0, 1);
  while (valid->len > 0 && valid->str[valid->len - 1] == '\'')
    g_string_truncate (valid, valid->len - 1);
  if (valid->len == 0)
    g_string_assign (valid, "Duaal");
  return g_string_free (valid, FALSE);
}

/* The valid name, numbered "Name (2)" and so on when already used (up to
 * a point: workbook_add_worksheet() then refuses it). */
static char *
make_unique_sheet_name (lxw_workbook *workbook,
                        const char   *name)
{
  g_autofree char *base = make_sheet_name (name);
  char *candidate = g_strdup (base);

  for (guint n = 2; n <= MAX_SHEETS && workbook_validate_sheet_name (workbook, candidate) != LXW_NO_ERROR; n++)
    {
      g_autofree char *suffix = g_strdup_printf (" (%u)", n);
      g_autofree char *stem = g_utf8_substring (base, 0, MIN (g_utf8_strlen (base, -1),
                                                              SHEET_NAME_MAX - (glong) strlen (suffix)));
      g_free (candidate);
      candidate = g_strconcat (stem, suffix, NULL);
    }
  return candidate;
}

static void
set_up_page (lxw_worksheet *sheet,
             double         total_width)
{
  worksheet_set_paper (sheet, PAPER_A4);
  if (total_width > PORTRAIT_WIDTH)
    worksheet_set_landscape (sheet);
  worksheet_repeat_rows (sheet, 0, 0);
}

lxw_worksheet *
duaal_xlsx_writer_add_table (DuaalXlsxWriter  *self,
                             DuaalTable       *table,
                             GError          **error)
{
  g_autofree char *name = NULL;
  g_autofree double *widths = NULL;
  guint n_columns, n_rows;
  double total_width = 0;
  lxw_worksheet *sheet;

  g_return_val_if_fail (self != NULL && self->workbook != NULL, NULL);
  g_return_val_if_fail (DUAAL_IS_TABLE (table), NULL);
  g_return_val_if_fail (duaal_table_get_n_columns (table) > 0, NULL);

  name = make_unique_sheet_name (self->workbook, duaal_table_get_name (table));
  sheet = workbook_add_worksheet (self->workbook, name);
  if (sheet == NULL)
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   _("Could not add the sheet “%s” to the spreadsheet"), name);
      return NULL;
    }

  n_columns = duaal_table_get_n_columns (table);
  n_rows = duaal_table_get_n_rows (table);
  widths = g_new (double, n_columns);
  for (guint c = 0; c < n_columns; c++)
    {
      widths[c] = duaal_xlsx_get_column_width (table, c);
      total_width += widths[c];
      worksheet_set_column (sheet, c, c, widths[c], NULL);
    }
  for (guint r = 0; r <= n_rows; r++)
    if (!write_row (self, sheet, table, r, widths, error))
      return NULL;

  worksheet_freeze_panes (sheet, 1, duaal_table_get_key_columns (table));
  worksheet_autofilter (sheet, 0, 0, n_rows, n_columns - 1);
  set_up_page (sheet, total_width);
  return sheet;
}

/* ---- the workbook --------------------------------------------------- */

static void
add_formats (DuaalXlsxWriter *self)
{
  self->header_format = workbook_add_format (self->workbook);
  format_set_bold (self->header_format);
  format_set_text_wrap (self->header_format);
  format_set_align (self->header_format, LXW_ALIGN_VERTICAL_TOP);
  format_set_bottom (self->header_format, LXW_BORDER_THIN);

  self->cell_format = workbook_add_format (self->workbook);
  format_set_align (self->cell_format, LXW_ALIGN_VERTICAL_TOP);

  self->wrap_format = workbook_add_format (self->workbook);
  format_set_align (self->wrap_format, LXW_ALIGN_VERTICAL_TOP);
  format_set_text_wrap (self->wrap_format);
}

DuaalXlsxWriter *
duaal_xlsx_writer_new (const char  *path,
                       const char  *title,
                       GError     **error)
{
  g_autoptr(DuaalXlsxWriter) self = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_new0 (DuaalXlsxWriter, 1);
  self->path = g_strdup (path);
  self->title = g_strdup (title);
  self->replacement = duaal_file_replacement_new (path, &local_error);
  if (self->replacement == NULL)
    {
      g_propagate_error (error, duaal_file_new_save_error (path, local_error));
      return NULL;
    }

  /* libxlsxwriter writes the workbook by name, into our locked
   * temporary file; its own scratch files are unnamed (tmpfile()). */
  self->workbook = workbook_new (duaal_file_replacement_get_temp_path (self->replacement));
  if (self->workbook == NULL)
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_IO,
                   _("Could not save “%s”: out of memory"), path);
      return NULL;
    }
  if (title != NULL)
    {
      lxw_doc_properties properties = { .title = self->title };
      workbook_set_properties (self->workbook, &properties);
    }
  add_formats (self);
  return g_steal_pointer (&self);
}

lxw_workbook *
duaal_xlsx_writer_get_workbook (DuaalXlsxWriter *self)
{
  g_return_val_if_fail (self != NULL && self->workbook != NULL, NULL);
  return self->workbook;
}

gboolean
duaal_xlsx_writer_finish (DuaalXlsxWriter  *self,
                          GError          **error)
{
  g_autoptr(GError) local_error = NULL;
  lxw_error result;

  g_return_val_if_fail (self != NULL && self->workbook != NULL, FALSE);

  /* workbook_close() frees the workbook whatever the result. */
  result = workbook_close (g_steal_pointer (&self->workbook));
  if (result != LXW_NO_ERROR)
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_IO,
                   _("Could not save “%s”: %s"), self->path, lxw_strerror (result));
      return FALSE;
    }
  if (!duaal_file_replacement_commit (self->replacement, &local_error))
    {
      g_propagate_error (error, duaal_file_new_save_error (self->path, local_error));
      return FALSE;
    }
  return TRUE;
}

void
duaal_xlsx_writer_free (DuaalXlsxWriter *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->workbook, lxw_workbook_free);
  g_clear_pointer (&self->replacement, duaal_file_replacement_free);
  g_free (self->title);
  g_free (self->path);
  g_free (self);
}

gboolean
duaal_xlsx_write_table (DuaalTable  *table,
                        const char  *path,
                        GError     **error)
{
  g_autoptr(DuaalXlsxWriter) writer = NULL;

  g_return_val_if_fail (DUAAL_IS_TABLE (table), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  writer = duaal_xlsx_writer_new (path, duaal_table_get_name (table), error);
  return writer != NULL
         && duaal_xlsx_writer_add_table (writer, table, error) != NULL
         && duaal_xlsx_writer_finish (writer, error);
}
