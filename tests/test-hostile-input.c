/* test-hostile-input.c: hostile and fuzzer-found files are refused
 * cleanly, never crash
 *
 * Every file under tests/data/fuzz/<parser>/ goes through the parser the
 * fuzz target of that name drives.  Files named bad-* (entity bombs,
 * external entities, XInclude, deep nesting, broken encodings, NUL
 * bytes, unterminated quotes) must be refused with
 * DUAAL_ERROR_INVALID_FILE and a message naming the file; every other
 * file, inputs a fuzzer found (crash-*, see tests/fuzz/README.md)
 * included, must give a result or an error, never both, and a result
 * that can be read through; never a crash, which under
 * `make test-sanitize` includes ASan and UBSan.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "duaal-competence.h"
#include "duaal-csv.h"
#include "duaal-error.h"
#include "duaal-qualification-import-private.h"

static const char * const class_columns[] = { "learner", "company", "trainer", NULL };

static GBytes *
read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

/* A refusal must name the file, so that a coach knows which one. */
static void
assert_refused (const char   *name,
                const GError *error)
{
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID_FILE);
  g_assert_true (g_str_has_prefix (error->message, name));
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_test_message ("%s", error->message);
}

static void
test_qualification_file (gconstpointer data)
{
  const char *path = data;
  g_autofree char *name = g_path_get_basename (path);
  g_autoptr(GBytes) bytes = read_bytes (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalQualification) qualification = NULL;

  qualification = duaal_qualification_import_bytes (name, bytes, &error);
  g_assert_true ((qualification == NULL) != (error == NULL));
  if (g_str_has_prefix (name, "bad-"))
    {
      g_assert_null (qualification);
      assert_refused (name, error);
      return;
    }
  if (qualification == NULL)
    return;

  /* Accepted: every competence and indicator can be read. */
  g_assert_cmpuint (duaal_qualification_get_n_competences (qualification), >, 0);
  for (guint c = 0; c < duaal_qualification_get_n_competences (qualification); c++)
    {
      DuaalCompetence *competence = duaal_qualification_get_competence (qualification, c);

      g_assert_nonnull (duaal_competence_get_id (competence));
      g_assert_cmpuint (duaal_competence_get_n_indicators (competence), >, 0);
    }
}

static void
test_csv_file (gconstpointer data)
{
  const char *path = data;
  g_autofree char *name = g_path_get_basename (path);
  g_autoptr(GBytes) bytes = read_bytes (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalCsv) csv = NULL;
  const char * const *required = class_columns;

  /* A file fuzz-csv found starts with its byte choosing the columns. */
  if (g_str_has_prefix (name, "crash-") && g_bytes_get_size (bytes) > 0)
    {
      static const char * const activity_columns[] = { "company", "competence", NULL };
      const guint8 *data = g_bytes_get_data (bytes, NULL);
      const char * const *by_mode[] = { NULL, class_columns, activity_columns };
      GBytes *rest = g_bytes_new_from_bytes (bytes, 1, g_bytes_get_size (bytes) - 1);

      required = by_mode[data[0] % 3];
      g_bytes_unref (bytes);
      bytes = rest;
    }

  csv = duaal_csv_parse (name, bytes, required, &error);
  g_assert_true ((csv == NULL) != (error == NULL));
  if (g_str_has_prefix (name, "bad-"))
    {
      g_assert_null (csv);
      assert_refused (name, error);
      return;
    }
  if (csv == NULL)
    return;

  /* Accepted: every required value of every row can be read. */
  for (guint row = 0; row < duaal_csv_get_n_rows (csv); row++)
    for (guint c = 0; required != NULL && required[c] != NULL; c++)
      g_assert_nonnull (duaal_csv_get_value (csv, row, required[c]));
}

/* Adds one test per file under tests/data/fuzz/<dir>/. */
static void
add_file_tests (const char    *dir_name,
                GTestDataFunc  func)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "data", "fuzz", dir_name, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GDir *dir = g_dir_open (dir_path, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_dir_close (dir);
  g_assert_cmpuint (names->len, >, 0);

  for (guint i = 0; i < names->len; i++)
    {
      const char *file = g_ptr_array_index (names, i);
      g_autofree char *test_path = g_strdup_printf ("/hostile/%s/%s", dir_name, file);

      g_test_add_data_func_full (test_path, g_build_filename (dir_path, file, NULL), func, g_free);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  add_file_tests ("qualification", test_qualification_file);
  add_file_tests ("csv", test_csv_file);

  return g_test_run ();
}
