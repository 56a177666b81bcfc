/* duaal-sheet.c: score sheets as XLSX (duaal-sheet.h)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>

#include "duaal-error.h"
#include "duaal-palette-private.h"
#include "duaal-sheet-private.h"
#include "duaal-sheet.h"
#include "duaal-status-filter.h"
#include "duaal-visibility.h"
#include "duaal-xlsx.h"

#define TAB_NAME_MAX     31        /* Excel's limit, in characters */
#define MAX_SAME_NAME    9999
#define TEXT_WIDTH       60.0
#define COMMENT_WIDTH    40.0
#define OTHERS_WIDTH     30.0
#define LINE_HEIGHT      15.0
#define FIRST_TABLE_ROW  7         /* 0-based row of the column headers */
#define N_OTHERS         2

/* ---- shared with the import (duaal-sheet-private.h) ------------------ */

char *
duaal_sheet_checksum (GPtrArray *records)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);

  for (guint i = 0; i < records->len; i++)
    {
      char **cells = g_ptr_array_index (records, i);

      for (guint c = 0; c < DUAAL_SHEET_INFO_COLUMNS; c++)
        {
          /* Separators no cell holds keep "ab","c" apart from "a","bc". */
          g_checksum_update (checksum, (const guchar *) cells[c], -1);
          g_checksum_update (checksum, (const guchar *) "\x1f", 1);
        }
      g_checksum_update (checksum, (const guchar *) "\x1e", 1);
    }
  return g_strdup (g_checksum_get_string (checksum));
}

char *
duaal_sheet_normalize_text (const char *text)
{
  GString *out;

  if (text == NULL || *text == '\0')
    return NULL;
  out = g_string_new (NULL);
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '\r')
        {
          g_string_append_c (out, '\n');
          if (p[1] == '\n')
            p++;
        }
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

static char *
valid_tab_name (const char *name)
{
  g_autofree char *shortened = g_utf8_substring (name, 0, MIN (g_utf8_strlen (name, -1), TAB_NAME_MAX));
  GString *valid = g_string_new (NULL);

  for (const char *p = shortened; *p != '\0'; p++)
    g_string_append_c (valid, strchr ("[]:*?/\\", *p) != NULL || g_ascii_iscntrl (*p) ? '-' : *p);
  while (valid->len > 0 && (valid->str[0] == '\'' || valid->str[0] == ' '))
    g_string_erase (valid, 0, 1);
  while (valid->len > 0 && (valid->str[valid->len - 1] == '\'' || valid->str[valid->len - 1] == ' '))
    g_string_truncate (valid, valid->len - 1);
  if (valid->len == 0)
    g_string_assign (valid, _("Learner"));
  return g_string_free (valid, FALSE);
}

static gboolean
tab_name_is_free (const char *name,
                  GHashTable *used)
{
  g_autofree char *key = g_utf8_casefold (name, -1);

  /* Excel keeps "History" for itself. */
  return !g_hash_table_contains (used, key) && g_ascii_strcasecmp (name, "History") != 0;
}

char *
duaal_sheet_make_tab_name (const char *name,
                           GHashTable *used)
{
  g_autofree char *base = valid_tab_name (name);
  char *candidate = g_strdup (base);

  for (guint n = 2; n <= MAX_SAME_NAME && !tab_name_is_free (candidate, used); n++)
    {
      g_autofree char *suffix = g_strdup_printf (" (%u)", n);
      glong room = TAB_NAME_MAX - (glong) strlen (suffix);
      g_autofree char *stem = g_utf8_substring (base, 0, MIN (g_utf8_strlen (base, -1), room));

      g_free (candidate);
      candidate = g_strconcat (g_strchomp (stem), suffix, NULL);
    }
  g_hash_table_add (used, g_utf8_casefold (candidate, -1));
  return candidate;
}

/* ---- the workbook --------------------------------------------------- */

