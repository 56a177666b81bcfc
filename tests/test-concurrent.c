/* test-concurrent.c: several writers at once lose nothing and never
 * tell a user "database is locked"
 *
 * Four duaal-cli processes run score commands back to back while this
 * process, like the application, writes through its own store: half of
 * the writes go to indicators every writer shares, half to each
 * writer's own.  Every command must succeed without a lock or busy
 * message, and every acknowledged score must be in the log.  Pairs of
 * commands changing different fields of one score at the same moment
 * both keep their change.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <string.h>

#include <sqlite3.h>

#include "duaal-score-change-private.h"
#include "duaal-sqlite-store.h"
#include "robust-helpers.h"

#define N_LEARNERS       4
#define N_CLI_WRITERS    4
#define N_CLI_COMMANDS   120
#define N_APP_WRITES     200
#define N_LONG_COMMANDS  15
#define LONG_HOLD_US     1500000  /* well under the store's busy timeout */
#define N_SHARED         3    /* indicators c0001.01..03 of learner 1, by the teacher */
#define N_PARTIAL_PAIRS  20   /* pairs of commands changing different fields at once */

typedef RobustFixture Fixture;
G_STATIC_ASSERT (N_LEARNERS <= ROBUST_MAX_LEARNERS);

typedef struct {
  Fixture   *fixture;
  guint      number;
  guint      n_commands;
  guint32    seed;
  GPtrArray *acknowledged;  /* (element-type RobustScore) */
  GString   *problems;      /* failed commands and lock messages */
} Writer;

/* Even writes to the shared indicators, odd ones to the writer's own
 * learner (and actor), so both same-row and different-row contention. */
static RobustScore *
next_write (Writer *writer,
            GRand  *rand,
            guint   i)
{
  Fixture *f = writer->fixture;
  RobustScore *w = g_new0 (RobustScore, 1);

  if (i % 2 == 0)
    {
      w->learner = f->learners[0];
      w->indicator = robust_indicator_id (1, 1 + g_rand_int_range (rand, 0, N_SHARED));
      w->actor = DUAAL_ACTOR_TEACHER;
    }
  else
    {
      w->learner = f->learners[writer->number % N_LEARNERS];
      w->indicator = robust_indicator_id (g_rand_int_range (rand, 1, ROBUST_COMPETENCES + 1),
                                          g_rand_int_range (rand, 1, ROBUST_INDICATORS + 1));
      w->actor = writer->number % DUAAL_N_ACTORS;
    }
  w->mastery = g_rand_int_range (rand, DUAAL_MASTERY_X, DUAAL_MASTERY_V + 1);
  w->coverage = g_rand_int_range (rand, DUAAL_COVERAGE_N, DUAAL_COVERAGE_R + 1);
  w->comment = g_strdup_printf ("writer %u, write %u", writer->number, i);
  return w;
}

static gboolean
mentions_lock (const char *text)
{
  g_autofree char *lower = g_ascii_strdown (text, -1);

  return strstr (lower, "locked") != NULL || strstr (lower, "busy") != NULL;
}

static gpointer
run_cli_writer (gpointer data)
{
  Writer *writer = data;
  g_autoptr(GRand) rand = g_rand_new_with_seed (writer->seed);
  g_autofree char *scratch = g_strdup_printf ("%s/writer-%u", writer->fixture->dir, writer->number);

  g_assert_cmpint (g_mkdir (scratch, 0700), ==, 0);
  for (guint i = 0; i < writer->n_commands; i++)
    {
      RobustScore *w = next_write (writer, rand, i);
      g_auto(RobustRun) run = { 0 };

      robust_run_score (writer->fixture->db_path, w, 0, scratch, &run);
      if (run.exit_code != 0 || mentions_lock (run.err))
        g_string_append_printf (writer->problems, "%s: exit %d: %s\n", w->comment, run.exit_code, run.err);
      if (robust_run_acknowledged (&run))
        g_ptr_array_add (writer->acknowledged, w);
      else
        robust_score_free (w);
    }
  return NULL;
}

