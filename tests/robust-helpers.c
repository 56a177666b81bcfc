/* robust-helpers.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdarg.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "robust-helpers.h"

#define DEFAULT_SEED 20261123u

void
robust_run_clear (RobustRun *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

gboolean
robust_run_acknowledged (const RobustRun *run)
{
  return !run->killed && run->exit_code == 0;
}

static char *
cli_path (void)
{
  const char *build_root = g_getenv ("DUAAL_BUILD_ROOT");

  g_assert_nonnull (build_root);
  return g_build_filename (build_root, "src", "cli", "duaal-cli", NULL);
}

static int
open_capture (const char *path)
{
  int fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);

  g_assert_cmpint (fd, >=, 0);
  return fd;
}

static char *
read_capture (const char *path)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

/* Waits for pid, killing it at kill_at (0: never); returns the status. */
static int
wait_or_kill (GPid      pid,
              gint64    kill_at,
              gboolean *killed)
{
  int status = 0;

  *killed = FALSE;
  if (kill_at == 0)
    {
      while (waitpid (pid, &status, 0) < 0)
        g_assert_cmpint (errno, ==, EINTR);
      return status;
    }
  for (;;)
    {
      pid_t done = waitpid (pid, &status, WNOHANG);

      g_assert_cmpint (done, >=, 0);
      if (done == pid)
        return status;
      if (g_get_monotonic_time () >= kill_at)
        break;
      g_usleep (200);
    }
  kill (pid, SIGKILL);
  while (waitpid (pid, &status, 0) < 0)
    g_assert_cmpint (errno, ==, EINTR);
  /* It may have finished just before the signal: then it was not killed. */
  *killed = WIFSIGNALED (status);
  return status;
}

void
robust_run_cli (const char         *db_path,
                const char * const *args,
                gint64              kill_at,
                const char         *scratch_dir,
                RobustRun          *run)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *out_path = g_build_filename (scratch_dir, "stdout", NULL);
  g_autofree char *err_path = g_build_filename (scratch_dir, "stderr", NULL);
  g_autoptr(GError) error = NULL;
  int out_fd = open_capture (out_path);
  int err_fd = open_capture (err_path);
  GPid pid = 0;
  int status;

  g_ptr_array_add (argv, cli_path ());
  g_ptr_array_add (argv, g_strdup ("--db"));
  g_ptr_array_add (argv, g_strdup (db_path));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, g_strdup (args[i]));
  g_ptr_array_add (argv, NULL);

  g_spawn_async_with_fds (NULL, (char **) argv->pdata, NULL,
                          G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid,
                          -1, out_fd, err_fd, &error);
  g_assert_no_error (error);
  close (out_fd);
  close (err_fd);

  status = wait_or_kill (pid, kill_at, &run->killed);
  g_spawn_close_pid (pid);
  run->exit_code = WIFEXITED (status) ? WEXITSTATUS (status) : -1;
  run->out = read_capture (out_path);
  run->err = read_capture (err_path);
}

char *
robust_cli_ok (const char *db_path,
               const char *scratch_dir,
               ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_auto(RobustRun) run = { 0 };
  const char *arg;
  va_list ap;

  va_start (ap, scratch_dir);
  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  robust_run_cli (db_path, (const char * const *) args->pdata, 0, scratch_dir, &run);
  if (run.exit_code != 0)
    g_error ("duaal-cli %s failed (%d): %s", (const char *) args->pdata[0], run.exit_code, run.err);
  return g_steal_pointer (&run.out);
}

gint64
robust_json_int (const char *json,
                 const char *key)
{
  g_autofree char *quoted = g_strdup_printf ("\"%s\"", key);
  const char *p = strstr (json, quoted);

  if (p == NULL)
    return 0;
  p += strlen (quoted);
  while (*p == ' ' || *p == ':')
    p++;
  return g_ascii_strtoll (p, NULL, 10);
}

char *
robust_indicator_id (guint competence,
                     guint indicator)
{
  return g_strdup_printf ("c%04u.%02u", competence, indicator);
}

char *
robust_qualification_xml (const char *code,
                          guint       n_competences,
                          guint       n_indicators)
{
  GString *xml = g_string_new (NULL);

  g_string_append_printf (xml,
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<qualification xmlns=\"https://example.org/ns/duaal/qualification/1\"\n"
    "               code=\"%s\" version=\"1\" xml:lang=\"nl\">\n"
    "  <title>Robuustheidstest %s</title>\n", code, code);
  for (guint c = 1; c <= n_competences; c++)
    {
      g_string_append_printf (xml,
        "  <competence id=\"c%04u\" number=\"%u\">\n"
        "    <title>Competentie %u die veel tekst draagt om het bestand groot te maken</title>\n",
        c, c, c);
      for (guint i = 1; i <= n_indicators; i++)
        g_string_append_printf (xml,
          "    <indicator id=\"c%04u.%02u\">Indicator %u van competentie %u: voert het werk "
          "veilig en volgens de plannen uit</indicator>\n", c, i, i, c);
      g_string_append (xml, "  </competence>\n");
    }
  g_string_append (xml, "</qualification>\n");
  return g_string_free (xml, FALSE);
}

