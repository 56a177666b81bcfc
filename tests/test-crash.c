/* test-crash.c: SIGKILL at random moments loses no acknowledged score
 * and never leaves half an import
 *
 * duaal-cli runs score commands back to back and is killed with SIGKILL
 * at a random moment (seeded, see robust_seed()), forty times.  A
 * command that exited 0 told its user "saved": its score must be in the
 * log afterwards, whatever happened to the commands after it.  A killed
 * command may or may not have committed; either is fine, a torn database
 * is not (PRAGMA integrity_check).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <sys/stat.h>

#include "duaal-error.h"
#include "duaal-sqlite-store.h"
#include "robust-helpers.h"

#define N_LEARNERS       3
#define N_KILLS          40
#define MAX_WINDOW_US    250000   /* a kill comes within 250 ms */

#define BIG_COMPETENCES  1500
#define BIG_INDICATORS   6
#define N_IMPORT_KILLS   10

typedef struct {
  char   *dir;
  char   *db_path;
  gint64  learners[N_LEARNERS];
} Fixture;

typedef struct {
  gint64        learner;
  char         *indicator;
  DuaalActor    actor;
  DuaalMastery  mastery;
  DuaalCoverage coverage;
  char         *comment;
} Sent;

static void
sent_free (gpointer data)
{
  Sent *sent = data;

  g_free (sent->indicator);
  g_free (sent->comment);
  g_free (sent);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = robust_make_tmp_dir ();
  f->db_path = g_build_filename (f->dir, "duaal.db", NULL);
  robust_setup_class (f->dir, f->db_path, N_LEARNERS, f->learners);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  robust_remove_tree (f->dir);
  g_free (f->db_path);
  g_free (f->dir);
}

static Sent *
random_score (Fixture    *f,
              GRand      *rand,
              const char *comment)
{
  Sent *sent = g_new0 (Sent, 1);

  sent->learner = f->learners[g_rand_int_range (rand, 0, N_LEARNERS)];
  sent->indicator = robust_indicator_id (g_rand_int_range (rand, 1, ROBUST_COMPETENCES + 1),
                                         g_rand_int_range (rand, 1, ROBUST_INDICATORS + 1));
  sent->actor = g_rand_int_range (rand, DUAAL_ACTOR_LEARNER, DUAAL_ACTOR_TRAINER + 1);
  sent->mastery = g_rand_int_range (rand, DUAAL_MASTERY_X, DUAAL_MASTERY_V + 1);
  sent->coverage = g_rand_int_range (rand, DUAAL_COVERAGE_N, DUAAL_COVERAGE_R + 1);
  sent->comment = g_strdup (comment);
  return sent;
}

static void
run_score (Fixture    *f,
           const Sent *sent,
           gint64      kill_at,
           RobustRun  *run)
{
  g_autofree char *learner = g_strdup_printf ("%" G_GINT64_FORMAT, sent->learner);
  const char *args[] = {
    "score", learner, sent->indicator,
    "--actor", duaal_actor_to_string (sent->actor),
    "--mastery", duaal_mastery_to_string (sent->mastery),
    "--coverage", duaal_coverage_to_string (sent->coverage),
    "--comment", sent->comment,
    NULL
  };

  robust_run_cli (f->db_path, args, kill_at, f->dir, run);
}

static void
assert_all_stored (const char *db_path,
                   GPtrArray  *acknowledged)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalSqliteStore) store = duaal_sqlite_store_open (db_path, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < acknowledged->len; i++)
    {
      Sent *sent = g_ptr_array_index (acknowledged, i);

      if (!robust_history_has (DUAAL_STORE (store), sent->learner, sent->indicator, sent->actor,
                               sent->mastery, sent->coverage, sent->comment))
        g_error ("acknowledged score %s (learner %" G_GINT64_FORMAT ", %s) is lost",
                 sent->comment, sent->learner, sent->indicator);
    }
}

/* The database and the WAL and index SQLite keeps beside it (left
 * behind by a killed process) are for their owner only. */
static void
assert_private (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      GStatBuf st;

      if (i > 0 && !g_file_test (file, G_FILE_TEST_EXISTS))
        continue;
      g_assert_cmpint (g_stat (file, &st), ==, 0);
      if ((st.st_mode & 0077) != 0)
        g_error ("%s has mode %o: others may read learners' records", file, st.st_mode & 0777);
    }
}