typedef struct {
  DuaalXlsxWriter *xlsx;
  lxw_workbook    *workbook;
  DuaalStatus     *status;     /* filtered for the actor */
  DuaalActor       actor;
  DuaalActor       others[N_OTHERS];
  GHashTable      *used_names;
  GPtrArray       *records;    /* the hidden tab, GStrv each */
  lxw_format      *title;
  lxw_format      *label;
  lxw_format      *header;
  lxw_format      *competence;
  lxw_format      *locked;
  lxw_format      *input;
  lxw_format      *colours[DUAAL_N_COLOURS];
} SheetWriter;

static void
sheet_writer_clear (SheetWriter *writer)
{
  g_clear_pointer (&writer->xlsx, duaal_xlsx_writer_free);
  g_clear_pointer (&writer->used_names, g_hash_table_unref);
  g_clear_pointer (&writer->records, g_ptr_array_unref);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (SheetWriter, sheet_writer_clear)

/* Adds a record of the hidden tab; the values are copied, NULL is "". */
static void
add_record (SheetWriter *writer,
            const char  *first,
            ...)
{
  char **cells = g_new0 (char *, DUAAL_SHEET_INFO_COLUMNS + 1);
  va_list args;
  const char *value = first;

  va_start (args, first);
  for (guint c = 0; c < DUAAL_SHEET_INFO_COLUMNS; c++)
    {
      cells[c] = g_strdup (value != NULL ? value : "");
      value = c + 1 < DUAAL_SHEET_INFO_COLUMNS ? va_arg (args, const char *) : NULL;
    }
  va_end (args);
  g_ptr_array_add (writer->records, cells);
}

static lxw_color_t
colour_rgb (DuaalColour colour,
            gboolean   *dark)
{
  double rgb[3];
  guint r, g, b;

  duaal_palette_get_rgb (colour, rgb);
  r = (guint) (rgb[0] * 255 + 0.5);
  g = (guint) (rgb[1] * 255 + 0.5);
  b = (guint) (rgb[2] * 255 + 0.5);
  *dark = (299 * r + 587 * g + 114 * b) / 1000 < 128;
  return (lxw_color_t) ((r << 16) | (g << 8) | b);
}

static void
add_formats (SheetWriter *writer)
{
  lxw_workbook *wb = writer->workbook;

  writer->title = workbook_add_format (wb);
  format_set_bold (writer->title);
  format_set_font_size (writer->title, 14);

  writer->label = workbook_add_format (wb);
  format_set_bold (writer->label);
  format_set_align (writer->label, LXW_ALIGN_VERTICAL_TOP);

  writer->header = workbook_add_format (wb);
  format_set_bold (writer->header);
  format_set_text_wrap (writer->header);
  format_set_bottom (writer->header, LXW_BORDER_THIN);
  format_set_align (writer->header, LXW_ALIGN_VERTICAL_TOP);

  writer->competence = workbook_add_format (wb);
  format_set_bold (writer->competence);
  format_set_text_wrap (writer->competence);
  format_set_bg_color (writer->competence, 0xE8E8E8);
  format_set_align (writer->competence, LXW_ALIGN_VERTICAL_TOP);

  writer->locked = workbook_add_format (wb);
  format_set_text_wrap (writer->locked);
  format_set_align (writer->locked, LXW_ALIGN_VERTICAL_TOP);

  /* The cells to fill in: unlocked, framed, so they stand out. */
  writer->input = workbook_add_format (wb);
  format_set_unlocked (writer->input);
  format_set_text_wrap (writer->input);
  format_set_align (writer->input, LXW_ALIGN_VERTICAL_TOP);
  format_set_border (writer->input, LXW_BORDER_THIN);
  format_set_bg_color (writer->input, 0xFFFDE7);

  for (guint c = 0; c < DUAAL_N_COLOURS; c++)
    {
      gboolean dark;

      writer->colours[c] = workbook_add_format (wb);
      format_set_bg_color (writer->colours[c], colour_rgb ((DuaalColour) c, &dark));
      format_set_font_color (writer->colours[c], dark ? LXW_COLOR_WHITE : LXW_COLOR_BLACK);
      format_set_text_wrap (writer->colours[c]);
      format_set_align (writer->colours[c], LXW_ALIGN_VERTICAL_TOP);
    }
}

static gboolean
check_lxw (lxw_error   result,
           const char *path,
           GError    **error)
{
  if (result == LXW_NO_ERROR)
    return TRUE;
  g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
               _("Could not write the score sheet “%s”: %s"), path, lxw_strerror (result));
  return FALSE;
}

