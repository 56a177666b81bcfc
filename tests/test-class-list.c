/* test-class-list.c: the one class-list reader (docs/formats/csv.md) and
 * the name rules (duaal-input.h)
 *
 * The same files go through duaal-cli import-class and through the core
 * functions the application calls (duaal_class_list_read_file() and
 * duaal_class_list_import()), each into its own new database: both accept
 * or both refuse with the same message, and the databases hold the same
 * learners, companies and trainers.  Names are stored in NFC (a composed
 * and a decomposed "Zoë Maes" are one learner), and names of control or
 * invisible characters only are refused, from a file and when typed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <glib/gstdio.h>

#include "db-dump.h"
#include "duaal-class-list.h"
#include "duaal-error.h"
#include "duaal-input.h"
#include "duaal-learner.h"
#include "duaal-qualification-import-private.h"
#include "duaal-sqlite-store.h"

#define ZOE_COMPOSED "Zo\u00eb Maes"

typedef struct
{
  char   *dir;
  guint   n_databases;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("duaal-class-list-XXXXXX", &error);
  g_assert_no_error (error);
}

/* The databases and whatever the store kept beside them (backups). */
static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          remove_tree (child);
        }
    }
  g_assert_cmpint (g_remove (path), ==, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  remove_tree (f->dir);
  g_free (f->dir);
}

static char *
csv_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "csv", name, NULL);
}

/* A new database with the demo qualification and one class group; the
 * group's id in @group_id.  The store is closed again. */
static char *
new_database (Fixture *f,
              gint64  *group_id)
{
  g_autofree char *name = g_strdup_printf ("%u.db", ++f->n_databases);
  char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalSqliteStore) store = duaal_sqlite_store_open (path, &error);
  g_autoptr(DuaalQualification) demo = duaal_qualification_import_demo (&error);

  g_assert_no_error (error);
  g_assert_true (duaal_store_import_qualification (DUAAL_STORE (store), demo, NULL, &error));
  g_assert_no_error (error);
  *group_id = duaal_store_add_group (DUAAL_STORE (store), "Klas 5A", "BK-0138", 1, &error);
  g_assert_no_error (error);
  return path;
}

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The learners of the group, one "name|company|trainer" line each,
 * sorted: what two databases must agree on. */
static char *
list_learners (const char *path,
               gint64      group_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalSqliteStore) store = duaal_sqlite_store_open (path, &error);
  g_autoptr(GPtrArray) learners = NULL;
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);

  g_assert_no_error (error);
  learners = duaal_store_list_learners (DUAAL_STORE (store), group_id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < learners->len; i++)
    {
      DuaalLearner *learner = g_ptr_array_index (learners, i);

      const char *trainer = duaal_learner_get_trainer_name (learner);

      g_ptr_array_add (lines, g_strdup_printf ("%s|%s|%s", duaal_learner_get_name (learner),
                                               duaal_learner_get_company_name (learner),
                                               trainer != NULL ? trainer : "-"));
    }
  g_ptr_array_sort (lines, compare_lines);
  g_ptr_array_add (lines, NULL);
  return g_strjoinv ("\n", (char **) lines->pdata);
}

/* What the application does with a class list file. */
static gboolean
import_as_application (const char              *db_path,
                       gint64                    group_id,
                       const char               *file,
                       DuaalClassImportResult   *result,
                       GError                  **error)
{
  g_autoptr(DuaalSqliteStore) store = duaal_sqlite_store_open (db_path, NULL);
  g_autoptr(DuaalClassList) class_list = duaal_class_list_read_file (file, error);

  g_assert_nonnull (store);
  return class_list != NULL && duaal_class_list_import (class_list, DUAAL_STORE (store), group_id, result, error);
}

typedef struct
{
  int   status;
  char *out;
  char *err;
} CliRun;

static void
cli_run_clear (CliRun *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CliRun, cli_run_clear)

/* duaal-cli --db @db_path @command @group_id @argument [@option @value] */
static void
run_cli (const char *db_path,
         const char *command,
         gint64      group_id,
         const char *argument,
         const char *option,
         const char *value,
         CliRun     *run)
{
  g_autofree char *cli = g_build_filename (g_getenv ("DUAAL_BUILD_ROOT"), "src", "cli", "duaal-cli", NULL);
  g_autofree char *group = g_strdup_printf ("%" G_GINT64_FORMAT, group_id);
  const char *argv[] = { cli, "--db", db_path, command, group, argument, option, value, NULL };
  g_autoptr(GError) error = NULL;
  int wait_status;

  g_assert_nonnull (g_getenv ("DUAAL_BUILD_ROOT"));
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  run->status = 0;
  if (!g_spawn_check_wait_status (wait_status, &error))
    {
      g_assert_error (error, G_SPAWN_EXIT_ERROR, error->code);
      run->status = error->code;
    }
}

