/* duaal-sheet-lazy.c: libxlsxwriter and libzip, loaded at the first
 * score sheet written or read
 *
 * Linked into the duaal program only, like duaal-libpq-lazy.c: these
 * stand-ins for the functions the score sheets (SPEC 16) call keep the
 * two libraries, and OpenSSL's libcrypto and the others they need, out
 * of the program's start-up.  A function missing here still works, from
 * the library itself, which is then loaded at start-up again (the
 * lazy-libraries test says so).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <xlsxwriter.h>
#include <zip.h>

#include "duaal-lazy-private.h"

static void *
xlsxwriter_symbol (const char *name)
{
  static GModule *handle;
  static gsize loaded;

  return duaal_lazy_symbol (&handle, &loaded, "libxlsxwriter.so.4", name);
}

static void *
zip_symbol (const char *name)
{
  static GModule *handle;
  static gsize loaded;

  return duaal_lazy_symbol (&handle, &loaded, "libzip.so.4", name);
}

#define LAZY_XLSX(ret, name, params, args) DUAAL_LAZY (xlsxwriter_symbol, ret, name, params, args)
#define LAZY_XLSX_VOID(name, params, args) DUAAL_LAZY_VOID (xlsxwriter_symbol, name, params, args)
#define LAZY_ZIP(ret, name, params, args) DUAAL_LAZY (zip_symbol, ret, name, params, args)
#define LAZY_ZIP_VOID(name, params, args) DUAAL_LAZY_VOID (zip_symbol, name, params, args)

/* Score sheets written (duaal-sheet.c, duaal-xlsx.c) */
LAZY_XLSX_VOID (format_set_align, (lxw_format *format, uint8_t alignment), (format, alignment))
LAZY_XLSX_VOID (format_set_bg_color, (lxw_format *format, lxw_color_t color), (format, color))
LAZY_XLSX_VOID (format_set_bold, (lxw_format *format), (format))
LAZY_XLSX_VOID (format_set_border, (lxw_format *format, uint8_t style), (format, style))
LAZY_XLSX_VOID (format_set_bottom, (lxw_format *format, uint8_t style), (format, style))
LAZY_XLSX_VOID (format_set_font_color, (lxw_format *format, lxw_color_t color), (format, color))
LAZY_XLSX_VOID (format_set_font_size, (lxw_format *format, double size), (format, size))
LAZY_XLSX_VOID (format_set_text_wrap, (lxw_format *format), (format))
LAZY_XLSX_VOID (format_set_unlocked, (lxw_format *format), (format))
LAZY_XLSX (char *, lxw_strerror, (lxw_error error_num), (error_num))
LAZY_XLSX_VOID (lxw_workbook_free, (lxw_workbook *workbook), (workbook))
LAZY_XLSX (lxw_format *, workbook_add_format, (lxw_workbook *workbook), (workbook))
LAZY_XLSX (lxw_worksheet *, workbook_add_worksheet,
      (lxw_workbook *workbook, const char *sheetname),
      (workbook, sheetname))
LAZY_XLSX (lxw_error, workbook_close, (lxw_workbook *workbook), (workbook))
LAZY_XLSX (lxw_workbook *, workbook_new, (const char *filename), (filename))
LAZY_XLSX (lxw_error, workbook_set_properties,
      (lxw_workbook *workbook, lxw_doc_properties *properties),
      (workbook, properties))
LAZY_XLSX (lxw_error, workbook_validate_sheet_name,
      (lxw_workbook *workbook, const char *sheetname),
      (workbook, sheetname))
LAZY_XLSX (lxw_error, worksheet_autofilter,
      (lxw_worksheet *worksheet, lxw_row_t first_row, lxw_col_t first_col, lxw_row_t last_row, lxw_col_t last_col),
      (worksheet, first_row, first_col, last_row, last_col))