/* A string, or nothing for NULL (an empty cell reads back as empty). */
static lxw_error
write_text (lxw_worksheet *sheet,
            guint          row,
            guint          column,
            const char    *text,
            lxw_format    *format)
{
  if (text == NULL || *text == '\0')
    return worksheet_write_blank (sheet, row, (lxw_col_t) column, format);
  return worksheet_write_string (sheet, row, (lxw_col_t) column, text, format);
}

/* How many lines @text takes in a column @width characters wide. */
static guint
estimate_lines (const char *text,
                double      width)
{
  g_auto(GStrv) lines = NULL;
  guint n = 0;

  if (text == NULL)
    return 1;
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    n += 1 + (guint) (g_utf8_strlen (lines[i], -1) / (glong) (width - 4));
  return MAX (n, 1);
}

static const char *
filler_label (DuaalActor    actor,
              DuaalLearner *learner)
{
  if (actor == DUAAL_ACTOR_TRAINER && duaal_learner_get_trainer_name (learner) != NULL)
    return duaal_learner_get_trainer_name (learner);
  return duaal_learner_get_name (learner);
}

static lxw_error
write_header (SheetWriter   *writer,
              lxw_worksheet *sheet,
              DuaalLearner  *learner)
{
  DuaalQualification *qualification = duaal_status_get_qualification (writer->status);
  g_autofree char *title = g_strdup_printf (_("Score sheet of %s"), duaal_learner_get_name (learner));
  g_autofree char *qualification_text =
    g_strdup_printf (_("%s version %u: %s"), duaal_qualification_get_code (qualification),
                     duaal_qualification_get_version (qualification),
                     duaal_qualification_get_title (qualification));
  g_autofree char *filler = g_strdup_printf ("%s (%s)", filler_label (writer->actor, learner),
                                             duaal_actor_get_label (writer->actor));
  const char *labels[] = { C_("score sheet", "Qualification"), C_("score sheet", "Filled in by"),
                           C_("score sheet", "Company"), _("Mastery"), _("Coverage") };
  const char *values[] = {
    qualification_text, filler, duaal_learner_get_company_name (learner),
    _("X not mastered, lil mastered with support, V autonomous; empty: not scored"),
    _("N not yet, S sometimes (3 times or fewer), R regularly (more than 3 times)"),
  };
  lxw_error result = worksheet_write_string (sheet, 0, 0, title, writer->title);

  for (guint i = 0; i < G_N_ELEMENTS (labels) && result == LXW_NO_ERROR; i++)
    {
      result = worksheet_write_string (sheet, i + 1, 0, labels[i], writer->label);
      if (result == LXW_NO_ERROR)
        result = write_text (sheet, i + 1, 1, values[i], NULL);
    }
  return result;
}

static lxw_error
write_column_headers (SheetWriter   *writer,
                      lxw_worksheet *sheet)
{
  const char *headers[] = { _("Indicator"), C_("score sheet", "Behaviour"), _("Mastery"), _("Coverage"), _("Comment") };
  lxw_error result = LXW_NO_ERROR;

  for (guint c = 0; c < G_N_ELEMENTS (headers) && result == LXW_NO_ERROR; c++)
    result = worksheet_write_string (sheet, FIRST_TABLE_ROW, (lxw_col_t) c, headers[c], writer->header);
  for (guint i = 0; i < N_OTHERS && result == LXW_NO_ERROR; i++)
    {
      /* TRANSLATORS: a column of a score sheet, e.g. "Teacher: colour and progress" */
      g_autofree char *text = g_strdup_printf (_("%s: colour and progress"),
                                               duaal_actor_get_label (writer->others[i]));
      result = worksheet_write_string (sheet, FIRST_TABLE_ROW, DUAAL_SHEET_COLUMN_OTHERS + i,
                                       text, writer->header);
    }
  return result;
}