/* Good and refused class lists, each through both paths. */
static const char * const compared_files[] = {
  "class.csv", "class-bom.csv", "class-semicolon.csv", "class-no-trainer.csv", "class-nfc.csv",
  "quoted-linebreak.csv", "header-only.csv",
  "class-stray-quote.csv", "class-invisible-name.csv", "class-control.csv", "class-long-name.csv",
  "missing-column.csv", "unterminated-quote.csv", "invalid-utf8.csv", "too-many-values.csv",
  "duplicate-column.csv", "empty.csv",
  NULL,
};

static void
test_cli_and_application_agree (Fixture       *f,
                                gconstpointer  data)
{
  for (guint i = 0; compared_files[i] != NULL; i++)
    {
      g_autofree char *file = csv_path (compared_files[i]);
      gint64 cli_group, app_group;
      g_autofree char *cli_db = new_database (f, &cli_group);
      g_autofree char *app_db = new_database (f, &app_group);
      g_autofree char *cli_learners = NULL;
      g_autofree char *app_learners = NULL;
      g_autoptr(GError) error = NULL;
      g_auto(CliRun) run = { 0 };
      DuaalClassImportResult result = { 0 };
      gboolean imported;

      g_test_message ("%s", compared_files[i]);
      run_cli (cli_db, "import-class", cli_group, file, NULL, NULL, &run);
      imported = import_as_application (app_db, app_group, file, &result, &error);

      if (imported)
        {
          g_autofree char *counts = g_strdup_printf ("{\"learners\":%u,\"companies\":%u}",
                                                     result.learners_added, result.companies_added);

          g_assert_cmpint (run.status, ==, 0);
          g_assert_nonnull (strstr (run.out, counts));
        }
      else
        {
          /* The same refusal, the file named with its line. */
          g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID_FILE);
          g_assert_true (g_str_has_prefix (error->message, file));
          g_assert_cmpint (run.status, ==, 2);
          g_assert_nonnull (strstr (run.err, error->message));
        }

      cli_learners = list_learners (cli_db, cli_group);
      app_learners = list_learners (app_db, app_group);
      g_assert_cmpstr (cli_learners, ==, app_learners);
    }
}

/* A composed and a decomposed "Zoë Maes" (and company, and trainer) are
 * one learner at one company; white space inside a name is folded. */
