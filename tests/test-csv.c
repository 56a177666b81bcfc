/* test-csv.c: the CSV reader and writer (formats/csv.md)
 *
 * Real files under tests/data/csv/: the class list of csv.md as a comma,
 * semicolon and BOM/CRLF file, quoted line breaks; and the refusals, each
 * with its line.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "duaal-csv-private.h"
#include "duaal-csv.h"
#include "duaal-error.h"

static const char * const class_columns[] = { "learner", "company", "trainer", NULL };

static char *
data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "csv", name, NULL);
}

static DuaalCsv *
parse_good (const char *name)
{
  g_autofree char *path = data_path (name);
  g_autoptr(GError) error = NULL;
  DuaalCsv *csv = duaal_csv_parse_file (path, class_columns, &error);

  g_assert_no_error (error);
  g_assert_nonnull (csv);
  return csv;
}

static void
assert_row (DuaalCsv   *csv,
            guint       row,
            guint       line,
            const char *learner,
            const char *company,
            const char *trainer)
{
  g_assert_cmpuint (duaal_csv_get_line (csv, row), ==, line);
  g_assert_cmpstr (duaal_csv_get_value (csv, row, "learner"), ==, learner);
  g_assert_cmpstr (duaal_csv_get_value (csv, row, "company"), ==, company);
  g_assert_cmpstr (duaal_csv_get_value (csv, row, "trainer"), ==, trainer);
}

static void
assert_refused (GError     *error,
                const char *display_name,
                guint       line,
                const char *cause)
{
  g_autofree char *prefix = g_strdup_printf ("%s:%u: ", display_name, line);

  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID_FILE);
  if (!g_str_has_prefix (error->message, prefix) || strstr (error->message, cause) == NULL)
    g_test_fail_printf ("expected “%s…%s…”, got “%s”", prefix, cause, error->message);
}

/* The example of csv.md, as written there. */
static void
test_class_list (void)
{
  g_autoptr(DuaalCsv) csv = parse_good ("class.csv");
  const char * const *columns = duaal_csv_get_columns (csv);

  g_assert_cmpint (duaal_csv_get_separator (csv), ==, ',');
  g_assert_cmpuint (g_strv_length ((GStrv) columns), ==, 3);
  g_assert_cmpstr (columns[1], ==, "company");
  g_assert_cmpuint (duaal_csv_get_n_rows (csv), ==, 2);
  assert_row (csv, 0, 2, "Jonas Peeters", "Elektro De Smet bv", "Karel De Smet");
  assert_row (csv, 1, 3, "Nicolas Van den Broeck", "Installaties Verhaeghe, Gent", "Els Verhaeghe");
  g_assert_cmpuint (g_strv_length ((GStrv) duaal_csv_get_warnings (csv)), ==, 0);
  g_assert_null (duaal_csv_get_value (csv, 0, "remarks"));
  g_assert_true (duaal_csv_has_column (csv, "Trainer"));
  g_assert_false (duaal_csv_has_column (csv, "remarks"));
}

/* What a Dutch spreadsheet saves: semicolons, CRLF, a comma in a value
 * unquoted (no separator there), an empty last value. */
static void
test_semicolon (void)
{
  g_autoptr(DuaalCsv) csv = parse_good ("class-semicolon.csv");

  g_assert_cmpint (duaal_csv_get_separator (csv), ==, ';');
  g_assert_cmpuint (duaal_csv_get_n_rows (csv), ==, 3);
  assert_row (csv, 0, 2, "Jonas Peeters", "Elektro De Smet bv", "Karel De Smet");
  assert_row (csv, 1, 3, "Nicolas Van den Broeck", "Installaties Verhaeghe, Gent", "Els Verhaeghe");
  assert_row (csv, 2, 4, "Lotte Claes", "Elektro; Claes & zoon", "");
}

/* A BOM, header names in any case, an extra column (warned about), a blank
 * line (skipped, but counted for the lines), accented names. */
