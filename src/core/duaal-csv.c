/* duaal-csv.c: reading and writing CSV files (formats/csv.md)
 *
 * The reader is a small state machine over the whole (UTF-8 checked) text,
 * so quoted fields may hold separators, doubled quotes and line breaks, and
 * every record knows the line it starts on for messages.  It is lenient
 * where a spreadsheet or a hand-written file commonly deviates without
 * ambiguity (white space around unquoted values and before an opening
 * quote, a quote inside an unquoted value, trailing empty fields, blank
 * lines) and strict where data would be silently misread (values beyond
 * the header's columns, text after a closing quote, an unterminated
 * quote, invalid UTF-8, control characters).  Every value is stored in
 * Unicode NFC.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "duaal-csv-private.h"
#include "duaal-error.h"
#include "duaal-input.h"

struct _DuaalCsv
{
  GObject     parent_instance;

  char       *display_name;
  char        separator;
  GStrv       columns;      /* lower-case, file order */
  GHashTable *column_index; /* lower-case name → index + 1 */
  GPtrArray  *rows;         /* GStrv each, at most g_strv_length (columns) values */
  GArray     *lines;        /* guint: line each row starts on */
  GPtrArray  *warnings;     /* char *, NULL-terminated */
};

G_DEFINE_FINAL_TYPE (DuaalCsv, duaal_csv, G_TYPE_OBJECT)

static void
duaal_csv_finalize (GObject *object)
{
  DuaalCsv *self = DUAAL_CSV (object);

  g_clear_pointer (&self->display_name, g_free);
  g_clear_pointer (&self->columns, g_strfreev);
  g_clear_pointer (&self->column_index, g_hash_table_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->lines, g_array_unref);
  g_clear_pointer (&self->warnings, g_ptr_array_unref);

  G_OBJECT_CLASS (duaal_csv_parent_class)->finalize (object);
}

static void
duaal_csv_class_init (DuaalCsvClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = duaal_csv_finalize;
}

static void
duaal_csv_init (DuaalCsv *self)
{
  self->separator = ',';
  self->column_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  self->lines = g_array_new (FALSE, FALSE, sizeof (guint));
  self->warnings = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->warnings, NULL);
}

G_GNUC_PRINTF (4, 5)
static void
set_file_error (GError     **error,
                const char  *display_name,
                guint        line,
                const char  *format,
                ...)
{
  g_autofree char *cause = NULL;
  va_list args;

  va_start (args, format);
  cause = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID_FILE, "%s:%u: %s",
               display_name, MAX (line, 1), cause);
}

/* ---------------------------------------------------------------------- */
/* Tokenising                                                              */

/* One record as read: its fields and the line it started on. */
typedef struct
{
  GPtrArray *fields;  /* char * */
  guint      line;
} Record;