static void
test_nfc_one_learner (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 group_id;
  g_autofree char *db = new_database (f, &group_id);
  g_autofree char *file = csv_path ("class-nfc.csv");
  g_autofree char *learners = NULL;
  DuaalClassImportResult result = { 0 };

  g_assert_true (import_as_application (db, group_id, file, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.learners_added, ==, 2);
  g_assert_cmpuint (result.learners_present, ==, 1);
  g_assert_cmpuint (result.companies_added, ==, 1);
  g_assert_cmpuint (result.companies_present, ==, 0);

  learners = list_learners (db, group_id);
  g_assert_cmpstr (learners, ==,
                   "No\u00e9mie Dubois|\u00c9lectricit\u00e9 Lef\u00e8vre|-\n"
                   ZOE_COMPOSED "|\u00c9lectricit\u00e9 Lef\u00e8vre|Andr\u00e9 Lef\u00e8vre");

  /* Typed decomposed (the CLI's add-learner, the application's dialog):
   * stored composed, white space folded. */
  {
    g_autoptr(DuaalSqliteStore) store = duaal_sqlite_store_open (db, &error);
    g_autoptr(GPtrArray) all = NULL;
    gint64 id;

    id = duaal_store_add_learner (DUAAL_STORE (store), group_id, "  Lie\u0300s  Peeters\n", 0, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpint (id, >, 0);
    all = duaal_store_list_learners (DUAAL_STORE (store), group_id, &error);
    g_assert_no_error (error);
    for (guint i = 0; i < all->len; i++)
      if (duaal_learner_get_id (g_ptr_array_index (all, i)) == id)
        g_assert_cmpstr (duaal_learner_get_name (g_ptr_array_index (all, i)), ==, "Li\u00e8s Peeters");
  }
  /* The same file again: every row, composed or not, is present. */
  g_assert_true (import_as_application (db, group_id, file, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.learners_added, ==, 0);
  g_assert_cmpuint (result.learners_present, ==, 3);

  /* duaal-cli add-learner with a decomposed name, then the class list
   * with it composed: one learner. */
  {
    g_autoptr(DuaalSqliteStore) store = duaal_sqlite_store_open (db, &error);
    gint64 company = duaal_store_add_company (DUAAL_STORE (store), "Elektro De Smet bv", NULL, &error);
    g_autofree char *company_id = g_strdup_printf ("%" G_GINT64_FORMAT, company);
    g_autofree char *dir = g_path_get_dirname (db);
    g_autofree char *list = g_build_filename (dir, "ines.csv", NULL);
    g_auto(CliRun) run = { 0 };

    g_assert_no_error (error);
    g_clear_object (&store);
    run_cli (db, "add-learner", group_id, "Ine\u0300s Claes", "--company", company_id, &run);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_true (g_file_set_contents (list, "learner,company\nIn\u00e8s Claes,Elektro De Smet bv\n", -1, NULL));
    g_assert_true (import_as_application (db, group_id, list, &result, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (result.learners_added, ==, 0);
    g_assert_cmpuint (result.learners_present, ==, 1);
    g_assert_cmpuint (result.companies_present, ==, 1);
  }
}

typedef struct
{
  const char *file;
  guint       line;
  const char *cause;
} BadList;

static const BadList bad_lists[] = {
  { "class-stray-quote.csv",    3, "column 1 (“learner”): “ Peeters” follows the closing quote of \"Jan\"" },
  { "class-invisible-name.csv", 3, "A learner needs a name." },
  { "class-control.csv",        2, "control character (U+0009)" },
  { "class-long-name.csv",      2, "The learner’s name is too long (201 characters; at most 200)." },
};

/* Refused with file, line and cause; the database as it was. */
static void
test_refused_lists (Fixture       *f,
                    gconstpointer  data)
{
  gint64 group_id;
  g_autofree char *db = new_database (f, &group_id);
  g_autofree char *good = csv_path ("class.csv");
  g_autofree char *before = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (import_as_application (db, group_id, good, NULL, &error));
  before = db_dump (db);

  for (guint i = 0; i < G_N_ELEMENTS (bad_lists); i++)
    {
      g_autofree char *file = csv_path (bad_lists[i].file);
      g_autofree char *prefix = g_strdup_printf ("%s:%u: ", file, bad_lists[i].line);
      g_autofree char *after = NULL;

      g_assert_false (import_as_application (db, group_id, file, NULL, &error));
      g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID_FILE);
      if (!g_str_has_prefix (error->message, prefix) || strstr (error->message, bad_lists[i].cause) == NULL)
        g_test_fail_printf ("expected “%s…%s…”, got “%s”", prefix, bad_lists[i].cause, error->message);
      g_clear_error (&error);

      after = db_dump (db);
      g_assert_cmpstr (after, ==, before);
    }
}

/* The same rules for names typed in the application or given to
 * duaal-cli: both go through the store. */
static void
test_typed_names (Fixture       *f,
                  gconstpointer  data)
{
  static const struct {
    const char *name;
    const char *message;
  } refused[] = {
    { "\u200b",               "A learner needs a name." },
    { " \u00a0\u2060\ufeff ", "A learner needs a name." },
    { "\u3164",               "A learner needs a name." },
    { "Jan\x01Peeters",       "The learner’s name contains a control character (U+0001); only visible text is allowed." },
    { "Jan\nPeeters",         "The learner’s name contains a control character (U+000A); only visible text is allowed." },
    { "Jan\xc2\x85" "Peeters",     "The learner’s name contains a control character (U+0085); only visible text is allowed." },
  };
  gint64 group_id;
  g_autofree char *db = new_database (f, &group_id);
  g_autoptr(DuaalSqliteStore) store = duaal_sqlite_store_open (db, NULL);
  g_autoptr(GString) long_name = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_assert_cmpint (duaal_store_add_learner (DUAAL_STORE (store), group_id, refused[i].name, 0, NULL, &error),
                       ==, 0);
      g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, refused[i].message);
      g_clear_error (&error);
    }

  for (guint i = 0; i < DUAAL_INPUT_MAX_NAME; i++)
    g_string_append (long_name, "\u00e9");
  g_assert_cmpint (duaal_store_add_learner (DUAAL_STORE (store), group_id, long_name->str, 0, NULL, &error), >, 0);
  g_assert_no_error (error);
  g_string_append_c (long_name, 'x');
  g_assert_cmpint (duaal_store_add_company (DUAAL_STORE (store), long_name->str, NULL, &error), ==, 0);
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "The company name is too long (201 characters; at most 200).");
  g_clear_error (&error);

  /* Invisible characters inside a visible name are kept; at its ends
   * they are trimmed, as white space is. */
  g_assert_cmpint (duaal_store_add_group (DUAAL_STORE (store), "\ufeffKlas\u00a0\u00a05B\u200b", "BK-0138", 1,
                                          &error), >, 0);
  g_assert_no_error (error);
  {
    g_autofree char *clean = duaal_input_clean_name ("\ufeffKlas\u00a0\u00a05B\u200b", DUAAL_NAME_GROUP, &error);
    g_assert_cmpstr (clean, ==, "Klas 5B");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/class-list/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("cli-and-application-agree", test_cli_and_application_agree);
  ADD ("nfc-one-learner", test_nfc_one_learner);
  ADD ("refused-lists", test_refused_lists);
  ADD ("typed-names", test_typed_names);
#undef ADD

  return g_test_run ();
}