static void
test_bom (void)
{
  g_autoptr(DuaalCsv) csv = parse_good ("class-bom.csv");
  g_autofree char *path = data_path ("class-bom.csv");
  const char * const *warnings = duaal_csv_get_warnings (csv);
  g_autofree char *expected_warning = g_strdup_printf ("%s:1: the column “opmerking” is not used and was ignored",
                                                       path);

  g_assert_cmpstr (duaal_csv_get_columns (csv)[0], ==, "learner");
  g_assert_cmpuint (duaal_csv_get_n_rows (csv), ==, 2);
  assert_row (csv, 0, 2, "Jonas Peeters", "Elektro De Smet bv", "Karel De Smet");
  assert_row (csv, 1, 4, "Sébastien Dubois", "Électricité Lefèvre", "");
  g_assert_cmpstr (duaal_csv_get_value (csv, 0, "Opmerking"), ==, "eerste jaar");

  g_assert_cmpuint (g_strv_length ((GStrv) warnings), ==, 1);
  g_assert_cmpstr (warnings[0], ==, expected_warning);
}

/* A quoted value over two lines, doubled quotes, white space around
 * values, a row of empty values (skipped). */
static void
test_quoted_line_break (void)
{
  g_autoptr(DuaalCsv) csv = parse_good ("quoted-linebreak.csv");

  g_assert_cmpuint (duaal_csv_get_n_rows (csv), ==, 2);
  assert_row (csv, 0, 2, "Jonas\nPeeters", "Elektro \"De Smet\" bv", "Karel De Smet");
  /* The second row starts on line 4: the first took two lines. */
  assert_row (csv, 1, 4, "Nicolas Van den Broeck", "Installaties Verhaeghe", "Els Verhaeghe");
}

static void
test_header_only (void)
{
  g_autoptr(DuaalCsv) csv = parse_good ("header-only.csv");

  g_assert_cmpuint (duaal_csv_get_n_rows (csv), ==, 0);
}

typedef struct
{
  const char *file;
  guint       line;
  const char *cause;
} BadFile;

static const BadFile bad_files[] = {
  { "empty.csv",              1, "the file is empty" },
  { "missing-column.csv",     1, "the column “company” is missing: the first line must name the columns learner,company,trainer" },
  { "unterminated-quote.csv", 3, "the quoted value that starts on this line has no closing quote" },
  { "invalid-utf8.csv",       3, "the file is not UTF-8 text" },
  { "too-many-values.csv",    3, "this row has more values than the first line has columns (3)" },
  { "duplicate-column.csv",   1, "the column “learner” appears twice" },
};

static void
test_bad_file (gconstpointer data)
{
  const BadFile *bad = data;
  g_autofree char *path = data_path (bad->file);
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalCsv) csv = NULL;

  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  csv = duaal_csv_parse_file (path, class_columns, &error);
  g_assert_null (csv);
  assert_refused (error, path, bad->line, bad->cause);
}

static DuaalCsv *
parse_text (const char  *text,
            GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return duaal_csv_parse ("tekst.csv", bytes, class_columns, error);
}

static void
test_blank_files (void)
{
  const char *blanks[] = { "", "\xEF\xBB\xBF", "\r\n\r\n", "  \n\t\n", ",,\n,,\n", ";;\r\n" };

  for (guint i = 0; i < G_N_ELEMENTS (blanks); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DuaalCsv) csv = parse_text (blanks[i], &error);

      g_assert_null (csv);
      assert_refused (error, "tekst.csv", 1, "the file is empty");
    }
}