/* The competence's row: id, title, and what the actor may see of the
 * others' colour and progress. */
static lxw_error
write_competence_row (SheetWriter     *writer,
                      lxw_worksheet   *sheet,
                      guint            row,
                      DuaalLearner    *learner,
                      DuaalCompetence *competence)
{
  gint64 learner_id = duaal_learner_get_id (learner);
  const char *id = duaal_competence_get_id (competence);
  lxw_error result = worksheet_write_string (sheet, row, DUAAL_SHEET_COLUMN_ID, id, writer->competence);

  if (result == LXW_NO_ERROR)
    result = worksheet_write_string (sheet, row, DUAAL_SHEET_COLUMN_TEXT,
                                     duaal_competence_get_title (competence), writer->competence);
  for (guint c = DUAAL_SHEET_COLUMN_MASTERY; c <= DUAAL_SHEET_COLUMN_COMMENT && result == LXW_NO_ERROR; c++)
    result = worksheet_write_blank (sheet, row, (lxw_col_t) c, writer->competence);
  for (guint i = 0; i < N_OTHERS && result == LXW_NO_ERROR; i++)
    {
      DuaalActor other = writer->others[i];
      const DuaalTally *tally = duaal_status_get_tally (writer->status, learner_id, id, other);
      DuaalColour colour;
      g_autofree char *text = NULL;

      if (tally == NULL || !duaal_visibility_can_see_summary ((DuaalViewer) writer->actor, other))
        continue;
      colour = duaal_status_get_colour (writer->status, learner_id, id, other);
      /* TRANSLATORS: a colour's label and the progress, e.g. "Partly acquired, 5 of 8 covered" */
      text = g_strdup_printf (_("%s, %u of %u covered"), duaal_colour_get_label (colour),
                              tally->covered, tally->n);
      result = worksheet_write_string (sheet, row, DUAAL_SHEET_COLUMN_OTHERS + i, text,
                                       writer->colours[colour]);
    }
  if (result == LXW_NO_ERROR)
    result = worksheet_set_row (sheet, row,
                                LINE_HEIGHT * estimate_lines (duaal_competence_get_title (competence), TEXT_WIDTH),
                                NULL);
  return result;
}

static lxw_error
write_indicator_row (SheetWriter    *writer,
                     lxw_worksheet  *sheet,
                     guint           row,
                     DuaalLearner   *learner,
                     DuaalIndicator *indicator)
{
  gint64 learner_id = duaal_learner_get_id (learner);
  const char *id = duaal_indicator_get_id (indicator);
  const DuaalCell *cell = duaal_status_get_cell (writer->status, learner_id, id, writer->actor);
  DuaalMastery mastery = cell != NULL ? cell->mastery : DUAAL_MASTERY_NONE;
  DuaalCoverage coverage = cell != NULL ? cell->coverage : DUAAL_COVERAGE_NONE;
  g_autofree char *comment = duaal_sheet_normalize_text (cell != NULL ? cell->comment : NULL);
  g_autofree char *learner_text = g_strdup_printf ("%" G_GINT64_FORMAT, learner_id);
  g_autofree char *row_text = g_strdup_printf ("%u", row + 1);
  guint lines = MAX (estimate_lines (duaal_indicator_get_text (indicator), TEXT_WIDTH),
                     estimate_lines (comment, COMMENT_WIDTH));
  lxw_error result;

  result = worksheet_write_string (sheet, row, DUAAL_SHEET_COLUMN_ID, id, writer->locked);
  if (result == LXW_NO_ERROR)
    result = worksheet_write_string (sheet, row, DUAAL_SHEET_COLUMN_TEXT,
                                     duaal_indicator_get_text (indicator), writer->locked);
  if (result == LXW_NO_ERROR)
    result = write_text (sheet, row, DUAAL_SHEET_COLUMN_MASTERY, duaal_mastery_to_string (mastery), writer->input);
  if (result == LXW_NO_ERROR)
    result = write_text (sheet, row, DUAAL_SHEET_COLUMN_COVERAGE, duaal_coverage_to_string (coverage), writer->input);
  if (result == LXW_NO_ERROR)
    result = write_text (sheet, row, DUAAL_SHEET_COLUMN_COMMENT, comment, writer->input);
  if (result == LXW_NO_ERROR && lines > 1)
    result = worksheet_set_row (sheet, row, LINE_HEIGHT * lines, NULL);

  add_record (writer, "indicator", learner_text, id, row_text, duaal_mastery_to_string (mastery),
              duaal_coverage_to_string (coverage), comment);
  return result;
}