/* The application's side: one store kept open, writing in between. */
static gpointer
run_app_writer (gpointer data)
{
  Writer *writer = data;
  g_autoptr(GRand) rand = g_rand_new_with_seed (writer->seed);
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalSqliteStore) store = duaal_sqlite_store_open (writer->fixture->db_path, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < N_APP_WRITES; i++)
    {
      RobustScore *w = next_write (writer, rand, i);
      DuaalScoreChange change = duaal_score_change_whole (w->mastery, w->coverage, w->comment);
      gint64 log_id = duaal_store_record_change (DUAAL_STORE (store), w->learner, w->indicator, w->actor,
                                                 &change, NULL, &error);

      if (log_id <= 0)
        {
          g_string_append_printf (writer->problems, "%s: %s\n", w->comment, error->message);
          g_clear_error (&error);
          robust_score_free (w);
          continue;
        }
      g_ptr_array_add (writer->acknowledged, w);
    }
  return NULL;
}

static void
test_writers (Fixture       *f,
              gconstpointer  data)
{
  Writer writers[N_CLI_WRITERS + 1];
  GThread *threads[N_CLI_WRITERS + 1];
  guint32 seed = robust_seed ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalSqliteStore) store = NULL;
  g_autofree char *integrity = NULL;
  guint total = 0;

  for (guint t = 0; t <= N_CLI_WRITERS; t++)
    {
      writers[t] = (Writer) {
        .fixture = f, .number = t, .seed = seed + t, .n_commands = N_CLI_COMMANDS,
        .acknowledged = g_ptr_array_new_with_free_func (robust_score_free),
        .problems = g_string_new (NULL),
      };
      threads[t] = g_thread_new ("writer", t < N_CLI_WRITERS ? run_cli_writer : run_app_writer, &writers[t]);
    }
  for (guint t = 0; t <= N_CLI_WRITERS; t++)
    g_thread_join (threads[t]);

  for (guint t = 0; t <= N_CLI_WRITERS; t++)
    if (writers[t].problems->len > 0)
      g_error ("writer %u had problems:\n%s", t, writers[t].problems->str);

  integrity = robust_integrity_check (f->db_path);
  g_assert_cmpstr (integrity, ==, "ok");
  store = duaal_sqlite_store_open (f->db_path, &error);
  g_assert_no_error (error);
  for (guint t = 0; t <= N_CLI_WRITERS; t++)
    {
      GPtrArray *acknowledged = writers[t].acknowledged;

      g_assert_cmpuint (acknowledged->len, ==, t < N_CLI_WRITERS ? N_CLI_COMMANDS : N_APP_WRITES);
      for (guint i = 0; i < acknowledged->len; i++)
        {
          RobustScore *w = g_ptr_array_index (acknowledged, i);

          if (!robust_score_is_stored (DUAAL_STORE (store), w))
            g_error ("acknowledged score \"%s\" is lost", w->comment);
        }
      total += acknowledged->len;
      g_ptr_array_unref (acknowledged);
      g_string_free (writers[t].problems, TRUE);
    }
  g_test_message ("%u scores written by %u processes at once, all in the log",
                  total, N_CLI_WRITERS + 1);
}

/* Another program (here a bare SQLite connection) holds the write lock
 * for a second and a half, as a long import would: the commands that
 * arrive meanwhile wait for it and then succeed, silently. */