/* Small cases of the format, each pinned. */
static void
test_edge_cases (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalCsv) csv = NULL;

  /* No line end at the end of the file; a lone CR as line end; a short
   * row (missing values are empty); trailing empty values. */
  csv = parse_text ("\n\nlearner,company,trainer\rA,B\nC,D,E,,\n\"F\",\"\",\"\"\"\"", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (duaal_csv_get_n_rows (csv), ==, 3);
  assert_row (csv, 0, 4, "A", "B", "");
  assert_row (csv, 1, 5, "C", "D", "E");
  assert_row (csv, 2, 6, "F", "", "\"");
  g_clear_object (&csv);

  /* A quote inside an unquoted value is an ordinary character. */
  csv = parse_text ("learner,company,trainer\nJonas \"Jo\" Peeters,X,Y\n", &error);
  g_assert_no_error (error);
  assert_row (csv, 0, 2, "Jonas \"Jo\" Peeters", "X", "Y");
  g_clear_object (&csv);

  /* The header decides the separator even when values hold the other one. */
  csv = parse_text ("learner;company;trainer\nA,B;C,D;E\n", &error);
  g_assert_no_error (error);
  assert_row (csv, 0, 2, "A,B", "C,D", "E");
  g_clear_object (&csv);

  /* Excel's "sep=" line names the separator and is not the header. */
  csv = parse_text ("sep=;\r\nlearner;company;trainer\r\nA;B,C;D\r\n", &error);
  g_assert_no_error (error);
  g_assert_cmpint (duaal_csv_get_separator (csv), ==, ';');
  assert_row (csv, 0, 3, "A", "B,C", "D");
  g_clear_object (&csv);

  /* An unterminated quote in the header too. */
  csv = parse_text ("learner,\"company,trainer\n", &error);
  g_assert_null (csv);
  assert_refused (error, "tekst.csv", 1, "no closing quote");
  g_clear_error (&error);

  /* A NUL byte is not text. */
  {
    static const char with_nul[] = "learner,company,trainer\nA,B\0,C\n";
    g_autoptr(GBytes) bytes = g_bytes_new (with_nul, sizeof with_nul - 1);

    csv = duaal_csv_parse ("nul.csv", bytes, class_columns, &error);
    g_assert_null (csv);
    assert_refused (error, "nul.csv", 2, "not UTF-8 text");
    g_clear_error (&error);
  }

  /* Without required columns every column is accepted silently. */
  {
    g_autoptr(GBytes) bytes = g_bytes_new_static ("a,b\n1,2\n", 8);

    csv = duaal_csv_parse ("vrij.csv", bytes, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (duaal_csv_get_value (csv, 0, "B"), ==, "2");
    g_assert_cmpuint (g_strv_length ((GStrv) duaal_csv_get_warnings (csv)), ==, 0);
    g_clear_object (&csv);
  }
}

/* A text that must be refused, with the line and (a part of) the cause. */
typedef struct
{
  const char *text;
  guint       line;
  const char *cause;
} RefusedText;

static void
assert_texts_refused (const RefusedText *cases,
                      guint              n_cases)
{
  for (guint i = 0; i < n_cases; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DuaalCsv) csv = parse_text (cases[i].text, &error);

      g_assert_null (csv);
      assert_refused (error, "tekst.csv", cases[i].line, cases[i].cause);
    }
}

/* A quoted value ends at its closing quote: `"Jan" Peeters` is refused,
 * naming line and column, never read as "JanPeeters" (issue 19). */
static void
test_text_after_quote (void)
{
  static const RefusedText cases[] = {
    { "learner,company,trainer\nJonas,X,Y\n\"Jan\" Peeters,X,Y\n", 3,
      "column 1 (“learner”): “ Peeters” follows the closing quote of \"Jan\"; put the whole value between quotes" },
    { "learner;company;trainer\r\nA;\"B\"x;C\r\n", 2,
      "column 2 (“company”): “x” follows the closing quote of \"B\"" },
    { "learner,company,trainer\n\"Jan\nPeeters\"  ,X,Y\n", 3,
      "column 1 (“learner”): spaces follow the closing quote of \"Jan\nPeeters\"" },
    { "\"learner\"s,company,trainer\nA,B,C\n", 1,
      "column 1: “s” follows the closing quote of \"learner\"" },
  };

  assert_texts_refused (cases, G_N_ELEMENTS (cases));
}

/* Control characters refuse the file, naming the line; a line break
 * inside a quoted value is no control character but part of the value. */
static void
test_control_characters (void)
{
  static const RefusedText cases[] = {
    { "learner,company,trainer\nJonas\tPeeters,X,Y\n", 2, "control character (U+0009)" },
    { "learner,company,trainer\nA,B,C\n\"Jan\x1b[1m\",X,Y\n", 3, "control character (U+001B)" },
    { "learner,company,trainer\nA,B\x7f,C\n", 2, "control character (U+007F)" },
    { "learner,company,trainer\nA,\"B\nC\",D\nJan\xc2\x85,X,Y\n", 4, "control character (U+0085)" },
  };

  assert_texts_refused (cases, G_N_ELEMENTS (cases));
}