/* Drop-down lists given inline on the mastery and coverage cells of
 * rows @first to @last. */
static lxw_error
add_validations (lxw_worksheet *sheet,
                 guint          first,
                 guint          last)
{
  /* libxlsxwriter's list is not const, but it only reads it. */
  char *masteries[] = { (char *) "X", (char *) "lil", (char *) "V", NULL };
  char *coverages[] = { (char *) "N", (char *) "S", (char *) "R", NULL };
  lxw_data_validation mastery = {
    .validate = LXW_VALIDATION_TYPE_LIST,
    .value_list = masteries,
    .ignore_blank = LXW_VALIDATION_ON,
    .show_error = LXW_VALIDATION_ON,
    .error_type = LXW_VALIDATION_ERROR_TYPE_STOP,
    .error_title = (char *) _("Mastery"),
    .error_message = (char *) _("Choose X (not mastered), lil (with support) or V (autonomous), or leave the cell empty."),
  };
  lxw_data_validation coverage = {
    .validate = LXW_VALIDATION_TYPE_LIST,
    .value_list = coverages,
    .ignore_blank = LXW_VALIDATION_ON,
    .show_error = LXW_VALIDATION_ON,
    .error_type = LXW_VALIDATION_ERROR_TYPE_STOP,
    .error_title = (char *) _("Coverage"),
    .error_message = (char *) _("Choose N (not yet), S (sometimes) or R (regularly), or leave the cell empty."),
  };
  lxw_error result;

  result = worksheet_data_validation_range (sheet, first, DUAAL_SHEET_COLUMN_MASTERY,
                                            last, DUAAL_SHEET_COLUMN_MASTERY, &mastery);
  if (result == LXW_NO_ERROR)
    result = worksheet_data_validation_range (sheet, first, DUAAL_SHEET_COLUMN_COVERAGE,
                                              last, DUAAL_SHEET_COLUMN_COVERAGE, &coverage);
  return result;
}

static void
set_up_tab (lxw_worksheet *sheet)
{
  lxw_protection protection = { 0 };

  worksheet_set_column (sheet, DUAAL_SHEET_COLUMN_ID, DUAAL_SHEET_COLUMN_ID, 12, NULL);
  worksheet_set_column (sheet, DUAAL_SHEET_COLUMN_TEXT, DUAAL_SHEET_COLUMN_TEXT, TEXT_WIDTH, NULL);
  worksheet_set_column (sheet, DUAAL_SHEET_COLUMN_MASTERY, DUAAL_SHEET_COLUMN_COVERAGE, 11, NULL);
  worksheet_set_column (sheet, DUAAL_SHEET_COLUMN_COMMENT, DUAAL_SHEET_COLUMN_COMMENT, COMMENT_WIDTH, NULL);
  worksheet_set_column (sheet, DUAAL_SHEET_COLUMN_OTHERS, DUAAL_SHEET_COLUMN_OTHERS + N_OTHERS - 1,
                        OTHERS_WIDTH, NULL);
  worksheet_freeze_panes (sheet, FIRST_TABLE_ROW + 1, 0);
  worksheet_set_paper (sheet, 9);   /* A4 */
  worksheet_set_landscape (sheet);
  worksheet_repeat_rows (sheet, FIRST_TABLE_ROW, FIRST_TABLE_ROW);
  worksheet_fit_to_pages (sheet, 1, 0);
  /* Without a password: the protection keeps the layout the import
   * relies on from being changed by accident, not a determined user. */
  worksheet_protect (sheet, NULL, &protection);
}