LAZY_XLSX (lxw_error, worksheet_data_validation_range,
      (lxw_worksheet *worksheet, lxw_row_t first_row, lxw_col_t first_col, lxw_row_t last_row, lxw_col_t last_col, lxw_data_validation *validation),
      (worksheet, first_row, first_col, last_row, last_col, validation))
LAZY_XLSX_VOID (worksheet_fit_to_pages,
      (lxw_worksheet *worksheet, uint16_t width, uint16_t height),
      (worksheet, width, height))
LAZY_XLSX_VOID (worksheet_freeze_panes,
      (lxw_worksheet *worksheet, lxw_row_t row, lxw_col_t col),
      (worksheet, row, col))
LAZY_XLSX_VOID (worksheet_hide, (lxw_worksheet *worksheet), (worksheet))
LAZY_XLSX_VOID (worksheet_protect,
      (lxw_worksheet *worksheet, const char *password, lxw_protection *options),
      (worksheet, password, options))
LAZY_XLSX (lxw_error, worksheet_repeat_rows,
      (lxw_worksheet *worksheet, lxw_row_t first_row, lxw_row_t last_row),
      (worksheet, first_row, last_row))
LAZY_XLSX (lxw_error, worksheet_set_column,
      (lxw_worksheet *worksheet, lxw_col_t first_col, lxw_col_t last_col, double width, lxw_format *format),
      (worksheet, first_col, last_col, width, format))
LAZY_XLSX_VOID (worksheet_set_landscape, (lxw_worksheet *worksheet), (worksheet))
LAZY_XLSX_VOID (worksheet_set_paper, (lxw_worksheet *worksheet, uint8_t paper_type), (worksheet, paper_type))
LAZY_XLSX (lxw_error, worksheet_set_row,
      (lxw_worksheet *worksheet, lxw_row_t row, double height, lxw_format *format),
      (worksheet, row, height, format))
LAZY_XLSX (lxw_error, worksheet_write_blank,
      (lxw_worksheet *worksheet, lxw_row_t row, lxw_col_t col, lxw_format *format),
      (worksheet, row, col, format))
LAZY_XLSX (lxw_error, worksheet_write_number,
      (lxw_worksheet *worksheet, lxw_row_t row, lxw_col_t col, double number, lxw_format *format),
      (worksheet, row, col, number, format))
LAZY_XLSX (lxw_error, worksheet_write_string,
      (lxw_worksheet *worksheet, lxw_row_t row, lxw_col_t col, const char *string, lxw_format *format),
      (worksheet, row, col, string, format))

/* Score sheets read (duaal-sheet-reader.c) */
LAZY_ZIP_VOID (zip_discard, (zip_t *archive), (archive))
LAZY_ZIP_VOID (zip_error_fini, (zip_error_t *error), (error))
LAZY_ZIP_VOID (zip_error_init_with_code, (zip_error_t *error, int code), (error, code))
LAZY_ZIP (const char *, zip_error_strerror, (zip_error_t *error), (error))
LAZY_ZIP (int, zip_fclose, (zip_file_t *file), (file))
LAZY_ZIP (const char *, zip_file_strerror, (zip_file_t *file), (file))
LAZY_ZIP (zip_file_t *, zip_fopen,
      (zip_t *archive, const char *fname, zip_flags_t flags),
      (archive, fname, flags))
LAZY_ZIP (zip_int64_t, zip_fread, (zip_file_t *file, void *buf, zip_uint64_t nbytes), (file, buf, nbytes))
LAZY_ZIP (zip_t *, zip_open, (const char *path, int flags, int *errorp), (path, flags, errorp))
LAZY_ZIP (int, zip_stat,
      (zip_t *archive, const char *fname, zip_flags_t flags, zip_stat_t *sb),
      (archive, fname, flags, sb))
LAZY_ZIP_VOID (zip_stat_init, (zip_stat_t *st), (st))
LAZY_ZIP (const char *, zip_strerror, (zip_t *archive), (archive))