/* Values (and header names) are stored in NFC. */
static void
test_nfc (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalCsv) csv = parse_text ("learner,company,trainer\n"
                                        "Zoe\xcc\x88 Maes,\"Cafe\xcc\x81, Gent\",Zo\xc3\xab\n", &error);

  g_assert_no_error (error);
  assert_row (csv, 0, 2, "Zo\u00eb Maes", "Caf\u00e9, Gent", "Zo\u00eb");
}

/* Every value has a limit, counted in characters; the limit also keeps
 * normalising cheap for a huge value. */
static void
test_value_length (void)
{
  g_autoptr(GString) text = g_string_new ("learner,company,trainer\nA,\"");
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalCsv) csv = NULL;

  for (guint i = 0; i < DUAAL_CSV_MAX_VALUE_LENGTH; i++)
    g_string_append (text, "\u00e9");
  g_string_append (text, "\",C\n");
  csv = parse_text (text->str, &error);
  g_assert_no_error (error);
  g_clear_object (&csv);

  g_string_truncate (text, text->len - 4);
  for (guint i = 0; i < 2000000; i++)
    g_string_append (text, "e\xcc\x81");
  g_string_append (text, "\",C\n");
  csv = parse_text (text->str, &error);
  g_assert_null (csv);
  assert_refused (error, "tekst.csv", 2,
                  "column 2 (“company”): the value is too long (4001000 characters; at most 1000)");
}

/* A column may be optional: read when present, never warned about. */
static void
test_optional_column (void)
{
  static const char * const required[] = { "learner", "company", NULL };
  static const char * const optional[] = { "trainer", NULL };
  g_autoptr(GBytes) with = g_bytes_new_static ("learner,company,trainer,x\nA,B,C,D\n", 34);
  g_autoptr(GBytes) without = g_bytes_new_static ("learner,company\nA,B\n", 20);
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalCsv) csv = duaal_csv_parse_full ("met.csv", with, required, optional, &error);
  const char * const *warnings;

  g_assert_no_error (error);
  g_assert_cmpstr (duaal_csv_get_value (csv, 0, "trainer"), ==, "C");
  warnings = duaal_csv_get_warnings (csv);
  g_assert_cmpuint (g_strv_length ((GStrv) warnings), ==, 1);
  g_assert_cmpstr (warnings[0], ==, "met.csv:1: the column “x” is not used and was ignored");
  g_clear_object (&csv);

  csv = duaal_csv_parse_full ("zonder.csv", without, required, optional, &error);
  g_assert_no_error (error);
  g_assert_null (duaal_csv_get_value (csv, 0, "trainer"));
}

static void
test_row_error (void)
{
  g_autoptr(DuaalCsv) csv = parse_good ("quoted-linebreak.csv");
  g_autofree char *path = data_path ("quoted-linebreak.csv");
  g_autoptr(GError) error = duaal_csv_new_row_error (csv, 1, "unknown company “%s”",
                                                     duaal_csv_get_value (csv, 1, "company"));

  assert_refused (error, path, 4, "unknown company “Installaties Verhaeghe”");
}

static void
test_too_large (void)
{
  gsize size = DUAAL_CSV_MAX_FILE_SIZE + 1;
  char *data = g_malloc (size);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalCsv) csv = NULL;

  memset (data, 'a', size);
  bytes = g_bytes_new_take (data, size);
  csv = duaal_csv_parse ("groot.csv", bytes, class_columns, &error);
  g_assert_null (csv);
  assert_refused (error, "groot.csv", 1, "too large");
}

static void
test_missing_file (void)
{
  g_autofree char *path = data_path ("does-not-exist.csv");
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalCsv) csv = duaal_csv_parse_file (path, class_columns, &error);

  g_assert_null (csv);
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID_FILE);
  g_assert_true (g_str_has_prefix (error->message, path));
}