static void
test_long_writer (Fixture       *f,
                  gconstpointer  data)
{
  Writer writers[N_CLI_WRITERS];
  GThread *threads[N_CLI_WRITERS];
  guint32 seed = robust_seed ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalSqliteStore) store = NULL;
  sqlite3 *holder = NULL;

  g_assert_cmpint (sqlite3_open (f->db_path, &holder), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (holder, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);
  for (guint t = 0; t < N_CLI_WRITERS; t++)
    {
      writers[t] = (Writer) {
        .fixture = f, .number = t, .seed = seed + t, .n_commands = N_LONG_COMMANDS,
        .acknowledged = g_ptr_array_new_with_free_func (robust_score_free),
        .problems = g_string_new (NULL),
      };
      threads[t] = g_thread_new ("writer", run_cli_writer, &writers[t]);
    }
  g_usleep (LONG_HOLD_US);
  g_assert_cmpint (sqlite3_exec (holder, "COMMIT", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (holder);
  for (guint t = 0; t < N_CLI_WRITERS; t++)
    g_thread_join (threads[t]);

  store = duaal_sqlite_store_open (f->db_path, &error);
  g_assert_no_error (error);
  for (guint t = 0; t < N_CLI_WRITERS; t++)
    {
      if (writers[t].problems->len > 0)
        g_error ("writer %u had problems:\n%s", t, writers[t].problems->str);
      g_assert_cmpuint (writers[t].acknowledged->len, ==, N_LONG_COMMANDS);
      for (guint i = 0; i < writers[t].acknowledged->len; i++)
        {
          RobustScore *w = g_ptr_array_index (writers[t].acknowledged, i);
          g_assert_true (robust_score_is_stored (DUAAL_STORE (store), w));
        }
      g_ptr_array_unref (writers[t].acknowledged);
      g_string_free (writers[t].problems, TRUE);
    }
}

/* One duaal-cli run in its own thread, so two start at the same moment. */
typedef struct {
  const char  *db_path;
  const char **args;
  char        *scratch;
  RobustRun    run;
} CliRun;

static gpointer
run_cli_thread (gpointer data)
{
  CliRun *cli = data;

  robust_run_cli (cli->db_path, cli->args, 0, cli->scratch, &cli->run);
  return NULL;
}

/* Issue 19, SPEC section 3: two people change different fields of the
 * same indicator at the same moment -- one the mastery, the other the
 * coverage, as two duaal-cli processes started together.  Both say ok,
 * so both changes must be there, with the comment neither touched; in
 * every one of the pairs. */
static void
test_partial_pairs (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DuaalSqliteStore) store = duaal_sqlite_store_open (f->db_path, &error);
  g_autofree char *learner = g_strdup_printf ("%" G_GINT64_FORMAT, f->learners[0]);
  guint lost = 0;

  g_assert_no_error (error);
  for (guint pair = 0; pair < N_PARTIAL_PAIRS; pair++)
    {
      g_autofree char *indicator = robust_indicator_id (1 + pair / ROBUST_INDICATORS, 1 + pair % ROBUST_INDICATORS);
      DuaalScoreChange start = duaal_score_change_whole (DUAAL_MASTERY_X, DUAAL_COVERAGE_N, "begin");
      const char *mastery_args[] = { "score", learner, indicator, "--actor", "teacher", "--mastery", "V", NULL };
      const char *coverage_args[] = { "score", learner, indicator, "--actor", "teacher", "--coverage", "R", NULL };
      CliRun runs[2] = {
        { f->db_path, mastery_args, g_strdup_printf ("%s/pair-%u-mastery", f->dir, pair) },
        { f->db_path, coverage_args, g_strdup_printf ("%s/pair-%u-coverage", f->dir, pair) },
      };
      GThread *threads[2];
      g_autoptr(DuaalStatus) status = NULL;
      const DuaalCell *cell;

      g_assert_cmpint (duaal_store_record_change (DUAAL_STORE (store), f->learners[0], indicator,
                                                  DUAAL_ACTOR_TEACHER, &start, NULL, &error), >, 0);
      g_assert_no_error (error);
      for (guint i = 0; i < 2; i++)
        {
          g_assert_cmpint (g_mkdir (runs[i].scratch, 0700), ==, 0);
          threads[i] = g_thread_new ("partial", run_cli_thread, &runs[i]);
        }
      for (guint i = 0; i < 2; i++)
        {
          g_thread_join (threads[i]);
          if (!robust_run_acknowledged (&runs[i].run))
            g_error ("%s %s: exit %d: %s", indicator, runs[i].args[5], runs[i].run.exit_code, runs[i].run.err);
          robust_run_clear (&runs[i].run);
          g_free (runs[i].scratch);
        }

      status = duaal_store_load_learner_status (DUAAL_STORE (store), f->learners[0], 0, &error);
      g_assert_no_error (error);
      cell = duaal_status_get_cell (status, f->learners[0], indicator, DUAAL_ACTOR_TEACHER);
      g_assert_nonnull (cell);
      g_assert_cmpstr (cell->comment, ==, "begin");
      if (cell->mastery != DUAAL_MASTERY_V || cell->coverage != DUAAL_COVERAGE_R)
        {
          g_test_message ("%s: mastery %s, coverage %s", indicator,
                          duaal_mastery_to_string (cell->mastery), duaal_coverage_to_string (cell->coverage));
          lost++;
        }
    }
  g_assert_cmpuint (lost, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/concurrent/writers", Fixture, GUINT_TO_POINTER (N_LEARNERS),
              robust_fixture_set_up, test_writers, robust_fixture_tear_down);
  g_test_add ("/concurrent/long-writer", Fixture, GUINT_TO_POINTER (N_LEARNERS),
              robust_fixture_set_up, test_long_writer, robust_fixture_tear_down);
  g_test_add ("/concurrent/partial-pairs", Fixture, GUINT_TO_POINTER (N_LEARNERS),
              robust_fixture_set_up, test_partial_pairs, robust_fixture_tear_down);

  return g_test_run ();
}
