/* test-export-files.c: how exports write their files (issue 19 items 7
 * and 8, issue 20 item 1)
 *
 * A replaced file keeps its mode; no temporary file stays behind after an
 * export that worked, failed or was abandoned, and the one a killed
 * export leaves is removed by the next export into that folder (while a
 * temporary file another export is still writing is left alone).  CSV
 * exports start with a byte order mark and neutralise every cell a
 * spreadsheet would run as a formula; XLSX exports are real workbooks
 * written the same safe way (their cells are read back with openpyxl in
 * test-cli-exports.sh).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "duaal-csv-private.h"
#include "duaal-csv.h"
#include "duaal-error.h"
#include "duaal-file.h"
#include "duaal-overview.h"
#include "duaal-session-planner.h"
#include "duaal-table.h"
#include "duaal-xlsx.h"

typedef struct {
  char *dir;
  char *path;   /* dir/export.csv, not created */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("duaal-export-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "export.csv", NULL);
}

/* The tests make files and empty folders only. */
static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (f->dir, name, NULL);
      if (g_rmdir (child) != 0)
        g_unlink (child);
    }
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

/* How many Duaal temporary files (".duaal-export-XXXXXX") are in
 * @directory. */
static guint
count_temp_files (const char *directory)
{
  g_autoptr(GDir) dir = g_dir_open (directory, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, DUAAL_FILE_TEMP_PREFIX) && strlen (name) == strlen (DUAAL_FILE_TEMP_PREFIX) + 6)
      n++;
  return n;
}

static guint
mode_of (const char *path)
{
  struct stat st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 07777;
}

static void
write_file (const char *path,
            const char *contents,
            guint       mode)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, contents, -1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (path, mode), ==, 0);
}

static void
assert_contents (const char *path,
                 const char *expected)
{
  g_autofree char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, expected);
}

static void
replace (const char *path,
         const char *contents)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (duaal_file_replace_contents (path, contents, strlen (contents), &error));
  g_assert_no_error (error);
}

/* ---- replacing ------------------------------------------------------ */

static void
test_new_file (Fixture       *f,
               gconstpointer  data)
{
  mode_t old_umask = umask (022);

  replace (f->path, "new");
  umask (old_umask);
  assert_contents (f->path, "new");
  g_assert_cmpuint (mode_of (f->path), ==, 0644);
  g_assert_cmpuint (count_temp_files (f->dir), ==, 0);
}

static void
test_keeps_mode (Fixture       *f,
                 gconstpointer  data)
{
  /* Wider than the umask allows, so only an explicit chmod gives it. */
  mode_t old_umask = umask (077);
  g_autofree char *shared = g_build_filename (f->dir, "shared.csv", NULL);

  write_file (f->path, "old", 0600);
  replace (f->path, "new");
  assert_contents (f->path, "new");
  g_assert_cmpuint (mode_of (f->path), ==, 0600);

  write_file (shared, "old", 0664);
  replace (shared, "new");
  umask (old_umask);
  g_assert_cmpuint (mode_of (shared), ==, 0664);
  g_assert_cmpuint (count_temp_files (f->dir), ==, 0);
}