static void
test_write (void)
{
  g_autoptr(GString) out = g_string_new (NULL);

  duaal_csv_append_row (out, (const char * const[]) { "learner", "company", "colour", NULL });
  duaal_csv_append_field (out, "Nicolas Van den Broeck");
  duaal_csv_append_field (out, "Installaties Verhaeghe, Gent");
  duaal_csv_append_field (out, "gap");
  duaal_csv_end_row (out);
  duaal_csv_append_row (out, (const char * const[]) { "", "Zeg \"hallo\"", "a;b", NULL });
  duaal_csv_append_row (out, (const char * const[]) { "twee\nregels", " spatie", "", NULL });

  g_assert_cmpstr (out->str, ==,
                   "learner,company,colour\r\n"
                   "Nicolas Van den Broeck,\"Installaties Verhaeghe, Gent\",gap\r\n"
                   "\"\",\"Zeg \"\"hallo\"\"\",\"a;b\"\r\n"
                   "\"twee\nregels\",\" spatie\",\r\n");
}

/* The comma-only writer quotes for a comma, a quote or a line break and
 * nothing else: "A; B" and outer spaces stay as they are. */
static void
test_write_comma (void)
{
  g_autoptr(GString) out = g_string_new (NULL);

  duaal_csv_append_comma_field (out, "");
  duaal_csv_append_comma_field (out, "A; B");
  duaal_csv_append_comma_field (out, " spatie ");
  duaal_csv_append_comma_field (out, "Verhaeghe, Gent");
  duaal_csv_append_comma_field (out, "Zeg \"hallo\"");
  duaal_csv_append_comma_field (out, "");
  duaal_csv_end_row (out);
  duaal_csv_append_comma_field (out, "twee\nregels");
  duaal_csv_end_row (out);

  g_assert_cmpstr (out->str, ==,
                   "\"\",A; B, spatie ,\"Verhaeghe, Gent\",\"Zeg \"\"hallo\"\"\",\r\n"
                   "\"twee\nregels\"\r\n");
}

/* What the writer writes, the reader reads back unchanged. */
static void
test_round_trip (void)
{
  static const char * const values[][3] = {
    { "Jonas Peeters", "Elektro De Smet bv", "Karel De Smet" },
    { "Zoë \"Zo\" Van Acker", "Installaties Verhaeghe, Gent", "" },
    { "a;b", "regel 1\nregel 2", "  binnen quotes  " },
    { "", "x", "," },
  };
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalCsv) csv = NULL;

  duaal_csv_append_row (out, class_columns);
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    duaal_csv_append_row (out, (const char * const[]) { values[i][0], values[i][1], values[i][2], NULL });

  bytes = g_string_free_to_bytes (g_steal_pointer (&out));
  csv = duaal_csv_parse ("terug.csv", bytes, class_columns, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (duaal_csv_get_n_rows (csv), ==, G_N_ELEMENTS (values));
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    for (guint j = 0; j < 3; j++)
      g_assert_cmpstr (duaal_csv_get_value (csv, i, class_columns[j]), ==, values[i][j]);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/good/class-list", test_class_list);
  g_test_add_func ("/csv/good/semicolon", test_semicolon);
  g_test_add_func ("/csv/good/bom", test_bom);
  g_test_add_func ("/csv/good/quoted-line-break", test_quoted_line_break);
  g_test_add_func ("/csv/good/header-only", test_header_only);
  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      g_autofree char *name = g_strdup_printf ("/csv/bad/%s", bad_files[i].file);
      g_test_add_data_func (name, &bad_files[i], test_bad_file);
    }
  g_test_add_func ("/csv/blank-files", test_blank_files);
  g_test_add_func ("/csv/edge-cases", test_edge_cases);
  g_test_add_func ("/csv/text-after-quote", test_text_after_quote);
  g_test_add_func ("/csv/control-characters", test_control_characters);
  g_test_add_func ("/csv/nfc", test_nfc);
  g_test_add_func ("/csv/value-length", test_value_length);
  g_test_add_func ("/csv/optional-column", test_optional_column);
  g_test_add_func ("/csv/row-error", test_row_error);
  g_test_add_func ("/csv/too-large", test_too_large);
  g_test_add_func ("/csv/missing-file", test_missing_file);
  g_test_add_func ("/csv/write", test_write);
  g_test_add_func ("/csv/write-comma", test_write_comma);
  g_test_add_func ("/csv/round-trip", test_round_trip);

  return g_test_run ();
}