static gboolean
write_learner_tab (SheetWriter   *writer,
                   DuaalLearner  *learner,
                   const char    *path,
                   GError       **error)
{
  DuaalQualification *qualification = duaal_status_get_qualification (writer->status);
  GPtrArray *competences = duaal_qualification_get_competences (qualification);
  g_autofree char *name = duaal_sheet_make_tab_name (duaal_learner_get_name (learner), writer->used_names);
  g_autofree char *id_text = g_strdup_printf ("%" G_GINT64_FORMAT, duaal_learner_get_id (learner));
  lxw_worksheet *sheet = workbook_add_worksheet (writer->workbook, name);
  guint row = FIRST_TABLE_ROW + 1;
  lxw_error result;

  if (sheet == NULL)
    return check_lxw (LXW_ERROR_SHEETNAME_ALREADY_USED, path, error);
  add_record (writer, "learner", id_text, duaal_learner_get_name (learner), name, NULL, NULL, NULL);
  result = write_header (writer, sheet, learner);
  if (result == LXW_NO_ERROR)
    result = write_column_headers (writer, sheet);
  for (guint i = 0; i < competences->len && result == LXW_NO_ERROR; i++)
    {
      DuaalCompetence *competence = g_ptr_array_index (competences, i);
      GPtrArray *indicators = duaal_competence_get_indicators (competence);
      guint first;

      result = write_competence_row (writer, sheet, row++, learner, competence);
      first = row;
      for (guint j = 0; j < indicators->len && result == LXW_NO_ERROR; j++)
        result = write_indicator_row (writer, sheet, row++, learner, g_ptr_array_index (indicators, j));
      if (result == LXW_NO_ERROR && indicators->len > 0)
        result = add_validations (sheet, first, row - 1);
    }
  set_up_tab (sheet);
  return check_lxw (result, path, error);
}

static gboolean
write_info_tab (SheetWriter  *writer,
                const char   *path,
                GError      **error)
{
  lxw_worksheet *sheet = workbook_add_worksheet (writer->workbook, DUAAL_SHEET_INFO_TAB);
  g_autofree char *checksum = duaal_sheet_checksum (writer->records);
  lxw_protection protection = { 0 };
  lxw_error result = LXW_NO_ERROR;

  if (sheet == NULL)
    return check_lxw (LXW_ERROR_SHEETNAME_ALREADY_USED, path, error);
  add_record (writer, "checksum", checksum, NULL, NULL, NULL, NULL, NULL);
  for (guint r = 0; r < writer->records->len && result == LXW_NO_ERROR; r++)
    {
      char **cells = g_ptr_array_index (writer->records, r);
      for (guint c = 0; c < DUAAL_SHEET_INFO_COLUMNS && result == LXW_NO_ERROR; c++)
        if (*cells[c] != '\0')
          result = worksheet_write_string (sheet, r, (lxw_col_t) c, cells[c], NULL);
    }
  worksheet_hide (sheet);
  worksheet_protect (sheet, NULL, &protection);
  return check_lxw (result, path, error);
}

static void
begin_records (SheetWriter  *writer,
               gint64        viewer_id,
               DuaalLearner *first)
{
  gint64 group_id = duaal_learner_get_group_id (first);
  DuaalQualification *qualification = duaal_status_get_qualification (writer->status);
  g_autofree char *viewer_text = g_strdup_printf ("%" G_GINT64_FORMAT, viewer_id);
  g_autofree char *version_text = g_strdup_printf ("%u", duaal_qualification_get_version (qualification));
  g_autofree char *group_text = g_strdup_printf ("%" G_GINT64_FORMAT, group_id);

  add_record (writer, DUAAL_SHEET_INFO_FORMAT, DUAAL_SHEET_INFO_VERSION, NULL, NULL, NULL, NULL, NULL);
  add_record (writer, "actor", duaal_actor_to_string (writer->actor), viewer_text,
              filler_label (writer->actor, first), NULL, NULL, NULL);
  add_record (writer, "qualification", duaal_qualification_get_code (qualification), version_text,
              NULL, NULL, NULL, NULL);
  add_record (writer, "group", group_text, NULL, NULL, NULL, NULL, NULL);
}

