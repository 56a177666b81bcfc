/* test-full-disk.c: a full disk or a read-only database gives a clear
 * error and keeps every acknowledged score
 *
 * A full disk is simulated with PRAGMA max_page_count on the store's own
 * connection (the limit is per connection, hence the private accessor):
 * the database cannot grow past its current size, exactly what SQLite
 * reports when the disk is full (SQLITE_FULL).  A read-only database is
 * a file of mode 0400; root ignores file modes, so as root the test runs
 * in a child that first becomes the unprivileged user "nobody".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "duaal-score-change-private.h"
#include "duaal-competence.h"
#include "duaal-error.h"
#include "duaal-indicator.h"
#include "duaal-sqlite-store-private.h"

#define NOBODY 65534

typedef struct {
  char             *dir;
  char             *db_path;
  DuaalSqliteStore *store;
  gint64            learner;
  GPtrArray        *acknowledged;  /* (element-type utf8) comments, all on c01.01 by the teacher */
} Fixture;

static DuaalQualification *
make_qualification (const char *code,
                    guint       n_competences,
                    guint       n_indicators)
{
  GPtrArray *competences = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint c = 1; c <= n_competences; c++)
    {
      GPtrArray *indicators = g_ptr_array_new_with_free_func (g_object_unref);
      g_autofree char *id = g_strdup_printf ("c%02u", c);
      g_autofree char *title = g_strdup_printf ("Competentie %u", c);

      for (guint i = 1; i <= n_indicators; i++)
        {
          g_autofree char *indicator_id = g_strdup_printf ("c%02u.%02u", c, i);
          g_autofree char *text = g_strdup_printf ("Indicator %u van competentie %u, "
                                                   "met tekst genoeg om pagina's te vullen", i, c);
          g_ptr_array_add (indicators, duaal_indicator_new (indicator_id, text));
        }
      g_ptr_array_add (competences, duaal_competence_new (id, c, title, NULL, NULL, indicators, NULL));
    }
  return duaal_qualification_new (code, 1, "Elektrotechnicus", NULL, NULL, 0, NULL, competences);
}

/* A store with one qualification, group, company and learner. */
static void
make_class (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalQualification) q = make_qualification ("FULL", 4, 5);
  DuaalStore *store;
  DuaalImportStatus status;
  gint64 group, company;

  f->dir = g_dir_make_tmp ("duaal-full-XXXXXX", &error);
  g_assert_no_error (error);
  f->db_path = g_build_filename (f->dir, "duaal.db", NULL);
  f->store = duaal_sqlite_store_open (f->db_path, &error);
  g_assert_no_error (error);
  store = DUAAL_STORE (f->store);

  g_assert_true (duaal_store_import_qualification (store, q, &status, &error));
  g_assert_no_error (error);
  group = duaal_store_add_group (store, "Klas 5", "FULL", 0, &error);
  g_assert_no_error (error);
  company = duaal_store_add_company (store, "Elektro De Smet bv", NULL, &error);
  g_assert_no_error (error);
  f->learner = duaal_store_add_learner (store, group, "Jonas Peeters", company, NULL, &error);
  g_assert_no_error (error);
  f->acknowledged = g_ptr_array_new_with_free_func (g_free);
}

static void
remove_tree (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    {
      g_unlink (path);
      return;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      remove_tree (child);
    }
  g_dir_close (dir);
  g_rmdir (path);
}

static void
free_class (Fixture *f)
{
  g_clear_object (&f->store);
  if (f->dir != NULL)
    remove_tree (f->dir);
  g_clear_pointer (&f->acknowledged, g_ptr_array_unref);
  g_free (f->db_path);
  g_free (f->dir);
}

/* One score with a long comment, so that a few dozen fill a page. */
static gboolean
try_score (Fixture     *f,
           const char  *tag,
           guint        n,
           GError     **error)
{
  g_autofree char *padding = g_strnfill (1500, 'x');
  g_autofree char *comment = g_strdup_printf ("%s %u %s", tag, n, padding);
  DuaalScoreChange change = duaal_score_change_whole (DUAAL_MASTERY_LIL, DUAAL_COVERAGE_S, comment);

  if (duaal_store_record_change (DUAAL_STORE (f->store), f->learner, "c01.01", DUAAL_ACTOR_TEACHER,
                                 &change, NULL, error) <= 0)
    return FALSE;
  g_ptr_array_add (f->acknowledged, g_steal_pointer (&comment));
  return TRUE;
}

static void
assert_acknowledged_kept (Fixture    *f,
                          DuaalStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) history = duaal_store_score_history (store, f->learner, "c01.01", &error);
  g_autoptr(GHashTable) logged = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_no_error (error);
  for (guint i = 0; i < history->len; i++)
    g_hash_table_add (logged, (gpointer) duaal_score_get_comment (g_ptr_array_index (history, i)));
  for (guint i = 0; i < f->acknowledged->len; i++)
    g_assert_true (g_hash_table_contains (logged, g_ptr_array_index (f->acknowledged, i)));
}

static char *
integrity_check (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *result;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  result = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return result;
}

static void
set_max_page_count (Fixture *f,
                    gint64   pages)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA max_page_count = %" G_GINT64_FORMAT, pages);

  g_assert_cmpint (sqlite3_exec (duaal_sqlite_store_get_db (f->store), sql, NULL, NULL, NULL), ==, SQLITE_OK);
}