static void
test_symlink (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *link = g_build_filename (f->dir, "link.csv", NULL);
  struct stat st;

  write_file (f->path, "old", 0600);
  g_assert_cmpint (symlink (f->path, link), ==, 0);
  replace (link, "new");

  assert_contents (f->path, "new");
  g_assert_cmpint (g_lstat (link, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  g_assert_cmpuint (mode_of (f->path), ==, 0600);
}

static void
test_failures_leave_nothing (Fixture       *f,
                             gconstpointer  data)
{
  g_autofree char *folder = g_build_filename (f->dir, "folder.csv", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "missing", "export.csv", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_false (duaal_file_replace_contents (folder, "x", 1, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR);
  g_clear_error (&error);

  g_assert_false (duaal_file_replace_contents (missing, "x", 1, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_assert_cmpstr (error->message, ==, "the folder does not exist");
  g_clear_error (&error);

  g_assert_cmpuint (count_temp_files (f->dir), ==, 0);
}

/* A write that fails half-way (here: the file size limit, as a full disk
 * would) leaves the old file and no temporary one. */
static void
test_write_failure (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *big = g_malloc0 (64 * 1024);
  g_autoptr(GError) error = NULL;
  struct rlimit saved, limited;
  void (*saved_handler) (int);
  gboolean ok;

  write_file (f->path, "old", 0600);
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  limited = saved;
  limited.rlim_cur = 4096;
  saved_handler = signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limited), ==, 0);
  ok = duaal_file_replace_contents (f->path, big, 64 * 1024, &error);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  signal (SIGXFSZ, saved_handler);

  g_assert_false (ok);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED);
  assert_contents (f->path, "old");
  g_assert_cmpuint (count_temp_files (f->dir), ==, 0);
}

static void
test_abandoned (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  DuaalFileReplacement *replacement;

  write_file (f->path, "old", 0600);
  replacement = duaal_file_replacement_new (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (duaal_file_replacement_write (replacement, "half", 4, &error));
  g_assert_cmpuint (count_temp_files (f->dir), ==, 1);
  duaal_file_replacement_free (replacement);

  assert_contents (f->path, "old");
  g_assert_cmpuint (count_temp_files (f->dir), ==, 0);
}

/* ---- stale temporary files ------------------------------------------ */

/* A child starts an export and is killed half-way, as a user's kill -9
 * or a power cut would: its temporary file stays.  The next export into
 * the folder removes it. */
static void
test_killed_export (Fixture       *f,
                    gconstpointer  data)
{
  int status;
  pid_t pid;

  write_file (f->path, "old", 0600);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      DuaalFileReplacement *replacement = duaal_file_replacement_new (f->path, NULL);

      if (replacement != NULL)
        duaal_file_replacement_write (replacement, "half", 4, NULL);
      raise (SIGKILL);
      _exit (0);
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFSIGNALED (status));
  g_assert_cmpuint (count_temp_files (f->dir), ==, 1);
  assert_contents (f->path, "old");

  replace (f->path, "new");
  assert_contents (f->path, "new");
  g_assert_cmpuint (count_temp_files (f->dir), ==, 0);

  /* Also when the next export goes to another file of the folder. */
  write_file (f->path, "old", 0600);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      duaal_file_replacement_new (f->path, NULL);
      raise (SIGKILL);
      _exit (0);
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_cmpuint (count_temp_files (f->dir), ==, 1);
  g_assert_cmpuint (duaal_file_remove_stale (f->dir), ==, 1);
  g_assert_cmpuint (count_temp_files (f->dir), ==, 0);
}

/* An export being written (its temporary file locked) is never taken for
 * a killed one. */
static void
test_running_export_kept (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *other = g_build_filename (f->dir, "other.csv", NULL);
  g_autoptr(DuaalFileReplacement) running = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *leftover = g_build_filename (f->dir, DUAAL_FILE_TEMP_PREFIX "abc123", NULL);
  g_autofree char *unrelated = g_build_filename (f->dir, ".duaal-export-notes.txt", NULL);

  running = duaal_file_replacement_new (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (duaal_file_replacement_write (running, "running", 7, &error));
  /* A leftover of a killed run, and a file that only looks alike. */
  write_file (leftover, "stale", 0600);
  write_file (unrelated, "keep", 0600);

  replace (other, "other");
  g_assert_false (g_file_test (leftover, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (unrelated, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (duaal_file_replacement_get_temp_path (running), G_FILE_TEST_EXISTS));

  g_assert_true (duaal_file_replacement_commit (running, &error));
  g_assert_no_error (error);
  assert_contents (f->path, "running");
  g_assert_cmpuint (count_temp_files (f->dir), ==, 0);
}

/* ---- CSV ------------------------------------------------------------ */

static void
test_csv_neutralised (void)
{
  g_autoptr(DuaalTable) table = duaal_table_new ("Test");
  g_autofree char *csv = NULL;
  static const char expected[] =
    DUAAL_CSV_BOM "name,'=phone,count\r\n"
    "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Klik\"\")\",'+31 6 1234,3\r\n"
    "'-x,'@x,0\r\n"
    "'\tx,\"'\rx\",12\r\n"
    "Jan-Piet,a=b,\r\n";

  duaal_table_add_column (table, "name");
  duaal_table_add_column (table, "=phone");
  duaal_table_add_column (table, "count");
  duaal_table_add_text (table, "=HYPERLINK(\"http://evil.example\",\"Klik\")");
  duaal_table_add_text (table, "+31 6 1234");
  duaal_table_add_number (table, 3);
  duaal_table_add_text (table, "-x");
  duaal_table_add_text (table, "@x");
  duaal_table_add_number (table, 0);
  duaal_table_add_text (table, "\tx");
  duaal_table_add_text (table, "\rx");
  duaal_table_add_number (table, 12);
  duaal_table_add_text (table, "Jan-Piet");
  duaal_table_add_text (table, "a=b");
  duaal_table_add_text (table, NULL);

  g_assert_cmpuint (duaal_table_get_n_rows (table), ==, 4);
  csv = duaal_table_to_csv (table);
  g_assert_cmpstr (csv, ==, expected);
}

static const DuaalOverviewCompetence hostile_competences[] = {
  { "c01", "-Meet de spanning" },
  { "c02", "@risico" },
};
static const DuaalOverviewLearner hostile_learners[] = {
  { 1, "=HYPERLINK(\"http://evil.example\",\"Klik hier\")", "+32 9 123 45 67" },
  { 2, "-x", "@x" },
  { 3, "Zoë Maes", NULL },
};
static const gboolean hostile_planned[] = { 1, 0, 0, 1, 1, 1 };

static DuaalOverview *
make_hostile_overview (void)
{
  return duaal_overview_new (hostile_competences, G_N_ELEMENTS (hostile_competences),
                             hostile_learners, G_N_ELEMENTS (hostile_learners),
                             hostile_planned, NULL);
}

static gboolean
runs_as_formula (const char *cell)
{
  return cell[0] != '\0' && strchr ("=+-@\t\r", cell[0]) != NULL;
}

/* The overview of a class whose names look like formulas: read back as a
 * spreadsheet reads it, no cell starts a formula, and every name is
 * there behind its quote. */
static void
test_overview_csv_hostile (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(DuaalOverview) overview = make_hostile_overview ();
  g_autoptr(DuaalCsv) csv = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *bytes = NULL;
  const char * const *columns;

  g_assert_true (duaal_overview_write_csv (overview, DUAAL_OVERVIEW_PLANNED, f->path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (f->path, &bytes, NULL, NULL));
  g_assert_true (g_str_has_prefix (bytes, DUAAL_CSV_BOM "competence,"));
  g_assert_nonnull (strstr (bytes, "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Klik hier\"\") (+32 9 123 45 67)\""));
  g_assert_nonnull (strstr (bytes, ",'-x (@x),"));
  g_assert_nonnull (strstr (bytes, ",'-Meet de spanning,"));
  g_assert_nonnull (strstr (bytes, ",'@risico,"));

  csv = duaal_csv_parse_file (f->path, NULL, &error);
  g_assert_no_error (error);
  columns = duaal_csv_get_columns (csv);
  g_assert_cmpuint (g_strv_length ((char **) columns), ==, 4 + G_N_ELEMENTS (hostile_learners));
  for (guint c = 0; columns[c] != NULL; c++)
    {
      g_assert_false (runs_as_formula (columns[c]));
      for (guint r = 0; r < duaal_csv_get_n_rows (csv); r++)
        g_assert_false (runs_as_formula (duaal_csv_get_value (csv, r, columns[c])));
    }
  g_assert_cmpstr (duaal_csv_get_value (csv, 0, "title"), ==, "'-Meet de spanning");
  g_assert_cmpstr (duaal_csv_get_value (csv, 0, "status"), ==, "mixed");
}

/* ---- XLSX ----------------------------------------------------------- */

static void
test_xlsx_written_safely (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(DuaalOverview) overview = make_hostile_overview ();
  g_autofree char *path = g_build_filename (f->dir, "overview.xlsx", NULL);
  g_autofree char *folder = g_build_filename (f->dir, "folder.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *bytes = NULL;
  gsize length;

  write_file (path, "old", 0600);
  g_assert_true (duaal_overview_write_xlsx (overview, DUAAL_OVERVIEW_ACTUAL, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &bytes, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_cmpmem (bytes, 4, "PK\x03\x04", 4);   /* a zip archive */
  g_assert_cmpuint (mode_of (path), ==, 0600);

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_false (duaal_overview_write_xlsx (overview, DUAAL_OVERVIEW_ACTUAL, folder, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "folder.xlsx"));
  g_assert_cmpuint (count_temp_files (f->dir), ==, 0);
}

/* A workbook abandoned half-way (here: a text no cell can hold) leaves
 * the file it was to replace as it was. */
static void
test_xlsx_refused_cell (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(DuaalTable) table = duaal_table_new ("Too long");
  g_autofree char *path = g_build_filename (f->dir, "long.xlsx", NULL);
  g_autofree char *text = g_strnfill (40000, 'x');
  g_autoptr(GError) error = NULL;

  duaal_table_add_column (table, "text");
  duaal_table_add_text (table, text);
  write_file (path, "old", 0600);

  g_assert_false (duaal_xlsx_write_table (table, path, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID);
  assert_contents (path, "old");
  g_assert_cmpuint (count_temp_files (f->dir), ==, 0);
}

/* The output of @script run by a Python that has openpyxl (the
 * system's, python3-openpyxl), or NULL when there is none. */
static char *
run_openpyxl (const char *script,
              const char *path)
{
  static const char * const pythons[] = { "python3", "/usr/bin/python3" };

  for (guint i = 0; i < G_N_ELEMENTS (pythons); i++)
    {
      const char *argv[] = { pythons[i], "-c", script, path, NULL };
      g_autofree char *out = NULL;
      int status = 0;

      if (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                        NULL, NULL, &out, NULL, &status, NULL)
          && g_spawn_check_wait_status (status, NULL))
        return g_steal_pointer (&out);
    }
  return NULL;
}

/* Several tables in one workbook (as the score sheets have a tab per
 * learner): names Excel would refuse are made valid and unique. */
static void
test_xlsx_sheets (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "sheets.xlsx", NULL);
  g_autoptr(DuaalXlsxWriter) writer = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *names = NULL;
  const char *table_names[] = {
    "Jonas: plan [1/2]?", "Jonas: plan [1/2]?", "'Een naam die langer is dan eenendertig tekens'",
  };

  writer = duaal_xlsx_writer_new (path, "Sheets", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (table_names); i++)
    {
      g_autoptr(DuaalTable) table = duaal_table_new (table_names[i]);

      duaal_table_add_column (table, "id");
      duaal_table_add_text (table, "c01");
      g_assert_nonnull (duaal_xlsx_writer_add_table (writer, table, &error));
      g_assert_no_error (error);
    }
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (duaal_xlsx_writer_finish (writer, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_temp_files (f->dir), ==, 0);

  names = run_openpyxl ("import sys, openpyxl\n"
                        "wb = openpyxl.load_workbook(sys.argv[1])\n"
                        "print(wb.properties.title)\n"
                        "for ws in wb.worksheets: print(ws.title, ws['A2'].value, ws.freeze_panes)\n",
                        path);
  if (names == NULL)
    {
      g_test_skip ("python3-openpyxl is not installed");
      return;
    }
  g_assert_cmpstr (names, ==,
                   "Sheets\n"
                   "Jonas- plan -1-2-- c01 A2\n"
                   "Jonas- plan -1-2-- (2) c01 A2\n"
                   "Een naam die langer is dan een c01 A2\n");
}

static void
test_xlsx_column_widths (void)
{
  g_autoptr(DuaalTable) table = duaal_table_new ("Widths");
  g_autofree char *long_text = g_strnfill (200, 'y');

  duaal_table_add_column (table, "id");
  duaal_table_add_column (table, "Nicolas Van den Broeck (Installaties Verhaeghe, Gent)");
  duaal_table_add_column (table, "title");
  duaal_table_add_text (table, "c01");
  duaal_table_add_text (table, "planned");
  duaal_table_add_text (table, long_text);

  /* The narrowest column still shows a short id. */
  g_assert_cmpfloat (duaal_xlsx_get_column_width (table, 0), ==, 4 + 2);
  /* A long header wraps over at most three lines, never inside a word. */
  g_assert_cmpfloat (duaal_xlsx_get_column_width (table, 1), ==, 20 + 2);
  /* A long text is capped and wraps. */
  g_assert_cmpfloat (duaal_xlsx_get_column_width (table, 2), ==, DUAAL_XLSX_MAX_COLUMN_WIDTH + 2);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/export/file/new", test_new_file);
  ADD ("/export/file/keeps-mode", test_keeps_mode);
  ADD ("/export/file/symlink", test_symlink);
  ADD ("/export/file/failures-leave-nothing", test_failures_leave_nothing);
  ADD ("/export/file/write-failure", test_write_failure);
  ADD ("/export/file/abandoned", test_abandoned);
  ADD ("/export/file/killed", test_killed_export);
  ADD ("/export/file/running-kept", test_running_export_kept);
  g_test_add_func ("/export/csv/neutralised", test_csv_neutralised);
  ADD ("/export/csv/overview-hostile", test_overview_csv_hostile);
  ADD ("/export/xlsx/written-safely", test_xlsx_written_safely);
  ADD ("/export/xlsx/refused-cell", test_xlsx_refused_cell);
  ADD ("/export/xlsx/sheets", test_xlsx_sheets);
  g_test_add_func ("/export/xlsx/column-widths", test_xlsx_column_widths);
#undef ADD

  return g_test_run ();
}