/* Writes the learners of @status (already filtered for the actor as
 * viewer @viewer_id) into one workbook at @path. */
static gboolean
write_workbook (DuaalStatus  *status,
                DuaalActor    actor,
                gint64        viewer_id,
                const char   *path,
                GError      **error)
{
  GPtrArray *learners = duaal_status_get_learners (status);
  g_auto(SheetWriter) writer = { 0 };
  guint n_others = 0;

  if (learners->len == 0)
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   _("There are no learners for this score sheet"));
      return FALSE;
    }
  writer.xlsx = duaal_xlsx_writer_new (path, _("Score sheet"), error);
  if (writer.xlsx == NULL)
    return FALSE;
  writer.workbook = duaal_xlsx_writer_get_workbook (writer.xlsx);
  writer.status = status;
  writer.actor = actor;
  for (guint a = 0; a < DUAAL_N_ACTORS; a++)
    if ((DuaalActor) a != actor)
      writer.others[n_others++] = (DuaalActor) a;
  writer.used_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  /* The hidden tab's name is taken first, so a learner called "Duaal"
   * gets "Duaal (2)". */
  g_hash_table_add (writer.used_names, g_utf8_casefold (DUAAL_SHEET_INFO_TAB, -1));
  writer.records = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  add_formats (&writer);

  begin_records (&writer, viewer_id, g_ptr_array_index (learners, 0));
  for (guint i = 0; i < learners->len; i++)
    if (!write_learner_tab (&writer, g_ptr_array_index (learners, i), path, error))
      return FALSE;
  return write_info_tab (&writer, path, error)
         && duaal_xlsx_writer_finish (writer.xlsx, error);
}

/* ---- public --------------------------------------------------------- */

static gboolean
check_actor (DuaalActor   actor,
             GError     **error)
{
  if (actor == DUAAL_ACTOR_TRAINER || actor == DUAAL_ACTOR_LEARNER)
    return TRUE;
  g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
               _("Score sheets are for trainers and learners; teachers score in Duaal"));
  return FALSE;
}

/* The learner's status as @actor may see it, with the viewer's id. */
DuaalStatus *
duaal_sheet_load_learner_status (DuaalStore  *store,
                                 gint64       learner_id,
                                 DuaalActor   actor,
                                 gint64      *viewer_id,
                                 GError     **error)
{
  g_autoptr(DuaalLearner) learner = NULL;
  g_autoptr(DuaalStatus) status = NULL;

  if (!check_actor (actor, error))
    return NULL;
  learner = duaal_store_get_learner (store, learner_id, error);
  if (learner == NULL)
    return NULL;
  *viewer_id = duaal_viewer_id_for_learner ((DuaalViewer) actor, learner);
  if (*viewer_id == 0)
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID,
                   _("%s has no trainer yet, so there is no trainer’s score sheet"),
                   duaal_learner_get_name (learner));
      return NULL;
    }
  status = duaal_store_load_learner_status (store, learner_id, 0, error);
  if (status == NULL)
    return NULL;
  return duaal_status_filter_for_viewer (status, (DuaalViewer) actor, *viewer_id, error);
}