char *
robust_make_tmp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("duaal-robust-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

void
robust_remove_tree (const char *path)
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
      robust_remove_tree (child);
    }
  g_dir_close (dir);
  g_rmdir (path);
}

char *
robust_integrity_check (const char *db_path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  GString *result = g_string_new (NULL);
  int rc;

  g_assert_cmpint (sqlite3_open_v2 (db_path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 10000);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==, SQLITE_OK);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      if (result->len > 0)
        g_string_append_c (result, '\n');
      g_string_append (result, (const char *) sqlite3_column_text (stmt, 0));
    }
  if (rc != SQLITE_DONE)
    g_string_append_printf (result, "error: %s", sqlite3_errmsg (db));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return g_string_free (result, FALSE);
}

guint32
robust_seed (void)
{
  const char *text = g_getenv ("DUAAL_TEST_SEED");
  guint32 seed = text != NULL ? (guint32) g_ascii_strtoull (text, NULL, 10) : DEFAULT_SEED;

  g_test_message ("seed %u (set DUAAL_TEST_SEED to replay another)", seed);
  return seed;
}

void
robust_fixture_set_up (RobustFixture *f,
                       gconstpointer  n_learners)
{
  guint n = GPOINTER_TO_UINT (n_learners);

  g_assert_cmpuint (n, <=, ROBUST_MAX_LEARNERS);
  f->dir = robust_make_tmp_dir ();
  f->db_path = g_build_filename (f->dir, "duaal.db", NULL);
  robust_setup_class (f->dir, f->db_path, n, f->learners);
}

void
robust_fixture_tear_down (RobustFixture *f,
                          gconstpointer  n_learners)
{
  robust_remove_tree (f->dir);
  g_free (f->db_path);
  g_free (f->dir);
}

void
robust_score_free (gpointer data)
{
  RobustScore *score = data;

  g_free (score->indicator);
  g_free (score->comment);
  g_free (score);
}

void
robust_run_score (const char        *db_path,
                  const RobustScore *score,
                  gint64             kill_at,
                  const char        *scratch_dir,
                  RobustRun         *run)
{
  g_autofree char *learner = g_strdup_printf ("%" G_GINT64_FORMAT, score->learner);
  const char *args[] = {
    "score", learner, score->indicator,
    "--actor", duaal_actor_to_string (score->actor),
    "--mastery", duaal_mastery_to_string (score->mastery),
    "--coverage", duaal_coverage_to_string (score->coverage),
    "--comment", score->comment,
    NULL
  };

  robust_run_cli (db_path, args, kill_at, scratch_dir, run);
}

gboolean
robust_score_is_stored (DuaalStore        *store,
                        const RobustScore *sent)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) history = duaal_store_score_history (store, sent->learner, sent->indicator, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < history->len; i++)
    {
      DuaalScore *score = g_ptr_array_index (history, i);

      if (duaal_score_get_actor (score) == sent->actor
          && g_strcmp0 (duaal_score_get_comment (score), sent->comment) == 0
          && duaal_score_get_mastery (score) == sent->mastery
          && duaal_score_get_coverage (score) == sent->coverage)
        return TRUE;
    }
  return FALSE;
}

void
robust_write_file (const char *path,
                   const char *contents)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

void
robust_setup_class (const char *dir,
                    const char *db_path,
                    guint       n_learners,
                    gint64     *learners)
{
  g_autofree char *xml = robust_qualification_xml ("ROB", ROBUST_COMPETENCES, ROBUST_INDICATORS);
  g_autofree char *xml_path = g_build_filename (dir, "rob.xml", NULL);
  g_autofree char *out = NULL;
  g_autofree char *group = NULL;
  g_autofree char *company = NULL;

  robust_write_file (xml_path, xml);
  g_free (robust_cli_ok (db_path, dir, "import-qualification", xml_path, NULL));
  out = robust_cli_ok (db_path, dir, "add-group", "Klas 5", "--qualification", "ROB", NULL);
  group = g_strdup_printf ("%" G_GINT64_FORMAT, robust_json_int (out, "id"));
  g_clear_pointer (&out, g_free);
  out = robust_cli_ok (db_path, dir, "add-company", "Elektro De Smet bv", NULL);
  company = g_strdup_printf ("%" G_GINT64_FORMAT, robust_json_int (out, "id"));
  g_clear_pointer (&out, g_free);

  for (guint i = 0; i < n_learners; i++)
    {
      g_autofree char *name = g_strdup_printf ("Leerling %u", i + 1);
      out = robust_cli_ok (db_path, dir, "add-learner", group, name, "--company", company, NULL);
      learners[i] = robust_json_int (out, "id");
      g_assert_cmpint (learners[i], >, 0);
      g_clear_pointer (&out, g_free);
    }
}
