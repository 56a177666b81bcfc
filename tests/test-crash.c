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

typedef RobustFixture Fixture;
G_STATIC_ASSERT (N_LEARNERS <= ROBUST_MAX_LEARNERS);

static RobustScore *
random_score (Fixture    *f,
              GRand      *rand,
              const char *comment)
{
  RobustScore *sent = g_new0 (RobustScore, 1);

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
assert_all_stored (const char *db_path,
                   GPtrArray  *acknowledged)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalSqliteStore) store = duaal_sqlite_store_open (db_path, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < acknowledged->len; i++)
    {
      RobustScore *sent = g_ptr_array_index (acknowledged, i);

      if (!robust_score_is_stored (DUAAL_STORE (store), sent))
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
  g_autoptr(GPtrArray) acknowledged = g_ptr_array_new_with_free_func (robust_score_free);
  g_autofree char *integrity = NULL;
  guint killed = 0;

  for (guint k = 0; k < N_KILLS; k++)
    {
      gint64 kill_at = g_get_monotonic_time () + g_rand_int_range (rand, 1000, MAX_WINDOW_US);

      for (guint n = 0;; n++)
        {
          g_autofree char *comment = g_strdup_printf ("kill %u, command %u", k, n);
          RobustScore *sent = random_score (f, rand, comment);
          g_auto(RobustRun) run = { 0 };

          robust_run_score (f->db_path, sent, kill_at, f->dir, &run);
          if (run.killed)
            {
              killed++;
              robust_score_free (sent);
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

  g_test_add ("/crash/kill-scores", Fixture, GUINT_TO_POINTER (N_LEARNERS),
              robust_fixture_set_up, test_kill_scores, robust_fixture_tear_down);
  g_test_add ("/crash/kill-import", Fixture, GUINT_TO_POINTER (N_LEARNERS),
              robust_fixture_set_up, test_kill_import, robust_fixture_tear_down);

  return g_test_run ();
}