gboolean
duaal_sheet_write_learner (DuaalStore  *store,
                           gint64       learner_id,
                           DuaalActor   actor,
                           const char  *path,
                           GError     **error)
{
  g_autoptr(DuaalStatus) status = NULL;
  gint64 viewer_id = 0;

  g_return_val_if_fail (DUAAL_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  status = duaal_sheet_load_learner_status (store, learner_id, actor, &viewer_id, error);
  return status != NULL && write_workbook (status, actor, viewer_id, path, error);
}

gboolean
duaal_sheet_write_trainer (DuaalStore  *store,
                           gint64       group_id,
                           gint64       trainer_id,
                           const char  *path,
                           GError     **error)
{
  g_autoptr(DuaalStatus) status = NULL;
  g_autoptr(DuaalStatus) filtered = NULL;

  g_return_val_if_fail (DUAAL_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  status = duaal_store_load_group_status (store, group_id, 0, error);
  if (status == NULL)
    return FALSE;
  filtered = duaal_status_filter_for_viewer (status, DUAAL_VIEWER_TRAINER, trainer_id, error);
  return filtered != NULL && write_workbook (filtered, DUAAL_ACTOR_TRAINER, trainer_id, path, error);
}

/* @name made a file name: nothing a file system or a shell would take
 * for a path or an option. */
static char *
file_stem (const char *name)
{
  g_autofree char *base = g_strdup (name);
  char *start;

  g_strdelimit (base, "/\\:*?\"<>|", '-');
  for (char *p = base; *p != '\0'; p++)
    if (g_ascii_iscntrl (*p))
      *p = '-';
  for (start = base; *start == '.' || *start == '-' || *start == ' '; start++)
    ;
  return g_strdup (*start != '\0' ? start : _("Score sheet"));
}

char *
duaal_sheet_file_name (const char *name)
{
  g_autofree char *stem = file_stem (name);

  return g_strconcat (stem, ".xlsx", NULL);
}

/* A file in @directory after @name, unique among @used. */
static char *
make_file_path (const char *directory,
                const char *name,
                GHashTable *used)
{
  g_autofree char *base = file_stem (name);
  g_autofree char *candidate = g_strdup (base);
  g_autofree char *file = NULL;

  for (guint n = 2; g_hash_table_contains (used, candidate); n++)
    {
      g_free (candidate);
      candidate = g_strdup_printf ("%s (%u)", base, n);
    }
  g_hash_table_add (used, g_strdup (candidate));
  file = g_strconcat (candidate, ".xlsx", NULL);
  return g_build_filename (directory, file, NULL);
}

GStrv
duaal_sheet_write_group (DuaalStore  *store,
                         gint64       group_id,
                         DuaalActor   actor,
                         const char  *directory,
                         GError     **error)
{
  g_autoptr(DuaalStatus) status = NULL;
  g_autoptr(GHashTable) done = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GHashTable) used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GStrvBuilder) files = g_strv_builder_new ();
  GPtrArray *learners;

  g_return_val_if_fail (DUAAL_IS_STORE (store), NULL);
  g_return_val_if_fail (directory != NULL, NULL);

  if (!check_actor (actor, error))
    return NULL;
  status = duaal_store_load_group_status (store, group_id, 0, error);
  if (status == NULL)
    return NULL;
  if (g_mkdir_with_parents (directory, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_IO, _("Could not make the folder “%s”: %s"),
                   directory, g_strerror (saved));
      return NULL;
    }
  learners = duaal_status_get_learners (status);
  for (guint i = 0; i < learners->len; i++)
    {
      DuaalLearner *learner = g_ptr_array_index (learners, i);
      gint64 viewer_id = duaal_viewer_id_for_learner ((DuaalViewer) actor, learner);
      g_autoptr(DuaalStatus) filtered = NULL;
      g_autofree char *path = NULL;

      /* One file per trainer: the first of their learners writes it. */
      if (viewer_id == 0 || g_hash_table_contains (done, &viewer_id))
        continue;
      g_hash_table_add (done, g_memdup2 (&viewer_id, sizeof viewer_id));
      path = make_file_path (directory, filler_label (actor, learner), used);
      filtered = duaal_status_filter_for_viewer (status, (DuaalViewer) actor, viewer_id, error);
      if (filtered == NULL || !write_workbook (filtered, actor, viewer_id, path, error))
        return NULL;
      g_strv_builder_add (files, path);
    }
  return g_strv_builder_end (files);
}