static void
test_kill_scores (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (robust_seed ());
  g_autoptr(GPtrArray) acknowledged = g_ptr_array_new_with_free_func (sent_free);
  g_autofree char *integrity = NULL;
  guint killed = 0;

  for (guint k = 0; k < N_KILLS; k++)
    {
      gint64 kill_at = g_get_monotonic_time () + g_rand_int_range (rand, 1000, MAX_WINDOW_US);

      for (guint n = 0;; n++)
        {
          g_autofree char *comment = g_strdup_printf ("kill %u, command %u", k, n);
          Sent *sent = random_score (f, rand, comment);
          g_auto(RobustRun) run = { 0 };

          run_score (f, sent, kill_at, &run);
          if (run.killed)
            {
              killed++;
              sent_free (sent);
              break;
            }
          if (run.exit_code != 0)
            g_error ("score failed without being killed (%d): %s", run.exit_code, run.err);
          g_ptr_array_add (acknowledged, sent);
        }
    }
  g_test_message ("%u scores acknowledged, %u commands killed", acknowledged->len, killed);
  g_assert_cmpuint (killed, ==, N_KILLS);
  g_assert_cmpuint (acknowledged->len, >, 0);
  assert_private (f->db_path);

  integrity = robust_integrity_check (f->db_path);
  g_assert_cmpstr (integrity, ==, "ok");
  assert_all_stored (f->db_path, acknowledged);
}

/* Either the whole qualification is there, or nothing of it. */
static gboolean
import_is_whole (DuaalStore *store,
                 const char *code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalQualification) q = duaal_store_get_qualification (store, code, 0, &error);

  if (q == NULL)
    {
      g_assert_error (error, DUAAL_ERROR, DUAAL_ERROR_NOT_FOUND);
      return FALSE;
    }
  g_assert_cmpuint (duaal_qualification_get_n_competences (q), ==, BIG_COMPETENCES);
  g_assert_cmpuint (duaal_qualification_get_n_indicators (q), ==, BIG_COMPETENCES * BIG_INDICATORS);
  return TRUE;
}

static void
test_kill_import (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (robust_seed () + 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalSqliteStore) store = NULL;
  g_autofree char *integrity = NULL;
  gboolean acknowledged[N_IMPORT_KILLS + 1] = { FALSE };
  gint64 duration = 0;
  guint killed = 0;
  guint present = 0;

  /* One import without a kill tells how long an import takes here. */
  for (guint k = 0; k <= N_IMPORT_KILLS; k++)
    {
      g_autofree char *code = g_strdup_printf ("BIG-%u", k);
      g_autofree char *xml = robust_qualification_xml (code, BIG_COMPETENCES, BIG_INDICATORS);
      g_autofree char *path = g_build_filename (f->dir, "big.xml", NULL);
      const char *args[] = { "import-qualification", path, NULL };
      g_auto(RobustRun) run = { 0 };
      gint64 start;

      robust_write_file (path, xml);
      start = g_get_monotonic_time ();
      if (k == 0)
        {
          robust_run_cli (f->db_path, args, 0, f->dir, &run);
          g_assert_cmpint (run.exit_code, ==, 0);
          duration = g_get_monotonic_time () - start;
          g_test_message ("an import of %u indicators takes %" G_GINT64_FORMAT " ms",
                          BIG_COMPETENCES * BIG_INDICATORS, duration / 1000);
          acknowledged[0] = TRUE;
          continue;
        }

      /* Spread the kills over the whole import, parsing and storing. */
      robust_run_cli (f->db_path, args,
                      start + duration * (2 * k - 1) / (2 * N_IMPORT_KILLS)
                            + g_rand_int_range (rand, 0, duration / (2 * N_IMPORT_KILLS) + 1),
                      f->dir, &run);
      if (run.killed)
        killed++;
      else
        g_assert_cmpint (run.exit_code, ==, 0);
      acknowledged[k] = robust_run_acknowledged (&run);
    }
  g_assert_cmpuint (killed, >, 0);

  integrity = robust_integrity_check (f->db_path);
  g_assert_cmpstr (integrity, ==, "ok");
  store = duaal_sqlite_store_open (f->db_path, &error);
  g_assert_no_error (error);
  for (guint k = 0; k <= N_IMPORT_KILLS; k++)
    {
      g_autofree char *code = g_strdup_printf ("BIG-%u", k);
      gboolean whole = import_is_whole (DUAAL_STORE (store), code);

      if (acknowledged[k])
        g_assert_true (whole);
      present += whole;
    }
  g_test_message ("%u imports killed; %u of %u qualifications present, all whole",
                  killed, present, N_IMPORT_KILLS + 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/crash/kill-scores", Fixture, NULL, fixture_set_up, test_kill_scores, fixture_tear_down);
  g_test_add ("/crash/kill-import", Fixture, NULL, fixture_set_up, test_kill_import, fixture_tear_down);

  return g_test_run ();
}
