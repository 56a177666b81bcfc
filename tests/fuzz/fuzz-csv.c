/* fuzz-csv.c: libFuzzer target for the CSV reader (class lists, company
 * activity lists)
 *
 * The first byte picks the required columns (none, a class list's, an
 * activity list's); the rest is the file.  Whatever the bytes: a table or
 * an error, never both; every value and line of an accepted table can be
 * read; and writing the table out with the CSV writer and reading it
 * back gives the same columns and values (what an export followed by an
 * import does).  Build and run: `make fuzz` (tests/fuzz/README.md).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "duaal-csv-private.h"
#include "duaal-error.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static const char * const class_columns[] = { "learner", "company", "trainer", NULL };
static const char * const activity_columns[] = { "company", "competence", NULL };

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  return 0;
}

static void
check_readable (DuaalCsv *csv)
{
  const char * const *columns = duaal_csv_get_columns (csv);
  const char * const *warnings = duaal_csv_get_warnings (csv);
  guint previous_line = 1;

  if (columns == NULL || warnings == NULL || columns[0] == NULL)
    abort ();
  for (guint i = 0; warnings[i] != NULL; i++)
    if (!g_utf8_validate (warnings[i], -1, NULL))
      abort ();
  for (guint row = 0; row < duaal_csv_get_n_rows (csv); row++)
    {
      guint line = duaal_csv_get_line (csv, row);

      if (line <= previous_line)
        abort ();
      previous_line = line;
      for (guint c = 0; columns[c] != NULL; c++)
        {
          const char *value;

          /* A trailing separator in the header makes a nameless column,
           * listed but not readable (duaal-csv.c). */
          if (*columns[c] == '\0')
            continue;
          value = duaal_csv_get_value (csv, row, columns[c]);
          if (value == NULL || !g_utf8_validate (value, -1, NULL))
            abort ();
        }
    }
}

/* Whether a header name is one a spreadsheet could write: no control
 * characters and no U+FEFF, which a reader takes for a byte order mark
 * at the start of a file. */
static gboolean
is_plain_name (const char *name)
{
  for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (c < 0x20 || c == 0x7f || c == 0xfeff)
        return FALSE;
    }
  return TRUE;
}

/* Writes the table out and reads it back: the same columns and values. */
static void
check_round_trip (DuaalCsv           *csv,
                  const char * const *required)
{
  const char * const *columns = duaal_csv_get_columns (csv);
  guint n_columns = g_strv_length ((char **) columns);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalCsv) again = NULL;
  g_autofree const char **fields = g_new0 (const char *, n_columns + 1);

  for (guint c = 0; c < n_columns; c++)
    if (!is_plain_name (columns[c]))
      return;
  duaal_csv_append_row (out, columns);
  for (guint row = 0; row < duaal_csv_get_n_rows (csv); row++)
    {
      for (guint c = 0; c < n_columns; c++)
        fields[c] = *columns[c] != '\0' ? duaal_csv_get_value (csv, row, columns[c]) : "";
      duaal_csv_append_row (out, fields);
    }

  bytes = g_string_free_to_bytes (g_steal_pointer (&out));
  again = duaal_csv_parse ("again.csv", bytes, required, &error);
  if (again == NULL)
    {
      g_printerr ("written table refused: %s\n", error->message);
      abort ();
    }
  if (!g_strv_equal ((const char * const *) duaal_csv_get_columns (again), columns))
    abort ();
  if (duaal_csv_get_n_rows (again) != duaal_csv_get_n_rows (csv))
    {
      /* Rows with only empty values may count as blank lines once written. */
      for (guint row = 0; row < duaal_csv_get_n_rows (csv); row++)
        {
          gboolean blank = TRUE;
          for (guint c = 0; c < n_columns; c++)
            blank &= *columns[c] == '\0' || *duaal_csv_get_value (csv, row, columns[c]) == '\0';
          if (blank)
            return;
        }
      abort ();
    }
  for (guint row = 0; row < duaal_csv_get_n_rows (csv); row++)
    for (guint c = 0; c < n_columns; c++)
      if (*columns[c] != '\0'
          && g_strcmp0 (duaal_csv_get_value (csv, row, columns[c]),
                     duaal_csv_get_value (again, row, columns[c])) != 0)
        abort ();
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  const char * const *required = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalCsv) csv = NULL;

  if (size > 0)
    {
      switch (data[0] % 3)
        {
        case 1: required = class_columns; break;
        case 2: required = activity_columns; break;
        default: break;
        }
      data++;
      size--;
    }
  bytes = g_bytes_new (data, size);
  csv = duaal_csv_parse ("fuzz.csv", bytes, required, &error);
  if ((csv == NULL) == (error == NULL))
    abort ();
  if (csv == NULL)
    {
      if (error->domain != DUAAL_ERROR || !g_utf8_validate (error->message, -1, NULL))
        abort ();
      return 0;
    }
  check_readable (csv);
  check_round_trip (csv, required);
  return 0;
}