static void
record_clear (Record *record)
{
  g_clear_pointer (&record->fields, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Record, record_clear)

typedef struct
{
  const char *display_name;
  const char *p;            /* next byte */
  const char *end;
  guint       line;         /* line of *p */
  char        separator;
  guint       column;       /* of the value being read, from 0 */
  GStrv       header;       /* the column names, once read (for messages) */
} Reader;

static gboolean
at_line_end (Reader *reader)
{
  return reader->p < reader->end && (*reader->p == '\n' || *reader->p == '\r');
}

/* Consumes one line end: CRLF, LF or a lone CR. */
static void
skip_line_end (Reader *reader)
{
  if (*reader->p == '\r' && reader->p + 1 < reader->end && reader->p[1] == '\n')
    reader->p++;
  reader->p++;
  reader->line++;
}

static gboolean
is_blank_span (const char *p,
               const char *end)
{
  for (; p < end; p++)
    if (!g_ascii_isspace (*p))
      return FALSE;
  return TRUE;
}

static gboolean
is_blank_text (const char *text)
{
  return is_blank_span (text, text + strlen (text));
}

/* A quoted value from its opening quote (at reader->p) to just after the
 * closing one; FALSE when the file ends first. */
static gboolean
read_quoted (Reader   *reader,
             GString  *value,
             GError  **error)
{
  guint start_line = reader->line;

  reader->p++;
  while (reader->p < reader->end)
    {
      char c = *reader->p;

      if (c == '"')
        {
          if (reader->p + 1 < reader->end && reader->p[1] == '"')
            {
              g_string_append_c (value, '"');
              reader->p += 2;
              continue;
            }
          reader->p++;
          return TRUE;
        }
      if (c == '\r' || c == '\n')
        {
          /* Stored as "\n" whatever the file used. */
          skip_line_end (reader);
          g_string_append_c (value, '\n');
          continue;
        }
      g_string_append_c (value, c);
      reader->p++;
    }

  set_file_error (error, reader->display_name, start_line,
                  _("the quoted value that starts on this line has no closing quote (\")"));
  return FALSE;
}

static gboolean
at_value_end (Reader *reader)
{
  return reader->p >= reader->end || at_line_end (reader) || *reader->p == reader->separator;
}

/* "column 2 (“company”)": where a value is, for a message. */
static char *
describe_column (Reader *reader)
{
  guint number = reader->column + 1;

  if (reader->header != NULL && reader->column < g_strv_length (reader->header)
      && *reader->header[reader->column] != '\0')
    return g_strdup_printf (_("column %u (“%s”)"), number, reader->header[reader->column]);
  return g_strdup_printf (_("column %u"), number);
}

/* At most 40 characters of @text, for a message: a value may be long. */
static char *
shorten (const char *text)
{
  const char *p = text;

  for (guint n = 0; n < 40 && *p != '\0'; n++)
    p = g_utf8_next_char (p);
  if (*p == '\0')
    return g_strdup (text);
  return g_strdup_printf ("%.*s…", (int) (p - text), text);
}

/* `"Jan" Peeters`: a quoted value ends at its closing quote, so text
 * after it would be glued on or lost; the file is refused instead. */
static void
set_after_quote_error (Reader      *reader,
                       const char  *value,
                       GError     **error)
{
  const char *stop = reader->p;
  g_autofree char *where = describe_column (reader);
  g_autofree char *after = NULL;
  g_autofree char *quoted = shorten (value);

  while (stop < reader->end && stop - reader->p < 40 && *stop != '\n' && *stop != '\r'
         && *stop != reader->separator)
    stop++;
  if (is_blank_span (reader->p, stop))
    {
      set_file_error (error, reader->display_name, reader->line,
                      _("%s: spaces follow the closing quote of \"%s\"; remove them or put them inside "
                        "the quotes"), where, quoted);
      return;
    }
  /* Cut at a character boundary: the text is valid UTF-8. */
  after = g_utf8_make_valid (reader->p, stop - reader->p);
  set_file_error (error, reader->display_name, reader->line,
                  _("%s: “%s” follows the closing quote of \"%s\"; put the whole value between quotes "
                    "(a quote inside it doubled: \"\")"),
                  where, after, quoted);
}

/* Every value has a limit (names have a lower one of their own); it also
 * bounds the time NFC takes, which grows with the square of the length. */
static gboolean
check_value_length (Reader      *reader,
                    const char  *value,
                    GError     **error)
{
  g_autofree char *where = NULL;
  glong length;

  /* At least a byte per character: short values need no counting. */
  if (strlen (value) <= DUAAL_CSV_MAX_VALUE_LENGTH)
    return TRUE;
  length = g_utf8_strlen (value, -1);
  if (length <= DUAAL_CSV_MAX_VALUE_LENGTH)
    return TRUE;
  where = describe_column (reader);
  set_file_error (error, reader->display_name, reader->line,
                  _("%s: the value is too long (%ld characters; at most %u)"),
                  where, length, DUAAL_CSV_MAX_VALUE_LENGTH);
  return FALSE;
}

/* One value up to (not including) the separator or the line end. */
static char *
read_field (Reader  *reader,
            GError **error)
{
  g_autoptr(GString) value = g_string_new (NULL);
  gboolean quoted = FALSE;

  while (!at_value_end (reader))
    {
      char c = *reader->p;

      /* A quote opens a quoted value only at its start (spaces before it
       * are dropped); anywhere else it is an ordinary character. */
      if (c == '"' && is_blank_text (value->str))
        {
          g_string_truncate (value, 0);
          if (!read_quoted (reader, value, error))
            return NULL;
          quoted = TRUE;
          if (!at_value_end (reader))
            {
              set_after_quote_error (reader, value->str, error);
              return NULL;
            }
          break;
        }
      g_string_append_c (value, c);
      reader->p++;
    }

  /* White space around an unquoted value is never meant ("Jonas , Gent");
   * inside quotes the value is kept as written. */
  if (!quoted)
    g_strstrip (value->str);
  if (!check_value_length (reader, value->str, error))
    return NULL;
  return duaal_input_normalize (value->str);
}

/* One record; FALSE with @error set when refused. */
static gboolean
read_record (Reader   *reader,
             Record   *record,
             GError  **error)
{
  record->fields = g_ptr_array_new_with_free_func (g_free);
  record->line = reader->line;

  for (reader->column = 0;; reader->column++)
    {
      char *field = read_field (reader, error);

      if (field == NULL)
        return FALSE;
      g_ptr_array_add (record->fields, field);
      if (reader->p < reader->end && *reader->p == reader->separator)
        {
          reader->p++;
          continue;
        }
      break;
    }

  if (at_line_end (reader))
    skip_line_end (reader);
  return TRUE;
}

static gboolean
is_blank_record (Record *record)
{
  for (guint i = 0; i < record->fields->len; i++)
    if (*(const char *) g_ptr_array_index (record->fields, i) != '\0')
      return FALSE;
  return TRUE;
}

/* The next record with any value in it; FALSE at the end of the file or
 * when refused (see @error). */
static gboolean
read_next_record (Reader   *reader,
                  Record   *record,
                  GError  **error)
{
  while (reader->p < reader->end)
    {
      record_clear (record);
      if (!read_record (reader, record, error))
        return FALSE;
      if (!is_blank_record (record))
        return TRUE;
    }
  return FALSE;
}

/* A Dutch spreadsheet saves "learner;company;trainer": the header line,
 * which has no commas in its names, tells which separator the file uses. */
static char
detect_separator (const char *p,
                  const char *end)
{
  gboolean in_quotes = FALSE;
  guint commas = 0;
  guint semicolons = 0;

  for (; p < end; p++)
    {
      if (*p == '"')
        in_quotes = !in_quotes;
      else if (in_quotes)
        continue;
      else if (*p == '\n' || *p == '\r')
        break;
      else if (*p == ',')
        commas++;
      else if (*p == ';')
        semicolons++;
    }
  return semicolons > commas ? ';' : ',';
}

/* Excel may start a file with the line "sep=;" naming the separator;
 * otherwise the header line tells.  Leaves @reader at the header. */
static char
read_separator (Reader *reader)
{
  gsize left = (gsize) (reader->end - reader->p);

  if (left >= 5 && g_ascii_strncasecmp (reader->p, "sep=", 4) == 0
      && (reader->p[4] == ',' || reader->p[4] == ';')
      && (left == 5 || reader->p[5] == '\n' || reader->p[5] == '\r'))
    {
      char separator = reader->p[4];

      reader->p += 5;
      if (at_line_end (reader))
        skip_line_end (reader);
      return separator;
    }
  return detect_separator (reader->p, reader->end);
}

static guint
count_lines (const char *start,
             const char *position)
{
  guint line = 1;

  for (const char *p = start; p < position; p++)
    if (*p == '\n' || (*p == '\r' && (p + 1 == position || p[1] != '\n')))
      line++;
  return line;
}

/* ---------------------------------------------------------------------- */
/* Building the table                                                      */

G_GNUC_PRINTF (3, 4)
static void
add_warning (DuaalCsv   *self,
             guint       line,
             const char *format,
             ...)
{
  g_autofree char *cause = NULL;
  va_list args;

  va_start (args, format);
  cause = g_strdup_vprintf (format, args);
  va_end (args);

  /* Keep the array NULL-terminated for duaal_csv_get_warnings(). */
  g_ptr_array_remove_index (self->warnings, self->warnings->len - 1);
  g_ptr_array_add (self->warnings, g_strdup_printf ("%s:%u: %s", self->display_name, line, cause));
  g_ptr_array_add (self->warnings, NULL);
}

static gboolean
set_columns (DuaalCsv            *self,
             Record              *header,
             const char * const  *required_columns,
             const char * const  *optional_columns,
             GError             **error)
{
  self->columns = g_new0 (char *, header->fields->len + 1);

  for (guint i = 0; i < header->fields->len; i++)
    {
      char *name = g_utf8_strdown (g_ptr_array_index (header->fields, i), -1);

      self->columns[i] = name;
      /* A trailing separator gives a nameless column: nothing to read. */
      if (*name == '\0')
        continue;
      if (g_hash_table_contains (self->column_index, name))
        {
          set_file_error (error, self->display_name, header->line,
                          _("the column “%s” appears twice in the first line"), name);
          return FALSE;
        }
      g_hash_table_insert (self->column_index, g_strdup (name), GUINT_TO_POINTER (i + 1));
    }

  if (required_columns == NULL)
    return TRUE;

  for (guint i = 0; required_columns[i] != NULL; i++)
    if (!g_hash_table_contains (self->column_index, required_columns[i]))
      {
        g_autofree char *expected = g_strjoinv ((char[]) { self->separator, '\0' },
                                                (GStrv) required_columns);
        set_file_error (error, self->display_name, header->line,
                        _("the column “%s” is missing: the first line must name the columns %s"),
                        required_columns[i], expected);
        return FALSE;
      }

  for (guint i = 0; self->columns[i] != NULL; i++)
    if (*self->columns[i] != '\0' && !g_strv_contains (required_columns, self->columns[i])
        && (optional_columns == NULL || !g_strv_contains (optional_columns, self->columns[i])))
      add_warning (self, header->line, _("the column “%s” is not used and was ignored"),
                   self->columns[i]);
  return TRUE;
}

static gboolean
add_row (DuaalCsv  *self,
         Record    *record,
         GError   **error)
{
  guint n_columns = g_strv_length (self->columns);
  GStrv values;

  /* Values beyond the header are refused, unless empty (some spreadsheets
   * end rows with separators): they would mean a misread row, typically
   * a name with a comma that is not between quotes. */
  for (guint i = n_columns; i < record->fields->len; i++)
    if (*(const char *) g_ptr_array_index (record->fields, i) != '\0')
      {
        set_file_error (error, self->display_name, record->line,
                        _("this row has more values than the first line has columns (%u); "
                          "a value with a “%c” in it must be between quotes"),
                        n_columns, self->separator);
        return FALSE;
      }

  values = g_new0 (char *, n_columns + 1);
  for (guint i = 0; i < n_columns; i++)
    values[i] = g_strdup (i < record->fields->len ? g_ptr_array_index (record->fields, i) : "");
  g_ptr_array_add (self->rows, values);
  g_array_append_val (self->lines, record->line);
  return TRUE;
}

/* Where the text starts, after a UTF-8 byte order mark. */
static const char *
skip_bom (const char *data,
          gsize       size)
{
  if (size >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    return data + 3;
  return data;
}

static gboolean
check_text (const char  *display_name,
            const char  *text,
            const char  *end,
            GError     **error)
{
  const char *invalid;
  const char *control;

  if (!g_utf8_validate_len (text, (gsize) (end - text), &invalid))
    {
      set_file_error (error, display_name, count_lines (text, invalid),
                      _("the file is not UTF-8 text; save it from the spreadsheet as “CSV UTF-8”"));
      return FALSE;
    }
  if (is_blank_span (text, end))
    {
      set_file_error (error, display_name, 1, _("the file is empty"));
      return FALSE;
    }
  /* A quoted value may hold line ends. */
  control = duaal_input_find_control (text, end, TRUE);
  if (control != NULL)
    {
      set_file_error (error, display_name, count_lines (text, control),
                      _("the file contains a control character (U+%04X); only text, separators "
                        "and line ends are allowed"),
                      g_utf8_get_char (control));
      return FALSE;
    }
  return TRUE;
}

DuaalCsv *
duaal_csv_parse (const char          *display_name,
                 GBytes              *bytes,
                 const char * const  *required_columns,
                 GError             **error)
{
  return duaal_csv_parse_full (display_name, bytes, required_columns, NULL, error);
}

DuaalCsv *
duaal_csv_parse_full (const char          *display_name,
                      GBytes              *bytes,
                      const char * const  *required_columns,
                      const char * const  *optional_columns,
                      GError             **error)
{
  g_autoptr(DuaalCsv) self = NULL;
  g_auto(Record) header = { NULL, 0 };
  g_auto(Record) record = { NULL, 0 };
  g_autoptr(GError) local_error = NULL;
  Reader reader = { display_name, NULL, NULL, 1, ',', 0, NULL };
  const char *data;
  gsize size;

  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &size);
  if (size > DUAAL_CSV_MAX_FILE_SIZE)
    {
      set_file_error (error, display_name, 1, _("the file is too large; a CSV file may be at most 16 MiB"));
      return NULL;
    }
  if (size == 0)
    {
      set_file_error (error, display_name, 1, _("the file is empty"));
      return NULL;
    }

  reader.p = skip_bom (data, size);
  reader.end = data + size;
  if (!check_text (display_name, reader.p, reader.end, error))
    return NULL;

  self = g_object_new (DUAAL_TYPE_CSV, NULL);
  self->display_name = g_strdup (display_name);

  while (at_line_end (&reader))
    skip_line_end (&reader);
  self->separator = reader.separator = read_separator (&reader);

  if (!read_next_record (&reader, &header, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        set_file_error (error, display_name, 1, _("the file is empty"));
      return NULL;
    }
  if (!set_columns (self, &header, required_columns, optional_columns, error))
    return NULL;
  reader.header = self->columns;

  while (read_next_record (&reader, &record, &local_error))
    if (!add_row (self, &record, error))
      return NULL;
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return g_steal_pointer (&self);
}

DuaalCsv *
duaal_csv_parse_file (const char          *path,
                      const char * const  *required_columns,
                      GError             **error)
{
  return duaal_csv_parse_file_full (path, required_columns, NULL, error);
}

DuaalCsv *
duaal_csv_parse_file_full (const char          *path,
                           const char * const  *required_columns,
                           const char * const  *optional_columns,
                           GError             **error)
{
  g_autofree char *display_name = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  GStatBuf info;
  gsize length;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  display_name = g_filename_display_name (path);

  /* Size and kind first: a huge file or a pipe is never read. */
  if (g_stat (path, &info) != 0)
    {
      int saved_errno = errno;
      /* A wrong name or a forbidden file is the user's to fix. */
      gboolean bad_input = saved_errno == ENOENT || saved_errno == ENOTDIR
                           || saved_errno == EACCES || saved_errno == ENAMETOOLONG
                           || saved_errno == ELOOP;

      g_autofree char *cause = g_strdup_printf (_("cannot read the file: %s"), g_strerror (saved_errno));

      g_set_error (error, DUAAL_ERROR, bad_input ? DUAAL_ERROR_INVALID_FILE : DUAAL_ERROR_IO,
                   "%s: %s", display_name, cause);
      return NULL;
    }
  if (!S_ISREG (info.st_mode))
    {
      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID_FILE,
                   "%s: %s", display_name, _("this is not a regular file"));
      return NULL;
    }
  if (info.st_size > DUAAL_CSV_MAX_FILE_SIZE)
    {
      set_file_error (error, display_name, 1, _("the file is too large; a CSV file may be at most 16 MiB"));
      return NULL;
    }

  if (!g_file_get_contents (path, &contents, &length, &local_error))
    {
      g_autofree char *cause = g_strdup_printf (_("cannot read the file: %s"), local_error->message);

      g_set_error (error, DUAAL_ERROR, DUAAL_ERROR_IO, "%s: %s", display_name, cause);
      return NULL;
    }
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  return duaal_csv_parse_full (display_name, bytes, required_columns, optional_columns, error);
}

char
duaal_csv_get_separator (DuaalCsv *self)
{
  g_return_val_if_fail (DUAAL_IS_CSV (self), ',');
  return self->separator;
}

const char * const *
duaal_csv_get_columns (DuaalCsv *self)
{
  g_return_val_if_fail (DUAAL_IS_CSV (self), NULL);
  return (const char * const *) self->columns;
}

/* The column's index, or -1 when the header does not have it. */
static int
find_column (DuaalCsv   *self,
             const char *column)
{
  g_autofree char *name = g_utf8_strdown (column, -1);
  gpointer index = g_hash_table_lookup (self->column_index, name);

  return index != NULL ? (int) GPOINTER_TO_UINT (index) - 1 : -1;
}

gboolean
duaal_csv_has_column (DuaalCsv   *self,
                      const char *column)
{
  g_return_val_if_fail (DUAAL_IS_CSV (self), FALSE);
  g_return_val_if_fail (column != NULL, FALSE);
  return find_column (self, column) >= 0;
}

guint
duaal_csv_get_n_rows (DuaalCsv *self)
{
  g_return_val_if_fail (DUAAL_IS_CSV (self), 0);
  return self->rows->len;
}

const char *
duaal_csv_get_value (DuaalCsv   *self,
                     guint       row,
                     const char *column)
{
  int index;

  g_return_val_if_fail (DUAAL_IS_CSV (self), NULL);
  g_return_val_if_fail (row < self->rows->len, NULL);
  g_return_val_if_fail (column != NULL, NULL);

  index = find_column (self, column);
  if (index < 0)
    return NULL;
  return ((GStrv) g_ptr_array_index (self->rows, row))[index];
}

guint
duaal_csv_get_line (DuaalCsv *self,
                    guint     row)
{
  g_return_val_if_fail (DUAAL_IS_CSV (self), 0);
  g_return_val_if_fail (row < self->rows->len, 0);
  return g_array_index (self->lines, guint, row);
}

const char * const *
duaal_csv_get_warnings (DuaalCsv *self)
{
  g_return_val_if_fail (DUAAL_IS_CSV (self), NULL);
  return (const char * const *) self->warnings->pdata;
}

GError *
duaal_csv_new_row_error (DuaalCsv   *self,
                         guint       row,
                         const char *format,
                         ...)
{
  g_autofree char *cause = NULL;
  va_list args;

  g_return_val_if_fail (DUAAL_IS_CSV (self), NULL);
  g_return_val_if_fail (row < self->rows->len, NULL);

  va_start (args, format);
  cause = g_strdup_vprintf (format, args);
  va_end (args);

  return g_error_new (DUAAL_ERROR, DUAAL_ERROR_INVALID_FILE, "%s:%u: %s",
                      self->display_name, duaal_csv_get_line (self, row), cause);
}

/* ---------------------------------------------------------------------- */
/* Writing                                                                 */

static gboolean
needs_quotes (const char *field)
{
  /* Both separators, so that either reading of the file is right. */
  return strpbrk (field, ",;\"\r\n") != NULL
         || g_ascii_isspace (field[0])
         || (field[0] != '\0' && g_ascii_isspace (field[strlen (field) - 1]));
}

static gboolean
at_row_start (GString *out)
{
  /* An unquoted value never holds a line break and a quoted one ends in a
   * quote, so a line break at the end means a new row. */
  return out->len == 0 || out->str[out->len - 1] == '\n';
}

static gboolean
needs_rfc4180_quotes (const char *field)
{
  return strpbrk (field, ",\"\r\n") != NULL;
}

static void
append_field (GString    *out,
              const char *field,
              gboolean  (*needs) (const char *field))
{
  if (field == NULL)
    field = "";

  if (!at_row_start (out))
    g_string_append_c (out, ',');

  /* An empty first value is written "" so that the row start stays
   * recognisable and a one-column row is not a blank line. */
  if (!needs (field) && !(field[0] == '\0' && at_row_start (out)))
    {
      g_string_append (out, field);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = field; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

void
duaal_csv_append_field (GString    *out,
                        const char *field)
{
  g_return_if_fail (out != NULL);
  append_field (out, field, needs_quotes);
}

void
duaal_csv_append_comma_field (GString    *out,
                              const char *field)
{
  g_return_if_fail (out != NULL);
  append_field (out, field, needs_rfc4180_quotes);
}

void
duaal_csv_end_row (GString *out)
{
  g_return_if_fail (out != NULL);
  g_string_append (out, "\r\n");
}

void
duaal_csv_append_row (GString            *out,
                      const char * const *fields)
{
  g_return_if_fail (out != NULL);
  g_return_if_fail (fields != NULL);

  for (guint i = 0; fields[i] != NULL; i++)
    duaal_csv_append_field (out, fields[i]);
  duaal_csv_end_row (out);
}