/* The database may not grow: scores go on being saved while free pages
 * last, then every write fails with DUAAL_ERROR_FULL, nothing saved is
 * lost, a big import leaves no trace, and once space is back (the limit
 * lifted) the same store writes again. */
static void
test_full (void)
{
  Fixture f = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalQualification) big = make_qualification ("BIG", 40, 10);
  g_autoptr(DuaalQualification) found = NULL;
  g_autofree char *integrity = NULL;
  DuaalImportStatus status;
  guint n;

  make_class (&f);
  for (n = 0; n < 10; n++)
    g_assert_true (try_score (&f, "before", n, NULL));

  set_max_page_count (&f, 1);  /* raised by SQLite to the current size */
  for (n = 0; n < 10000 && try_score (&f, "filling", n, &error); n++)
    ;
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_FULL);
  g_test_message ("full after %u more scores: %s", n, error->message);
  g_assert_nonnull (strstr (error->message, "full"));
  g_clear_error (&error);

  /* Still full, still clear, never half done. */
  g_assert_false (try_score (&f, "still full", 0, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_FULL);
  g_clear_error (&error);
  g_assert_false (duaal_store_import_qualification (DUAAL_STORE (f.store), big, &status, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_FULL);
  g_clear_error (&error);
  found = duaal_store_get_qualification (DUAAL_STORE (f.store), "BIG", 0, &error);
  g_assert_null (found);
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND);
  g_clear_error (&error);

  assert_acknowledged_kept (&f, DUAAL_STORE (f.store));
  integrity = integrity_check (f.db_path);
  g_assert_cmpstr (integrity, ==, "ok");

  /* Space again: the same store goes on. */
  set_max_page_count (&f, G_GINT64_CONSTANT (1073741823));
  g_assert_true (try_score (&f, "after", 0, &error));
  g_assert_no_error (error);
  g_assert_true (duaal_store_import_qualification (DUAAL_STORE (f.store), big, &status, &error));
  g_assert_no_error (error);

  /* And everything is there for the next program that opens the file. */
  g_clear_object (&f.store);
  {
    g_autoptr(DuaalSqliteStore) reopened = duaal_sqlite_store_open (f.db_path, &error);
    g_assert_no_error (error);
    assert_acknowledged_kept (&f, DUAAL_STORE (reopened));
  }
  free_class (&f);
}

/* Runs in a child: as root, first as "nobody", for whom mode 0400 means
 * what it says. */
static void
read_only_child (void)
{
  Fixture f = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalStatus) status = NULL;

  if (geteuid () == 0)
    {
      g_assert_cmpint (setgid (NOBODY), ==, 0);
      g_assert_cmpint (setuid (NOBODY), ==, 0);
    }

  make_class (&f);
  for (guint n = 0; n < 5; n++)
    g_assert_true (try_score (&f, "before", n, NULL));
  g_clear_object (&f.store);
  g_assert_cmpint (g_chmod (f.db_path, 0400), ==, 0);
  g_assert_cmpint (access (f.db_path, W_OK), !=, 0);

  /* Reading still works: a coach can look, export and copy. */
  f.store = duaal_sqlite_store_open (f.db_path, &error);
  g_assert_no_error (error);
  status = duaal_store_load_learner_status (DUAAL_STORE (f.store), f.learner, 0, &error);
  g_assert_no_error (error);
  g_assert_nonnull (status);
  assert_acknowledged_kept (&f, DUAAL_STORE (f.store));

  /* Writing says why it cannot, and changes nothing. */
  g_assert_false (try_score (&f, "refused", 0, &error));
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_READ_ONLY);
  g_test_message ("read-only: %s", error->message);
  g_assert_nonnull (strstr (error->message, "read"));
  g_clear_error (&error);
  g_assert_cmpint (duaal_store_add_company (DUAAL_STORE (f.store), "Nieuw bedrijf", NULL, &error), ==, 0);
  g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_READ_ONLY);
  g_clear_error (&error);
  assert_acknowledged_kept (&f, DUAAL_STORE (f.store));

  g_clear_object (&f.store);
  g_chmod (f.db_path, 0600);
  g_print ("read-only checked\n");
  free_class (&f);
}

/* Whether a child can become "nobody" (not in every container) and
 * then still make its temporary directory. */
static gboolean
can_drop_root (void)
{
  int status = 0;
  pid_t pid = fork ();

  if (pid == 0)
    _exit (setgid (NOBODY) == 0 && setuid (NOBODY) == 0
           && access (g_get_tmp_dir (), W_OK | X_OK) == 0 ? 0 : 1);
  g_assert_cmpint (pid, >, 0);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  return WIFEXITED (status) && WEXITSTATUS (status) == 0;
}

static void
test_read_only (void)
{
  if (g_test_subprocess ())
    {
      read_only_child ();
      return;
    }
  if (geteuid () == 0 && !can_drop_root ())
    {
      g_test_skip ("cannot become an unprivileged user with a writable temporary "
                   "directory here, and root may write a 0400 file");
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("*read-only checked*");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/full-disk/max-page-count", test_full);
  g_test_add_func ("/full-disk/read-only-file", test_read_only);

  return g_test_run ();
}
